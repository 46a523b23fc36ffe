"""Schema creation and upgrades through Alembic, with an encrypted backup before any upgrade.

Opening a current database costs one query (the fast path below); Alembic is imported
only when there is something to do. SCHEMA_HEAD can be read without importing SQLAlchemy
(storage.quick checks it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

    from cluma_dpo.storage.engine import Store

# The newest revision in storage/migrations/versions (a test checks they agree).
SCHEMA_HEAD = "0010"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # in the connection's search_path
            found = "SELECT to_regclass('alembic_version') IS NOT NULL"
            has_table = conn.exec_driver_sql(found).scalar()
        else:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(store: Store, target: str = "head") -> None:
    from alembic import command

    with store.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), target)


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """One upgrader at a time across processes (the app and a command may start together)."""
    if not folder.exists():  # copies of the database go there: the owner's alone
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)
    # never through a symlink planted at its name (an open that follows it could create or
    # lock a file elsewhere); O_NOFOLLOW refuses it with ELOOP (issue 16)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fh = os.fdopen(os.open(folder / ".upgrade.lock", flags, 0o600), "a+b")
    try:
        # sys.platform (not os.name), so that the type checker takes only this machine's branch
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
        yield
    finally:
        fh.close()  # closing releases the lock


def ensure_schema(store: Store, keep_copy: Callable[[Path], None], *, create: bool = False) -> None:
    """Bring the schema to SCHEMA_HEAD. Before upgrading an existing file, `keep_copy`
    writes an encrypted copy of it to the path given (engine.export_encrypted: passed in,
    so that migrate does not import the engine that calls it)."""
    rev = current_revision(store)
    if rev == SCHEMA_HEAD:
        return
    if rev is None and not create:
        if not store.is_file:
            raise StoreError(msg("server.not_initialised"))
        raise StoreError(msg("store.not_cluma_database"))
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise StoreError(msg("store.newer_schema", schema=str(rev)))
    if create:  # a new file: nobody else can be upgrading it
        upgrade(store)
        return
    if not store.is_file:
        _upgrade_server(store)
        return
    with _exclusive(store.path.parent / "backups"):
        rev = current_revision(store)  # another process may have upgraded meanwhile
        if rev == SCHEMA_HEAD:
            return
        if rev is not None:
            # An upgrade rewrites tables: keep an encrypted copy of the old file first.
            keep_copy(store.path.parent / "backups" / f"pre-upgrade-{rev}")
        upgrade(store)


def _upgrade_server(store: Store) -> None:
    """An older schema on a server: upgraded by its owner, one client at a time (the write
    lock), then the roles' privileges re-applied to what the upgrade added. There is no
    file to copy first: the server's administrator keeps its backups (pg_dump)."""
    from cluma_dpo.storage import server_roles
    from cluma_dpo.storage.server_lock import take_write_lock

    with store.engine.begin() as conn:
        take_write_lock(conn)
        if not server_roles.owns_schema(conn):
            raise StoreError(msg("server.upgrade_by_owner"))
        from alembic import command

        command.upgrade(_alembic_config(conn), "head")
        server_roles.apply_privileges(conn)
        _documents_key(store, conn)


def _documents_key(store: Store, conn: Connection) -> None:
    """Schema 0009 on a server: cluma_remove_user deletes a login's wrap of the documents'
    key too (the owner's first open then makes that key: storage.server.open_server_store)."""
    from sqlalchemy import text

    from cluma_dpo.storage import server_users

    if conn.execute(text("SELECT to_regproc('cluma_remove_user')")).scalar():
        server_users.create_groups(conn)
