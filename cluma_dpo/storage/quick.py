"""A quick, read-only door into the store, for the command line's read verbs.

`show`, `list` and `due` read a few rows, and are run from terminals and scripts many times
a day. Through SQLAlchemy each run first imports it and maps the records: about 0.3 s on the
project's 2-core machine, twice what opening the file with its key derivation costs. This
door opens the same file with sqlcipher3 itself, as storage.engine does (SQLCipher 4's
default settings, `PRAGMA key`, the same connection PRAGMAs), reads in one transaction, and
types each column from the type the schema declares (DATE, DATETIME, BOOLEAN), as
SQLAlchemy does for those columns.

It never writes and never upgrades. `open_quick` returns None whenever the usual door is
needed (no file or an empty one, a wrong passphrase, a damaged file, a schema to upgrade),
and a SQLite error while reading raises `Unavailable`: the caller then opens the workbench,
which explains the problem in the usual words or upgrades the schema.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cluma_dpo.paths import DB_NAME
from cluma_dpo.storage.db_lock import DatabaseLock
from cluma_dpo.storage.migrate import SCHEMA_HEAD

# storage.engine's PRAGMAs for every connection (the same test compares them)
PRAGMAS = (
    "PRAGMA busy_timeout = 60000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
)
_AMONG = "(SELECT value FROM json_each(?))"  # ids as one JSON array (as repositories._among)


class Unavailable(Exception):
    """SQLite failed while reading: the workbench should try (and explain)."""


class Row:
    """A row read like a record: its columns as attributes, plus any child lists set on it."""

    def __init__(self, keys: Sequence[str], values: Sequence[Any]) -> None:
        self.__dict__.update(zip(keys, values, strict=True))

    def __setattr__(self, name: str, value: Any) -> None:
        # child lists (pauses, fee notes, ...) are set on a row after it is read
        self.__dict__[name] = value

    def __getattr__(self, name: str) -> Any:
        # only reached for a column the query did not select: any column reads as Any
        raise AttributeError(name)


def _date(value: bytes) -> date:
    return date.fromisoformat(value.decode())


def _datetime(value: bytes) -> datetime:
    return datetime.fromisoformat(value.decode())


def _bool(value: bytes) -> bool:
    return bool(int(value))


class QuickStore:
    """An open read transaction on the database; close() ends it."""

    def __init__(
        self,
        path: Path,
        connection: Any,
        errors: type[Exception],
        lock: DatabaseLock | None = None,
    ) -> None:
        self.path = path
        self._con = connection
        self._errors = errors  # sqlcipher3.Error
        self._lock = lock  # shared, as every open holds it (storage.db_lock)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cur = self._con.execute(sql, params)
            keys = [d[0] for d in cur.description]
            return [Row(keys, values) for values in cur.fetchall()]
        except self._errors as exc:
            raise Unavailable(type(exc).__name__) from exc

    def table(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Any]]:
        """The column names and the rows as tuples (for many rows: storage.views.listed_views)."""
        try:
            cur = self._con.execute(sql, params)
            return [d[0] for d in cur.description], cur.fetchall()
        except self._errors as exc:
            raise Unavailable(type(exc).__name__) from exc

    def children(self, table: str, ids: list[int]) -> dict[int, list[Row]]:
        """Rows of a child table per request id, in id order (as repositories.children)."""
        out: dict[int, list[Row]] = defaultdict(list)
        sql = f"SELECT * FROM {table} WHERE request_id IN {_AMONG} ORDER BY id"
        for row in self.rows(sql, (json.dumps(ids),)):
            out[row.request_id].append(row)
        return out

    def with_identity_document(self, ids: list[int]) -> set[int]:
        """The ids among `ids` of requests that hold an identity document (not loaded)."""
        sql = f"SELECT DISTINCT request_id FROM identity_documents WHERE request_id IN {_AMONG}"
        return {row.request_id for row in self.rows(sql, (json.dumps(ids),))}

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._con.execute("ROLLBACK")
        with contextlib.suppress(Exception):
            self._con.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def open_quick(data_dir: Path, passphrase: str) -> QuickStore | None:
    """The database in data_dir opened for reading, or None: then use storage.engine."""
    path = Path(data_dir) / DB_NAME
    try:
        if not passphrase or not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    lock = DatabaseLock(path)
    try:
        lock.acquire_shared(wait=0)  # a restore under way: the workbench waits and explains
    except Exception:
        return None
    store = _open(path, passphrase, lock)
    if store is None:
        lock.release()
    return store


def _open(path: Path, passphrase: str, lock: DatabaseLock) -> QuickStore | None:
    import sqlcipher3

    for name, convert in (("DATE", _date), ("DATETIME", _datetime), ("BOOLEAN", _bool)):
        sqlcipher3.register_converter(name, convert)
    try:
        con = sqlcipher3.connect(
            str(path), detect_types=sqlcipher3.PARSE_DECLTYPES, isolation_level=None
        )
    except sqlcipher3.Error:
        return None
    try:
        # before the key: a wrong passphrase must not print SQLCipher's log noise
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        for pragma in PRAGMAS:
            con.execute(pragma)
        con.execute("BEGIN")  # one snapshot for every query of the verb
        # the first read checks the key; the second the schema (an upgrade needs Alembic)
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = (
            con.execute("SELECT version_num FROM alembic_version").fetchone()
            if has_version
            else None
        )
        if revision is None or revision[0] != SCHEMA_HEAD:
            con.close()
            return None
    except sqlcipher3.Error:
        with contextlib.suppress(Exception):
            con.close()
        return None
    return QuickStore(path, con, sqlcipher3.Error, lock)
