"""The settings as one typed object, built from the schema's defaults in one place
(domain.settings.Settings): no call site carries a default of its own."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.settings import SETTINGS, Settings, defaults, to_text


def stored(key: str, value: object) -> tuple[str, str]:
    """A settings row as services.settings.set_setting writes it: JSON of the text form."""
    return key, json.dumps(to_text(key, value))


def test_the_defaults_are_the_schemas() -> None:
    s = Settings.from_values()
    assert s.as_dict() == defaults()
    assert list(s.as_dict()) == list(SETTINGS)  # every key has an attribute, in schema order
    assert s.warnings.due_soon_days == 7
    assert s.deadlines.pause_for_identity is True
    assert s.fees.copy_amount == Decimal("10.00")
    assert [r.name for r in s.recipients] == ["Combell", "Google Analytics", "PayPal", "Mollie"]
    assert s.recipient("paypal") is s.recipients[2]
    assert s.access["fr"].retention.startswith("Aussi longtemps")


@pytest.mark.parametrize("key", list(SETTINGS))
def test_every_key_reads_back_by_its_attribute(key: str) -> None:
    value = SETTINGS[key].default
    s = Settings.from_values({key: value})
    assert s.value(key) == value


def test_an_unknown_key_is_refused_by_value_and_ignored_by_from_values() -> None:
    with pytest.raises(ValidationError, match=r"Unknown setting 'warnings\.soon'"):
        Settings.from_values().value("warnings.soon")
    assert Settings.from_values({"removed.key": 1}) == Settings.from_values()


def test_from_stored_validates_and_falls_back_to_the_default() -> None:
    s, refused = Settings.from_stored(
        [
            stored("warnings.due_soon_days", 3),
            stored("bank.iban", "BE71096123456769"),
            ("lock.idle_minutes", json.dumps("9999")),  # out of range: the default
            ("fees.vat_rate", "not json"),
            ("gone.in.this.version", json.dumps("x")),  # ignored, not refused
        ]
    )
    assert s.warnings.due_soon_days == 3
    assert s.bank.iban == "BE71096123456769"
    assert s.lock.idle_minutes == 10 and s.fees.vat_rate == Decimal("21")
    assert refused == ("lock.idle_minutes", "fees.vat_rate")


def test_settings_are_frozen() -> None:
    s = Settings.from_values()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.warnings.due_soon_days = 3  # type: ignore[misc]


def test_access_texts_fall_back_to_the_shipped_text_of_the_language() -> None:
    # Issue 13: an empty text falls back to the shipped one in the same language, never to
    # another language (a German letter printed English purposes).
    s = Settings.from_values(
        {
            "access.purposes.de": (),
            "access.retention.de": "Solange Sie ein Konto haben.",
            "access.purposes.en": (),
        }
    )
    de = s.access_in("de")
    assert de.retention == "Solange Sie ein Konto haben."
    assert de.purposes == Settings.from_values({}).access["de"].purposes  # shipped German
    assert s.access_in("fr") == s.access["fr"]
