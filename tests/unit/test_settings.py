"""The settings schema: defaults from the privacy statement, validation with clear messages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.recipients import Recipient, Role
from cluma_dpo.domain.setting_labels import label
from cluma_dpo.domain.settings import SETTINGS, defaults, to_text, validate
from cluma_dpo.domain.settings_defaults import RECIPIENTS
from cluma_dpo.domain.validation import text_problem
from cluma_dpo.texts import render

EXPECTED_DEFAULTS: dict[str, object] = {
    "organisation.name": "Cluma Engineering NV",
    "organisation.street": "Kachtemsestraat 161",
    "organisation.postcode": "8800",
    "organisation.city": "Roeselare",
    "organisation.country": "BE",
    "organisation.phone": "+32 51 24 45 00",
    "organisation.email": "info@cluma.com",
    "organisation.website": "www.cluma.com",
    "organisation.vat_number": "",
    "dpo.name": "Steven Deweirt",
    "dpo.email": "info@cluma.com",
    "recipients": RECIPIENTS,  # issue 13: with address, role and safeguard
    "sources": ("Google Analytics", "Google Ads", "Facebook", "Facebook Ads", "social-media login"),
    "bank.iban": "",
    "bank.bic": "",
    "fees.copy_amount": Decimal("10.00"),
    "fees.vat_rate": Decimal("21"),
    "fees.payment_days": 30,
    "letters.window": "left",
    "letters.default_language": "nl",
    "letters.signature_name": "Steven Deweirt",
    "letters.signature_title": "",
    "warnings.due_soon_days": 7,
    "lock.idle_minutes": 10,
    "backup.reminder_days": 7,  # issue 15: 0 turns the reminder off
    "backup.safety_copy_days": 30,  # issue 16: the program's own safety copies expire
    "retention.years": 5,
    "deadlines.pause_for_identity": True,
    "reports.include_names": False,  # issue 13: a management report needs no names
    "calendar.alarm_days": 3,  # issue 17
    "calendar.include_names": False,  # issue 17: references only, unless chosen
    "calendar.feed_file": "",  # issue 17: no .ics kept up to date unless chosen
    "interface.language": "nl",
}
LANGUAGES = ("nl", "fr", "en", "de")
ACCESS_KEYS = [
    f"access.{part}.{lang}"
    for part in ("purposes", "categories", "retention", "automated_decisions")
    for lang in LANGUAGES
]

TOO_LONG = "x" * 501
# At least one refused value per key; the message must name the key.
INVALID: dict[str, list[str]] = {
    "organisation.name": ["", "Cluma\x00NV", TOO_LONG, "two\nlines"],
    "organisation.street": ["", "Kachtemse\tstraat"],
    "organisation.postcode": [""],
    "organisation.city": ["", "Roese\x1blare"],
    "organisation.country": ["Belgium", "B", "XX", "ZZ"],
    "organisation.phone": ["+32\x0751", TOO_LONG],
    "organisation.email": ["", "info@", "not an address"],
    "organisation.website": [TOO_LONG],
    "organisation.vat_number": ["BE0403019262", "123"],
    "dpo.name": ["", "\x7f"],
    "dpo.email": ["steven", "a@b@c"],
    "recipients": [
        '["Combell", 3]',
        '["a", null]',
        "[broken",
        "a\x00b",
        '{"name": "Combell"}',
        '[{"name": ""}]',
        '[{"name": "Combell", "country": "XX"}]',
        '[{"name": "Combell", "country": 32}]',
        '[{"name": "Combell", "role": "owner"}]',
        '[{"name": "Combell", "adress": "Gent"}]',
        '["Combell", "combell"]',
        '[{"name": "Google", "country": "US"}]',  # outside the EEA: no safeguard named
        '[{"name": "Combell", "street": "' + "x" * 81 + '"}]',
    ],
    "sources": ['[""', ";".join(["x"] * 51)],
    "bank.iban": ["BE71 0961 2345 6760", "NL00"],
    "bank.bic": ["GEBA", "12345678"],
    "fees.copy_amount": ["0", "0.00", "-5", "1000.01", "10.005", "ten", "1e2", "NaN"],
    "fees.vat_rate": ["-1", "100.5", "21%", "6.123"],
    "fees.payment_days": ["0", "366", "30.5", "-1", "1_0", ""],
    "letters.window": ["middle", ""],
    "letters.default_language": ["es", "dutch"],
    "letters.signature_name": ["", TOO_LONG],
    "letters.signature_title": [TOO_LONG, "DPO\x08"],
    "warnings.due_soon_days": ["0", "61", "seven", "7.5"],
    "lock.idle_minutes": ["0", "241"],
    "backup.reminder_days": ["-1", "366", "weekly"],
    "backup.safety_copy_days": ["0", "3651", "monthly"],
    "retention.years": ["0", "31", "five"],
    "deadlines.pause_for_identity": ["maybe", "2", ""],
    "reports.include_names": ["perhaps", "-1"],
    "calendar.alarm_days": ["-1", "61", "three"],
    "calendar.include_names": ["sometimes", "2"],
    "calendar.feed_file": ["two\nlines", "a\x00b"],
    "interface.language": ["es", "german", "xx"],  # de is a screen language since issue 14
}
for _key in ACCESS_KEYS:
    INVALID[_key] = ["a\x00b"] if ".retention." in _key or "automated" in _key else ["[1, 2]"]


def test_every_default_is_present() -> None:
    values = defaults()
    for key, expected in EXPECTED_DEFAULTS.items():
        assert values[key] == expected, key
    for key in ACCESS_KEYS:
        assert values[key], key
    assert set(values) == set(EXPECTED_DEFAULTS) | set(ACCESS_KEYS)


def test_access_texts_follow_the_privacy_statement() -> None:
    values = defaults()
    assert len(values["access.purposes.nl"]) == 7  # type: ignore[arg-type]
    assert "Fraude opsporen en voorkomen" in values["access.purposes.nl"]  # type: ignore[operator]
    for lang in LANGUAGES:
        assert len(values[f"access.categories.{lang}"]) == 13  # type: ignore[arg-type]
        assert "30" in values[f"access.retention.{lang}"]  # type: ignore[operator]
    assert "IP-adres" in values["access.categories.nl"][-1]  # type: ignore[index]


def test_every_key_has_a_description_in_english() -> None:
    for spec in SETTINGS.values():
        assert spec.description.endswith("."), spec.key


def test_every_key_has_a_tested_invalid_value() -> None:
    assert set(INVALID) == set(SETTINGS)


@pytest.mark.parametrize(
    ("key", "raw"), [(key, raw) for key, raws in INVALID.items() for raw in raws]
)
def test_invalid_values_are_refused_naming_the_setting(key: str, raw: str) -> None:
    # issue 14: a message names the setting by its label in the dialog, never by its key
    with pytest.raises(ValidationError) as info:
        validate(key, raw)
    assert info.value.message.startswith(f"{render(label(key), 'en')} must be ")
    assert "." not in key or key not in info.value.message


def test_message_says_what_is_allowed() -> None:
    with pytest.raises(ValidationError) as info:
        validate("warnings.due_soon_days", "90")
    assert info.value.message == (
        "Warn before a due date (days) must be a whole number from 1 to 60"
    )


def test_unknown_key_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as info:
        validate("x", "1")
    assert info.value.message.startswith("Unknown setting 'x'. Known keys: organisation.name, ")
    assert "bank.iban" in info.value.message


@pytest.mark.parametrize("key", list(SETTINGS))
def test_default_survives_text_round_trip(key: str) -> None:
    default = SETTINGS[key].default
    assert validate(key, to_text(key, default)) == default


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("bank.iban", " be71 0961 2345 6769 ", "BE71096123456769"),
        ("bank.bic", "gebabebb", "GEBABEBB"),
        ("organisation.vat_number", "BE 0403.019.261", "BE0403019261"),
        ("organisation.country", "nl", "NL"),
        ("fees.copy_amount", "12,5", Decimal("12.50")),
        ("fees.copy_amount", "0.01", Decimal("0.01")),
        ("fees.vat_rate", "0", Decimal("0")),
        ("fees.vat_rate", "5.5", Decimal("5.5")),
        ("fees.payment_days", " 14 ", 14),
        ("warnings.due_soon_days", "60", 60),
        ("deadlines.pause_for_identity", "uit", False),
        ("deadlines.pause_for_identity", "AAN", True),
        ("deadlines.pause_for_identity", "no", False),
        ("deadlines.pause_for_identity", "1", True),
        ("letters.window", "Right", "right"),
        ("organisation.name", "  Cluma Engineering NV ", "Cluma Engineering NV"),
        ("letters.signature_title", "", ""),
        # the forms before issue 13 (names only) still load: recipients with a name only
        ("recipients", '["Combell", " Mollie "]', (Recipient("Combell"), Recipient("Mollie"))),
        (
            "recipients",
            "Combell; Google Analytics;;",
            (Recipient("Combell"), Recipient("Google Analytics")),
        ),
        ("recipients", "[]", ()),
        (
            "recipients",
            '[{"name": "Mollie", "country": "nl", "role": "Controller"}]',
            (Recipient("Mollie", country="NL", role=Role.CONTROLLER),),
        ),
        ("sources", "", ()),
        ("interface.language", "de", "de"),  # issue 14: German screens
        ("interface.language", " DE ", "de"),
    ],
)
def test_valid_values_are_normalised(key: str, raw: str, expected: object) -> None:
    assert validate(key, raw) == expected


def test_display_text() -> None:
    assert to_text("bank.iban", "BE71096123456769") == "BE71 0961 2345 6769"
    assert to_text("fees.copy_amount", Decimal("12.5")) == "12.50"
    assert to_text("fees.vat_rate", Decimal("21.00")) == "21"
    assert to_text("deadlines.pause_for_identity", False) == "false"
    assert to_text("sources", ("a;b", "c")) == '["a;b", "c"]'


# Items as a DPO types them: printable in the letters' font (Latin, Greek, Cyrillic...).
item = (
    st.text(
        st.characters(
            min_codepoint=0x20,
            max_codepoint=0x4FF,
            blacklist_categories=("Cc", "Cs", "Cf", "Co", "Cn"),
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(lambda t: bool(t) and text_problem(t) is None)
)


@given(st.lists(item, max_size=8))
def test_any_list_survives_text_round_trip(items: list[str]) -> None:
    assert validate("sources", to_text("sources", tuple(items))) == tuple(items)


@pytest.mark.parametrize("bad", ["Combell\u202e", "王小明", "مولي", "a\x07b", "x\ufffe"])
def test_list_items_that_cannot_print_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="recipients"):
        validate("recipients", f'["Combell", "{bad}"]')
