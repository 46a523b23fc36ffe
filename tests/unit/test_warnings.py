"""One definition of "overdue" and "due soon" (domain.deadlines), whatever asks: the list's
filters and the dashboard (thresholds for SQL), `cluma-dpo due`, the list's colours and the
quarterly "overdue now"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.model import DateExplanation, Status, WarningLevel

TODAY = date(2026, 11, 25)  # a Wednesday
OPEN = [s for s in Status if s.is_open]


@pytest.mark.parametrize(
    ("effective", "soon", "expected"),
    [
        (TODAY - timedelta(1), 7, WarningLevel.OVERDUE),
        (TODAY, 7, WarningLevel.DUE_TODAY),
        (TODAY + timedelta(1), 7, WarningLevel.DUE_SOON),
        (TODAY + timedelta(7), 7, WarningLevel.DUE_SOON),  # the last day of the window
        (TODAY + timedelta(8), 7, None),
        (TODAY + timedelta(3), 2, None),  # the setting narrows the window
        (None, 7, None),
    ],
)
def test_warning_level(effective: date | None, soon: int, expected: WarningLevel | None) -> None:
    assert dl.warning_level(effective, TODAY, soon, status=Status.IN_PROGRESS, paused=False) is (
        expected
    )


@pytest.mark.parametrize("status", [s for s in Status if not s.is_open])
def test_answered_and_finished_requests_raise_no_warning(status: Status) -> None:
    late = TODAY - timedelta(30)
    assert dl.warning_level(late, TODAY, 7, status=status, paused=False) is None
    assert not dl.is_overdue(late, TODAY, status=status, paused=False)


def test_a_paused_clock_raises_no_warning_even_past_a_company_target() -> None:
    late = TODAY - timedelta(3)
    assert dl.warning_level(late, TODAY, 7, status=Status.AWAITING_INFORMATION, paused=True) is (
        None
    )
    assert not dl.is_overdue(late, TODAY, status=Status.AWAITING_INFORMATION, paused=True)


@given(
    offset=st.integers(-60, 60),
    soon=st.integers(1, 60),
    status=st.sampled_from(OPEN),
)
def test_the_query_thresholds_say_what_warning_level_says(
    offset: int, soon: int, status: Status
) -> None:
    """The list's --overdue and --due-within, and the dashboard's counts, compare the cached
    date with overdue_before and due_soon_until: the same answer as warning_level."""
    effective = TODAY + timedelta(offset)
    level = dl.warning_level(effective, TODAY, soon, status=status, paused=False)
    overdue = effective < dl.overdue_before(TODAY)
    due_soon = dl.overdue_before(TODAY) <= effective <= dl.due_soon_until(TODAY, soon)
    assert overdue == (level is WarningLevel.OVERDUE)
    assert due_soon == (level in (WarningLevel.DUE_TODAY, WarningLevel.DUE_SOON))
    assert dl.is_overdue(effective, TODAY, status=status, paused=False) == overdue


@given(
    effective=st.integers(-60, 120),
    statutory=st.integers(-60, 120),
    soon=st.integers(1, 60),
    status=st.sampled_from(list(Status)),
    extended=st.booleans(),
)
def test_warnings_for_agrees_with_warning_level_and_the_horizon(
    effective: int, statutory: int, soon: int, status: Status, extended: bool
) -> None:
    e, s = TODAY + timedelta(effective), TODAY + timedelta(statutory)
    d = dl.Deadlines(
        statutory=DateExplanation(s),
        extended=DateExplanation(e) if extended else None,
        company_target=None,
        effective=e,
        paused=False,
        extension_deadline=s,
    )
    warnings = dl.warnings_for(d, status, TODAY, due_soon_days=soon)
    level = dl.warning_level(e, TODAY, soon, status=status, paused=False)
    firsts = [w.level for w in warnings if w.level is not WarningLevel.EXTENSION_DECISION]
    assert firsts == ([] if level is None else [level])
    # what a query pre-filters with warning_horizon never hides a warning
    horizon = dl.warning_horizon(TODAY, soon)
    assert all(w.date <= horizon for w in warnings)
