"""Demo data: thousands of service calls in one unit of work, for the price of far fewer queries.

Each service call looks its request up again by reference (one query, and four more for
its pauses, checklist, fee notes and documents), reads the settings again and writes its
audit event at once (a flush, an INSERT, the chain head). For one step taken at the desk
that is nothing; for the demo's 25,000 steps per 5,000 requests it is a minute. A
BatchUnitOfWork runs the same services, unchanged, over one transaction and keeps the
bookkeeping between their steps in memory:

- a lookup by a unique key (request by reference, fee note by number) and the settings are
  answered, after the first time, with what the session already holds: the very objects
  the query would return (SQLAlchemy's do_orm_execute hook, as in its caching example);
- audit events carry the moment of their step (the clock the demo sets) and go into the
  hash chain in the order they were recorded, through UnitOfWork.record_many at the end;
- new rows are flushed when their step records its event, as UnitOfWork.record does, so
  the queries the services still send (the next number of the year, the suppression list)
  see every earlier step; changes to rows already written wait for the next flush, as no
  such query reads a column a step changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from cluma_dpo.domain.clock import utc_stamp
from cluma_dpo.storage.records import (
    FeeNoteRecord,
    IdentityDocumentRecord,
    RequestRecord,
    SettingRecord,
)
from cluma_dpo.storage.unit_of_work import UnitOfWork

# A row found by its unique key stays that row for the whole transaction.
_UNIQUE: dict[type, str] = {RequestRecord: "reference", FeeNoteRecord: "number"}
_SETTINGS = "settings"  # no step of the demo changes them
_CHILDREN = [r.key for r in RequestRecord.__mapper__.relationships]


class BatchUnitOfWork(UnitOfWork):
    """The unit of work of a batch of demo steps, inside `outer` (from Workbench.writing)."""

    def __init__(self, outer: UnitOfWork) -> None:
        super().__init__(outer.session, outer.actor, outer.data_dir, outer.clock)
        self._outer = outer
        self._trail: list[tuple[str, str, str | None, str | None]] = []
        self._found: dict[tuple[object, ...], Any] = {}  # FrozenResult by what it looked up
        self._held: list[RequestRecord] = []  # the session holds a clean record only weakly
        event.listen(self.session, "do_orm_execute", self._lookup)
        event.listen(self.session, "persistent_to_deleted", self._forget)

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None:
        s = self.session
        if s.new:
            born = [x for x in s.new if isinstance(x, RequestRecord)]
            s.flush()
            for rec in born:  # a new request has no children but those it was given
                for name in _CHILDREN:
                    if name not in rec.__dict__:
                        set_committed_value(rec, name, [])
            self._held += born
        self._trail.append((utc_stamp(self.clock), kind, reference, note))

    def close(self) -> None:
        """Write the trail into the audit chain; the outer unit of work commits."""
        event.remove(self.session, "do_orm_execute", self._lookup)
        event.remove(self.session, "persistent_to_deleted", self._forget)
        self.record_many(self._trail)
        self._outer.chained += self.chained  # the outer unit of work seals them
        self.chained = []
        if self.register_event is not None:  # ... and the suppression list they changed
            self._outer.register_event = self.register_event
        self._trail, self._found, self._held = [], {}, []
        self._outer.checkpoint_after |= self.checkpoint_after

    def _lookup(self, state: ORMExecuteState) -> Any:
        if not state.is_select or state.is_relationship_load:
            return None
        key = _key(state)
        if key is None:
            return None
        found = self._found.get(key)
        if found is None:
            found = state.invoke_statement().freeze()
            if not found.data:  # not there (yet): ask the database again next time
                return found()
            self._found[key] = found
        return found()

    def _forget(self, session: Session, instance: object) -> None:
        """An erased identity document leaves its request's list too.

        The services delete the rows and leave the list, which one step per session never
        reads again; a later step of the batch would erase the copy a second time."""
        if isinstance(instance, IdentityDocumentRecord):
            rec = session.identity_map.get(identity_key(RequestRecord, instance.request_id))
            if rec is not None and "identity_documents" in rec.__dict__:
                left = [d for d in rec.identity_documents if d is not instance]
                set_committed_value(rec, "identity_documents", left)


def _key(state: ORMExecuteState) -> tuple[object, ...] | None:
    """What a statement looks up, if its answer cannot change during the batch."""
    mapper = state.bind_mapper
    entity = mapper.class_ if mapper is not None else None
    stmt: Any = state.statement
    where = stmt.whereclause
    if entity is SettingRecord:
        return (_SETTINGS,) if where is None else None
    column = _UNIQUE.get(entity) if entity is not None else None
    if (
        column is None
        or not isinstance(where, BinaryExpression)
        or where.operator is not operators.eq
        or not isinstance(where.right, BindParameter)
        or getattr(where.left, "key", None) != column
        or getattr(where.left, "table", None) is not entity.__table__  # type: ignore[union-attr]  # entity is set: column is not None
    ):
        return None
    described = stmt.column_descriptions
    if len(described) != 1 or described[0]["expr"] is not entity:
        return None  # a column of the record, not the record
    return (entity, where.right.effective_value)
