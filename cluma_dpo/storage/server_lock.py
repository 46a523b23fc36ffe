"""One writer at a time on a shared server (issue 18): a transaction-scoped advisory lock.

The numbering of references and the appends to the audit hash chain read the last number or
link and write the next: two clients must never interleave there. Every write transaction
on a server takes this lock first (storage.server.ServerStore), as a writer on the file
takes SQLite's (BEGIN IMMEDIATE); it is released by the commit or the rollback.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

# pg_advisory_xact_lock's key for "a client writes" (advisory locks are per database)
WRITE_LOCK = 0x636C756D61  # "cluma"


def take_write_lock(session: Any) -> None:
    """Wait until no other client writes, for the rest of this transaction (re-entrant)."""
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})


def is_server(session: Any) -> bool:
    bind: Any = session.get_bind() if hasattr(session, "get_bind") else session
    return bool(bind.dialect.name == "postgresql")
