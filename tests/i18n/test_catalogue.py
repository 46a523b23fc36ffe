"""The message catalogue (issue #14): complete in nl, fr, en and de, compiled, and used."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cluma_dpo import texts
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import (
    Amount,
    ListOf,
    message_from_data,
    message_to_data,
    msg,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import build_catalogues


def test_every_code_is_translated_in_every_language_and_compiled() -> None:
    assert build_catalogues.problems(build_catalogues.extract()) == []


def test_the_four_languages_are_shipped() -> None:
    for language in texts.LANGUAGES:
        assert build_catalogues.mo_path(language).is_file()


@pytest.mark.parametrize(
    ("language", "short", "long_"),
    [
        ("nl", "04/01/2027", "4 januari 2027"),
        ("fr", "04/01/2027", "4 janvier 2027"),
        ("en", "04/01/2027", "4 January 2027"),
        ("de", "04.01.2027", "4. Januar 2027"),
    ],
)
def test_one_date_style_per_context(language: str, short: str, long_: str) -> None:
    assert texts.short_date(date(2027, 1, 4), language) == short
    assert texts.long_date(date(2027, 1, 4), language) == long_


def test_parameters_keep_their_type_until_the_edge() -> None:
    m = msg("text.verbatim", text="DSR-2026-0001")
    assert texts.render(m, "de") == "DSR-2026-0001"
    assert texts._param(Amount(Decimal("10")), "nl") == "€\xa010,00"
    assert texts._param(Amount(Decimal("10")), "fr").startswith("10,00")
    assert texts._param(ListOf(["a", "b", "c"]), "nl") == "a, b en c"
    assert texts._param(date(2027, 1, 4), "fr") == "4 janvier 2027"
    assert texts._param(2026, "nl") == "2026"  # a year is not "2.026"


def test_a_message_survives_the_audit_trail_as_data() -> None:
    m = msg("text.verbatim", text="x", when=date(2027, 1, 4), fee=Amount(Decimal("2.5")))
    m2 = message_from_data(message_to_data(m))
    assert m2.code == m.code and dict(m2.params) == dict(m.params)


def test_an_error_is_a_code_not_a_sentence() -> None:
    error = ValidationError(msg("text.verbatim", text="plain"))
    assert error.msg.code == "text.verbatim"
    assert error.text("nl") == "plain"
    assert str(error) == "plain"  # English for a developer's log
