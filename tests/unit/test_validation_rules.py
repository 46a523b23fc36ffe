"""Field rules with one home (domain.validation), used by the services, the command line and
the dialogs alike: the data subject's fields, a fee typed by hand, a new passphrase."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.settings import SETTINGS
from cluma_dpo.texts import render


def test_subject_problems_name_each_field_that_breaks_its_rule() -> None:
    problems = {f: render(m, "en") for f, m in v.subject_problems(
        {"name": " ", "email": "x@", "street": "s" * 201, "postcode": "880", "city": "Roeselare",
         "country": "BE"}
    ).items()}  # fmt: skip
    assert list(problems) == ["name", "email", "street", "postcode"]
    assert problems["name"] == "The name is required and may not be empty."
    assert problems["street"] == "The street is too long: at most 200 characters."
    assert problems["postcode"] == "A Belgian postcode has four digits, e.g. 8800."


def test_the_postcode_waits_for_a_valid_country() -> None:
    problems = v.subject_problems({"postcode": "880", "country": "Belgium"})
    assert {f: render(m, "en") for f, m in problems.items()} == {
        "country": "The country must be a two-letter ISO code such as BE, NL or FR."
    }
    assert v.subject_problems({"postcode": "75008", "country": "FR"}) == {}


def test_only_the_fields_given_are_checked() -> None:
    assert v.subject_problems({"city": "Kortrijk"}) == {}


def test_subject_field_is_the_rule_the_services_apply() -> None:
    assert v.subject_field("street", "  Ooststraat 12 bus 3 ") == "Ooststraat 12 bus 3"
    assert v.subject_field("email", "Ann@Example.be") == "Ann@example.be"
    assert v.subject_field("postcode", "1234AB", "NL") == "1234AB"
    with pytest.raises(ValidationError, match="four digits"):
        v.subject_field("postcode", "1234AB", "BE")
    with pytest.raises(ValidationError, match="Unknown field"):
        v.subject_field("iban", "BE71")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("10", Decimal("10.00")), ("12,50", Decimal("12.50")), ("1000", Decimal("1000.00"))],
)
def test_a_fee_amount(typed: str, expected: Decimal) -> None:
    assert v.fee_amount(typed) == expected


@pytest.mark.parametrize(
    ("typed", "why"),
    [("0", "more than zero"), ("1000.01", "at most EUR 1000.00"), ("ten", "amount in euro"),
     ("1.005", "two decimals"), ("-5", "amount in euro")],
)  # fmt: skip
def test_a_fee_amount_refused(typed: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        v.fee_amount(typed)


def test_the_fee_tariff_setting_has_the_fees_limits() -> None:
    spec = SETTINGS["fees.copy_amount"]
    assert Decimal(spec.maximum) == v.MAX_FEE and spec.above_minimum and spec.minimum == 0


def test_a_fee_reason() -> None:
    assert v.fee_reason(" Second copy ") == "Second copy"
    with pytest.raises(ValidationError, match="at most 300"):
        v.fee_reason("x" * 301)
    with pytest.raises(ValidationError, match="required"):
        v.fee_reason("")


@pytest.mark.parametrize(
    ("secret", "problem"),
    [
        ("", v.PassphraseProblem.EMPTY),
        ("x" * (v.MIN_PASSPHRASE - 1), v.PassphraseProblem.TOO_SHORT),
        ("a long passphrase\n", v.PassphraseProblem.LINE_BREAK),
        ("a long\x00passphrase", v.PassphraseProblem.LINE_BREAK),
        ("x" * v.MIN_PASSPHRASE, None),
    ],
)
def test_the_passphrase_rule(secret: str, problem: v.PassphraseProblem | None) -> None:
    assert v.passphrase_problem(secret) is problem
    if problem is None:
        assert v.new_passphrase(secret) == secret
    else:
        with pytest.raises(ValidationError):
            v.new_passphrase(secret)


def test_a_short_passphrase_is_refused_with_the_minimum_named() -> None:
    with pytest.raises(ValidationError, match="at least 12 characters"):
        v.new_passphrase("short")
