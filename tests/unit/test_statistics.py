"""Quarterly figures over a hand-built set of requests; every expected number counted by hand."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    EventView,
    FeeNoteView,
    FeeStatus,
    Outcome,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.statistics import (
    FIGURE_KEYS,
    Quarter,
    ReasonRow,
    compare,
    compare_reasons,
    in_quarter,
    parse_quarter,
    quarter_figures,
)

TODAY = date(2026, 10, 15)
Q3 = Quarter(2026, 3)
Q2 = Quarter(2026, 2)


def fee(number: str, amount: str, issued: date, paid: date | None = None) -> FeeNoteView:
    return FeeNoteView(
        number=number,
        amount=amount,
        vat_rate="21",
        reason="extra copy",
        issued_on=issued,
        due_on=issued,
        status=FeeStatus.PAID if paid else FeeStatus.UNPAID,
        structured_reference="+++000/0000/00097+++",
        paid_on=paid,
    )


def request(
    ref: str,
    received: date,
    rights: tuple[Right, ...],
    channel: Channel,
    status: Status,
    **kw: object,
) -> RequestView:
    return RequestView(
        reference=ref,
        rights=rights,
        channel=channel,
        received=received,
        status=status,
        subject=DataSubject(name=f"Subject {ref}"),
        **kw,  # type: ignore[arg-type]
    )


A = Right.ACCESS
E_, P, W, PH, IP = Channel.EMAIL, Channel.POST, Channel.WEB, Channel.PHONE, Channel.IN_PERSON
REQUESTS = [
    # received in Q3
    request(
        "A",
        date(2026, 7, 2),
        (A,),
        E_,
        Status.CLOSED,
        outcome=Outcome.GRANTED,
        answered_on=date(2026, 7, 20),
        due_date=date(2026, 8, 3),
        effective_due_date=date(2026, 8, 3),
        fee_notes=(fee("FN-2026-0001", "12.10", date(2026, 7, 5), date(2026, 7, 15)),),
    ),
    request(
        "B",
        date(2026, 7, 10),
        (Right.ERASURE, Right.RECTIFICATION),
        P,
        Status.ANSWERED,
        outcome=Outcome.PARTLY_GRANTED,
        answered_on=date(2026, 8, 20),
        due_date=date(2026, 8, 10),
        effective_due_date=date(2026, 8, 10),
    ),
    request(
        "C",
        date(2026, 8, 1),
        (Right.OBJECTION,),
        W,
        Status.CLOSED,
        outcome=Outcome.REFUSED,
        outcome_reason="Wettelijke bewaarplicht ",
        answered_on=date(2026, 8, 5),
        due_date=date(2026, 9, 1),
        effective_due_date=date(2026, 9, 1),
    ),
    request(
        "D",
        date(2026, 9, 20),
        (A,),
        E_,
        Status.IN_PROGRESS,
        due_date=date(2026, 10, 20),
        effective_due_date=date(2026, 10, 20),
    ),
    request(
        "E",
        date(2026, 9, 1),
        (Right.PORTABILITY,),
        PH,
        Status.EXTENDED,
        extended_on=date(2026, 9, 25),
        due_date=date(2026, 10, 1),
        extended_due_date=date(2026, 12, 1),
        effective_due_date=date(2026, 12, 1),
        fee_notes=(fee("FN-2026-0003", "12.10", date(2026, 9, 30)),),
    ),
    request(
        "I",
        date(2026, 8, 15),
        (A,),
        IP,
        Status.REJECTED,
        outcome_reason="Buitensporig: vijfde verzoek",
        answered_on=date(2026, 9, 10),
        # recorded after the quarter with the date it happened: answered_on counts
        events=(EventView(datetime(2026, 10, 3, 16), "rejected"),),
    ),
    request(
        "J",
        date(2026, 9, 28),
        (Right.RESTRICTION,),
        E_,
        Status.WITHDRAWN,
        events=(EventView(datetime(2026, 10, 2, 9, 30), "request-withdrawn"),),
    ),
    request(
        "K",
        date(2026, 7, 1),
        (A,),
        P,
        Status.IN_PROGRESS,
        due_date=date(2026, 8, 5),
        effective_due_date=date(2026, 8, 5),
    ),
    # received in Q2
    request(
        "F",
        date(2026, 6, 15),
        (A,),
        E_,
        Status.CLOSED,
        outcome=Outcome.GRANTED,
        answered_on=date(2026, 7, 14),
        due_date=date(2026, 7, 15),
        effective_due_date=date(2026, 7, 15),
        fee_notes=(fee("FN-2026-0002", "10.00", date(2026, 6, 20), date(2026, 7, 2)),),
    ),
    request(
        "G",
        date(2026, 5, 2),
        (Right.MARKETING_OPT_OUT,),
        W,
        Status.CLOSED,
        outcome=Outcome.GRANTED,
        answered_on=date(2026, 5, 4),
        # the company target (next working day) governs warnings; the law gives a month
        due_date=date(2026, 6, 2),
        effective_due_date=date(2026, 5, 4),
    ),
    request(
        "H",
        date(2026, 4, 10),
        (Right.ERASURE,),
        E_,
        Status.REJECTED,
        outcome_reason="Kennelijk ongegrond",
        events=(
            EventView(datetime(2026, 4, 10, 8), "request-registered"),
            EventView(datetime(2026, 5, 20, 14), "rejected"),
        ),
    ),
    # received in Q1, answered late in Q2
    request(
        "L",
        date(2026, 3, 20),
        (A,),
        E_,
        Status.CLOSED,
        outcome=Outcome.REFUSED,
        outcome_reason="Wettelijke bewaarplicht",
        answered_on=date(2026, 4, 25),
        due_date=date(2026, 4, 21),
        effective_due_date=date(2026, 4, 21),
    ),
]


def test_third_quarter_figures() -> None:
    f = quarter_figures(REQUESTS, Q3, TODAY)
    assert f.received == 8  # A B C D E I J K
    assert f.received_by_right == {
        Right.ACCESS: 4,
        Right.RECTIFICATION: 1,
        Right.ERASURE: 1,
        Right.RESTRICTION: 1,
        Right.OBJECTION: 1,
        Right.PORTABILITY: 1,
        Right.MARKETING_OPT_OUT: 0,
    }
    assert f.received_by_channel == {E_: 3, P: 2, W: 1, PH: 1, IP: 1}
    assert (f.answered, f.answered_on_time, f.answered_late) == (4, 3, 1)  # A C F | B
    assert f.median_days == 23.5  # 4 18 29 41
    assert f.p90_days == pytest.approx(37.4)  # 29 + 0.7 * (41 - 29)
    assert f.extensions == 1
    assert (f.refusals, f.refusal_reasons) == (1, {"Wettelijke bewaarplicht": 1})
    assert (f.rejections, f.rejection_reasons) == (1, {"Buitensporig: vijfde verzoek": 1})
    assert (f.fees_issued, f.fees_issued_amount) == (2, Decimal("24.20"))
    assert (f.fees_paid, f.fees_paid_amount) == (2, Decimal("22.10"))
    assert f.open_at_end == 4  # D E K, and J withdrawn only after the end
    assert f.overdue_now == 1  # K


def test_second_quarter_figures() -> None:
    f = quarter_figures(REQUESTS, Q2, TODAY)
    assert f.received == 3  # F G H
    assert f.received_by_right[Right.ACCESS] == 1
    assert f.received_by_right[Right.ERASURE] == 1
    assert f.received_by_right[Right.MARKETING_OPT_OUT] == 1
    assert f.received_by_channel[E_] == 2
    assert f.received_by_channel[W] == 1
    assert (f.answered, f.answered_on_time, f.answered_late) == (2, 1, 1)  # G | L
    assert f.median_days == 19  # 2 36
    assert f.p90_days == pytest.approx(32.6)
    assert f.extensions == 0
    assert f.refusal_reasons == {"Wettelijke bewaarplicht": 1}
    assert f.rejection_reasons == {"Kennelijk ongegrond": 1}  # dated by its event
    assert (f.fees_issued, f.fees_issued_amount) == (1, Decimal("10.00"))
    assert (f.fees_paid, f.fees_paid_amount) == (0, Decimal("0.00"))
    assert f.open_at_end == 1  # F


def test_compare_sets_this_quarter_beside_the_previous() -> None:
    rows = compare(quarter_figures(REQUESTS, Q3, TODAY), quarter_figures(REQUESTS, Q2, TODAY))
    assert [row.key for row in rows] == list(FIGURE_KEYS)
    by_key = {row.key: (row.this, row.previous) for row in rows}
    assert by_key["received"] == (8, 3)
    assert by_key["received.right.access"] == (4, 1)
    assert by_key["received.channel.in-person"] == (1, 0)
    assert by_key["answered.late"] == (1, 1)
    assert by_key["days.median"] == (23.5, 19)
    assert by_key["fees.paid_amount"] == (Decimal("22.10"), Decimal("0.00"))
    assert by_key["open.end"] == (4, 1)
    assert by_key["overdue.now"] == (1, None)  # counted today, not per quarter


def test_reasons_side_by_side() -> None:
    rows = compare_reasons(
        quarter_figures(REQUESTS, Q3, TODAY), quarter_figures(REQUESTS, Q2, TODAY)
    )
    assert rows == [
        ReasonRow("refused", "Wettelijke bewaarplicht", 1, 1),
        ReasonRow("rejected", "Buitensporig: vijfde verzoek", 1, 0),
        ReasonRow("rejected", "Kennelijk ongegrond", 0, 1),
    ]


def test_requests_behind_the_quarter() -> None:
    refs = {r.reference for r in in_quarter(REQUESTS, Q3)}
    assert refs == {"A", "B", "C", "D", "E", "F", "I", "J", "K"}


def test_empty_quarter() -> None:
    f = quarter_figures([], Q3, TODAY)
    assert f.received == 0
    assert f.median_days is None and f.p90_days is None
    assert f.fees_issued_amount == Decimal("0.00")


def test_single_answer_percentile_is_that_answer() -> None:
    f = quarter_figures(REQUESTS[:1], Q3, TODAY)
    assert (f.median_days, f.p90_days) == (18, 18)


def test_quarter_dates() -> None:
    assert (Q3.start, Q3.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert Quarter(2026, 1).end == date(2026, 3, 31)
    assert Quarter(2024, 4).end == date(2024, 12, 31)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Q3.previous() == Q2
    assert Quarter.of(date(2026, 12, 31)) == Quarter(2026, 4)
    assert date(2026, 9, 30) in Q3 and date(2026, 10, 1) not in Q3
    assert (str(Q3), Q3.label) == ("2026Q3", "2026 K3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026Q3", Quarter(2026, 3)), (" 2026q4 ", Quarter(2026, 4)), ("2000Q1", Quarter(2000, 1))],
)
def test_parse_quarter(text: str, expected: Quarter) -> None:
    assert parse_quarter(text, today=date(2026, 10, 1)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026Q5", "2026Q5: the quarter number must be 1, 2, 3 or 4"),
        ("2026Q0", "2026Q0: the quarter number must be 1, 2, 3 or 4"),
        ("26Q1", "Quarter '26Q1' must be written as YYYYQn, e.g. 2026Q3"),
        ("2026-Q1", "must be written as YYYYQn"),
        ("1999Q4", "1999Q4: the year must be from 2000 to 2100"),
        ("2101Q1", "2101Q1: the year must be from 2000 to 2100"),
        ("2027Q4", "2027Q4 has not started yet"),
        ("2026Q4", "2026Q4 has not started yet"),
    ],
)
def test_parse_quarter_refuses(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_quarter(text, today=date(2026, 9, 30))
    assert message in info.value.message


def test_on_time_means_by_the_legal_due_date_that_applied() -> None:
    """The register and the report count an answer on time when it came on or before the
    statutory (or, once extended, the extended) due date; a missed company target is a
    broken promise, not a late answer."""
    done = dict(status=Status.CLOSED, outcome=Outcome.GRANTED)
    requests = [
        # erasure after account deletion: target 31 Jul missed, the law's 1 Sep met
        request(
            "T",
            date(2026, 7, 1),
            (Right.ERASURE,),
            E_,
            account_deletion=True,
            answered_on=date(2026, 8, 20),
            due_date=date(2026, 9, 1),
            company_target_date=date(2026, 7, 31),
            effective_due_date=date(2026, 7, 31),
            **done,
        ),
        # extended: answered after the first month, before the extended date
        request(
            "X",
            date(2026, 7, 1),
            (A,),
            E_,
            extended_on=date(2026, 7, 20),
            answered_on=date(2026, 9, 15),
            due_date=date(2026, 8, 3),
            extended_due_date=date(2026, 10, 1),
            effective_due_date=date(2026, 10, 1),
            **done,
        ),
        # late: after the extended date
        request(
            "Y",
            date(2026, 7, 1),
            (A,),
            E_,
            extended_on=date(2026, 7, 20),
            answered_on=date(2026, 9, 30),
            due_date=date(2026, 8, 3),
            extended_due_date=date(2026, 9, 29),
            effective_due_date=date(2026, 9, 29),
            **done,
        ),
    ]
    f = quarter_figures(requests, Q3, TODAY)
    assert (f.answered, f.answered_on_time, f.answered_late) == (3, 2, 1)  # T X | Y


def test_overdue_now_is_the_warnings_overdue() -> None:
    """ "Overdue now" counts what `cluma-dpo due` calls overdue: open, the clock running."""
    requests = [
        request(
            "O",
            date(2026, 8, 1),
            (A,),
            E_,
            Status.IN_PROGRESS,
            due_date=date(2026, 9, 1),
            effective_due_date=date(2026, 9, 1),
        ),
        # paused for identity: no due date runs, even if a company target passed
        request(
            "P",
            date(2026, 9, 1),
            (Right.OBJECTION,),
            E_,
            Status.AWAITING_INFORMATION,
            company_target_date=date(2026, 9, 2),
            effective_due_date=date(2026, 9, 2),
            clock_paused=True,
        ),
        # answered, not yet closed: nothing more is due
        request(
            "Q",
            date(2026, 8, 1),
            (A,),
            E_,
            Status.ANSWERED,
            answered_on=date(2026, 9, 1),
            due_date=date(2026, 9, 1),
            effective_due_date=date(2026, 9, 1),
        ),
    ]
    assert quarter_figures(requests, Q3, TODAY).overdue_now == 1  # O
