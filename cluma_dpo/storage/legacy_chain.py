"""The audit chain of schema 0005 and before (plain SHA-256 links, no state digests), checked
in a file that has not been upgraded yet: a backup or safety copy of an older version
(issue 16, finding 5: `restore` accepts the program's pre-upgrade copies, which are always
of an older schema). The same rules as migration 0006 applies before it rechains a
database; a migration is frozen code, so they are repeated here rather than imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cluma_dpo.domain import audit

_COLUMNS = "id, at, actor, kind, reference, note, note_salt, note_digest, prev_hash, hash"


@dataclass(frozen=True, slots=True)
class LegacyReport:
    ok: bool
    count: int


def check(conn: Any) -> LegacyReport:
    """Whether the old chain holds up to its recorded head, and how many events it has."""
    prev, count, last_id = audit.GENESIS, 0, 0
    for row in conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM audit_events ORDER BY id"):
        id_, at, actor, kind, reference, note, salt, digest, prev_hash, hash_ = row
        count += 1
        if prev_hash != prev or (note is not None and audit.note_digest(note, salt) != digest):
            return LegacyReport(False, count)
        if audit.legacy_entry_hash(id_, at, actor, kind, reference, digest, prev_hash) != hash_:
            return LegacyReport(False, count)
        prev, last_id = hash_, int(id_)
    head = conn.exec_driver_sql("SELECT last_id, last_hash, count FROM audit_head").first()
    recorded = (head[0], head[1], head[2]) if head else (0, audit.GENESIS, 0)
    if (count and (last_id, prev, count) != recorded) or (not count and recorded[2]):
        return LegacyReport(False, count)
    return LegacyReport(True, count)
