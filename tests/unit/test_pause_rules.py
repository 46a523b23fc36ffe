"""The pauses of the clock (EDPB Guidelines 01/2022 §5.3) as domain rules: they may not
overlap, none starts once the statutory date has passed, and none ends before it began.
And the extension preview: the date the dialog announces is the date the service records,
under the same deadlines.pause_for_identity setting."""

from __future__ import annotations

from datetime import date

import pytest

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.model import Pause, Right

CLOSED = (Pause(date(2026, 3, 6), date(2026, 3, 16)),)


def test_a_first_pause_may_start_on_any_day_up_to_the_statutory_date() -> None:
    dl.check_pause_start((), date(2026, 3, 6), statutory_due=date(2026, 4, 7))
    dl.check_pause_start((), date(2026, 4, 7), statutory_due=date(2026, 4, 7))


def test_pauses_may_not_overlap() -> None:
    with pytest.raises(ValidationError, match="pauses may not overlap"):
        dl.check_pause_start(CLOSED, date(2026, 3, 15), statutory_due=date(2026, 4, 15))
    dl.check_pause_start(CLOSED, date(2026, 3, 16), statutory_due=date(2026, 4, 15))  # touches


def test_no_second_pause_while_one_is_open() -> None:
    open_pause = (Pause(date(2026, 3, 6)),)
    with pytest.raises(ValidationError, match="already been asked for"):
        dl.check_pause_start(open_pause, date(2026, 3, 20), statutory_due=None)


def test_no_pause_once_the_statutory_date_has_passed() -> None:
    # a date in a sentence is written long (issue 14)
    with pytest.raises(IllegalTransition, match=r"\(7 April 2026\) has passed"):
        dl.check_pause_start((), date(2026, 4, 8), statutory_due=date(2026, 4, 7))


def test_a_pause_cannot_end_before_it_began() -> None:
    open_pause = (*CLOSED, Pause(date(2026, 3, 20)))
    with pytest.raises(ValidationError, match="cannot arrive before it was asked for"):
        dl.check_pause_end(open_pause, date(2026, 3, 19))
    dl.check_pause_end(open_pause, date(2026, 3, 20))
    dl.check_pause_end(CLOSED, date(2026, 3, 1))  # nothing open: nothing to end


# design.md, "Deadlines" rule 5: received Thu 5 Mar 2026, identity asked 6 Mar, received
# 16 Mar (10 days). Extended: 5 Jun + 10 = Mon 15 Jun; counted straight through: Fri 5 Jun.
INPUT = dl.DeadlineInput(date(2026, 3, 5), (Right.ACCESS,), pauses=CLOSED)


@pytest.mark.parametrize(
    ("pause", "expected"), [(True, date(2026, 6, 15)), (False, date(2026, 6, 5))]
)
def test_the_extension_preview_follows_the_pause_setting(pause: bool, expected: date) -> None:
    on = date(2026, 3, 20)
    assert dl.extended_due(INPUT, on, pause_for_identity=pause) == expected
    # what the service records after the extension: the same computation
    recorded = dl.compute_deadlines(
        dl.DeadlineInput(INPUT.received, INPUT.rights, pauses=INPUT.pauses, extended_on=on),
        pause_for_identity=pause,
        explain=False,
    )
    assert recorded.extended is not None and recorded.extended.date == expected


def test_no_extension_preview_while_the_clock_is_paused() -> None:
    paused = dl.DeadlineInput(date(2026, 3, 5), (Right.ACCESS,), pauses=(Pause(date(2026, 3, 6)),))
    assert dl.extended_due(paused, date(2026, 3, 20), pause_for_identity=True) is None


def test_the_extension_check_reads_the_pause_setting() -> None:
    # statutory with the pause: 15 Apr; counted straight through: 7 Apr
    on = date(2026, 4, 10)
    dl.check_extension_of(INPUT, on, "many systems", pause_for_identity=True)
    with pytest.raises(IllegalTransition, match="too late to extend"):
        dl.check_extension_of(INPUT, on, "many systems", pause_for_identity=False)
