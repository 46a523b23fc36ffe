"""The DPO's settings: every key, its default, what it means and which values it accepts.

Defaults come from Cluma's privacy statement (seed/privacyverklaring-cluma-2020.txt).
`validate(key, raw)` turns text typed on the command line or in a dialog into a value;
`SettingSpec.to_text` turns a value back into text that `parse` reads again.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from cluma_dpo.domain import recipients as rcp
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.setting_groups import (
    AccessTexts,
    Backup,
    Bank,
    CalendarFeed,
    DeadlineRules,
    Fees,
    Interface,
    Letters,
    Lock,
    Officer,
    Organisation,
    Reports,
    Retention,
    Warnings,
)
from cluma_dpo.domain.setting_kinds import MAX_ITEMS, MAX_TEXT, SettingSpec
from cluma_dpo.domain.settings_defaults import (
    AUTOMATED,
    CATEGORIES,
    LANGUAGES,
    PURPOSES,
    RECIPIENTS,
    RETENTION,
)
from cluma_dpo.domain.validation import MAX_FEE

__all__ = [
    "MAX_ITEMS",
    "MAX_TEXT",
    "SETTINGS",
    "SettingSpec",
    "Settings",
    "defaults",
    "to_text",
    "validate",
]


_S = SettingSpec
_T = TypeVar("_T")
_SPECS: list[SettingSpec] = [
    _S(
        "organisation.name",
        "text",
        "Cluma Engineering NV",
        "Legal name of the controller, printed on every letter.",
        required=True,
    ),
    _S(
        "organisation.street",
        "text",
        "Kachtemsestraat 161",
        "Street and number of the controller's address.",
        required=True,
    ),
    _S("organisation.postcode", "text", "8800", "Postcode of the controller.", required=True),
    _S("organisation.city", "text", "Roeselare", "City of the controller.", required=True),
    _S("organisation.country", "country", "BE", "Country of the controller (ISO 3166 code)."),
    _S("organisation.phone", "text", "+32 51 24 45 00", "Telephone number on the letterhead."),
    _S("organisation.email", "email", "info@cluma.com", "E-mail address on the letterhead."),
    _S("organisation.website", "text", "www.cluma.com", "Website on the letterhead."),
    _S(
        "organisation.vat_number",
        "vat",
        "",
        "Belgian VAT number (BE 0xxx.xxx.xxx) printed on fee notes; empty if not set.",
    ),
    _S("dpo.name", "text", "Steven Deweirt", "Name of the data protection officer.", required=True),
    _S("dpo.email", "email", "info@cluma.com", "E-mail address where the DPO is reached."),
    _S(
        "recipients",
        "recipients",
        RECIPIENTS,
        "Recipients with address, role and safeguard outside the EEA (GDPR Art. 15, 19).",
    ),
    _S(
        "sources",
        "list",
        ("Google Analytics", "Google Ads", "Facebook", "Facebook Ads", "social-media login"),
        "Sources of data not collected from the data subject (GDPR Art. 15(1)(g)).",
    ),
]
# What an answer to an access request says, in each letter language (GDPR Art. 15(1)):
# (a) the purposes of the processing, (b) the categories of personal data, (d) the
# retention period, (h) automated decision-making incl. profiling (the privacy statement is
# silent on it, so the default is a statement for the DPO to confirm).
for _part, _kind, _texts, _point in (
    ("purposes", "list", PURPOSES, "a"),
    ("categories", "list", CATEGORIES, "b"),
    ("retention", "text", RETENTION, "d"),
    ("automated_decisions", "text", AUTOMATED, "h"),
):
    for _lang in LANGUAGES:
        _SPECS.append(
            _S(
                f"access.{_part}.{_lang}",
                _kind,
                _texts[_lang],
                f"GDPR Art. 15(1)({_point}), in an answer to an access request in '{_lang}'.",
            )
        )
_SPECS += [
    _S("bank.iban", "iban", "", "IBAN printed on fee notes and in their payment QR code."),
    _S("bank.bic", "bic", "", "BIC of the bank that holds the IBAN."),
    _S(
        "fees.copy_amount",
        "amount",
        Decimal("10.00"),
        "Fee in EUR incl. VAT for a further copy of the data (GDPR Art. 15(3)).",
        minimum=0,
        above_minimum=True,
        maximum=int(MAX_FEE),  # the tariff is a fee: the same limits as one typed by hand
    ),
    _S(
        "fees.vat_rate",
        "decimal",
        Decimal("21"),
        "VAT rate in percent on fee notes.",
        minimum=0,
        maximum=100,
    ),
    _S("fees.payment_days", "int", 30, "Days a fee note gives to pay.", minimum=1, maximum=365),
    _S(
        "letters.window",
        "enum",
        "left",
        "Side of the address window of the envelope.",
        choices=("left", "right"),
    ),
    _S(
        "letters.default_language",
        "enum",
        "nl",
        "Language of letters unless the data subject chose another.",
        choices=LANGUAGES,
    ),
    _S(
        "letters.signature_name",
        "text",
        "Steven Deweirt",
        "Name under the signature.",
        required=True,
    ),
    _S(
        "letters.signature_title",
        "text",
        "",
        "Title under the name, e.g. 'Functionaris voor gegevensbescherming'.",
    ),
    _S(
        "warnings.due_soon_days",
        "int",
        7,
        "Warn this many days before a due date.",
        minimum=1,
        maximum=60,
    ),
    _S(
        "lock.idle_minutes",
        "int",
        10,
        "Lock the app after this many idle minutes.",
        minimum=1,
        maximum=240,
    ),
    _S(
        "backup.reminder_days",
        "int",
        7,
        "Remind to make a backup when the last one is older than this many days (0: never).",
        minimum=0,
        maximum=365,
    ),
    _S(
        "backup.safety_copy_days",
        "int",
        30,
        "Remove the program's own safety copies (before a restore or an upgrade) after this "
        "many days.",
        minimum=1,
        maximum=3650,
    ),
    _S(
        "retention.years",
        "int",
        5,
        "Anonymise closed requests after this many years.",
        minimum=1,
        maximum=30,
    ),
    _S(
        "deadlines.pause_for_identity",
        "bool",
        True,
        "Stop the clock while identity information is awaited (EDPB 01/2022 §5.3).",
    ),
    _S(
        "reports.include_names",
        "bool",
        False,
        "Put names and e-mail addresses in the quarterly report's workbook (data minimisation).",
    ),
    _S(
        "calendar.alarm_days",
        "int",
        3,
        "Calendar events of due dates ring this many days before (0: on the day).",
        minimum=0,
        maximum=60,
    ),
    _S(
        "calendar.include_names",
        "bool",
        False,
        "Put the data subject's name in calendar events (default: the reference only).",
    ),
    _S(
        "calendar.feed_file",
        "text",
        "",
        "An .ics file rewritten after every change, for a calendar to subscribe to (empty: none).",
    ),
    _S(
        "interface.language",
        "enum",
        "nl",
        "Language of the application's screens.",
        choices=("nl", "fr", "en", "de"),
    ),
]

SETTINGS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}


def spec_for(key: str) -> SettingSpec:
    """The spec of `key`; ValidationError listing the known keys if there is none."""
    try:
        return SETTINGS[key]
    except KeyError:
        known = ", ".join(SETTINGS)
        raise ValidationError(msg("setting.unknown", key=key, known=known)) from None


def validate(key: str, raw: str) -> object:
    """The typed value for `key` from the text `raw` (command line, dialog, database)."""
    return spec_for(key).parse(raw)


def to_text(key: str, value: object) -> str:
    return spec_for(key).to_text(value)


def defaults() -> dict[str, object]:
    """Every key with its default value."""
    return {key: spec.default for key, spec in SETTINGS.items()}


# -- the typed settings object -------------------------------------------------------------
# Call sites read `settings.warnings.due_soon_days`, never `settings.get("key", default)`:
# the defaults live in the specs above and nowhere else. Each key "section.name" is the
# attribute `name` of section `section`; "access.<part>.<language>" is `access[language].part`;
# a key without a dot is an attribute of Settings itself. `Settings.from_values` builds the
# object from the schema, so a key without an attribute (or the reverse) fails at once.


_SECTIONS: dict[str, type] = {
    "organisation": Organisation,
    "dpo": Officer,
    "bank": Bank,
    "fees": Fees,
    "letters": Letters,
    "warnings": Warnings,
    "lock": Lock,
    "backup": Backup,
    "retention": Retention,
    "deadlines": DeadlineRules,
    "reports": Reports,
    "calendar": CalendarFeed,
    "interface": Interface,
}
_ACCESS = "access"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, typed; built from the schema's defaults and the stored values."""

    organisation: Organisation
    dpo: Officer
    recipients: tuple[rcp.Recipient, ...]  # GDPR Art. 19, 15(1)(c), 15(2)
    sources: tuple[str, ...]  # GDPR Art. 15(1)(g)
    access: dict[str, AccessTexts]  # per letter language
    bank: Bank
    fees: Fees
    letters: Letters
    warnings: Warnings
    lock: Lock
    backup: Backup
    retention: Retention
    deadlines: DeadlineRules
    reports: Reports
    calendar: CalendarFeed
    interface: Interface

    @classmethod
    def from_values(cls, values: Mapping[str, object] = MappingProxyType({})) -> Settings:
        """The settings with `values` (already typed, as `validate` gives them) over the
        defaults; keys the schema does not know are ignored."""
        merged = defaults()
        merged.update((k, v) for k, v in values.items() if k in SETTINGS)
        # the values are typed by the schema (validate), which mypy cannot follow key by key
        sections: dict[str, dict[str, object]] = {name: {} for name in _SECTIONS}
        access: dict[str, dict[str, Any]] = {}
        plain: dict[str, Any] = {}
        for key, value in merged.items():
            head, _, rest = key.partition(".")
            if head == _ACCESS:
                part, _, language = rest.partition(".")
                access.setdefault(language, {})[part] = value
            elif rest:
                sections[head][rest] = value
            else:
                plain[key] = value
        return cls(
            **{name: _SECTIONS[name](**fields) for name, fields in sections.items()},
            access={language: AccessTexts(**parts) for language, parts in access.items()},
            **plain,
        )

    @classmethod
    def from_stored(cls, rows: Iterable[tuple[str, str]]) -> tuple[Settings, tuple[str, ...]]:
        """The settings from stored (key, JSON of the text form) rows, and the keys whose
        stored value this version refuses (their default is used). Keys a newer version
        removed are ignored, not fatal."""
        values: dict[str, object] = {}
        refused: list[str] = []
        for key, stored in rows:
            if key not in SETTINGS:
                continue
            try:
                # stored as the schema's own text form, so types survive (Decimal, tuples)
                values[key] = validate(key, json.loads(stored))
            except (ValidationError, ValueError, TypeError):
                refused.append(key)
        return cls.from_values(values), tuple(refused)

    def value(self, key: str) -> object:
        """The value of the schema key `key` (for code that walks the schema: the settings
        dialog, `settings show`); ValidationError for a key the schema does not know."""
        spec_for(key)
        head, _, rest = key.partition(".")
        if head == _ACCESS:
            part, _, language = rest.partition(".")
            return getattr(self.access[language], part)
        if not rest:
            return getattr(self, key)
        return getattr(getattr(self, head), rest)

    def recipient(self, name: str | None) -> rcp.Recipient | None:
        """The recipient called `name` (case ignored), or None."""
        return rcp.find(self.recipients, name)

    def as_dict(self) -> dict[str, object]:
        """Every key with its value, in schema order."""
        return {key: self.value(key) for key in SETTINGS}

    def access_in(self, language: str) -> AccessTexts:
        """The Art. 15(1) texts for a letter in `language`: each text the DPO left empty in
        that language falls back to the shipped text in that language (never to another
        language: issue 13), then to the English and the Dutch one."""
        shipped = _shipped_access()
        chain = [self.access[language]] if language in self.access else []
        chain += [shipped[language]] if language in shipped else []
        chain += [self.access[x] for x in ("en", "nl") if x in self.access]

        def first(values: Sequence[_T]) -> _T:
            return next((value for value in values if value), values[0])

        return AccessTexts(
            purposes=first([texts.purposes for texts in chain]),
            categories=first([texts.categories for texts in chain]),
            retention=first([texts.retention for texts in chain]),
            automated_decisions=first([texts.automated_decisions for texts in chain]),
        )


@functools.lru_cache(maxsize=1)
def _shipped_access() -> Mapping[str, AccessTexts]:
    return Settings.from_values({}).access
