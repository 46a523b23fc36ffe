"""Encrypted copies of the database: backups, the program's safety copies, and the manifest
that tells a whole copy from a partial one.

Split from storage.engine (which opens the database) to keep each module short.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine.interfaces import DBAPICursor

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.paths import DB_NAME

if TYPE_CHECKING:
    from cluma_dpo.storage.engine import Store

MANIFEST = "backup_manifest"


def sql_literal(value: str) -> str:
    """A string as an SQL literal (for PRAGMA and ATTACH, which take no bound parameters)."""
    return "'" + value.replace("'", "''") + "'"


def export_encrypted(store: Store, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the whole database (SQLCipher's sqlcipher_export).

    The copy is made in a file of our own beside the target (created exclusively, 0600,
    never through a symlink: files.create_exclusive), synced, and only then renamed: a killed
    backup never leaves a file that looks complete, nor one anybody else can read. A
    `backup_manifest` table the database holds by accident (a backup copied into place by
    hand, a restore killed at the wrong moment) is not copied: the copy's own is written.
    """
    from cluma_dpo.files import create_exclusive, remove_leftovers

    target = Path(target)
    if os.path.lexists(target):  # a symlink planted at the name counts too: never followed
        raise ValidationError(msg("store.file_exists", file=str(target)))
    make_private_folder(target.parent)
    fd, part = create_exclusive(target.parent)
    # an empty file: SQLite makes it a database when attached; older killed copies go
    remove_leftovers(target.parent, target.name, now=os.fstat(fd).st_mtime)
    os.close(fd)
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(
            f"ATTACH DATABASE {sql_literal(str(part))} AS backup KEY {sql_literal(passphrase)}"
        )
        try:
            cur.execute("BEGIN")  # one read snapshot for every table
            try:
                _export_with_manifest(cur)
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")  # else DETACH fails ("locked") and hides the cause
                raise
        finally:
            cur.execute("DETACH DATABASE backup")
        cur.close()
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        if os.path.lexists(target):
            raise ValidationError(msg("store.file_exists", file=str(target)))
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    finally:
        raw.close()


def _export_with_manifest(cur: DBAPICursor) -> None:
    cur.execute("SELECT sqlcipher_export('backup')")
    cur.execute(f"DROP TABLE IF EXISTS backup.{MANIFEST}")  # a stray one of the database's own
    # the manifest goes in last: a copy without it (or not matching it) is partial
    tables = [
        r[0]
        for r in cur.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' "
            f"AND name NOT LIKE 'sqlite_%' AND name != '{MANIFEST}'"
        ).fetchall()
    ]
    cur.execute(f"CREATE TABLE backup.{MANIFEST} (name TEXT PRIMARY KEY, rows INTEGER)")
    for name in tables:
        rows = cur.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0]
        cur.execute(f"INSERT INTO backup.{MANIFEST} VALUES (?, ?)", (name, rows))


def write_manifest(conn: Any) -> None:
    """The manifest of a backup written table by table (a server's, storage.server_copy), in
    the transaction that wrote it: its row counts now."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {MANIFEST}")
    tables = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    conn.exec_driver_sql(f"CREATE TABLE {MANIFEST} (name TEXT PRIMARY KEY, rows INTEGER)")
    for name in tables:
        rows = conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar()
        conn.execute(
            text(f"INSERT INTO {MANIFEST} VALUES (:n, :r)"), {"n": name, "r": int(rows or 0)}
        )


def make_private_folder(folder: Path) -> None:
    """A folder for copies of the database: made 0700 (whatever the umask); one that exists
    is left as it is, unless it is the program's own backups/ folder, which is tightened."""
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    elif folder.name == "backups" and (folder.parent / DB_NAME).exists():
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def manifest_problem(store: Store) -> Message | None:
    """None when a backup holds every row its manifest promises, else what is wrong."""
    with store.engine.connect() as conn:
        has = conn.exec_driver_sql(
            f"SELECT 1 FROM sqlite_master WHERE type='table' AND name='{MANIFEST}'"
        ).first()
        if not has:
            return msg("backup.problem.no_manifest")
        for name, rows in conn.exec_driver_sql(f"SELECT name, rows FROM {MANIFEST}").all():
            try:
                got = conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar()
            except Exception:
                return msg("backup.problem.table_missing")
            if got != rows:
                return msg("backup.problem.incomplete")
    return None


def drop_manifest(store: Store) -> None:
    with store.session(write=True) as s:
        s.execute(text(f"DROP TABLE IF EXISTS {MANIFEST}"))
