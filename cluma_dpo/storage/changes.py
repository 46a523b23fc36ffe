"""Seeing other clients' writes (issue 18, item 4).

On a server every write transaction notifies the database's channel when it commits
(storage.server); a `ChangeListener` is a connection of its own that LISTENs on it, for a
front end to watch its socket. The file store has no such signal: `change_mark` is the
audit chain's length, which every recorded change moves, cheap to poll.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cluma_dpo.storage.engine import Store
from cluma_dpo.storage.records import AuditHeadRecord

if TYPE_CHECKING:
    from cluma_dpo.storage.server import ServerStore


def change_mark(store: Store) -> int:
    with store.session(write=False) as s:
        return int(s.execute(select(AuditHeadRecord.last_id)).scalar() or 0)


class ChangeListener:
    """LISTEN on the database's channel on a connection of its own (autocommit)."""

    def __init__(self, store: ServerStore) -> None:
        from cluma_dpo.storage.server import changes_channel

        raw = store.engine.raw_connection()  # the pool's psycopg connection, with its password
        self._pooled = raw
        conn: Any = raw.driver_connection
        conn.autocommit = True
        quoted = '"' + changes_channel(store).replace('"', '""') + '"'
        conn.execute(f"LISTEN {quoted}")
        self._conn = conn

    def fileno(self) -> int:
        return int(self._conn.pgconn.socket)

    def drain(self) -> int:
        """The notifications that arrived (0: none); never blocks."""
        pg = self._conn.pgconn
        pg.consume_input()
        count = 0
        while pg.notifies() is not None:
            count += 1
        return count

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.execute("UNLISTEN *")
        with contextlib.suppress(Exception):
            self._pooled.invalidate()  # not back to the pool in autocommit mode
