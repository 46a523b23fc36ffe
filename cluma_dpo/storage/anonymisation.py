"""The statements of the retention policy: which finished requests are due, and removing
what makes their data subjects identifiable (services.retention decides what and when)."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, case, delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from cluma_dpo.storage.records import (
    AuditEventRecord,
    Base,
    DocumentContentRecord,
    DocumentRecord,
    FeeNoteRecord,
    IdentityDocumentRecord,
    RecipientItemRecord,
    RequestRecord,
)


def finished_before(
    session: Session, statuses: tuple[str, ...], cutoff: date
) -> list[tuple[int, str, date]]:
    """(id, reference, finished on) of the requests in `statuses`, not yet anonymised, that
    ended (or were answered) before `cutoff`."""
    r = RequestRecord
    finished = func.coalesce(r.ended_on, r.answered_on)
    rows = session.execute(
        select(r.id, r.reference, finished)
        .where(
            r.status.in_(statuses),
            r.anonymised.is_(False),
            finished.is_not(None),
            finished < cutoff,
        )
        .order_by(r.id)
    )
    return [(rid, ref, day) for rid, ref, day in rows]


def _table(record: type[Base]) -> Table:
    return cast(Table, record.__table__)  # a mapped class's table


def _marker(column: InstrumentedAttribute[str | None], removed: str) -> ColumnElement[str | None]:
    return case((column.is_(None), None), else_=removed)


def anonymise(
    session: Session,
    ids: list[int],
    references: list[str],
    *,
    name: str,
    removed: str,
    at: datetime,
) -> None:
    """Replace the name by `name`, free text by the marker `removed`, and drop contact data,
    document names and where they were saved, kept documents, identity documents and the
    notes of their audit events."""
    s, r = session, RequestRecord
    # Core statements on the tables: nothing of these requests is loaded in this session.
    s.execute(
        update(_table(r))
        .where(r.id.in_(ids))
        .values(
            subject_name=name,
            subject_email=None,
            subject_street=None,
            subject_postcode=None,
            subject_city=None,
            search_key=func.lower(r.reference),  # the reference is all that stays findable
            identity_note=_marker(r.identity_note, removed),
            outcome_reason=_marker(r.outcome_reason, removed),
            outcome_done=_marker(r.outcome_done, removed),
            identity_needed=_marker(r.identity_needed, removed),
            extension_reason=_marker(r.extension_reason, removed),
            anonymised=True,
            updated_at=at,
        )
    )
    item, doc, fee = RecipientItemRecord, DocumentRecord, FeeNoteRecord
    s.execute(update(_table(item)).where(item.request_id.in_(ids)).values(note=None))
    # a kept letter carries the name and address: it goes; the fact of it stays
    content = DocumentContentRecord
    s.execute(
        delete(_table(content)).where(
            content.document_id.in_(select(doc.id).where(doc.request_id.in_(ids)))
        )
    )
    s.execute(
        update(_table(doc))
        .where(doc.request_id.in_(ids))
        .values(filename=None, saved_path=None, kept_size=None)
    )
    s.execute(
        delete(_table(IdentityDocumentRecord)).where(IdentityDocumentRecord.request_id.in_(ids))
    )
    # Accounting keeps the fee notes (number, amount, dates, status); the reason may be personal.
    s.execute(update(_table(fee)).where(fee.request_id.in_(ids)).values(reason=removed))
    event = AuditEventRecord
    s.execute(
        update(_table(event))
        .where(event.reference.in_(references), event.note.is_not(None))
        .values(note=None)
    )


def newest_audit_day(session: Session) -> date | None:
    """The day of the last audit entry (its own local date), None for an empty trail."""
    at = session.scalar(select(AuditEventRecord.at).order_by(AuditEventRecord.id.desc()).limit(1))
    return date.fromisoformat(at[:10]) if at else None
