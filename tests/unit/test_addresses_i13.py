"""Issue #13: postal addresses in the destination country's order, and whether one fits the
window of a DIN 5008 form B envelope at 9 pt or more (addresses.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from cluma_dpo.documents.addresses import (
    check_address_fits,
    check_subject_address,
    fit_window,
    format_address,
    max_window_lines,
    wrap,
)
from cluma_dpo.documents.pdfkit import FONT, register_fonts
from cluma_dpo.domain.errors import ValidationError

NAME, STREET = "Jane Doe", "Main Street 1"

# Hand-written from the postal services' own examples (bpost, PostNL, La Poste, Deutsche
# Post, POST Luxembourg, Royal Mail, USPS, An Post, Poczta Polska), with the country in the
# letter's language and capitals on the last line.
TABLE = [
    ("BE", "8800", "Roeselare", "nl", ["8800 Roeselare"]),
    ("be", "1000", "Brussel", "fr", ["1000 Brussel"]),
    ("NL", "1012 AB", "Amsterdam", "nl", ["1012 AB Amsterdam", "NEDERLAND"]),
    ("FR", "75001", "Paris", "fr", ["75001 Paris", "FRANCE"]),
    ("DE", "10115", "Berlin", "de", ["10115 Berlin", "DEUTSCHLAND"]),
    ("LU", "1234", "Luxembourg", "fr", ["L-1234 Luxembourg", "LUXEMBOURG"]),
    ("LU", "L-1234", "Luxembourg", "de", ["L-1234 Luxembourg", "LUXEMBURG"]),
    ("GB", "NW1 6XE", "London", "en", ["London", "NW1 6XE", "UNITED KINGDOM"]),
    ("GB", "NW1 6XE", "London", "nl", ["London", "NW1 6XE", "VERENIGD KONINKRIJK"]),
    ("US", "62701", "Springfield, IL", "en", ["Springfield, IL 62701", "UNITED STATES"]),
    ("IE", "D02 X285", "Dublin", "en", ["Dublin", "D02 X285", "IRELAND"]),
    ("PL", "00-001", "Warszawa", "fr", ["00-001 Warszawa", "POLOGNE"]),
]


@pytest.mark.parametrize(("country", "postcode", "city", "language", "tail"), TABLE)
def test_each_country_in_its_own_order(
    country: str, postcode: str, city: str, language: str, tail: list[str]
) -> None:
    assert format_address(NAME, STREET, postcode, city, country, language) == [
        NAME,
        STREET,
        *tail,
    ]


def test_no_country_is_belgium_and_an_unknown_code_keeps_the_belgian_order() -> None:
    assert format_address(NAME, STREET, "8800", "Roeselare", None, "nl") == [
        NAME,
        STREET,
        "8800 Roeselare",
    ]
    assert format_address(NAME, STREET, "123", "Atlantis", "QZ", "en") == [
        NAME,
        STREET,
        "123 Atlantis",
        "QZ",
    ]


def test_empty_fields_leave_no_blank_line_or_dangling_separator() -> None:
    assert format_address(NAME, STREET, "", "Springfield, IL", "US", "en") == [
        NAME,
        STREET,
        "Springfield, IL",
        "UNITED STATES",
    ]
    assert format_address(NAME, None, None, "Luxembourg", "LU", "fr") == [
        NAME,
        "Luxembourg",
        "LUXEMBOURG",
    ]
    assert format_address(NAME, STREET, "  ", None, "GB", "en") == [
        NAME,
        STREET,
        "UNITED KINGDOM",
    ]


def test_a_field_the_country_has_no_place_for_is_kept() -> None:
    # Hong Kong's format has no postcode; Japan's (in Latin script) no city of its own.
    assert format_address(NAME, STREET, "999077", "Kowloon", "HK", "en") == [
        NAME,
        STREET,
        "Kowloon",
        "999077",
        "HONG KONG SAR CHINA",
    ]
    assert "Tokyo" in " ".join(format_address(NAME, STREET, "100-0001", "Tokyo", "JP", "en"))


words = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x17F),
    min_size=1,
    max_size=12,
)
field = st.lists(words, min_size=0, max_size=4).map(" ".join)
countries = st.sampled_from(
    [
        "BE",
        "NL",
        "FR",
        "DE",
        "LU",
        "GB",
        "US",
        "IE",
        "PL",
        "JP",
        "HK",
        "CH",
        "SE",
        "IT",
        "CA",
        "BR",
        "CN",
        "SG",
        "ES",
        "AT",
        "QZ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(field, field, field, field, countries, st.sampled_from(["nl", "fr", "en", "de"]))
def test_no_field_the_user_gave_is_ever_dropped(
    name: str, street: str, postcode: str, city: str, country: str, language: str
) -> None:
    lines = format_address(name, street, postcode, city, country, language)
    printed = " ".join(lines)
    for value in (name, street, postcode, city):
        for word in value.split():
            assert word in printed, (word, lines)
    assert all(line == line.strip() and line for line in lines)
    assert (lines[-1].isupper() or not lines[-1].isalpha()) if country != "BE" else True


# -- the window ------------------------------------------------------------------------------


def test_at_most_seven_lines_fit_at_9_pt_and_six_at_10() -> None:
    assert max_window_lines(9) == 7
    assert max_window_lines(10) == 6


def test_a_usual_address_is_printed_at_10_pt() -> None:
    fit = fit_window(format_address(NAME, STREET, "NW1 6XE", "London", "GB", "en"))
    assert fit.fits and fit.size == 10 and fit.leading == 12.5  # with air: there is room


def test_seven_lines_fit_at_9_pt_and_eight_are_refused() -> None:
    seven = ["Line one", "Line two", "Line three", "Line four", "Line five", "Six", "SEVEN"]
    fit = fit_window(seven)
    assert fit.fits and fit.size == 9
    check_address_fits(seven)
    with pytest.raises(ValidationError) as refused:
        check_address_fits([*seven, "EIGHT"])
    assert refused.value.message == (
        "This address needs 8 lines in the window envelope; at most 7 fit at 9 pt: "
        "shorten the name, street or city."
    )


def test_a_word_wider_than_the_window_is_refused_not_cut() -> None:
    with pytest.raises(ValidationError, match="too wide for the window envelope"):
        check_address_fits([NAME, "Oberunterhollenzerkirchmairschwarzenbergerstraße 1"])
    assert wrap("Oberunterhollenzerkirchmairschwarzenbergerstraße", 9) is None


def test_the_country_name_in_every_letter_language_is_counted() -> None:
    # Seven lines in every language: a short street; eight: a long one.
    name = "Maximiliane Wolkenstein-Trostburg-Rodenegg von Hohenberg-Schillingsfürst"
    check_subject_address(name, "Flat 12, 221B Baker Street", "NW1 6XE", "London", "GB")
    with pytest.raises(ValidationError, match="needs 8 lines"):
        check_subject_address(
            name,
            "Flat 12, Lower Ground Floor, The Old Brewery Buildings, 221B Baker Street Mews "
            "off Marylebone Road",
            "NW1 6XE",
            "London",
            "GB",
        )
    # A country whose name takes two lines in one letter language only (Dutch, for the US
    # Minor Outlying Islands): the address is refused as it would not fit that letter.
    seven = (
        name,
        "Flat 12, Lower Ground Floor, The Old Brewery Buildings, 221B Baker Street "
        "Mews off Marylebone Road",
        "96898",
        "Wake Island",
        "UM",
    )
    check_subject_address(*seven, languages=("fr", "en", "de"))
    with pytest.raises(ValidationError, match="needs 8 lines"):
        check_subject_address(*seven)


@pytest.mark.parametrize(
    "name",
    [
        "Maximiliane Wolkenstein-Trostburg-Rodenegg von Hohenberg-Schillingsfürst",
        "Maximiliane Wolkenstein-Trostburg-Rodenegg-Hohenberg-Schillingsfürst von Habsburg",
    ],
)
def test_a_name_breaks_only_at_spaces_or_after_hyphens(name: str) -> None:
    for size in (10, 9.5, 9):
        lines = wrap(name, size)
        assert lines is not None and len(lines) >= 2
        rebuilt = ""
        for line in lines:
            rebuilt += ("" if not rebuilt or rebuilt.endswith("-") else " ") + line
        assert rebuilt == name


def test_a_space_break_is_preferred_when_it_costs_no_extra_line() -> None:
    register_fonts()
    width = stringWidth("Maria-Theresia", FONT, 10) + 1
    assert wrap("Anna Maria-Theresia", 10, width=width) == ["Anna", "Maria-Theresia"]
    # ... and a break after a hyphen taken when it saves a line.
    width = max(stringWidth(t, FONT, 10) for t in ("Anna Maria-", "Theresia Huber")) + 1
    assert wrap("Anna Maria-Theresia Huber", 10, width=width) == [
        "Anna Maria-",
        "Theresia Huber",
    ]
