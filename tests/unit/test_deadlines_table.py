"""Due dates worked out by hand, one comment per row with the reasoning.

Belgian public holidays used below, as listed by `holidays.country_holidays("BE")`:
2025: Wed 1 Jan, Mon 21 Apr (Easter Monday), Thu 1 May, Thu 29 May (Ascension),
      Mon 9 Jun (Whit Monday), Mon 21 Jul, Fri 15 Aug, Sat 1 Nov, Tue 11 Nov, Thu 25 Dec.
2026: Thu 1 Jan, Mon 6 Apr, Fri 1 May, Thu 14 May, Mon 25 May, Tue 21 Jul, Sat 15 Aug,
      Sun 1 Nov, Wed 11 Nov, Fri 25 Dec.
2027: Fri 1 Jan, Mon 29 Mar, Sat 1 May, Thu 6 May, Mon 17 May, Wed 21 Jul, Sun 15 Aug,
      Mon 1 Nov, Thu 11 Nov, Sat 25 Dec.
Not holidays in Belgium: Good Friday, 26 December.
"""

from __future__ import annotations

from datetime import date

import pytest

from cluma_dpo.domain.deadlines import DeadlineInput, compute_deadlines
from cluma_dpo.domain.model import Pause, Right

D = date
ACCESS = (Right.ACCESS,)

# (received, statutory due date): receipt + 1 month, then off weekends and holidays.
STATUTORY = [
    # --- a due date on every Belgian public holiday of 2025
    (D(2024, 12, 1), D(2025, 1, 2)),  # Sun -> 1 Jan 2025 New Year (Wed) -> Thu 2 Jan
    (D(2025, 3, 21), D(2025, 4, 22)),  # Fri -> 21 Apr Easter Monday -> Tue 22 Apr
    (D(2025, 4, 1), D(2025, 5, 2)),  # Tue -> 1 May Labour Day (Thu) -> Fri 2 May
    (D(2025, 4, 29), D(2025, 5, 30)),  # Tue -> 29 May Ascension (Thu) -> Fri 30 May
    (D(2025, 5, 9), D(2025, 6, 10)),  # Fri -> 9 Jun Whit Monday -> Tue 10 Jun
    (D(2025, 6, 21), D(2025, 7, 22)),  # Sat -> 21 Jul National Day (Mon) -> Tue 22 Jul
    (D(2025, 7, 15), D(2025, 8, 18)),  # Tue -> 15 Aug Assumption (Fri), Sat, Sun -> Mon 18
    (D(2025, 10, 1), D(2025, 11, 3)),  # Wed -> 1 Nov All Saints (Sat), Sun -> Mon 3 Nov
    (D(2025, 10, 11), D(2025, 11, 12)),  # Sat -> 11 Nov Armistice (Tue) -> Wed 12 Nov
    (D(2025, 11, 25), D(2025, 12, 26)),  # Tue -> 25 Dec Christmas (Thu) -> Fri 26 (working)
    # --- ... of 2026
    (D(2025, 12, 1), D(2026, 1, 2)),  # Mon -> 1 Jan 2026 (Thu) -> Fri 2 Jan
    (D(2026, 3, 6), D(2026, 4, 7)),  # Fri -> 6 Apr Easter Monday -> Tue 7 Apr
    (D(2026, 4, 1), D(2026, 5, 4)),  # Wed -> 1 May (Fri), Sat, Sun -> Mon 4 May
    (D(2026, 4, 14), D(2026, 5, 15)),  # Tue -> 14 May Ascension (Thu) -> Fri 15 May
    (D(2026, 4, 25), D(2026, 5, 26)),  # Sat -> 25 May Whit Monday -> Tue 26 May
    (D(2026, 6, 21), D(2026, 7, 22)),  # Sun -> 21 Jul (Tue) -> Wed 22 Jul
    (D(2026, 7, 15), D(2026, 8, 17)),  # Wed -> 15 Aug Assumption (Sat), Sun -> Mon 17 Aug
    (D(2026, 10, 1), D(2026, 11, 2)),  # Thu -> 1 Nov All Saints (Sun) -> Mon 2 Nov
    (D(2026, 10, 11), D(2026, 11, 12)),  # Sun -> 11 Nov Armistice (Wed) -> Thu 12 Nov
    (D(2026, 11, 25), D(2026, 12, 28)),  # Wed -> 25 Dec (Fri), Sat, Sun -> Mon 28 Dec
    # --- ... of 2027 (Easter Monday 29 Mar 2027 is reached only by an extension, below:
    # no 29 February in 2027)
    (D(2026, 12, 1), D(2027, 1, 4)),  # Tue -> 1 Jan 2027 (Fri), Sat, Sun -> Mon 4 Jan
    (D(2027, 2, 28), D(2027, 3, 30)),  # Sun -> 28 Mar Easter Sunday, 29 Easter Mon -> Tue 30
    (D(2027, 4, 1), D(2027, 5, 3)),  # Thu -> 1 May Labour Day (Sat), Sun -> Mon 3 May
    (D(2027, 4, 6), D(2027, 5, 7)),  # Tue -> 6 May Ascension (Thu) -> Fri 7 May
    (D(2027, 4, 17), D(2027, 5, 18)),  # Sat -> 17 May Whit Monday -> Tue 18 May
    (D(2027, 6, 21), D(2027, 7, 22)),  # Mon -> 21 Jul (Wed) -> Thu 22 Jul
    (D(2027, 7, 15), D(2027, 8, 16)),  # Thu -> 15 Aug Assumption (Sun) -> Mon 16 Aug
    (D(2027, 10, 1), D(2027, 11, 2)),  # Fri -> 1 Nov All Saints (Mon) -> Tue 2 Nov
    (D(2027, 10, 11), D(2027, 11, 12)),  # Mon -> 11 Nov Armistice (Thu) -> Fri 12 Nov
    (D(2027, 11, 25), D(2027, 12, 27)),  # Thu -> 25 Dec (Sat), Sun -> Mon 27 Dec
    # --- month ends and leap years (Regulation 1182/71 Art. 3(2)(c))
    (D(2024, 1, 31), D(2024, 2, 29)),  # Wed -> no 31 Feb; leap year: Thu 29 Feb
    (D(2024, 1, 29), D(2024, 2, 29)),  # Mon -> 29 Feb exists in 2024 (Thu)
    (D(2024, 2, 29), D(2024, 3, 29)),  # Thu -> Fri 29 Mar = Good Friday, not a BE holiday
    (D(2028, 1, 31), D(2028, 2, 29)),  # Mon -> no 31 Feb; leap year: Tue 29 Feb 2028
    (D(2028, 2, 29), D(2028, 3, 29)),  # Tue -> Wed 29 Mar 2028 (Easter is 16 Apr)
    (D(2025, 1, 31), D(2025, 2, 28)),  # Fri -> no 31 Feb, not leap: Fri 28 Feb
    (D(2026, 1, 31), D(2026, 3, 2)),  # design.md: Sat -> 28 Feb (Sat), Sun -> Mon 2 Mar
    (D(2026, 3, 31), D(2026, 4, 30)),  # Tue -> no 31 Apr: Thu 30 Apr
    (D(2026, 5, 31), D(2026, 6, 30)),  # Sun -> no 31 Jun: Tue 30 Jun
    (D(2025, 7, 31), D(2025, 9, 1)),  # Thu -> 31 Aug exists (Sun) -> Mon 1 Sep
    (D(2025, 4, 30), D(2025, 5, 30)),  # Wed -> Fri 30 May, the day after Ascension: stays
    (D(2025, 12, 31), D(2026, 2, 2)),  # Wed -> 31 Jan 2026 (Sat), Sun -> Mon 2 Feb
    (D(2026, 9, 30), D(2026, 10, 30)),  # Wed -> Fri 30 Oct: a working day, no move
]


@pytest.mark.parametrize(("received", "due"), STATUTORY)
def test_statutory_due_date(received: date, due: date) -> None:
    d = compute_deadlines(DeadlineInput(received, ACCESS))
    assert d.statutory is not None
    assert d.statutory.date == due
    assert d.effective == due
    assert d.extension_deadline == due
    assert compute_deadlines(DeadlineInput(received, ACCESS), explain=False).effective == due


# (received, statutory, extended): the extended date is receipt + 3 months, same rules.
EXTENDED = [
    (D(2026, 1, 31), D(2026, 3, 2), D(2026, 4, 30)),  # design.md: no 31 Apr -> Thu 30 Apr
    # Sat 30 Nov 2024 -> 30 Dec (Mon); + 3 months: no 30 Feb 2025 -> Fri 28 Feb
    (D(2024, 11, 30), D(2024, 12, 30), D(2025, 2, 28)),
    # Tue 30 Nov 2027 -> 30 Dec (Thu); + 3 months: leap year 2028 -> Tue 29 Feb 2028
    (D(2027, 11, 30), D(2027, 12, 30), D(2028, 2, 29)),
    # Tue 29 Dec 2026 -> 29 Jan 2027 (Fri); + 3 months: 29 Mar 2027 Easter Monday -> Tue 30
    (D(2026, 12, 29), D(2027, 1, 29), D(2027, 3, 30)),
    # received on Easter Monday 2025 (the day does not count anyway) -> Wed 21 May;
    # + 3 months: 21 Jul 2025 National Day (Mon) -> Tue 22 Jul
    (D(2025, 4, 21), D(2025, 5, 21), D(2025, 7, 22)),
]


@pytest.mark.parametrize(("received", "statutory", "extended"), EXTENDED)
def test_extended_due_date(received: date, statutory: date, extended: date) -> None:
    d = compute_deadlines(DeadlineInput(received, ACCESS, extended_on=received))
    assert d.statutory is not None and d.extended is not None
    assert (d.statutory.date, d.extended.date) == (statutory, extended)
    assert d.effective == extended
    assert d.extension_deadline == statutory


# (received, pauses, extended?, statutory-or-extended due date): pause days are added to the
# Art. 3(2)(c) date before moving off weekends and holidays (EDPB 01/2022 §5.3).
PAUSED = [
    # design.md: Thu 5 Mar 2026 -> Sun 5 Apr + 10 days = Wed 15 Apr
    (D(2026, 3, 5), ((D(2026, 3, 6), D(2026, 3, 16)),), False, D(2026, 4, 15)),
    # design.md without the pause: 5 Apr Easter Sunday, 6 Easter Monday -> Tue 7 Apr
    (D(2026, 3, 5), (), False, D(2026, 4, 7)),
    # Mon 1 Jun 2026 -> Wed 1 Jul + 20 days = 21 Jul National Day (Tue) -> Wed 22 Jul
    (D(2026, 6, 1), ((D(2026, 6, 2), D(2026, 6, 22)),), False, D(2026, 7, 22)),
    # Fri 2 Oct 2026 -> Mon 2 Nov + 3 + 6 days = 11 Nov Armistice (Wed) -> Thu 12 Nov
    (
        D(2026, 10, 2),
        ((D(2026, 10, 5), D(2026, 10, 8)), (D(2026, 10, 12), D(2026, 10, 18))),
        False,
        D(2026, 11, 12),
    ),
    # extended: Thu 5 Mar 2026 -> Fri 5 Jun + 10 days = Mon 15 Jun (working)
    (D(2026, 3, 5), ((D(2026, 3, 6), D(2026, 3, 16)),), True, D(2026, 6, 15)),
    # a pause asked and answered the same day is 0 days: Fri 6 Mar 2026 -> Tue 7 Apr
    (D(2026, 3, 6), ((D(2026, 3, 9), D(2026, 3, 9)),), False, D(2026, 4, 7)),
]


@pytest.mark.parametrize(("received", "pauses", "extended", "due"), PAUSED)
def test_paused_due_date(
    received: date, pauses: tuple[tuple[date, date], ...], extended: bool, due: date
) -> None:
    inp = DeadlineInput(
        received,
        ACCESS,
        pauses=tuple(Pause(a, b) for a, b in pauses),
        extended_on=received if extended else None,
    )
    d = compute_deadlines(inp)
    governing = d.extended if extended else d.statutory
    assert governing is not None
    assert governing.date == due
    assert d.effective == due


# (received, rights, account deletion?, company target, effective due date)
ER, OB, MO = Right.ERASURE, Right.OBJECTION, Right.MARKETING_OPT_OUT
TARGETS = [
    # Sat 31 Jan 2026 + 30 days = Mon 2 Mar; statutory also Mon 2 Mar
    (D(2026, 1, 31), (ER,), True, D(2026, 3, 2), D(2026, 3, 2)),
    # Thu 1 Oct 2026 + 30 = Sat 31 Oct: a promise is not moved off a weekend; statutory Mon 2
    (D(2026, 10, 1), (ER,), True, D(2026, 10, 31), D(2026, 10, 31)),
    # Thu 1 Feb 2024 + 30 (leap Feb) = Sat 2 Mar; statutory Fri 1 Mar is earlier and governs
    (D(2024, 2, 1), (ER, Right.ACCESS), True, D(2024, 3, 2), D(2024, 3, 1)),
    # erasure without account deletion: no company target, statutory Mon 2 Mar 2026
    (D(2026, 1, 31), (ER,), False, None, D(2026, 3, 2)),
    # account deletion flagged without erasure: no target either
    (D(2026, 1, 31), (Right.ACCESS,), True, None, D(2026, 3, 2)),
    # opt-out Thu 24 Dec 2026: 25 Dec (Fri) holiday, Sat, Sun -> Mon 28 Dec
    (D(2026, 12, 24), (MO,), False, D(2026, 12, 28), D(2026, 12, 28)),
    # opt-out Sat 31 Jan 2026: Sun -> Mon 2 Feb
    (D(2026, 1, 31), (MO,), False, D(2026, 2, 2), D(2026, 2, 2)),
    # Art. 21(1) objection (issue 13): no company target, the statutory month: Mon 2 Mar
    (D(2026, 1, 31), (OB,), False, None, D(2026, 3, 2)),
    # opt-out Wed 13 May 2026: 14 May Ascension -> Fri 15 May
    (D(2026, 5, 13), (MO,), False, D(2026, 5, 15), D(2026, 5, 15)),
    # opt-out Tue 31 Dec 2024: 1 Jan 2025 New Year -> Thu 2 Jan
    (D(2024, 12, 31), (MO,), False, D(2025, 1, 2), D(2025, 1, 2)),
    # opt-out on a working Monday, 2 Mar 2026: strictly after -> Tue 3 Mar
    (D(2026, 3, 2), (MO, Right.ACCESS), False, D(2026, 3, 3), D(2026, 3, 3)),
    # erasure (Sat 31 Jan + 30 = Mon 2 Mar) and opt-out (Mon 2 Feb): the earlier wins
    (D(2026, 1, 31), (ER, MO), True, D(2026, 2, 2), D(2026, 2, 2)),
    # erasure with an Art. 21(1) objection (issue 13): only the erasure promise counts
    (D(2026, 1, 31), (ER, OB), True, D(2026, 3, 2), D(2026, 3, 2)),
]


@pytest.mark.parametrize(("received", "rights", "deletion", "target", "effective"), TARGETS)
def test_company_target(
    received: date,
    rights: tuple[Right, ...],
    deletion: bool,
    target: date | None,
    effective: date,
) -> None:
    d = compute_deadlines(DeadlineInput(received, rights, account_deletion=deletion))
    assert (d.company_target.date if d.company_target else None) == target
    assert d.effective == effective


def test_the_table_is_big_enough() -> None:
    assert len(STATUTORY) + len(EXTENDED) + len(PAUSED) + len(TARGETS) >= 30
