"""Fee-note arithmetic: structured communication, bank details, VAT split, due date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import ogm_vcs

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.fees import (
    fee_due_date,
    format_iban,
    parse_amount,
    reference_digits,
    structured_reference,
    validate_bic,
    validate_iban,
    vat_split,
)


def test_structured_reference_of_a_fee_note_number() -> None:
    # 2026000042 mod 97 = 36
    assert structured_reference("FN-2026-0042") == "+++202/6000/04236+++"


def test_a_remainder_of_zero_becomes_97() -> None:
    seq = next(s for s in range(1, 200) if int(f"2026{s:06d}") % 97 == 0)
    reference = structured_reference(f"FN-2026-{seq:04d}")
    assert reference.endswith("97+++")
    assert ogm_vcs.is_valid(reference)


@given(
    year=st.integers(min_value=2000, max_value=2999),
    seq=st.integers(min_value=1, max_value=999_999),
)
def test_check_digits_are_the_first_ten_digits_mod_97(year: int, seq: int) -> None:
    reference = structured_reference(f"FN-{year}-{seq:04d}")
    assert reference.startswith("+++") and reference.endswith("+++")
    assert len(reference) == len("+++DDD/DDDD/DDDDD+++")
    digits = reference_digits(reference)
    assert digits[:10] == f"{year}{seq:06d}"
    assert int(digits[10:]) == (int(digits[:10]) % 97 or 97)
    assert ogm_vcs.is_valid(reference)


@pytest.mark.parametrize("number", ["", "FN-26-0001", "DSR-2026-0001", "FN-2026-1234567", "x"])
def test_malformed_fee_note_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValidationError, match="FN-YYYY-NNNN"):
        structured_reference(number)


def test_a_reference_with_wrong_check_digits_is_refused() -> None:
    with pytest.raises(ValidationError, match="check digits"):
        reference_digits("+++202/6000/04237+++")


def test_iban_is_normalised_and_formatted() -> None:
    assert validate_iban(" be71 0961 2345 6769 ") == "BE71096123456769"
    assert format_iban("BE71096123456769") == "BE71 0961 2345 6769"


@pytest.mark.parametrize("iban", ["BE71 0961 2345 6768", "BE71 0961", "XX00 1234", "hello"])
def test_a_bad_iban_names_the_setting(iban: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_iban(iban)
    assert caught.value.message.startswith("IBAN: ")  # the label, not the key (issue 14)
    assert "is not a valid IBAN" in caught.value.message


def test_the_field_name_is_configurable() -> None:
    with pytest.raises(ValidationError, match=r"^refund\.iban: "):
        validate_iban("BE00", field="refund.iban")


def test_bic() -> None:
    assert validate_bic("gkcc be bb") == "GKCCBEBB"
    assert validate_bic("GKCCBEBBXXX") == "GKCCBEBBXXX"
    with pytest.raises(ValidationError, match=r"^BIC: .* is not a valid BIC"):
        validate_bic("GKCC")


def test_vat_split_of_a_round_amount() -> None:
    assert vat_split(Decimal("12.10"), Decimal("21")) == (Decimal("10.00"), Decimal("2.10"))
    assert vat_split(Decimal("10.00"), Decimal("0")) == (Decimal("10.00"), Decimal("0.00"))


@given(
    cents=st.integers(min_value=0, max_value=10_000_000),
    rate=st.sampled_from(
        [Decimal("0"), Decimal("6"), Decimal("12"), Decimal("21"), Decimal("5.5")]
    ),
)
def test_vat_split_always_adds_up(cents: int, rate: Decimal) -> None:
    amount = Decimal(cents) / 100
    net, vat = vat_split(amount, rate)
    assert net + vat == amount
    assert net >= 0 and vat >= 0
    assert abs(net * rate / 100 - vat) <= Decimal("0.01")


def test_negative_vat_rate_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"VAT rate \(%\)"):
        vat_split(Decimal("1"), Decimal("-1"))


def test_parse_amount() -> None:
    assert parse_amount("12,1") == Decimal("12.10")
    assert parse_amount(Decimal("3")) == Decimal("3.00")
    for bad in ("abc", "-1", "1.234", "NaN"):
        with pytest.raises(ValidationError, match="amount"):
            parse_amount(bad)


@pytest.mark.parametrize(
    "typed", ["1_000", "\u0661\u0660", "1e2", " 5 ", "1,000.00", "1.000,00", "\uff15"]
)
def test_an_amount_is_typed_with_ascii_digits_and_one_decimal_mark(typed: str) -> None:
    """Decimal() reads '1_000' as 1000 and Arabic-Indic or full-width digits as numbers: an
    amount printed on a fee note must be what the DPO saw typed (attacker finding, issue 16).
    Leading and trailing blanks are trimmed as before; ' 5 ' is 5.00."""
    if typed.strip() == "5":
        assert parse_amount(typed) == Decimal("5.00")
        return
    with pytest.raises(ValidationError, match="amount"):
        parse_amount(typed)


def test_fee_due_date() -> None:
    # 25 Dec 2026 is Christmas (and this test used to expect it): the next working day,
    # Monday 28 Dec (lawyer's finding 8: never a Belgian public holiday or weekend)
    assert fee_due_date(date(2026, 11, 25), 30) == date(2026, 12, 28)
    assert fee_due_date(date(2026, 12, 2), 30) == date(2027, 1, 4)  # New Year (Fri), weekend
    assert fee_due_date(date(2026, 11, 20), 30) == date(2026, 12, 21)  # Sun 20 Dec
    assert fee_due_date(date(2026, 11, 2), 30) == date(2026, 12, 2)  # a Wednesday: kept
    with pytest.raises(ValidationError, match=r"Days to pay a fee note"):
        fee_due_date(date(2026, 11, 25), 0)


def test_fee_due_date_is_never_after_the_answer_is_due() -> None:
    # second reading, finding 25: a further copy asked on 30 Nov is answered by 30 Dec; the
    # note issued 2 Dec asked payment by 4 Jan, after the answer was due. Capped at 30 Dec.
    assert fee_due_date(date(2026, 12, 2), 30, date(2026, 12, 30)) == date(2026, 12, 30)
    # an answer due after the usual payment date leaves that date as it is
    assert fee_due_date(date(2026, 11, 25), 30, date(2027, 2, 16)) == date(2026, 12, 28)
    # an answer due today or already overdue never moves payment before the note's own date
    assert fee_due_date(date(2026, 12, 2), 30, date(2026, 12, 2)) == date(2027, 1, 4)
    assert fee_due_date(date(2026, 12, 2), 30, date(2026, 11, 30)) == date(2027, 1, 4)
