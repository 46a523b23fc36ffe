"""Quarterly figures for management: what came in, what was answered and how fast, what is open.

Pure functions over the read model (`RequestView`), one pass over the requests, so that the
figures of 50,000 requests are computed in well under a second.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from cluma_dpo.domain import grounds
from cluma_dpo.domain.deadlines import answered_on_time, is_overdue
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import Channel, Outcome, RequestView, Right, Status

_QUARTER = re.compile(r"(\d{4})[Qq](\d)")
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    year: int
    q: int  # 1-4

    @classmethod
    def of(cls, day: date) -> Quarter:
        """The quarter `day` falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> date:
        return self.next().start - timedelta(days=1)

    @property
    def label(self) -> str:
        """Dutch notation, as management writes it: "2026 K3"."""
        return f"{self.year} K{self.q}"

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.q == 1 else Quarter(self.year, self.q - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"


def parse_quarter(text: str, *, today: date) -> Quarter:
    """ "2026Q3" as a Quarter; refuses malformed text and quarters that have not started yet."""
    raw = text.strip()
    match = _QUARTER.fullmatch(raw)
    if match is None:
        raise ValidationError(msg("validation.quarter.form", quarter=raw))
    year, q = int(match[1]), int(match[2])
    if not 1 <= q <= 4:
        raise ValidationError(msg("validation.quarter.number", quarter=raw))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            msg("validation.quarter.year", quarter=raw, first=FIRST_YEAR, last=LAST_YEAR)
        )
    quarter = Quarter(year, q)
    if quarter.start > today:
        raise ValidationError(msg("validation.quarter.not_started", quarter=str(quarter)))
    return quarter


# -- the figures -------------------------------------------------------------------------

Figure = int | Decimal | float | None


class FigureRow(NamedTuple):
    key: str  # one of FIGURE_KEYS; front ends map it to a label
    this: Figure
    previous: Figure


class ReasonRow(NamedTuple):
    kind: str  # "refused" (outcome refused) or "rejected" (Art. 12(5))
    # the DPO's text ("" when none was recorded); with `reasons_hidden`, the ground's key
    # (ground_key: "" when none was chosen)
    reason: str
    this: int
    previous: int


@dataclass(frozen=True, slots=True)
class QuarterFigures:
    quarter: Quarter
    today: date
    received: int = 0
    received_by_right: dict[Right, int] = field(default_factory=dict)
    received_by_channel: dict[Channel, int] = field(default_factory=dict)
    answered: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    median_days: float | None = None
    p90_days: float | None = None
    extensions: int = 0
    refusals: int = 0
    refusal_reasons: dict[str, int] = field(default_factory=dict)
    rejections: int = 0
    rejection_reasons: dict[str, int] = field(default_factory=dict)
    withdrawals: int = 0
    # The reasons are counted by legal ground (ground_key), not by the DPO's text: the reader
    # (management on a server) may not read that text.
    reasons_hidden: bool = False
    # The requests received in the quarter as they stood on `cutoff`: each counted once,
    # so that the four add up to `received`.
    state_answered: int = 0
    state_withdrawn: int = 0
    state_rejected: int = 0
    state_open: int = 0
    fees_issued: int = 0
    fees_issued_amount: Decimal = Decimal("0.00")
    fees_paid: int = 0
    fees_paid_amount: Decimal = Decimal("0.00")
    open_at_end: int = 0
    overdue_now: int = 0

    @property
    def running(self) -> bool:
        """The quarter has not ended on the day the figures are made: they are provisional."""
        return self.today <= self.quarter.end

    @property
    def cutoff(self) -> date:
        """The day "open" is counted on: the quarter's last day, or today while it runs."""
        return min(self.today, self.quarter.end)

    def values(self) -> dict[str, Figure]:
        """Every figure under its key, in FIGURE_KEYS order."""
        flat: dict[str, Figure] = {"received": self.received}
        flat.update({f"received.right.{r.value}": self.received_by_right.get(r, 0) for r in Right})
        flat.update(
            {f"received.channel.{c.value}": self.received_by_channel.get(c, 0) for c in Channel}
        )
        flat.update(
            {
                "state": self.received,
                "state.answered": self.state_answered,
                "state.withdrawn": self.state_withdrawn,
                "state.rejected": self.state_rejected,
                "state.open": self.state_open,
                "answered": self.answered,
                "answered.on_time": self.answered_on_time,
                "answered.late": self.answered_late,
                "days.median": self.median_days,
                "days.p90": self.p90_days,
                "extensions": self.extensions,
                "refusals": self.refusals,
                "rejections": self.rejections,
                "withdrawals": self.withdrawals,
                "fees.issued": self.fees_issued,
                "fees.issued_amount": self.fees_issued_amount,
                "fees.paid": self.fees_paid,
                "fees.paid_amount": self.fees_paid_amount,
                "open.end": self.open_at_end,
                "overdue.now": self.overdue_now,
            }
        )
        return flat


FIGURE_KEYS: tuple[str, ...] = tuple(QuarterFigures(Quarter(2000, 1), date(2000, 1, 1)).values())
# A count taken today, not over a quarter: the previous quarter has no value of its own.
POINT_IN_TIME_KEYS = frozenset({"overdue.now"})

_ANSWERED = (Status.ANSWERED, Status.CLOSED)
_SET_ASIDE = (Status.WITHDRAWN, Status.REJECTED)


def closed_on(request: RequestView) -> date | None:
    """The day the request stopped being open; None while it is open.

    Answered, closed and rejected requests count from `answered_on` (the workflow stores the
    date the DPO gave there, which may be earlier than the day he recorded it). A withdrawal
    has no answer date: it counts from its "withdrawn" timeline event, as does a rejection
    without `answered_on`. A request in a final state without any such date counts as
    closed on the day it came in.
    """
    if request.status.is_open:
        return None
    day = request.answered_on
    if day is None and request.status in _SET_ASIDE:
        day = _status_event_day(request)
    return day or request.received


def _status_event_day(request: RequestView) -> date | None:
    # Event kinds are e.g. "rejected" or "request-rejected"; the last such event counts.
    word = request.status.value
    days = [
        e.at.date()
        for e in request.events
        if e.kind == word or re.search(rf"[-.:_]{word}$", e.kind) is not None
    ]
    return max(days, default=None)


def _state_on(request: RequestView, closed: date | None, day: date) -> str:
    """How the request stood on `day`: "answered" (answered or closed), "withdrawn",
    "rejected" (Art. 12(5)) or "open"."""
    if closed is None or closed > day:
        return "open"
    if request.status in _SET_ASIDE:
        return request.status.value
    return "answered"


def _percentile_90(days: Sequence[int]) -> float | None:
    # statistics.quantiles(method="inclusive") interpolates linearly between the nearest
    # ranks, like Excel's PERCENTILE.INC, so the report can be checked in a spreadsheet.
    if not days:
        return None
    if len(days) == 1:
        return float(days[0])
    return float(statistics.quantiles(days, n=10, method="inclusive")[8])


def ground_key(request: RequestView) -> str:
    """The legal grounds recorded with a request as one key of a closed list, e.g.
    "objection.compelling-grounds", "rejection.repetitive" or, when an objection and an
    erasure were both refused, "objection.legal-claims+retention.accounting"; "" when none
    was chosen (the reason is then only in the DPO's words)."""
    chosen = grounds.of(request)
    parts = [
        f"{name}.{value.value}"
        for name, value in (
            ("objection", chosen.objection),
            ("rejection", chosen.rejection),
            ("retention", chosen.retention),
        )
        if value is not None
    ]
    return "+".join(parts)


def quarter_figures(
    requests: Iterable[RequestView],
    quarter: Quarter,
    today: date,
    *,
    reasons_hidden: bool = False,
) -> QuarterFigures:
    """The quarter's figures; a request asking two rights counts under both. While the
    quarter runs (`today` in it), what is open is counted on `today`. Refusals and
    rejections are counted by the DPO's reason in words, or with `reasons_hidden` by their
    legal ground (ground_key), for a reader who may not read those words."""

    def reason(r: RequestView) -> str:
        return ground_key(r) if reasons_hidden else (r.outcome_reason or "").strip()

    start, end = quarter.start, quarter.end
    cutoff = min(today, end)
    received = withdrawals = 0
    state: Counter[str] = Counter()
    by_right: Counter[Right] = Counter()
    by_channel: Counter[Channel] = Counter()
    on_time = late = extensions = open_at_end = overdue = 0
    days_taken: list[int] = []
    refusals: Counter[str] = Counter()
    rejections: Counter[str] = Counter()
    issued: list[Decimal] = []
    paid: list[Decimal] = []
    for r in requests:
        closed = closed_on(r)
        if start <= r.received <= end:
            received += 1
            by_right.update(set(r.rights))
            by_channel[r.channel] += 1
            state[_state_on(r, closed, cutoff)] += 1
        answered = r.answered_on
        if r.status in _ANSWERED and answered is not None and start <= answered <= end:
            days_taken.append((answered - r.received).days)
            if answered_on_time(answered, r.due_date, r.extended_due_date):
                on_time += 1
            else:
                late += 1
            if r.outcome is Outcome.REFUSED:
                refusals[reason(r)] += 1
        if r.extended_on is not None and start <= r.extended_on <= end:
            extensions += 1
        if r.status is Status.REJECTED and closed is not None and start <= closed <= end:
            rejections[reason(r)] += 1
        if r.status is Status.WITHDRAWN and closed is not None and start <= closed <= end:
            withdrawals += 1
        if r.received <= cutoff and (closed is None or closed > cutoff):
            open_at_end += 1
        if closed is None and is_overdue(
            r.effective_due_date, today, status=r.status, paused=r.paused
        ):
            overdue += 1
        for note in r.fee_notes:
            if start <= note.issued_on <= end:
                issued.append(Decimal(note.amount))
            if note.paid_on is not None and start <= note.paid_on <= end:
                paid.append(Decimal(note.amount))
    return QuarterFigures(
        quarter=quarter,
        today=today,
        received=received,
        received_by_right={right: by_right[right] for right in Right},
        received_by_channel={channel: by_channel[channel] for channel in Channel},
        answered=on_time + late,
        answered_on_time=on_time,
        answered_late=late,
        median_days=float(statistics.median(days_taken)) if days_taken else None,
        p90_days=_percentile_90(days_taken),
        extensions=extensions,
        refusals=sum(refusals.values()),
        refusal_reasons=dict(refusals.most_common()),
        rejections=sum(rejections.values()),
        rejection_reasons=dict(rejections.most_common()),
        withdrawals=withdrawals,
        reasons_hidden=reasons_hidden,
        state_answered=state["answered"],
        state_withdrawn=state["withdrawn"],
        state_rejected=state["rejected"],
        state_open=state["open"],
        fees_issued=len(issued),
        fees_issued_amount=sum(issued, Decimal("0.00")),
        fees_paid=len(paid),
        fees_paid_amount=sum(paid, Decimal("0.00")),
        open_at_end=open_at_end,
        overdue_now=overdue,
    )


def compare(this: QuarterFigures, previous: QuarterFigures) -> list[FigureRow]:
    """Every figure of this quarter beside the previous quarter's (None where not applicable)."""
    now, before = this.values(), previous.values()
    return [
        FigureRow(key, now[key], None if key in POINT_IN_TIME_KEYS else before[key])
        for key in FIGURE_KEYS
    ]


def compare_reasons(this: QuarterFigures, previous: QuarterFigures) -> list[ReasonRow]:
    """Refusals and rejections by reason, this quarter's most frequent first."""
    rows: list[ReasonRow] = []
    for kind, now, before in (
        ("refused", this.refusal_reasons, previous.refusal_reasons),
        ("rejected", this.rejection_reasons, previous.rejection_reasons),
    ):
        reasons = set(now) | set(before)
        order = sorted(reasons, key=lambda t: (-now.get(t, 0), -before.get(t, 0), t))
        rows += [ReasonRow(kind, t, now.get(t, 0), before.get(t, 0)) for t in order]
    return rows


def in_quarter(requests: Iterable[RequestView], quarter: Quarter) -> list[RequestView]:
    """The requests behind the quarter's figures: received, answered, extended or closed in it,
    with a fee note issued or paid in it, or still open at its end."""
    start, end = quarter.start, quarter.end

    def touched(r: RequestView) -> bool:
        closed = closed_on(r)
        days = (r.received, r.answered_on, r.extended_on, closed)
        fee_days = [d for n in r.fee_notes for d in (n.issued_on, n.paid_on)]
        return any(d is not None and start <= d <= end for d in (*days, *fee_days)) or (
            r.received <= end and (closed is None or closed > end)
        )

    return [r for r in requests if touched(r)]
