"""The seal of the audit chain's end and of the numbers handed out (schema 0007).

The record of the chain's end (audit_head: count, newest id and hash) can be moved back
with SQL after the newest events were deleted, and the numbers handed out
(storage.numbering) rolled back with it, so that the next request gets a reference that
was told to someone before. The seal, an HMAC under the chain key over both
(domain.audit.head_seal), is kept as the internal settings row `audit.seal` and rewritten
by every transaction that records events (UnitOfWork.seal): changing either without the
key breaks it. The row is beside `numbers.issued` in the settings table; neither is a
setting (the settings schema does not know them, so they are never shown nor edited).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from cluma_dpo.domain import audit
from cluma_dpo.storage import internal_rows, numbering

KEY = "audit.seal"
SEALED_FROM = "0007"  # the schema from which every database has a seal


def end_of(conn: Any) -> tuple[int, int, str]:
    """(count, newest id, newest hash) as recorded; an empty chain's when there is no row."""
    row = conn.execute(text("SELECT count, last_id, last_hash FROM audit_head WHERE id = 1"))
    found = row.first()
    if found is None:
        return 0, 0, audit.GENESIS
    return int(found[0]), int(found[1]), str(found[2])


def stored(conn: Any) -> audit.Sealed:
    """The seal as stored ("" when the row is missing) and the marks it covers."""
    row = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": KEY}).first()
    return audit.Sealed(str(row[0]) if row else "", numbering.stored_marks(conn))


def required(conn: Any) -> bool:
    """Whether the file's schema has a seal (0007 on); an older backup has none."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    if not inspect(bind).has_table("alembic_version"):
        return False
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(revision or "") >= SEALED_FROM


def holds(conn: Any, key: bytes) -> bool:
    """Whether the stored seal covers the recorded end and the stored marks."""
    sealed = stored(conn)
    expected = audit.head_seal(key, *end_of(conn), sealed.issued)
    return hmac.compare_digest(expected, sealed.seal)


def reseal(conn: Any, key: bytes, more: Mapping[str, Mapping[str, int]]) -> None:
    """Raise the marks by `more` (the numbers this transaction handed out or carried over
    from a replaced database), then seal them with the recorded end."""
    marks = numbering.merged(numbering.stored_marks(conn), more)
    if more:
        numbering.write_marks(conn, marks)
    seal = audit.head_seal(key, *end_of(conn), marks)
    internal_rows.write(conn, KEY, seal)
