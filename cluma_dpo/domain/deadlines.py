"""Due dates of a rights request and the warnings they raise.

GDPR Art. 12(3): answer within one month of receipt, extendable by two further months.
Periods are counted under Regulation 1182/71 with Belgium's public holidays; the company
targets of the privacy statement sit beside the statutory dates (design.md "Deadlines").

Two paths, same dates:
- `compute_deadlines(inp)` explains every date, one line per rule (for a request's page,
  its dossier and its letters);
- `compute_deadlines(inp, explain=False)` and `effective_due(inp)` skip the text and are
  cached, for lists, the register and `due` over tens of thousands of requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from cluma_dpo.domain.calendar_be import (
    holiday_name,
    is_working_day,
    next_working_day_after,
    next_working_day_on_or_after,
)
from cluma_dpo.domain.deadline_explanations import explain_company_target, explain_period
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.model import DateExplanation, Pause, Right, Status, WarningLevel

__all__ = [
    "ERASURE_TARGET_DAYS",
    "EXTENDED_MONTHS",
    "EXTENSION_DECISION_DAYS",
    "STATUTORY_MONTHS",
    "DeadlineInput",
    "Deadlines",
    "Warning",
    "check_extension",
    "compute_deadlines",
    "effective_due",
    "holiday_name",
    "is_working_day",
    "next_working_day_after",
    "next_working_day_on_or_after",
    "pause_days",
    "period_end",
    "warnings_for",
]

STATUTORY_MONTHS = 1  # GDPR Art. 12(3): "within one month of receipt of the request"
EXTENDED_MONTHS = 3  # GDPR Art. 12(3): "extended by two further months"
ERASURE_TARGET_DAYS = 30  # privacy statement: erasure within 30 days of account deletion
EXTENSION_DECISION_DAYS = 7  # warn when the first month ends within a week, not extended

EN_MONTHS = (  # index = month number; the English explanations use them
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class DeadlineInput:
    """What the dates of one request depend on."""

    received: date
    rights: tuple[Right, ...]
    account_deletion: bool = False
    pauses: tuple[Pause, ...] = ()
    extended_on: date | None = None


@dataclass(frozen=True, slots=True)
class Deadlines:
    """The dates of one request; `reasons` are empty on the non-explaining path."""

    statutory: DateExplanation | None  # None while a pause is open
    extended: DateExplanation | None  # only once an extension is recorded
    company_target: DateExplanation | None  # only when a company target applies
    effective: date | None  # governs warnings; None while paused without company target
    paused: bool
    extension_deadline: date | None  # last day an extension may be recorded


@dataclass(frozen=True, slots=True)
class Warning:
    level: WarningLevel
    date: date


# --- date arithmetic (cached: a few hundred distinct receipt dates cover years of requests)


@cache
def _month_end(received: date, months: int) -> date:
    # Regulation 1182/71 Art. 3(1): the day of receipt does not count; Art. 3(2)(c): a
    # period of months ends on the same date N months later, or on the last day of that
    # month when the date does not exist. relativedelta clamps exactly so (31 Jan -> 28 Feb).
    return received + relativedelta(months=months)


@cache
def period_end(received: date, months: int, paused_days: int = 0) -> date:
    """Last day of a period of `months` months from `received`, `paused_days` added.

    EDPB Guidelines 01/2022 §5.3: paused days push the Art. 3(2)(c) date later; then
    Regulation 1182/71 Art. 3(4): a Saturday, Sunday or public holiday moves to the next
    working day.
    """
    return next_working_day_on_or_after(_month_end(received, months) + timedelta(paused_days))


def pause_days(pauses: tuple[Pause, ...]) -> tuple[int, bool]:
    """(calendar days of the closed pauses, whether a pause is still open).

    A pause counts the days from the day identity information was asked for to the day it
    arrived: (ended - started).days.
    """
    days = 0
    for p in pauses:
        if p.ended is None:
            return 0, True
        n = (p.ended - p.started).days
        if n < 0:
            raise ValidationError("A pause of the deadline cannot end before it started.")
        days += n
    return days, False


def _company_targets(
    received: date, rights: tuple[Right, ...], account_deletion: bool
) -> tuple[date | None, date | None]:
    erasure = marketing = None
    if account_deletion and Right.ERASURE in rights:
        # A promise is kept early, not late: 30 calendar days, never moved off a weekend.
        erasure = received + timedelta(ERASURE_TARGET_DAYS)
    if Right.OBJECTION in rights or Right.MARKETING_OPT_OUT in rights:
        # GDPR Art. 21(2)-(3): stop direct marketing at once; we promise the next working day.
        marketing = next_working_day_after(received)
    return erasure, marketing


def _earliest(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


@lru_cache(maxsize=1 << 17)
def _plain_deadlines(
    received: date,
    paused_days: int,
    paused: bool,
    extended: bool,
    erasure: date | None,
    marketing: date | None,
) -> Deadlines:
    target_date = _earliest(erasure, marketing)
    target = None if target_date is None else DateExplanation(target_date)
    if paused:
        return Deadlines(None, None, target, target_date, True, None)
    statutory = period_end(received, STATUTORY_MONTHS, paused_days)
    governing = statutory
    ext = None
    if extended:
        governing = period_end(received, EXTENDED_MONTHS, paused_days)
        ext = DateExplanation(governing)
    return Deadlines(
        DateExplanation(statutory),
        ext,
        target,
        _earliest(governing, target_date),
        False,
        statutory,
    )


def compute_deadlines(
    inp: DeadlineInput,
    *,
    pause_for_identity: bool = True,
    language: str = "nl",
    explain: bool = True,
) -> Deadlines:
    """The dates of one request.

    `pause_for_identity=False` (the stricter view) ignores pauses entirely. `language` (nl,
    fr, en; anything else gives en) is the language of the reasons. With `explain=False`
    the reasons are empty and the result comes from a cache: use it for lists.
    """
    if pause_for_identity and inp.pauses:
        days, paused = pause_days(inp.pauses)
    else:
        days, paused = 0, False
    erasure, marketing = _company_targets(inp.received, inp.rights, inp.account_deletion)
    plain = _plain_deadlines(
        inp.received, days, paused, inp.extended_on is not None, erasure, marketing
    )
    if not explain:
        return plain
    return Deadlines(
        _explained(plain.statutory, inp, STATUTORY_MONTHS, days, language, None),
        _explained(plain.extended, inp, EXTENDED_MONTHS, days, language, inp.extended_on),
        None
        if plain.company_target is None
        else DateExplanation(
            plain.company_target.date,
            explain_company_target(erasure=erasure, marketing=marketing, language=language),
        ),
        plain.effective,
        plain.paused,
        plain.extension_deadline,
    )


def _explained(
    plain: DateExplanation | None,
    inp: DeadlineInput,
    months: int,
    days: int,
    language: str,
    extended_on: date | None,
) -> DateExplanation | None:
    if plain is None:
        return None
    reasons = explain_period(
        received=inp.received,
        months=months,
        month_end=_month_end(inp.received, months),
        pause_days=days,
        final=plain.date,
        language=language,
        extended_on=extended_on,
    )
    return DateExplanation(plain.date, reasons)


def effective_due(inp: DeadlineInput, pause_for_identity: bool = True) -> date | None:
    """The date that governs warnings, without explanations (the fast path for lists)."""
    return compute_deadlines(inp, pause_for_identity=pause_for_identity, explain=False).effective


# --- warnings

# Answered and final requests need nothing more from the DPO before a deadline.
_NO_WARNINGS = frozenset({Status.ANSWERED, Status.CLOSED, Status.WITHDRAWN, Status.REJECTED})


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
    if deadlines.paused or status in _NO_WARNINGS:
        return ()
    e = deadlines.effective
    first: Warning | None = None
    if e is not None:
        if e < today:
            first = _warning(WarningLevel.OVERDUE, e)
        elif e == today:
            first = _warning(WarningLevel.DUE_TODAY, e)
        elif e <= _plus_days(today, due_soon_days):
            first = _warning(WarningLevel.DUE_SOON, e)
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


# --- extension


def _english_date(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month]} {d.year}"


def check_extension(
    deadlines: Deadlines, on: date, reason: str | None, already_extended: bool
) -> None:
    """Refuse an extension the law does not allow; return quietly otherwise.

    GDPR Art. 12(3): one extension, by two further months, with the reasons told to the
    data subject within the first month — so recorded on or before the statutory due date.
    """
    if already_extended or deadlines.extended is not None:
        raise IllegalTransition(
            "This request has already been extended; GDPR Art. 12(3) allows one extension only."
        )
    if deadlines.paused or deadlines.statutory is None:
        raise IllegalTransition(
            "The clock is paused while identity information is awaited; record the "
            "extension once the information has arrived."
        )
    statutory = deadlines.statutory.date
    if on > statutory:
        raise IllegalTransition(
            f"The extension must be recorded on or before the statutory due date "
            f"({_english_date(statutory)}); it is too late to extend."
        )
    if reason is None or not reason.strip():
        raise ValidationError(
            "An extension needs a reason: GDPR Art. 12(3) requires telling the data subject why."
        )
