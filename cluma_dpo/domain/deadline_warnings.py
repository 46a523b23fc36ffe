"""Warnings before a deadline passes, and whether an answer came on time.

One definition of "overdue", "due today", "due soon" and "on time" for every layer; the
dates they look at are computed in domain/deadlines.py (which re-exports these names).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from cluma_dpo.domain.model import Status, WarningLevel

if TYPE_CHECKING:
    from cluma_dpo.domain.deadlines import Deadlines

EXTENSION_DECISION_DAYS = 7  # warn when the first month ends within a week, not extended


@dataclass(frozen=True, slots=True)
class Warning:
    level: WarningLevel
    date: date


# --- warnings
# One definition of "overdue" and "due soon" for every layer: the list's filters and the
# dashboard's counts (SQL over the cached dates, from `overdue_before` / `due_soon_until`),
# `cluma-dpo due` and the list's colours (`warning_level`), the quarterly "overdue now".


def overdue_before(today: date) -> date:
    """A request whose governing date lies before this day is overdue; on the day itself
    it is still in time ("due today")."""
    return today


def due_soon_until(today: date, days: int) -> date:
    """The last governing date that is "due soon" on `today`, with the warning setting of
    `days` days (warnings.due_soon_days); due today and overdue dates lie before it too."""
    return _plus_days(today, days)


def warning_horizon(today: date, due_soon_days: int) -> date:
    """The latest date (effective or statutory) that can raise a warning today: a
    pre-filter for queries over many requests before `warnings_for` decides."""
    return _plus_days(today, max(due_soon_days, EXTENSION_DECISION_DAYS))


def warning_level(
    effective: date | None,
    today: date,
    due_soon_days: int,
    *,
    status: Status,
    paused: bool,
) -> WarningLevel | None:
    """Overdue, due today or due soon, from the date that governs warnings; None when no
    warning applies: answered, closed, withdrawn and rejected requests need nothing more
    before a deadline, and while the clock is paused there is no due date to miss."""
    if paused or not status.is_open or effective is None:
        return None
    if effective < overdue_before(today):
        return WarningLevel.OVERDUE
    if effective == today:
        return WarningLevel.DUE_TODAY
    if effective <= due_soon_until(today, due_soon_days):
        return WarningLevel.DUE_SOON
    return None


def is_overdue(effective: date | None, today: date, *, status: Status, paused: bool) -> bool:
    """Whether a request is overdue today (the quarterly "overdue now"; the dashboard
    counts the same in SQL with `overdue_before`)."""
    level = warning_level(effective, today, 0, status=status, paused=paused)
    return level is WarningLevel.OVERDUE


@lru_cache(maxsize=1 << 16)
def _warning(level: WarningLevel, on: date) -> Warning:
    return Warning(level, on)


@lru_cache(maxsize=4096)
def _plus_days(d: date, days: int) -> date:
    return d + timedelta(days)


def warnings_for(
    deadlines: Deadlines, status: Status, today: date, *, due_soon_days: int = 7
) -> tuple[Warning, ...]:
    """Overdue, due today, due within `due_soon_days`, and the extension decision.

    None for answered, closed, withdrawn or rejected requests, nor while the clock is paused.
    EXTENSION_DECISION (dated the statutory date) comes in addition to the others when the
    first month ends within 7 days and no extension is recorded.
    """
    if deadlines.paused or not status.is_open:
        return ()
    e = deadlines.effective
    level = warning_level(e, today, due_soon_days, status=status, paused=False)
    first = None if level is None or e is None else _warning(level, e)
    s = deadlines.statutory
    if (
        s is not None
        and deadlines.extended is None
        and status != Status.EXTENDED
        and today <= s.date <= _plus_days(today, EXTENSION_DECISION_DAYS)
    ):
        decision = _warning(WarningLevel.EXTENSION_DECISION, s.date)
        return (decision,) if first is None else (first, decision)
    return () if first is None else (first,)


# --- answered on time


def legal_due_date(due_date: date | None, extended_due_date: date | None) -> date | None:
    """The date the law set for the answer: the extended date once an extension was
    recorded, else the statutory one; both after the pauses for identity information."""
    return extended_due_date if extended_due_date is not None else due_date


def answered_on_time(
    answered_on: date | None, due_date: date | None, extended_due_date: date | None
) -> bool | None:
    """Whether an answer came on time; None while there is no answer.

    On time means on or before the legal due date that applied (GDPR Art. 12(3): the
    statutory month, or the extended date once an extension was recorded; pauses for
    identity information moved both, EDPB Guidelines 01/2022 §5.3). The company's own
    targets from the privacy statement (erasure in 30 days, marketing the next working day)
    are promises, not the law's deadline: missing one is not "late" in the register or the
    quarterly figures. An answer without any legal due date (the clock never ran) was not late.
    """
    if answered_on is None:
        return None
    due = legal_due_date(due_date, extended_due_date)
    return due is None or answered_on <= due
