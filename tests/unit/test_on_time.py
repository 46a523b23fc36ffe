"""What "answered on time" means, in the register and in the quarterly figures alike.

GDPR Art. 12(3): on or before the legal due date that applied, the statutory month or,
once an extension was recorded, the extended date; both after the pauses for identity
information. A company target missed is a broken promise, not a late answer.
"""

from __future__ import annotations

from datetime import date

import pytest

from cluma_dpo.domain.deadlines import answered_on_time, legal_due_date

DUE = date(2026, 4, 7)
EXTENDED = date(2026, 6, 5)


@pytest.mark.parametrize(
    ("answered", "due", "extended", "expected"),
    [
        (None, DUE, None, None),  # not answered yet: neither
        (date(2026, 4, 6), DUE, None, True),
        (DUE, DUE, None, True),  # the last day is still in time
        (date(2026, 4, 8), DUE, None, False),
        (date(2026, 5, 20), DUE, EXTENDED, True),  # after the month, within the extension
        (EXTENDED, DUE, EXTENDED, True),
        (date(2026, 6, 8), DUE, EXTENDED, False),
        (date(2026, 4, 1), None, None, True),  # no legal date ran: nothing was late
    ],
)
def test_answered_on_time(
    answered: date | None, due: date | None, extended: date | None, expected: bool | None
) -> None:
    assert answered_on_time(answered, due, extended) is expected


def test_the_legal_due_date_is_the_extended_one_once_extended() -> None:
    assert legal_due_date(DUE, None) == DUE
    assert legal_due_date(DUE, EXTENDED) == EXTENDED
    assert legal_due_date(None, None) is None


def test_a_company_target_does_not_make_an_answer_late() -> None:
    # erasure after account deletion: target 30 days, received 1 Jul -> 31 Jul; the law: 1 Sep
    assert answered_on_time(date(2026, 8, 20), date(2026, 9, 1), None) is True
