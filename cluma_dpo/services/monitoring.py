"""What needs attention: deadline warnings, the dashboard counts, and which steps are open.

Warnings are computed from the cached deadline columns, pre-filtered in SQL, so that a
register of 50,000 requests answers in milliseconds.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.domain.model import Dashboard, DueWarning, IdentityStatus, Status, WarningLevel
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import Session, UnitOfWork
from cluma_dpo.storage import figures_register as names_free
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage import request_queries as queries

__all__ = ["Dashboard", "DueWarning", "available_actions", "dashboard", "due_warnings"]


def _cached_deadlines(rec: Any) -> dl.Deadlines:
    return dl.stored_deadlines(
        rec.due_date, rec.extended_due_date, rec.company_target_date, rec.effective_due_date,
        rec.paused,
    )  # fmt: skip


def due_warnings(uow: UnitOfWork, today: date) -> list[DueWarning]:
    """The warnings, by reference; management on a server reads them from the figures views
    (storage.figures_register: the same columns, no personal data)."""
    session = uow.session
    source: Any = names_free if uow.figures_only else queries
    soon = load_settings(session).warnings.due_soon_days
    out: list[DueWarning] = []
    for rec in source.running_due_by(session, dl.warning_horizon(today, soon)):
        for w in dl.warnings_for(
            _cached_deadlines(rec), Status(rec.status), today, due_soon_days=soon
        ):
            out.append(DueWarning(rec.reference, w.level, w.date))
    # Fee notes unpaid past their due date: a reminder is due (design.md, "Fee notes").
    for number, due_on, reference in source.unpaid_fee_notes_due_before(session, today):
        out.append(DueWarning(reference, WarningLevel.FEE_OVERDUE, due_on, number))
    return out


def dashboard(session: Session, today: date, *, figures: bool = False) -> Dashboard:
    """`figures`: a management login, counted from the figures view (no personal data)."""
    soon = load_settings(session).warnings.due_soon_days
    # the thresholds of domain.deadlines.warning_level, counted in SQL
    counts = queries.dashboard_counts(
        session, dl.overdue_before(today), dl.due_soon_until(today, soon), figures=figures
    )
    return Dashboard(*counts)


# once the identity is verified, verifying it (or finding no check needed) is done
_IDENTIFYING = (lc.Action.VERIFY_IDENTITY, lc.Action.SKIP_IDENTITY)


def available_actions(
    session: Session, reference: str, today: date
) -> dict[str, Message | str | None]:
    """Each lifecycle action: None when the DPO may take it now, else why not (for tooltips)."""
    from cluma_dpo.services import fees
    from cluma_dpo.services.workflow import extension_check

    rec = repo.get_request(session, reference, details=True)
    status = Status(rec.status)
    failed = rec.identity_status == IdentityStatus.FAILED.value
    verified = rec.identity_status == IdentityStatus.VERIFIED.value
    out: dict[str, Message | str | None] = {}
    for action in lc.Action:
        reason: Message | str | None = lc.why_not(status, action, identity_failed=failed)
        if reason is None and action is lc.Action.EXTEND:
            try:
                extension_check(rec, load_settings(session), today, "-")
            except DomainError as exc:
                reason = exc.msg
        if action is lc.Action.REQUEST_FEE:
            # a request the GDPR allows no fee for at all says so, whatever its state
            reason = fees.refusal_of(session, rec) or reason
        if reason is None and action is lc.Action.CLOSE and status is Status.AWAITING_INFORMATION:
            reason = "Identity information is awaited."
        if reason is None and action in _IDENTIFYING and verified:
            reason = msg("lifecycle.identity_verified", on=rec.identity_checked_on or today)
        out[action.value] = reason
    return out
