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

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from cluma_dpo.domain import audit
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock, utc_stamp
from cluma_dpo.logs import LOG
from cluma_dpo.storage.engine import Store
from cluma_dpo.storage.engine import checkpoint as store_checkpoint
from cluma_dpo.storage.records import AuditEventRecord, AuditHeadRecord

# Session too: the services name it in their signatures without importing SQLAlchemy.
__all__ = ["Session", "UnitOfWork", "chain_report", "default_actor", "unit_of_work", "verify_audit"]


def default_actor(front_end: str) -> str:
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

    @property
    def today(self) -> date:
        return self.clock.today()

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None:
        """Append one audit event to the hash chain (callers hold the write lock)."""
        at = utc_stamp(self.clock)
        self.record_many([(at, kind, reference, note)])

    def record_many(self, events: Iterable[tuple[str, str, str | None, str | None]]) -> int:
        """Append (at, kind, reference, note) events to the chain in one INSERT.

        `at` is ISO 8601 with its UTC offset. Thousands of events (demo data, retention)
        take a second instead of a minute of one-by-one flushes.
        """
        s = self.session
        s.flush()
        head = s.get(AuditHeadRecord, 1)
        if head is None:
            head = AuditHeadRecord(id=1, last_id=0, last_hash=audit.GENESIS, count=0)
            s.add(head)
        prev, next_id, rows = head.last_hash, head.last_id + 1, []
        for at, kind, reference, note in events:
            salt = audit.new_salt()
            digest = audit.note_digest(note, salt)
            h = audit.entry_hash(next_id, at, self.actor, kind, reference, digest, prev)
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
                    "prev_hash": prev,
                    "hash": h,
                }
            )
            prev, next_id = h, next_id + 1
        if rows:
            s.execute(insert(cast(Table, AuditEventRecord.__table__)), rows)
            for row in rows[:20]:  # references and kinds only: never the note
                LOG.info("event %s %s", row["kind"], row["reference"] or "-")
            if len(rows) > 20:
                LOG.info("and %d more events", len(rows) - 20)
            head.last_id, head.last_hash, head.count = next_id - 1, prev, head.count + len(rows)
            s.flush()
        return len(rows)


@contextmanager
def unit_of_work(
    store: Store, *, write: bool, actor: str, clock: Clock = SYSTEM_CLOCK
) -> Iterator[UnitOfWork]:
    with store.session(write=write) as session:
        uow = UnitOfWork(session, actor, store.path.parent, clock)
        yield uow
    if uow.checkpoint_after:
        store_checkpoint(store)


def verify_audit(store: Store) -> audit.ChainReport:
    with store.session(write=False) as s:
        return chain_report(s)


def _entry(row: Sequence[Any]) -> audit.ChainEntry:
    # the row holds ChainEntry's ten columns in its field order (the select below); SQLAlchemy
    # types a ten-column select loosely, so the row is taken as a plain sequence here
    return audit.ChainEntry(*row)


def chain_report(s: Session) -> audit.ChainReport:
    """Walk the whole chain, streaming plain rows: 300,000 events in a few seconds."""
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
            e.prev_hash,
            e.hash,
        )
        .order_by(e.id)
        .execution_options(yield_per=5000)
    )
    return audit.verify_chain(
        (_entry(row) for row in rows),
        head_id=head.last_id if head else None,
        head_hash=head.last_hash if head else None,
        head_count=head.count if head else 0,
    )
