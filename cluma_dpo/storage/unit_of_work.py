"""A unit of work: one short transaction, and the audit events written inside it.

Every change a service makes is recorded by `uow.record(...)` in the same transaction as
the change itself: either both land or neither does.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from cluma_dpo.domain import audit
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock, utc_stamp
from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.logs import LOG
from cluma_dpo.storage import (
    chain_head,
    chain_key,
    chain_state,
    edit_versions,
    numbering,
    register_seal,
)
from cluma_dpo.storage.engine import Store
from cluma_dpo.storage.engine import checkpoint as store_checkpoint
from cluma_dpo.storage.records import AuditEventRecord, AuditHeadRecord
from cluma_dpo.storage.server_lock import is_server, take_write_lock

# Session too: the services name it in their signatures without importing SQLAlchemy.
__all__ = [
    "Session",
    "UnitOfWork",
    "chain_report",
    "default_actor",
    "holds_head",
    "unit_of_work",
    "verify_audit",
]


def default_actor(front_end: str, login: str | None = None) -> str:
    """Who the audit trail names: the server login on a shared server (the server checks
    it, storage.server_roles), else this computer's user name."""
    if login:
        return f"{login} ({front_end})"[:100]
    try:
        user = getpass.getuser()
    except Exception:  # no user name (some containers): the front end is enough
        user = "dpo"
    return f"{user} ({front_end})"[:100]


class UnitOfWork:
    def __init__(
        self,
        session: Session,
        actor: str,
        data_dir: Path | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.session = session
        self.actor = actor
        self.data_dir = data_dir
        self.clock = clock
        self.checkpoint_after = False  # set when erased data must leave the WAL too
        self.figures_only = False  # a management login on a server (storage.figures)
        self.chained: list[dict[str, Any]] = []  # the events this transaction appended
        self._key: bytes | None = None
        self._end_checked = False
        # the settings and the suppression list (storage.register_seal): checked before this
        # transaction changed them, and the newest event of theirs it recorded
        self.register_guarded = False
        self.register_event: int | None = None
        # two people, one request (storage.edit_versions): the versions the edits started
        # from, checked once per request before this transaction's first event on it
        self.based_on: dict[str, int] = {}
        self._versions_checked: set[str] = set()
        self.written: set[str] = set()  # the requests this transaction recorded events on

    @property
    def today(self) -> date:
        return self.clock.today()

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None:
        """Append one audit event to the hash chain (callers hold the write lock)."""
        at = utc_stamp(self.clock)
        self.record_many([(at, kind, reference, note)])

    def chain_key(self) -> bytes:
        if self._key is None:
            key = chain_key.load_key(self.session, settle=True)
            if key is None:  # the chain does not open: do not extend it (verify says why)
                raise StoreError(msg("audit.key_unusable"))
            self._key = key
        return self._key

    def record_many(self, events: Iterable[tuple[str, str, str | None, str | None]]) -> int:
        """Append (at, kind, reference, note) events to the chain in one INSERT.

        `at` is ISO 8601 with its UTC offset. Thousands of events (demo data, retention)
        take a second instead of a minute of one-by-one flushes. Each event chains the
        state of its request as it is now (after a flush); `seal` brings it up to date
        with what the rest of the transaction changes.
        """
        s = self.session
        s.flush()
        events = list(events)
        if not events:
            return 0
        if is_server(s):  # one appender at a time across clients (ServerStore takes it
            take_write_lock(s)  # already; re-entrant, and said here where it matters)
        touched = {e[2] for e in events if e[2] is not None}
        if self.based_on and touched - self._versions_checked:
            edit_versions.check(s, self.based_on, touched - self._versions_checked)
        self._versions_checked |= touched
        self.written |= touched
        key = self.chain_key()
        if not self._end_checked:  # before this transaction moves the end
            self._end_checked = True
            if not chain_head.holds(s, key):  # never seal a changed end as true: say so
                LOG.warning("audit: the seal of the chain's end does not hold")
                events.insert(0, (events[0][0], audit.END_CHANGED, None, None))
        head = s.get(AuditHeadRecord, 1)
        if head is None:
            head = AuditHeadRecord(id=1, last_id=0, last_hash=audit.GENESIS, count=0)
            s.add(head)
        states = chain_state.digests_of(s, key, {e[2] for e in events if e[2] is not None})
        prev, next_id, rows = head.last_hash, head.last_id + 1, []
        for at, kind, reference, note in events:
            salt = audit.new_salt()
            digest = audit.note_digest(note, salt)
            state = states[reference] if reference is not None else audit.NO_STATE
            h = audit.entry_hash(key, next_id, at, self.actor, kind, reference, digest, state, prev)
            rows.append(
                {
                    "id": next_id,
                    "at": at,
                    "actor": self.actor,
                    "kind": kind,
                    "reference": reference,
                    "note": note,
                    "note_salt": salt,
                    "note_digest": digest,
                    "state_digest": state,
                    "prev_hash": prev,
                    "hash": h,
                }
            )
            prev, next_id = h, next_id + 1
        s.execute(insert(cast(Table, AuditEventRecord.__table__)), rows)
        for row in rows[:20]:  # references and kinds only: never the note
            LOG.info("event %s %s", row["kind"], row["reference"] or "-")
        if len(rows) > 20:
            LOG.info("and %d more events", len(rows) - 20)
        head.last_id, head.last_hash, head.count = next_id - 1, prev, head.count + len(rows)
        s.flush()
        self.chained += rows
        first = next_id - len(rows)
        for n, row in enumerate(rows):
            if row["kind"] in audit.REGISTER_KINDS:
                self.register_event = first + n
        return len(rows)

    def seal(self) -> None:
        """Before the commit: the events of this transaction chain the state their requests
        are left in (a service may change a request after it recorded its event), and the
        chain's new end is sealed with the numbers handed out (storage.chain_head)."""
        rows, self.chained = self.chained, []
        s = self.session
        if not rows and not numbering.pending(s):
            return
        key = self.chain_key()
        s.flush()
        if rows:
            self._chain_final_states(rows, key)
        elif not self._end_checked:  # numbers without an event (none do): check all the same
            self._end_checked = True
            if not chain_head.holds(s, key):
                self.record_many([(utc_stamp(self.clock), audit.END_CHANGED, None, None)])
                self.chained = []
        chain_head.reseal(s, key, numbering.take_pending(s))

    def _chain_final_states(self, rows: list[dict[str, Any]], key: bytes) -> None:
        s = self.session
        states = chain_state.digests_of(s, key, {r["reference"] for r in rows if r["reference"]})
        if all(r["reference"] is None or r["state_digest"] == states[r["reference"]] for r in rows):
            return
        prev = rows[0]["prev_hash"]
        for r in rows:
            if r["reference"] is not None:
                r["state_digest"] = states[r["reference"]]
            r["prev_hash"] = prev
            r["hash"] = prev = audit.entry_hash(
                key, r["id"], r["at"], r["actor"], r["kind"], r["reference"],
                r["note_digest"], r["state_digest"], prev,
            )  # fmt: skip
        table = cast(Table, AuditEventRecord.__table__)
        s.execute(
            update(table).where(table.c.id == bindparam("event_id")).values(
                state_digest=bindparam("new_state"),
                prev_hash=bindparam("new_prev"),
                hash=bindparam("new_hash"),
            ),
            [
                {"event_id": r["id"], "new_state": r["state_digest"],
                 "new_prev": r["prev_hash"], "new_hash": r["hash"]}
                for r in rows
            ],
        )  # fmt: skip
        head = s.get(AuditHeadRecord, 1)
        if head is not None and head.last_id == rows[-1]["id"]:
            head.last_hash = prev
        s.flush()


@contextmanager
def unit_of_work(
    store: Store,
    *,
    write: bool,
    actor: str,
    clock: Clock = SYSTEM_CLOCK,
    based_on: dict[str, int] | None = None,
) -> Iterator[UnitOfWork]:
    with store.session(write=write) as session:
        uow = UnitOfWork(session, actor, store.local_dir, clock)
        uow.figures_only = store.figures_only
        uow.based_on = based_on or {}
        yield uow
        if write:
            uow.seal()
            if uow.register_event is not None:  # the settings or suppression list changed
                register_seal.reseal(session, uow.chain_key(), uow.register_event)
    if uow.checkpoint_after:
        store_checkpoint(store)


def verify_audit(store: Store) -> audit.ChainReport:
    with store.session(write=False) as s:
        return chain_report(s)


def _entry(row: Sequence[Any]) -> audit.ChainEntry:
    # the row holds ChainEntry's eleven columns in its field order (the select below);
    # SQLAlchemy types a wide select loosely, so the row is taken as a plain sequence here
    return audit.ChainEntry(*row)


def chain_report(s: Session) -> audit.ChainReport:
    """Walk the whole chain, streaming plain rows (300,000 events in a few seconds), compare
    every request with the state its newest event chained, and check the seal of the
    chain's end and of the numbers handed out."""
    key = chain_key.load_key(s)
    head = s.get(AuditHeadRecord, 1)
    e = AuditEventRecord
    rows = s.execute(
        select(
            e.id,
            e.at,
            e.actor,
            e.kind,
            e.reference,
            e.note,
            e.note_salt,
            e.note_digest,
            e.state_digest,
            e.prev_hash,
            e.hash,
        )
        .order_by(e.id)
        .execution_options(yield_per=5000)
    )
    return audit.verify_chain(
        (_entry(row) for row in rows),
        key=key,
        head_id=head.last_id if head else None,
        head_hash=head.last_hash if head else None,
        head_count=head.count if head else 0,
        current=chain_state.all_digests(s, key, kept=True) if key is not None else None,
        gone=chain_state.gone(key) if key is not None else "",
        sealed=chain_head.stored(s) if chain_head.required(s) else None,
        register=register_seal.for_verify(s),
    )


def holds_head(s: Session, count: int, prefix: str) -> bool:
    """Whether the chain's `count`-th event still has the hash printed as `prefix`."""
    e = AuditEventRecord
    nth = None
    if count > 0:
        nth = s.scalar(select(e.hash).order_by(e.id).offset(count - 1).limit(1))
    return audit.head_at(nth, count, prefix)
