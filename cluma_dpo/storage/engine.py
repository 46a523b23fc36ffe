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
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from cluma_dpo import files
from cluma_dpo.domain.clock import SYSTEM_CLOCK
from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.logs import LOG
from cluma_dpo.paths import DB_NAME
from cluma_dpo.storage import backup_file
from cluma_dpo.storage.backup_file import sql_literal as sql_literal
from cluma_dpo.storage.db_lock import DatabaseLock
from cluma_dpo.storage.safety_copies import unused_name

BUSY_TIMEOUT_MS = 60_000
WRITE_OPTION = "cluma_write"


def _url(path: Path, passphrase: str) -> URL:
    # A URL object, not a string: a passphrase with "@ / :" would break a string URL.
    return URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))


def make_engine(path: Path, passphrase: str) -> Engine:
    # A queue of connections shared by threads (the GUI's workers): SQLAlchemy's default
    # for pysqlcipher, a per-thread pool of five, closes a busy connection when a sixth
    # thread arrives. Each connection derives the key once, when it is opened.
    engine = create_engine(
        _url(path, passphrase),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_timeout=BUSY_TIMEOUT_MS / 1000,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _quiet(dbapi_conn: DBAPIConnection, _record: object) -> None:
        # Before the key: a wrong passphrase must not print SQLCipher's log noise.
        dbapi_conn.execute("PRAGMA cipher_log_level = NONE")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: DBAPIConnection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed (identity documents)
        cur.execute("PRAGMA temp_store = MEMORY")  # no temporary files for sorts
        cur.execute("PRAGMA synchronous = FULL")  # a commit survives a power cut
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
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
    """An opened, unlocked database. Sessions are short; writers hold the lock briefly.

    `lock` is the OS-level lock this open holds on the file (storage.db_lock): released by
    `close`, or handed on to the store that replaces this one (`hand_over_lock`).

    This is the local encrypted file; storage.server.ServerStore is the same for a shared
    PostgreSQL server. What only the file has (the passphrase, PRAGMAs, the lock on the file,
    its WAL, copies of the file) is asked for through `kind`/`is_file`, never assumed."""

    kind = "sqlcipher"
    login: str | None = None  # the server login (None: the local file has no users)
    role: str | None = None  # on a server: owner, dpo, assistant or management

    @property
    def figures_only(self) -> bool:
        """A management login on a server: it reads the figures views, no personal data."""
        return self.role == "management"

    @property
    def is_file(self) -> bool:
        return self.kind == "sqlcipher"

    @property
    def local_dir(self) -> Path:
        """The folder of this machine that holds templates, logs and the calendar feed."""
        return self.path.parent

    def __init__(self, path: Path, engine: Engine, lock: DatabaseLock | None = None) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
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
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def hand_over_lock(self) -> DatabaseLock | None:
        """The lock, for the store that replaces this one; closing this one keeps it."""
        lock, self.lock = self.lock, None
        return lock


def explain_sqlite_error(exc: BaseException) -> StoreError | ValidationError | None:
    """A SQLite failure as a message a DPO can act on (None if it is not one we know)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    said = str(orig).lower()
    if primary == 13 or "disk is full" in said:  # SQLITE_FULL
        return ValidationError(msg("store.disk_full"))
    if primary in (14, 8) or "unable to open" in said or "readonly" in said:  # CANTOPEN, READONLY
        return StoreError(msg("store.cannot_open_file"))
    if primary == 11 or "malformed" in said:  # SQLITE_CORRUPT
        return StoreError(msg("store.damaged"))
    if primary in (5, 6) or "locked" in said or "busy" in said:  # BUSY, LOCKED
        return StoreError(msg("store.busy"))
    if primary == 26 or "not a database" in said:  # SQLITE_NOTADB: what a wrong key looks like
        return StoreError(msg("store.wrong_passphrase"))
    if primary == 10 or "disk i/o" in said:  # SQLITE_IOERR
        return StoreError(msg("store.io_error"))
    return None


def check_key(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        mapped = explain_sqlite_error(exc)
        if isinstance(mapped, StoreError):
            raise mapped from None
        raise StoreError(msg("store.wrong_passphrase")) from None


def open_store(
    data_dir: Path, passphrase: str, *, create: bool = False, lock: DatabaseLock | None = None
) -> Store:
    """Open (or with create=True, make) the encrypted database in data_dir.

    The open holds a shared lock on the file (storage.db_lock) until the store is closed;
    `lock` is one the caller holds already (a restore reopening the file it replaced)."""
    if not passphrase:
        raise StoreError(msg("store.no_passphrase"))
    path = Path(data_dir) / DB_NAME
    if Path(data_dir).exists() and not Path(data_dir).is_dir():
        raise ValidationError(msg("store.data_dir_is_file", folder=str(data_dir)))
    if create:
        if path.exists() and not _empty_file(path):
            raise ValidationError(msg("store.database_exists", file=str(path)))
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
            with contextlib.suppress(OSError):
                os.chmod(path.parent, 0o700)  # only a folder we made: never tighten a shared one
    own = lock is None
    if path.parent.is_dir():
        files.protect(path.parent, DB_NAME)  # no document is ever written over it
    if lock is None and path.parent.is_dir():
        lock = DatabaseLock(path)
        lock.acquire_shared()  # before the file is looked at: a restore may be replacing it
    try:
        if create:
            _create_whole(path, passphrase)
            if lock is not None:
                lock.cover()  # the new file's own lock (taken before it existed: none)
        if not create and not path.is_file():
            raise StoreError(msg("store.no_database", file=str(path)))
        if not create and path.stat().st_size == 0:
            # what a full disk or a failed copy leaves: never re-initialise it with any passphrase
            raise StoreError(msg("store.empty_file", file=str(path)))
        engine = make_engine(path, passphrase)
        if create:
            set_wal(engine)
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        else:
            check_key(engine)
    except BaseException:
        if own and lock is not None:
            lock.release()
        raise
    store = Store(path, engine, lock)
    from cluma_dpo.storage.migrate import ensure_schema

    try:
        ensure_schema(
            store,
            lambda prefix: backup_file.export_encrypted(
                store, unused_name(prefix.parent, prefix.name, SYSTEM_CLOCK.now()), passphrase
            ),
            create=create,
        )
    except BaseException:
        if not own:
            store.hand_over_lock()  # the caller's lock stays the caller's
        store.close()
        raise
    return store


def _empty_file(path: Path) -> bool:
    """A 0-byte file where the database belongs holds nothing: `init` may replace it."""
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


NEW_PREFIX = f".{DB_NAME}.new-"


def _create_whole(path: Path, passphrase: str) -> None:
    """Make the new database under a hidden name and link it into place only when its schema
    is complete: a kill at any moment leaves either no database or a whole one, never the
    0-byte or schema-less file that every verb then calls damaged (issue 16, finding 9).
    Left-overs of an earlier killed `init` are removed first (they hold only a schema)."""
    from cluma_dpo.storage.migrate import ensure_schema

    for stale in path.parent.glob(NEW_PREFIX + "*"):
        with contextlib.suppress(OSError):
            stale.unlink()
    temp = path.with_name(f"{NEW_PREFIX}{os.getpid()}")
    engine = make_engine(temp, passphrase)  # rollback journal: no -wal beside it to lose
    try:
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o600)
        ensure_schema(Store(temp, engine), lambda _prefix: None, create=True)
    finally:
        engine.dispose()
    try:
        if _empty_file(path):
            os.replace(temp, path)
        else:
            link_new(temp, path)
    except FileExistsError:
        raise ValidationError(msg("store.database_exists", file=str(path))) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def link_new(temp: Path, path: Path) -> None:
    """temp at path, never over an existing file: a hard link refuses an existing name; where
    the file system has no hard links (FAT, some network shares) a rename after a check."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.rename(temp, path)


def checkpoint(store: Store) -> None:
    """Fold the WAL into the database and empty it: erased pages leave no copy behind
    (identity documents). Runs after the erasure is committed, so a failure cannot undo it:
    it is logged and raised, because the erased data may still be read from the WAL.
    A server has no WAL of ours: its administrator's vacuum and backups govern its pages."""
    if not store.is_file:
        return
    try:
        raw = store.engine.raw_connection()
        try:
            busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            raw.close()
    except Exception as exc:
        LOG.error("WAL checkpoint after an erasure failed: %s", type(exc).__name__)
        raise StoreError(msg("store.wal_not_cleared")) from exc
    if busy:  # SQLite reports a reader in the way as a result, not an error
        LOG.warning("WAL checkpoint after an erasure incomplete: a reader holds the WAL")


def fold_wal(engine: Engine) -> None:
    """Copy the WAL into the database file and empty it (the file is then whole by itself:
    it can be linked, copied or re-encrypted without the WAL beside it)."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def rekey(store: Store, new_passphrase: str) -> None:
    raw = store.engine.raw_connection()
    try:
        raw.cursor().execute(f"PRAGMA rekey = {sql_literal(new_passphrase)}")
    finally:
        raw.close()
    store.engine.dispose()


def text_query(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.session(write=False) as s:
        return [tuple(r) for r in s.execute(text(sql))]
