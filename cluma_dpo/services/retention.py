"""Retention: anonymise requests finished more than `retention.years` ago (GDPR Art. 5(1)(e)).

What makes a person identifiable goes (name, contact data, free text, document names,
identity documents); what the statistics count stays (dates, rights, channel, country,
language, outcome, fee amounts). The suppression list is kept: Art. 21(3) needs it to
keep the promise. The audit chain stays verifiable: it hashes a salted digest of each
note (domain/audit.py), so a note set to NULL leaves every link intact.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import case, delete, func, select, update
from sqlalchemy.sql.elements import ColumnElement

from cluma_dpo.domain.clock import utc_stamp
from cluma_dpo.domain.model import Status
from cluma_dpo.services.requests import now
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage.records import (
    AuditEventRecord,
    DocumentRecord,
    FeeNoteRecord,
    IdentityDocumentRecord,
    RecipientItemRecord,
    RequestRecord,
)

ANONYMISED_NAME = "[geanonimiseerd]"
# Free text may name people; a marker keeps "a reason was given" countable.
REMOVED = "[verwijderd]"
FINISHED = (Status.CLOSED.value, Status.WITHDRAWN.value, Status.REJECTED.value)
CHUNK = 500  # ids per statement: well under SQLite's limit on bound parameters


def retention_cutoff(today: date, years: int) -> date:
    """Requests finished before this day are due for anonymisation."""
    return today - relativedelta(years=years)


def due_for_anonymisation(uow: UnitOfWork, today: date) -> list[tuple[int, str, date]]:
    """(id, reference, finished on) of the requests the retention policy says must go."""
    years = load_settings(uow.session).retention.years
    r = RequestRecord
    finished = func.coalesce(r.ended_on, r.answered_on)
    rows = uow.session.execute(
        select(r.id, r.reference, finished)
        .where(
            r.status.in_(FINISHED),
            r.anonymised.is_(False),
            finished.is_not(None),
            finished < retention_cutoff(today, years),
        )
        .order_by(r.id)
    )
    return [(rid, ref, day) for rid, ref, day in rows]


def _marker(column: ColumnElement[str | None]) -> ColumnElement[str | None]:
    return case((column.is_(None), None), else_=REMOVED)


def _anonymise(uow: UnitOfWork, ids: list[int], references: list[str]) -> None:
    s, r = uow.session, RequestRecord
    # Core statements on the tables: nothing of these requests is loaded in this session.
    s.execute(
        update(r.__table__)
        .where(r.id.in_(ids))
        .values(
            subject_name=ANONYMISED_NAME,
            subject_email=None,
            subject_street=None,
            subject_postcode=None,
            subject_city=None,
            search_key=func.lower(r.reference),  # the reference is all that stays findable
            identity_note=_marker(r.identity_note),
            outcome_reason=_marker(r.outcome_reason),
            extension_reason=_marker(r.extension_reason),
            anonymised=True,
            updated_at=now(uow),
        )
    )
    item, doc, fee = RecipientItemRecord, DocumentRecord, FeeNoteRecord
    s.execute(update(item.__table__).where(item.request_id.in_(ids)).values(note=None))
    s.execute(update(doc.__table__).where(doc.request_id.in_(ids)).values(filename=None))
    s.execute(
        delete(IdentityDocumentRecord.__table__).where(IdentityDocumentRecord.request_id.in_(ids))
    )
    # Accounting keeps the fee notes (number, amount, dates, status); the reason may be personal.
    s.execute(update(fee.__table__).where(fee.request_id.in_(ids)).values(reason=REMOVED))
    event = AuditEventRecord
    s.execute(
        update(event.__table__)
        .where(event.reference.in_(references), event.note.is_not(None))
        .values(note=None)
    )


def run_retention(uow: UnitOfWork, today: date) -> int:
    """Anonymise what is due; idempotent. Returns how many requests were anonymised."""
    due = due_for_anonymisation(uow, today)
    years = load_settings(uow.session).retention.years
    for start in range(0, len(due), CHUNK):
        chunk = due[start : start + CHUNK]
        _anonymise(uow, [rid for rid, _, _ in chunk], [ref for _, ref, _ in chunk])
    uow.record_many(
        (
            (
                utc_stamp(uow.clock),
                "anonymised",
                reference,
                f"personal data removed under the retention policy ({years} years): "
                f"finished on {finished.isoformat()}",
            )
            for _, reference, finished in due
        ),
    )
    return len(due)
