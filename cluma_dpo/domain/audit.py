"""The audit trail's hash chain (GDPR Art. 5(2): the DPO must be able to prove what he did).

Each entry's hash is SHA-256 over its canonical content plus the previous entry's hash.
Free text is chained through a salted digest, so erasing a note under the retention
policy keeps the chain verifiable while the text itself is gone.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from cluma_dpo.domain.messages import Message, msg

GENESIS = "0" * 64
# compact JSON, UTF-8 as is: the canonical form every hash is taken over (do not change)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
ANONYMISED = "anonymised"  # the event kind retention writes when it erases a request's notes


@dataclass(frozen=True, slots=True)
class ChainEntry:
    id: int
    at: str
    actor: str
    kind: str
    reference: str | None
    note: str | None  # None once erased (or never given)
    note_salt: str
    note_digest: str
    prev_hash: str
    hash: str


def new_salt() -> str:
    return secrets.token_hex(16)


def note_digest(note: str | None, salt: str) -> str:
    if note is None:
        return ""
    return hashlib.sha256((salt + "\x1f" + note).encode("utf-8")).hexdigest()


def entry_hash(
    id: int, at: str, actor: str, kind: str, reference: str | None, digest: str, prev_hash: str
) -> str:
    canonical = _CANONICAL.encode([id, at, actor, kind, reference, digest, prev_hash])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    count: int
    broken_id: int | None = None
    problem: Message | None = None

    @property
    def message(self) -> Message:
        if self.ok:
            return msg("audit.intact", count=self.count)
        return msg("audit.broken", id=self.broken_id or 0, problem=self.problem or "")


def verify_chain(
    entries: Iterable[ChainEntry], *, head_id: int | None, head_hash: str | None, head_count: int
) -> ChainReport:
    """Walk the chain in id order; name the first entry whose link does not hold."""
    prev = GENESIS
    count = 0
    last: ChainEntry | None = None
    erased: dict[str, int] = {}  # reference -> first event whose note is gone
    anonymised: set[str] = set()
    for e in entries:
        count += 1
        if e.prev_hash != prev:
            return ChainReport(
                False,
                count,
                e.id,
                msg("audit.problem.link"),
            )
        if e.note is not None and note_digest(e.note, e.note_salt) != e.note_digest:
            return ChainReport(False, count, e.id, msg("audit.problem.note"))
        expected = entry_hash(e.id, e.at, e.actor, e.kind, e.reference, e.note_digest, e.prev_hash)
        if expected != e.hash:
            return ChainReport(False, count, e.id, msg("audit.problem.hash"))
        if e.note is None and e.note_digest:
            erased.setdefault(e.reference or "", e.id)
        if e.kind == ANONYMISED:
            anonymised.add(e.reference or "")
        prev = e.hash
        last = e
    if count != head_count or (last is not None and (last.id != head_id or last.hash != head_hash)):
        at = last.id if last else 0
        return ChainReport(
            False,
            count,
            at,
            msg("audit.problem.ends", count=count, recorded=head_count),
        )
    # A note may only disappear through the retention policy, which records that it did.
    for reference, event_id in sorted(erased.items(), key=lambda kv: kv[1]):
        if reference not in anonymised:
            return ChainReport(
                False,
                count,
                event_id,
                msg("audit.problem.erased"),
            )
    return ChainReport(True, count)
