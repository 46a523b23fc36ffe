"""Deadlines: working days, pauses, explanations, warnings and the extension rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cluma_dpo.domain.deadlines import (
    DeadlineInput,
    Deadlines,
    Warning,
    check_extension,
    compute_deadlines,
    effective_due,
    holiday_name,
    is_working_day,
    next_working_day_after,
    next_working_day_on_or_after,
    warnings_for,
)
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.model import DateExplanation, Pause, Right, Status, WarningLevel
from cluma_dpo.texts import render

ACCESS = (Right.ACCESS,)
JAN_31 = DeadlineInput(date(2026, 1, 31), ACCESS)  # design.md: due Mon 2 Mar 2026
MARCH_5 = DeadlineInput(date(2026, 3, 5), ACCESS)  # design.md: due Tue 7 Apr 2026
PAUSE_10 = (Pause(date(2026, 3, 6), date(2026, 3, 16)),)


# --- working days


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(date(2026, 3, 2))  # Monday
    assert not is_working_day(date(2026, 2, 28))  # Saturday
    assert not is_working_day(date(2026, 3, 1))  # Sunday
    assert not is_working_day(date(2026, 4, 6))  # Easter Monday
    assert not is_working_day(date(2026, 7, 21))  # National Day, a Tuesday
    assert is_working_day(date(2026, 4, 3))  # Good Friday is not a Belgian holiday
    assert is_working_day(date(2026, 12, 24))
    assert is_working_day(date(2025, 12, 26))  # nor is Boxing Day


def test_next_working_day() -> None:
    assert next_working_day_on_or_after(date(2026, 3, 2)) == date(2026, 3, 2)
    assert next_working_day_on_or_after(date(2026, 4, 4)) == date(2026, 4, 7)  # Easter
    assert next_working_day_after(date(2026, 3, 2)) == date(2026, 3, 3)
    assert next_working_day_after(date(2026, 12, 24)) == date(2026, 12, 28)


def test_holiday_names_in_three_languages() -> None:
    easter_monday = date(2026, 4, 6)
    assert holiday_name(easter_monday) == "Paasmaandag"
    assert holiday_name(easter_monday, "fr") == "Lundi de Pâques"
    assert holiday_name(easter_monday, "en") == "Easter Monday"
    assert holiday_name(easter_monday, "de") == "Ostermontag"
    assert holiday_name(easter_monday, "xx") == "Easter Monday"
    assert holiday_name(date(2026, 4, 7)) is None


# --- the worked examples of design.md


def lines(explained: DateExplanation | None, language: str = "nl") -> tuple[str, ...]:
    """The reasons of a date as text (issue 14: they are messages, written at the edge)."""
    assert explained is not None
    return tuple(render(reason, language) for reason in explained.reasons)


def test_received_on_31_january_2026() -> None:
    d = compute_deadlines(JAN_31)
    assert d.statutory is not None and d.statutory.date == date(2026, 3, 2)
    assert lines(d.statutory) == (
        "Ontvangen op zaterdag 31 januari 2026; de dag van ontvangst telt niet mee "
        "(Verordening 1182/71, art. 3 lid 1).",
        "Eén maand later: zaterdag 28 februari 2026, de laatste dag van de maand, want "
        "31 februari bestaat niet (art. 3 lid 2 c).",
        "28 februari 2026 is een zaterdag → maandag 2 maart 2026 (art. 3 lid 4).",
    )
    assert d.extended is None and d.company_target is None
    assert (d.effective, d.paused, d.extension_deadline) == (date(2026, 3, 2), False, d.effective)

    extended = compute_deadlines(
        DeadlineInput(JAN_31.received, ACCESS, extended_on=date(2026, 2, 20))
    )
    assert extended.extended is not None
    assert extended.extended.date == date(2026, 4, 30)
    assert extended.effective == date(2026, 4, 30)
    assert extended.extension_deadline == date(2026, 3, 2)
    assert lines(extended.extended)[-1] == (
        "Verlenging geregistreerd op 20 februari 2026 (AVG art. 12 lid 3)."
    )


def test_easter_and_the_pause_of_design_md() -> None:
    plain = compute_deadlines(MARCH_5)
    assert plain.statutory is not None
    assert plain.statutory.date == date(2026, 4, 7)
    assert lines(plain.statutory)[-1] == (
        "5 april 2026 is een zondag (Pasen); 6 april 2026 is Paasmaandag "
        "→ dinsdag 7 april 2026 (art. 3 lid 4)."
    )

    paused = compute_deadlines(DeadlineInput(MARCH_5.received, ACCESS, pauses=PAUSE_10))
    assert paused.statutory is not None
    assert paused.statutory.date == date(2026, 4, 15)
    assert lines(paused.statutory)[-1] == (
        "10 dagen opgeschort in afwachting van identiteitsgegevens "  # issue 14: the legal term
        "(EDPB-richtsnoeren 01/2022, §5.3) → woensdag 15 april 2026."
    )


def test_explanations_in_french_english_and_german() -> None:
    # Issue 14: the reasons are messages; each language writes them, German too.
    statutory = compute_deadlines(JAN_31).statutory
    fr, en, de = lines(statutory, "fr"), lines(statutory, "en"), lines(statutory, "de")
    assert fr[0].startswith("Reçue le samedi 31 janvier 2026")
    assert fr[-1] == "Le 28 février 2026 est un samedi → lundi 2 mars 2026 (art. 3, par. 4)."
    assert en[0].startswith("Received on Saturday, 31 January 2026")
    assert en[-1] == "28 February 2026 is a Saturday → Monday, 2 March 2026 (Art. 3(4))."
    assert de[0].startswith("Eingegangen am Samstag, 31. Januar 2026")
    assert de[-1] == "Der 28. Februar 2026 ist ein Samstag → Montag, 2. März 2026 (Art. 3 Abs. 4)."
    easter = compute_deadlines(MARCH_5).statutory
    assert "6 April 2026 is a public holiday (Easter Monday)" in lines(easter, "en")[-1]
    assert "Ostermontag" in lines(easter, "de")[-1]  # German holiday names (issue 14)


def test_company_target_explanations() -> None:
    # Issue 13: the next-working-day target belongs to the marketing opt-out (Art. 21(2)-(3));
    # an Art. 21(1) objection has the statutory month only (test below).
    inp = DeadlineInput(
        date(2026, 1, 31), (Right.ERASURE, Right.MARKETING_OPT_OUT), account_deletion=True
    )
    target = compute_deadlines(inp).company_target
    assert target is not None
    assert target.date == date(2026, 2, 2)
    reasons = lines(target, "en")
    assert len(reasons) == 3
    assert "30 calendar days" in reasons[0] and "Monday, 2 March 2026" in reasons[0]
    assert "first working day" in reasons[1] and "Monday, 2 February 2026" in reasons[1]


# --- pauses


def test_open_pause_stops_the_clock() -> None:
    inp = DeadlineInput(
        date(2026, 3, 5), ACCESS, pauses=(Pause(date(2026, 3, 6)),), extended_on=date(2026, 3, 5)
    )
    d = compute_deadlines(inp)
    assert d == Deadlines(None, None, None, None, True, None)
    assert effective_due(inp) is None


def test_open_pause_keeps_the_company_target() -> None:
    inp = DeadlineInput(
        date(2026, 3, 5), (Right.MARKETING_OPT_OUT,), pauses=(Pause(date(2026, 3, 6)),)
    )
    d = compute_deadlines(inp)
    assert d.paused and d.statutory is None
    assert d.company_target is not None
    assert d.effective == d.company_target.date == date(2026, 3, 6)


def test_pause_for_identity_off_counts_straight_through() -> None:
    closed = DeadlineInput(MARCH_5.received, ACCESS, pauses=PAUSE_10)
    open_ = DeadlineInput(MARCH_5.received, ACCESS, pauses=(Pause(date(2026, 3, 6)),))
    for inp in (closed, open_):
        d = compute_deadlines(inp, pause_for_identity=False)
        assert d.statutory is not None
        assert (d.statutory.date, d.paused) == (date(2026, 4, 7), False)
        assert effective_due(inp, pause_for_identity=False) == date(2026, 4, 7)


def test_a_pause_cannot_end_before_it_started() -> None:
    inp = DeadlineInput(
        MARCH_5.received, ACCESS, pauses=(Pause(date(2026, 3, 9), date(2026, 3, 8)),)
    )
    with pytest.raises(ValidationError, match="cannot end before"):
        compute_deadlines(inp)


def test_article_21_1_objection_has_no_company_target() -> None:
    """Issue 13: an objection against legitimate-interest processing is weighed within the
    month (Art. 21(1), 12(3)); only the marketing opt-out is stopped the next working day."""
    d = compute_deadlines(DeadlineInput(date(2026, 1, 31), (Right.OBJECTION,)), explain=False)
    assert d.company_target is None
    assert d.effective == date(2026, 3, 2)
    opt_out = DeadlineInput(date(2026, 1, 31), (Right.MARKETING_OPT_OUT,))
    target = compute_deadlines(opt_out, explain=False).company_target
    assert target is not None and target.date == date(2026, 2, 2)


def test_fast_path_gives_the_same_dates_without_text() -> None:
    inputs = [
        JAN_31,
        DeadlineInput(date(2026, 1, 31), (Right.ERASURE,), True, PAUSE_10, date(2026, 2, 1)),
        DeadlineInput(date(2026, 10, 1), (Right.OBJECTION, Right.ACCESS), False, PAUSE_10),
        DeadlineInput(date(2026, 3, 5), ACCESS, pauses=(Pause(date(2026, 3, 6)),)),
    ]
    for inp in inputs:
        full = compute_deadlines(inp)
        fast = compute_deadlines(inp, explain=False)
        for a, b in (
            (full.statutory, fast.statutory),
            (full.extended, fast.extended),
            (full.company_target, fast.company_target),
        ):
            assert (a and a.date) == (b and b.date)
            assert b is None or b.reasons == ()
        assert (full.effective, full.paused, full.extension_deadline) == (
            fast.effective,
            fast.paused,
            fast.extension_deadline,
        )
        assert effective_due(inp) == full.effective


# --- warnings

DUE = date(2026, 3, 2)  # statutory date of JAN_31


def _levels(d: Deadlines, status: Status, today: date, **kw: int) -> list[tuple[str, date]]:
    return [(w.level.value, w.date) for w in warnings_for(d, status, today, **kw)]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (DUE - timedelta(30), []),
        (DUE - timedelta(8), []),
        (DUE - timedelta(7), [("due-soon", DUE), ("extension-decision", DUE)]),
        (DUE - timedelta(1), [("due-soon", DUE), ("extension-decision", DUE)]),
        (DUE, [("due-today", DUE), ("extension-decision", DUE)]),
        (DUE + timedelta(1), [("overdue", DUE)]),
    ],
)
def test_warning_levels(today: date, expected: list[tuple[str, date]]) -> None:
    d = compute_deadlines(JAN_31, explain=False)
    assert _levels(d, Status.IN_PROGRESS, today) == expected


def test_due_soon_days_is_a_setting_but_the_extension_window_is_seven_days() -> None:
    d = compute_deadlines(JAN_31, explain=False)
    assert _levels(d, Status.RECEIVED, DUE - timedelta(10), due_soon_days=14) == [("due-soon", DUE)]
    assert _levels(d, Status.RECEIVED, DUE - timedelta(3), due_soon_days=1) == [
        ("extension-decision", DUE)
    ]


def test_no_extension_decision_once_extended() -> None:
    ext = compute_deadlines(DeadlineInput(JAN_31.received, ACCESS, extended_on=DUE), explain=False)
    assert _levels(ext, Status.EXTENDED, DUE) == []
    assert _levels(ext, Status.EXTENDED, date(2026, 4, 30)) == [("due-today", date(2026, 4, 30))]
    assert _levels(ext, Status.EXTENDED, date(2026, 5, 1)) == [("overdue", date(2026, 4, 30))]


@pytest.mark.parametrize(
    "status", [Status.ANSWERED, Status.CLOSED, Status.WITHDRAWN, Status.REJECTED]
)
def test_no_warnings_for_answered_or_final_requests(status: Status) -> None:
    d = compute_deadlines(JAN_31, explain=False)
    assert warnings_for(d, status, DUE + timedelta(100)) == ()


def test_no_warnings_while_paused() -> None:
    inp = DeadlineInput(date(2026, 1, 1), (Right.OBJECTION,), pauses=(Pause(date(2026, 1, 2)),))
    d = compute_deadlines(inp, explain=False)
    assert warnings_for(d, Status.AWAITING_INFORMATION, date(2026, 12, 31)) == ()


def test_company_target_governs_warnings() -> None:
    inp = DeadlineInput(date(2026, 10, 1), (Right.ERASURE,), account_deletion=True)
    d = compute_deadlines(inp, explain=False)
    assert warnings_for(d, Status.IN_PROGRESS, date(2026, 11, 1)) == (
        Warning(WarningLevel.OVERDUE, date(2026, 10, 31)),
        Warning(WarningLevel.EXTENSION_DECISION, date(2026, 11, 2)),
    )


# --- extension


def test_extension_allowed_up_to_the_statutory_date() -> None:
    d = compute_deadlines(JAN_31, explain=False)
    check_extension(d, DUE, "Complex request spanning several systems", already_extended=False)
    check_extension(d, JAN_31.received, "reason", already_extended=False)


def test_extension_too_late() -> None:
    d = compute_deadlines(JAN_31, explain=False)
    with pytest.raises(IllegalTransition) as err:
        check_extension(d, DUE + timedelta(1), "reason", already_extended=False)
    assert err.value.message == (
        "The extension must be recorded on or before the statutory due date (2 March 2026); "
        "it is too late to extend."
    )


def test_extension_only_once() -> None:
    d = compute_deadlines(JAN_31, explain=False)
    with pytest.raises(IllegalTransition, match="one extension only"):
        check_extension(d, DUE, "reason", already_extended=True)
    ext = compute_deadlines(DeadlineInput(JAN_31.received, ACCESS, extended_on=DUE))
    with pytest.raises(IllegalTransition, match="already been extended"):
        check_extension(ext, DUE, "reason", already_extended=False)


@pytest.mark.parametrize("reason", [None, "", "   \n"])
def test_extension_needs_a_reason(reason: str | None) -> None:
    d = compute_deadlines(JAN_31, explain=False)
    with pytest.raises(ValidationError, match="needs a reason"):
        check_extension(d, DUE, reason, already_extended=False)


def test_no_extension_while_paused() -> None:
    inp = DeadlineInput(MARCH_5.received, ACCESS, pauses=(Pause(date(2026, 3, 6)),))
    with pytest.raises(IllegalTransition, match="paused"):
        check_extension(compute_deadlines(inp), date(2026, 3, 10), "reason", already_extended=False)
