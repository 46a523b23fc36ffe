"""Quarterly totals that add up (issue 13): every request received in a quarter is counted
once as answered or closed, withdrawn, rejected (Art. 12(5)) or still open, at the end of the
quarter or, while the quarter runs, on the day the report is made."""

from __future__ import annotations

from datetime import date, datetime

from cluma_dpo.domain.model import Channel, DataSubject, EventView, Outcome, RequestView, Right
from cluma_dpo.domain.model import Status as S
from cluma_dpo.domain.statistics import FIGURE_KEYS, Quarter, compare, quarter_figures

Q4 = Quarter(2026, 4)


def request(ref: str, received: date, status: S, **kw: object) -> RequestView:
    return RequestView(
        reference=ref,
        rights=(Right.ACCESS,),
        channel=Channel.EMAIL,
        received=received,
        status=status,
        subject=DataSubject(name=ref),
        **kw,  # type: ignore[arg-type]
    )


REQUESTS = [
    request(
        "A", date(2026, 10, 2), S.CLOSED, outcome=Outcome.GRANTED, answered_on=date(2026, 10, 20)
    ),
    request(
        "B",
        date(2026, 10, 5),
        S.ANSWERED,
        outcome=Outcome.REFUSED,
        outcome_reason="bewaarplicht",
        answered_on=date(2026, 11, 3),
    ),
    request(
        "C",
        date(2026, 10, 9),
        S.WITHDRAWN,
        events=(EventView(datetime(2026, 10, 21, 9), "withdrawn"),),
    ),
    request(
        "D",
        date(2026, 11, 3),
        S.REJECTED,
        outcome_reason="buitensporig",
        answered_on=date(2026, 11, 10),
    ),
    request("E", date(2026, 11, 12), S.IN_PROGRESS),
    # answered after the day the report is made (recorded later with its real date)
    request(
        "F", date(2026, 11, 14), S.CLOSED, outcome=Outcome.GRANTED, answered_on=date(2026, 11, 30)
    ),
    # received in Q3, withdrawn in Q4: a withdrawal of this quarter, not one it received
    request(
        "G",
        date(2026, 9, 20),
        S.WITHDRAWN,
        events=(EventView(datetime(2026, 10, 1, 9), "withdrawn"),),
    ),
]


def test_received_adds_up_after_the_quarter() -> None:
    f = quarter_figures(REQUESTS, Q4, date(2027, 1, 15))
    assert not f.running and f.cutoff == date(2026, 12, 31)
    assert f.received == 6
    assert (f.state_answered, f.state_withdrawn, f.state_rejected, f.state_open) == (3, 1, 1, 1)
    assert f.received == f.state_answered + f.state_withdrawn + f.state_rejected + f.state_open
    assert f.withdrawals == 2 and f.rejections == 1
    assert f.open_at_end == 1


def test_a_running_quarter_counts_open_on_the_day_the_report_is_made() -> None:
    f = quarter_figures(REQUESTS, Q4, date(2026, 11, 25))
    assert f.running and f.cutoff == date(2026, 11, 25)
    # F was answered on 30 November: on 25 November it was still open
    assert (f.state_answered, f.state_withdrawn, f.state_rejected, f.state_open) == (2, 1, 1, 2)
    assert f.open_at_end == 2
    assert quarter_figures(REQUESTS, Q4, date(2026, 12, 31)).running  # its last day still runs


def test_the_new_figures_are_compared_with_the_previous_quarter() -> None:
    for key in (
        "state",
        "state.answered",
        "state.withdrawn",
        "state.rejected",
        "state.open",
        "withdrawals",
    ):
        assert key in FIGURE_KEYS
    this = quarter_figures(REQUESTS, Q4, date(2027, 1, 15))
    before = quarter_figures(REQUESTS, Q4.previous(), date(2027, 1, 15))
    rows = {row.key: row for row in compare(this, before)}
    assert rows["state"].this == 6 and rows["state"].previous == 1
    # G, received in Q3, was withdrawn on 1 October: open at the end of Q3
    assert (rows["state.withdrawn"].previous, rows["state.open"].previous) == (0, 1)
