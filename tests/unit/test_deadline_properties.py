"""Properties of the deadline rules over receipt dates 2018-2035."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from cluma_dpo.domain.deadlines import (
    DeadlineInput,
    compute_deadlines,
    effective_due,
    is_working_day,
    next_working_day_after,
    warnings_for,
)
from cluma_dpo.domain.model import Pause, Right, Status

received_dates = st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31))
rights = st.lists(st.sampled_from(list(Right)), min_size=1, max_size=4, unique=True).map(tuple)
pause_lengths = st.lists(st.integers(min_value=0, max_value=40), max_size=3)
EXAMPLES = settings(max_examples=300, deadline=None)


def _pauses(received: date, lengths: list[int]) -> tuple[Pause, ...]:
    pauses = []
    start = received
    for n in lengths:
        pauses.append(Pause(start, start + timedelta(n)))
        start += timedelta(n + 1)
    return tuple(pauses)


@EXAMPLES
@given(received_dates)
def test_statutory_is_a_working_day_not_before_the_same_date_next_month(received: date) -> None:
    d = compute_deadlines(DeadlineInput(received, (Right.ACCESS,)), explain=False)
    assert d.statutory is not None
    due = d.statutory.date
    assert is_working_day(due)
    assert due >= received + relativedelta(months=1)
    # Moving off non-working days never takes more than a long weekend plus a holiday or two.
    assert due <= received + relativedelta(months=1) + timedelta(4)
    assert d.effective == due


@EXAMPLES
@given(received_dates, pause_lengths)
def test_extended_is_a_working_day_after_the_statutory_date(
    received: date, lengths: list[int]
) -> None:
    inp = DeadlineInput(
        received, (Right.ACCESS,), pauses=_pauses(received, lengths), extended_on=received
    )
    d = compute_deadlines(inp, explain=False)
    assert d.statutory is not None and d.extended is not None
    assert is_working_day(d.extended.date)
    assert d.extended.date > d.statutory.date
    assert d.extended.date >= received + relativedelta(months=3)
    assert d.effective == d.extended.date


@EXAMPLES
@given(
    received_dates, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60)
)
def test_a_longer_pause_never_gives_an_earlier_date(received: date, a: int, b: int) -> None:
    short, long_ = sorted((a, b))

    def due(n: int) -> tuple[date, date]:
        inp = DeadlineInput(
            received, (Right.ACCESS,), pauses=_pauses(received, [n]), extended_on=received
        )
        d = compute_deadlines(inp, explain=False)
        assert d.statutory is not None and d.extended is not None
        return d.statutory.date, d.extended.date

    s_short, e_short = due(short)
    s_long, e_long = due(long_)
    assert s_long >= s_short and e_long >= e_short
    assert s_long >= received + relativedelta(months=1) + timedelta(long_)


@EXAMPLES
@given(received_dates, rights, st.booleans())
def test_company_targets_are_never_later_than_promised(
    received: date, rs: tuple[Right, ...], deletion: bool
) -> None:
    d = compute_deadlines(DeadlineInput(received, rs, account_deletion=deletion), explain=False)
    erasure = deletion and Right.ERASURE in rs
    marketing = any(r.is_marketing_objection for r in rs)
    if not (erasure or marketing):
        assert d.company_target is None
        return
    assert d.company_target is not None
    target = d.company_target.date
    if erasure:
        assert target <= received + timedelta(30)
    if marketing:
        opt_out = next_working_day_after(received)
        assert opt_out > received and is_working_day(opt_out)
        assert all(
            not is_working_day(received + timedelta(i)) for i in range(1, (opt_out - received).days)
        )
        assert target <= opt_out
    assert target == min(
        [received + timedelta(30)] * erasure + [next_working_day_after(received)] * marketing
    )


@EXAMPLES
@given(received_dates, rights, st.booleans(), pause_lengths, st.booleans(), st.booleans())
def test_effective_is_never_after_the_statutory_or_extended_date(
    received: date,
    rs: tuple[Right, ...],
    deletion: bool,
    lengths: list[int],
    extended: bool,
    open_pause: bool,
) -> None:
    pauses = _pauses(received, lengths)
    if open_pause:
        pauses += (Pause(received + timedelta(100)),)
    inp = DeadlineInput(received, rs, deletion, pauses, received if extended else None)
    d = compute_deadlines(inp, explain=False)
    assert effective_due(inp) == d.effective
    if open_pause:
        assert d.paused and d.statutory is None and d.extended is None
        assert d.effective == (d.company_target.date if d.company_target else None)
        return
    governing = d.extended if extended else d.statutory
    assert governing is not None and d.effective is not None
    assert d.effective <= governing.date
    if d.company_target is not None:
        assert d.effective <= d.company_target.date
    # The explaining path agrees with the fast path.
    full = compute_deadlines(inp)
    assert full.effective == d.effective
    assert full.statutory is not None and full.statutory.reasons


@EXAMPLES
@given(received_dates, st.integers(min_value=-60, max_value=120), st.sampled_from(list(Status)))
def test_at_most_one_deadline_warning_plus_the_extension_decision(
    received: date, offset: int, status: Status
) -> None:
    d = compute_deadlines(DeadlineInput(received, (Right.ACCESS,)), explain=False)
    assert d.statutory is not None
    today = d.statutory.date - timedelta(offset)
    levels = [w.level.value for w in warnings_for(d, status, today)]
    assert len([lv for lv in levels if lv != "extension-decision"]) <= 1
    if status in (Status.ANSWERED, Status.CLOSED, Status.WITHDRAWN, Status.REJECTED):
        assert levels == []
