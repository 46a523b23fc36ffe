"""What needs attention: deadline warnings, the dashboard counts, and which steps are open.

Warnings are computed from the cached deadline columns, pre-filtered in SQL, so that a
register of 50,000 requests answers in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import IdentityStatus, Status, WarningLevel
from cluma_dpo.services.requests import OPEN_STATUSES
from cluma_dpo.services.settings import load_settings
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import FeeNoteRecord, RequestRecord


@dataclass(frozen=True, slots=True)
class DueWarning:
    reference: str
    level: WarningLevel
    date: date
    fee_note: str | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    overdue: int
    due_soon: int
    paused: int
    awaiting_fee: int
    open: int
    total: int


def _cached_deadlines(rec: RequestRecord | Row[Any]) -> dl.Deadlines:
    return dl.stored_deadlines(
        rec.due_date, rec.extended_due_date, rec.company_target_date, rec.effective_due_date,
        rec.paused,
    )  # fmt: skip


def due_warnings(session: Session, today: date) -> list[DueWarning]:
    soon = load_settings(session).warnings.due_soon_days
    horizon = dl.warning_horizon(today, soon)
    r = RequestRecord
    # Plain rows, not records: the warnings need seven columns, not an ORM object each.
    stmt = (
        select(
            r.reference,
            r.status,
            r.due_date,
            r.extended_due_date,
            r.company_target_date,
            r.effective_due_date,
            r.paused,
        )
        .where(
            RequestRecord.status.in_(OPEN_STATUSES),
            RequestRecord.paused.is_(False),
            or_(RequestRecord.effective_due_date <= horizon, RequestRecord.due_date <= horizon),
        )
        .order_by(RequestRecord.effective_due_date, RequestRecord.id)
    )
    out: list[DueWarning] = []
    for rec in session.execute(stmt):
        for w in dl.warnings_for(
            _cached_deadlines(rec), Status(rec.status), today, due_soon_days=soon
        ):
            out.append(DueWarning(rec.reference, w.level, w.date))
    # Fee notes unpaid past their due date: a reminder is due (design.md, "Fee notes").
    fees = session.execute(
        select(FeeNoteRecord.number, FeeNoteRecord.due_on, RequestRecord.reference)
        .join(RequestRecord, FeeNoteRecord.request_id == RequestRecord.id)
        .where(
            FeeNoteRecord.status == "unpaid",
            FeeNoteRecord.due_on < today,
            RequestRecord.status.in_(OPEN_STATUSES),
        )
        .order_by(FeeNoteRecord.due_on)
    )
    for number, due_on, reference in fees:
        out.append(DueWarning(reference, WarningLevel.FEE_OVERDUE, due_on, number))
    return out


def dashboard(session: Session, today: date) -> Dashboard:
    soon = load_settings(session).warnings.due_soon_days
    r = RequestRecord
    running = r.paused.is_(False)
    # the thresholds of domain.deadlines.warning_level, counted in SQL
    overdue_before, soon_until = dl.overdue_before(today), dl.due_soon_until(today, soon)
    # Every count but the total is of open requests (awaiting fee payment is an open
    # status): read only those, through ix_requests_status, instead of decrypting all
    # 50,000 rows; the total comes from an index alone.
    row = session.execute(
        select(
            func.count().filter(and_(running, r.effective_due_date < overdue_before)),
            func.count().filter(
                and_(
                    running,
                    r.effective_due_date >= overdue_before,
                    r.effective_due_date <= soon_until,
                )
            ),
            func.count().filter(r.paused.is_(True)),
            func.count().filter(r.status == Status.AWAITING_FEE_PAYMENT.value),
            func.count(),
        ).where(r.status.in_(OPEN_STATUSES))
    ).one()
    total = session.scalar(select(func.count()).select_from(r))
    return Dashboard(*(int(x or 0) for x in row), int(total or 0))


def available_actions(
    session: Session, reference: str, today: date
) -> dict[str, str | None]:
    """Each lifecycle action: None when the DPO may take it now, else why not (for tooltips)."""
    from cluma_dpo.services.workflow import extension_check

    rec = repo.get_request(session, reference, details=True)
    status = Status(rec.status)
    failed = rec.identity_status == IdentityStatus.FAILED.value
    out: dict[str, str | None] = {}
    for action in lc.Action:
        reason = lc.why_not(status, action, identity_failed=failed)
        if reason is None and action is lc.Action.EXTEND:
            try:
                extension_check(rec, load_settings(session), today, "-")
            except DomainError as exc:
                reason = exc.message
        if reason is None and action is lc.Action.CLOSE and status is Status.AWAITING_INFORMATION:
            reason = "Identity information is awaited."
        out[action.value] = reason
    return out
