"""The audit trail's hash chain (GDPR Art. 5(2): the DPO must be able to prove what he did).

Each entry's hash is an HMAC-SHA256, under the database's chain key, over its canonical
content, a digest of the state of its request after it, and the previous entry's hash
(issue 16, finding 8). Free text is chained through a salted digest, so erasing a note
under the retention policy keeps the chain verifiable while the text itself is gone.

Verification walks the links and then compares the newest state digest of every request
with the request as it is now: a request changed, added or removed without an event, a
wiped trail or a removed tail that changed a request is reported. The settings and the
suppression list, which belong to no request, are sealed with the newest event that
changed them (storage.register_seal) and compared too.

The record of the chain's end (event count, newest id and hash) and the highest numbers
handed out (request references, fee-note numbers: storage.numbering) are sealed together
by one more HMAC under the key, rewritten with every event (schema 0007). Removing the
newest events and moving the end back, or rolling the numbers back so that a reference
would be handed out again, breaks the seal. A writer that finds the seal broken records
`audit-chain-end-changed` before its own events, so the next event does not seal the
change as true; every verify reports that event from then on. What this does and does not
prove is in the README ("What `audit verify` proves").
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cluma_dpo.domain.messages import Message, msg

GENESIS = "0" * 64
# compact JSON, UTF-8 as is: the canonical form every hash is taken over (do not change)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)
ANONYMISED = "anonymised"  # the event kind retention writes when it erases a request's notes
UPGRADED = "audit-chain-upgraded"  # schema 0006 chained the events again; the old chain held
UPGRADED_BROKEN = "audit-chain-upgraded-broken"  # ... and the old chain did not hold
END_CHANGED = "audit-chain-end-changed"  # a writer found the seal of the chain's end broken
NO_STATE = ""  # the state digest of an event that concerns no request
# the settings and the suppression list: sealed from the first change a program that knows
# the seal makes (SETTINGS_SEALED); a change found made without it: SETTINGS_OUTSIDE
SETTINGS_SEALED = "settings-sealed"
SETTINGS_OUTSIDE = "settings-changed-outside"
REGISTER_KINDS = frozenset({"setting-changed", "suppression-added", SETTINGS_SEALED,
                            SETTINGS_OUTSIDE})  # fmt: skip
HEAD_HEX = 16  # hex digits of the head's hash printed on paper (64 bits)


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
    state_digest: str
    prev_hash: str
    hash: str


def new_salt() -> str:
    return secrets.token_hex(16)


def note_digest(note: str | None, salt: str) -> str:
    if note is None:
        return ""
    return hashlib.sha256((salt + "\x1f" + note).encode("utf-8")).hexdigest()


def canonical(value: object) -> bytes:
    """The canonical serialisation hashes are taken over (JSON, sorted keys, UTF-8)."""
    return _CANONICAL.encode(value).encode("utf-8")


def state_digest(key: bytes, state: object) -> str:
    """The keyed digest of a request's state (its canonical form, or None when it is gone):
    keyed, so that the digest of a name and an e-mail address cannot be guessed."""
    return hmac.new(key, b"state\x1f" + canonical(state), hashlib.sha256).hexdigest()


def entry_hash(
    key: bytes,
    id: int,
    at: str,
    actor: str,
    kind: str,
    reference: str | None,
    digest: str,
    state: str,
    prev_hash: str,
) -> str:
    content = canonical([id, at, actor, kind, reference, digest, state, prev_hash])
    return hmac.new(key, b"event\x1f" + content, hashlib.sha256).hexdigest()


def head_seal(
    key: bytes, count: int, last_id: int, last_hash: str, issued: Mapping[str, object]
) -> str:
    """The seal of the chain's end and of the numbers handed out (see the module's text)."""
    content = canonical([count, last_id, last_hash, issued])
    return hmac.new(key, b"head\x1f" + content, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class Sealed:
    """The stored seal and the numbers handed out it covers ("" when there is no seal)."""

    seal: str
    issued: Mapping[str, object]


def register_seal(key: bytes, event_id: int, state: object) -> str:
    """The seal of the settings and the suppression list (their canonical `state`), naming
    the newest event that changed them."""
    return hmac.new(key, b"register\x1f" + canonical([event_id, state]), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class RegisterSeal:
    """The stored seal of the settings and the suppression list (event None and seal ""
    when there is none), and their state now."""

    event: int | None
    seal: str
    state: object


def legacy_entry_hash(
    id: int, at: str, actor: str, kind: str, reference: str | None, digest: str, prev_hash: str
) -> str:
    """The hash of schema 0005 and before (plain SHA-256, no state): the upgrade checks the
    old chain with it before it chains the events again."""
    content = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(
        [id, at, actor, kind, reference, digest, prev_hash]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The newest link: how many events, and its hash (printed on paper as `short`)."""

    count: int
    hash: str

    @property
    def short(self) -> str:
        """`1234:3f9a-2c1b-7d0e-55aa`: short enough to copy by hand, long enough (64 bits)
        that nobody can rewrite the chain and arrive at the same hash."""
        h = self.hash[:HEAD_HEX]
        return f"{self.count}:" + "-".join(h[i : i + 4] for i in range(0, len(h), 4))


def parse_head(text: str) -> tuple[int, str] | None:
    """(count, hash prefix) of a head as printed (`1234:3f9a-2c1b-7d0e-55aa`; spaces and
    dashes are ignored), or None when it is not one."""
    count, sep, rest = text.strip().partition(":")
    digits = "".join(ch for ch in rest if ch not in " -\t").lower()
    if not sep or not count.strip().isdigit() or len(digits) < HEAD_HEX or len(digits) > 64:
        return None
    if any(ch not in "0123456789abcdef" for ch in digits):
        return None
    return int(count.strip()), digits


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    count: int
    broken_id: int | None = None
    problem: Message | None = None
    head: ChainHead | None = None  # the newest link of an intact chain

    @property
    def message(self) -> Message:
        if self.ok:
            return msg("audit.intact", count=self.count)
        return msg("audit.broken", id=self.broken_id or 0, problem=self.problem or "")


def verify_chain(
    entries: Iterable[ChainEntry],
    *,
    key: bytes | None,
    head_id: int | None,
    head_hash: str | None,
    head_count: int,
    current: Mapping[str, str] | None = None,
    gone: str = "",
    sealed: Sealed | None = None,
    register: RegisterSeal | None = None,
) -> ChainReport:
    """Walk the chain in id order; name the first entry whose link does not hold.

    `current` holds the state digest of every request as it is now (by reference), `gone`
    the digest of a request that is not there: each must be what the newest event of its
    request chained. `sealed`: the seal of the end and the numbers (None for a file older
    than schema 0007, which has none). `register`: the seal of the settings and the
    suppression list and their state now (see `_RegisterWalk.problem`). `key` None: the
    chain key does not open with this passphrase."""
    if key is None:
        return ChainReport(False, 0, 0, msg("audit.problem.key"))
    prev = GENESIS
    count = 0
    last: ChainEntry | None = None
    erased: dict[str, int] = {}  # reference -> first event whose note is gone
    anonymised: set[str] = set()
    newest: dict[str, tuple[int, str]] = {}  # reference -> (event id, state digest)
    broken_before: int | None = None
    end_changed: int | None = None
    kept = _RegisterWalk(register)  # the settings and the suppression list
    for e in entries:
        count += 1
        if e.prev_hash != prev:
            return ChainReport(False, count, e.id, msg("audit.problem.link"))
        if e.note is not None and note_digest(e.note, e.note_salt) != e.note_digest:
            return ChainReport(False, count, e.id, msg("audit.problem.note"))
        expected = entry_hash(
            key,
            e.id,
            e.at,
            e.actor,
            e.kind,
            e.reference,
            e.note_digest,
            e.state_digest,
            e.prev_hash,
        )
        if not hmac.compare_digest(expected, e.hash):
            return ChainReport(False, count, e.id, msg("audit.problem.hash"))
        if e.note is None and e.note_digest:
            erased.setdefault(e.reference or "", e.id)
        if e.kind == ANONYMISED:
            anonymised.add(e.reference or "")
        if e.reference is not None:
            newest[e.reference] = (e.id, e.state_digest)
        if e.kind == UPGRADED_BROKEN and broken_before is None:
            broken_before = e.id
        if e.kind == END_CHANGED and end_changed is None:
            end_changed = e.id
        kept.see(e)
        prev = e.hash
        last = e
    if count != head_count or (last is not None and (last.id != head_id or last.hash != head_hash)):
        at = last.id if last else 0
        return ChainReport(
            False, count, at, msg("audit.problem.ends", count=count, recorded=head_count)
        )
    # A note may only disappear through the retention policy, which records that it did.
    for reference, event_id in sorted(erased.items(), key=lambda kv: kv[1]):
        if reference not in anonymised:
            return ChainReport(False, count, event_id, msg("audit.problem.erased"))
    if broken_before is not None:
        return ChainReport(False, count, broken_before, msg("audit.problem.before_upgrade"))
    if end_changed is not None:
        return ChainReport(False, count, end_changed, msg("audit.problem.end_changed_before"))
    problem = _state_problem(newest, current or {}, gone, count)
    if problem is None:
        problem = kept.problem(key, count)
    if problem is not None:
        return problem  # the request it names says more than the seal below
    if sealed is not None:
        end_id = head_id or 0
        expected = head_seal(key, head_count, end_id, head_hash or GENESIS, sealed.issued)
        if not hmac.compare_digest(expected, sealed.seal):
            return ChainReport(False, count, end_id, msg("audit.problem.end_changed"))
    return ChainReport(True, count, head=ChainHead(count, last.hash if last else GENESIS))


class _RegisterWalk:
    """What the chain says of the settings and the suppression list, and the check."""

    def __init__(self, sealed: RegisterSeal | None) -> None:
        self.sealed = sealed
        self.newest: int | None = None  # the newest event that changed them
        self.since: int | None = None  # SETTINGS_SEALED: the seal is kept from here
        self.outside: int | None = None  # the first change found made without the program

    def see(self, e: ChainEntry) -> None:
        if e.kind in REGISTER_KINDS:
            self.newest = e.id
        if e.kind == SETTINGS_SEALED and self.since is None:
            self.since = e.id
        if e.kind == SETTINGS_OUTSIDE and self.outside is None:
            self.outside = e.id

    def problem(self, key: bytes, count: int) -> ChainReport | None:
        """A change found made without the program stays reported. Once sealed, the seal
        must name the newest change and cover the state as it is; never changed by the
        program, the settings and the suppression list must be empty. A database changed by
        a program older than the seal and not since is not checked (the README says so)."""
        if self.outside is not None:
            return ChainReport(False, count, self.outside, msg("audit.problem.settings_outside"))
        found = self.sealed
        if found is None:
            return None
        if self.since is not None:
            holds = found.event == self.newest and found.event is not None
            if holds and found.event is not None:
                expected = register_seal(key, found.event, found.state)
                holds = hmac.compare_digest(expected, found.seal)
            if not holds:
                at = self.newest or 0
                return ChainReport(False, count, at, msg("audit.problem.settings"))
        elif self.newest is None and found.state != [[], []]:
            return ChainReport(False, count, 0, msg("audit.problem.settings"))
        return None


def _state_problem(
    newest: Mapping[str, tuple[int, str]], current: Mapping[str, str], gone: str, count: int
) -> ChainReport | None:
    """The first request whose state is not the one its newest event chained."""
    for reference in sorted(current):
        if reference not in newest:
            return ChainReport(False, count, 0, msg("audit.problem.untracked", reference=reference))
    for reference, (event_id, digest) in sorted(newest.items(), key=lambda kv: kv[1][0]):
        now = current.get(reference, gone)
        if digest != now:
            return ChainReport(
                False, count, event_id, msg("audit.problem.state", reference=reference)
            )
    return None


def head_at(nth_hash: str | None, count: int, prefix: str) -> bool:
    """Whether the chain still holds a head printed earlier: its `count`-th event (whose hash
    is `nth_hash`, None when the chain is shorter) has a hash beginning with `prefix`."""
    if count == 0:
        return GENESIS.startswith(prefix)
    return nth_hash is not None and hmac.compare_digest(nth_hash[: len(prefix)], prefix)
