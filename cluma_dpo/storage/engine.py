"""The encrypted store: one SQLCipher 4 file opened through SQLAlchemy 2.

SQLCipher's default settings are kept (so any SQLCipher 4 tool opens the file with the
passphrase). Writers take the lock up front (BEGIN IMMEDIATE) and wait up to the busy
timeout, so that a second process never sees "database is locked".
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cluma_dpo.domain.errors import StoreError, ValidationError

DB_NAME = "cluma-dpo.db"
BUSY_TIMEOUT_MS = 60_000
WRITE_OPTION = "cluma_write"


def sql_literal(value: str) -> str:
    """A string as an SQL literal (for PRAGMA and ATTACH, which take no bound parameters)."""
    return "'" + value.replace("'", "''") + "'"


def _url(path: Path, passphrase: str) -> URL:
    # A URL object, not a string: a passphrase with "@ / :" would break a string URL.
    return URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))


def _make_engine(path: Path, passphrase: str) -> Engine:
    engine = create_engine(_url(path, passphrase))

    @event.listens_for(engine, "connect", insert=True)
    def _quiet(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Before the key: a wrong passphrase must not print SQLCipher's log noise.
        dbapi_conn.execute("PRAGMA cipher_log_level = NONE")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed (identity documents)
        cur.execute("PRAGMA temp_store = MEMORY")  # no temporary files for sorts
        cur.execute("PRAGMA synchronous = FULL")  # a commit survives a power cut
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def set_wal(engine: Engine) -> None:
    """WAL: readers never wait for the writer; must run outside a transaction."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


class Store:
    """An opened, unlocked database. Sessions are short; writers hold the lock briefly."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)

    @contextlib.contextmanager
    def session(self, *, write: bool) -> Iterator[Session]:
        session = self._sessions()
        try:
            session.connection(execution_options={WRITE_OPTION: write})
            yield session
            if write:
                session.commit()
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _check_key(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        msg = str(getattr(exc, "orig", exc))
        if "locked" in msg or "busy" in msg:
            raise StoreError("The database is busy; try again in a moment.") from None
        raise StoreError(
            "Cannot open the database: wrong passphrase, or not a cluma-dpo database."
        ) from None


def open_store(data_dir: Path, passphrase: str, *, create: bool = False) -> Store:
    """Open (or with create=True, make) the encrypted database in data_dir."""
    if not passphrase:
        raise StoreError("No passphrase given.")
    path = Path(data_dir) / DB_NAME
    if create:
        if path.exists():
            raise ValidationError(f"A database already exists at {path}; nothing was changed.")
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
    elif not path.is_file():
        raise StoreError(f"No database at {path}: create one with `cluma-dpo init`.")
    engine = _make_engine(path, passphrase)
    if create:
        set_wal(engine)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    else:
        _check_key(engine)
    store = Store(path, engine)
    from cluma_dpo.storage.migrate import ensure_schema

    ensure_schema(store, passphrase)
    return store


def export_encrypted(store: Store, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the whole database (SQLCipher's sqlcipher_export)."""
    target = Path(target)
    if target.exists():
        raise ValidationError(f"{target} already exists; choose another file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(
            f"ATTACH DATABASE {sql_literal(str(target))} AS backup KEY {sql_literal(passphrase)}"
        )
        try:
            cur.execute("SELECT sqlcipher_export('backup')")
        finally:
            cur.execute("DETACH DATABASE backup")
        cur.close()
    except Exception:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    finally:
        raw.close()
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)


def timestamped(prefix: str, suffix: str = ".db") -> str:
    return f"{prefix}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}{suffix}"


def rekey(store: Store, new_passphrase: str) -> None:
    raw = store.engine.raw_connection()
    try:
        raw.cursor().execute(f"PRAGMA rekey = {sql_literal(new_passphrase)}")
    finally:
        raw.close()
    store.engine.dispose()


def text_query(store: Store, sql: str) -> list[tuple]:
    with store.session(write=False) as s:
        return [tuple(r) for r in s.execute(text(sql))]
