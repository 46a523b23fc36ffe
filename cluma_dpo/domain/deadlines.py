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

from dataclasses import dataclass, replace
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
from cluma_dpo.domain.deadline_warnings import (
    EXTENSION_DECISION_DAYS,
    Warning,
    answered_on_time,
    due_soon_until,
    is_overdue,
    legal_due_date,
    overdue_before,
    warning_horizon,
    warning_level,
    warnings_for,
)
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.domain.model import DateExplanation, Pause, Right

__all__ = [
    "ERASURE_TARGET_DAYS",
    "EXTENDED_MONTHS",
    "EXTENSION_DECISION_DAYS",
    "STATUTORY_MONTHS",
    "DeadlineInput",
    "Deadlines",
    "Warning",
    "account_deletion_target",
    "answered_on_time",
    "check_extension",
    "check_extension_of",
    "check_pause_end",
    "check_pause_start",
    "compute_deadlines",
    "due_soon_until",
    "effective_due",
    "extended_due",
    "holiday_name",
    "is_overdue",
    "is_working_day",
    "legal_due_date",
    "next_working_day_after",
    "next_working_day_on_or_after",
    "overdue_before",
    "pause_days",
    "period_end",
    "stored_deadlines",
    "warning_horizon",
    "warning_level",
    "warnings_for",
]

STATUTORY_MONTHS = 1  # GDPR Art. 12(3): "within one month of receipt of the request"
EXTENDED_MONTHS = 3  # GDPR Art. 12(3): "extended by two further months"
ERASURE_TARGET_DAYS = 30  # privacy statement: erasure within 30 days of account deletion

EN_MONTHS = (  # index = month number; only gui/messages.py (to be deleted, issue 14) reads it
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

    def explanations(self) -> dict[str, tuple[Message, ...]]:
        """The reasons behind each date that applies, keyed as `show --json` gives them."""
        dates = (
            ("statutory", self.statutory),
            ("extended", self.extended),
            ("company_target", self.company_target),
        )
        return {key: value.reasons for key, value in dates if value is not None}


# --- date arithmetic (cached: a few hundred distinct receipt dates cover years of requests)


@cache
def _month_end(received: date, months: int) -> date:
    # Regulation 1182/71 Art. 3(1): the day of receipt does not count; Art. 3(2)(c): a
    # period of months ends on the same date N months later, or on the last day of that
    # month when the date does not exist. relativedelta clamps exactly so (31 Jan -> 28 Feb).
    end: date = received + relativedelta(months=months)
    return end


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
            raise ValidationError(msg("deadline.pause_end_before_start"))
        days += n
    return days, False


def check_pause_start(
    pauses: tuple[Pause, ...], started: date, *, statutory_due: date | None
) -> None:
    """Refuse a new pause (identity information asked on `started`) the rules do not allow.

    Pauses may not overlap: a new one starts once the previous one ended, on that day at
    the earliest. EDPB Guidelines 01/2022 §5.3: only a request for information made without
    undue delay stops the clock, so none after the statutory due date has passed.
    """
    if any(p.ended is None for p in pauses):
        raise ValidationError(msg("lifecycle.identity_already_asked"))
    ended = [p.ended for p in pauses if p.ended is not None]
    if ended and started < max(ended):
        raise ValidationError(msg("deadline.pause_overlap"))
    if statutory_due is not None and started > statutory_due:
        raise IllegalTransition(msg("deadline.pause_too_late", date=statutory_due))


def check_pause_end(pauses: tuple[Pause, ...], ended: date) -> None:
    """Refuse ending the open pause on `ended` when that lies before it began."""
    open_pauses = [p for p in pauses if p.ended is None]
    if open_pauses and ended < open_pauses[-1].started:
        raise ValidationError(msg("deadline.arrival_before_asked"))


def account_deletion_target(received: date) -> date:
    """The privacy statement's own promise: the account's data deleted within 30 calendar days
    of the request, never moved off a weekend (kept early, not late). Letters print it in the
    account-deletion sentence even when a marketing opt-out makes the company target earlier."""
    return received + timedelta(ERASURE_TARGET_DAYS)


def _company_targets(
    received: date, rights: tuple[Right, ...], account_deletion: bool
) -> tuple[date | None, date | None]:
    erasure = marketing = None
    if account_deletion and Right.ERASURE in rights:
        erasure = account_deletion_target(received)
    if Right.MARKETING_OPT_OUT in rights:
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
    explain: bool = True,
) -> Deadlines:
    """The dates of one request.

    `pause_for_identity=False` (the stricter view) ignores pauses entirely. The reasons are
    messages, written in the reader's language where they are shown. With `explain=False`
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
        _explained(plain.statutory, inp, STATUTORY_MONTHS, days, None),
        _explained(plain.extended, inp, EXTENDED_MONTHS, days, inp.extended_on),
        None
        if plain.company_target is None
        else DateExplanation(
            plain.company_target.date,
            explain_company_target(erasure=erasure, marketing=marketing),
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
        extended_on=extended_on,
    )
    return DateExplanation(plain.date, reasons)


def extended_due(inp: DeadlineInput, on: date, *, pause_for_identity: bool) -> date | None:
    """The extended due date an extension recorded on `on` gives: what the extension
    dialog announces and what the service records are this one computation."""
    d = compute_deadlines(
        replace(inp, extended_on=on), pause_for_identity=pause_for_identity, explain=False
    )
    return d.extended.date if d.extended else None


def stored_deadlines(
    due_date: date | None,
    extended_due_date: date | None,
    company_target_date: date | None,
    effective_due_date: date | None,
    paused: bool,
) -> Deadlines:
    """The dates as a store keeps them (one column each), without explanations: enough for
    `warnings_for` over many requests without computing their dates again."""

    def plain(d: date | None) -> DateExplanation | None:
        return None if d is None else DateExplanation(d)

    return Deadlines(
        statutory=plain(due_date),
        extended=plain(extended_due_date),
        company_target=plain(company_target_date),
        effective=effective_due_date,
        paused=paused,
        extension_deadline=due_date,
    )


def effective_due(inp: DeadlineInput, pause_for_identity: bool = True) -> date | None:
    """The date that governs warnings, without explanations (the fast path for lists)."""
    return compute_deadlines(inp, pause_for_identity=pause_for_identity, explain=False).effective


# --- extension


def check_extension_of(
    inp: DeadlineInput, on: date, reason: str | None, *, pause_for_identity: bool
) -> None:
    """`check_extension` for a request's dates as the deadline setting computes them."""
    deadlines = compute_deadlines(inp, pause_for_identity=pause_for_identity, explain=False)
    check_extension(deadlines, on, reason, inp.extended_on is not None)


def check_extension(
    deadlines: Deadlines, on: date, reason: str | None, already_extended: bool
) -> None:
    """Refuse an extension the law does not allow; return quietly otherwise.

    GDPR Art. 12(3): one extension, by two further months, with the reasons told to the
    data subject within the first month — so recorded on or before the statutory due date.
    """
    if already_extended or deadlines.extended is not None:
        raise IllegalTransition(msg("lifecycle.already_extended"))
    if deadlines.paused or deadlines.statutory is None:
        raise IllegalTransition(msg("deadline.extend_paused"))
    statutory = deadlines.statutory.date
    if on > statutory:
        raise IllegalTransition(msg("deadline.extend_too_late", date=statutory))
    if reason is None or not reason.strip():
        raise ValidationError(msg("deadline.extension_needs_reason"))
