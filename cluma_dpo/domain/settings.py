"""The DPO's settings: every key, its default, what it means and which values it accepts.

Defaults come from Cluma's privacy statement (seed/privacyverklaring-cluma-2020.txt).
`validate(key, raw)` turns text typed on the command line or in a dialog into a value;
`SettingSpec.to_text` turns a value back into text that `parse` reads again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import email_validator
from babel import Locale
from stdnum import bic, iban
from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError as StdnumError

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.settings_defaults import (
    AUTOMATED,
    CATEGORIES,
    LANGUAGES,
    PURPOSES,
    RETENTION,
)
from cluma_dpo.domain.validation import text_problem

MAX_TEXT = 500
MAX_ITEMS = 50
_TRUE = frozenset({"true", "yes", "1", "aan", "ja", "on"})
_FALSE = frozenset({"false", "no", "0", "uit", "nee", "off"})
_WHOLE = re.compile(r"[0-9]{1,9}")
_DECIMAL = re.compile(r"[0-9]{1,9}(?:[.,][0-9]+)?")
_CENT = Decimal("0.01")
_COUNTRIES = frozenset(c for c in Locale("en").territories if len(c) == 2 and c != "ZZ")


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: its key, kind, typed default and the limits `parse` enforces."""

    key: str
    kind: str  # text, int, bool, decimal, amount, enum, list, iban, bic, email, vat, country
    default: object
    description: str
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0
    above_minimum: bool = False  # kinds decimal, amount: the minimum itself is refused
    places: int = 2  # kinds decimal, amount: decimals allowed
    required: bool = False  # text kinds: refuse an empty value

    def parse(self, raw: str) -> object:
        """The typed value of `raw`; raises ValidationError naming the key and what is allowed."""
        return _PARSERS[self.kind](self, raw.strip())

    def to_text(self, value: object) -> str:
        """`value` as text for display, in a form `parse` accepts again."""
        return _FORMATTERS.get(self.kind, str)(value)


def _refuse(spec: SettingSpec, allowed: str) -> ValidationError:
    return ValidationError(f"{spec.key} must be {allowed}")


def _has_control(text: str) -> bool:
    # the same rule as the request fields: what goes on a letter must print as typed
    return text_problem(text) is not None


# Letterhead, return address and signature lines must fit on one printed line.
SHORT_TEXT = 80
_SHORT_KEYS = ("organisation.", "dpo.", "letters.signature")


def _text(spec: SettingSpec, raw: str, what: str = "a text") -> str:
    limit = SHORT_TEXT if spec.key.startswith(_SHORT_KEYS) else MAX_TEXT
    if len(raw) > limit:
        raise _refuse(spec, f"{what} of at most {limit} characters")
    if _has_control(raw):
        raise _refuse(
            spec,
            f"{what} in printable characters on one line (no control "
            "characters, right-to-left script or characters the letters cannot print)",
        )
    if spec.required and not raw:
        raise _refuse(spec, f"{what}; it cannot be empty")
    return raw


def _int(spec: SettingSpec, raw: str) -> int:
    allowed = f"a whole number from {spec.minimum} to {spec.maximum}"
    if not _WHOLE.fullmatch(raw) or not spec.minimum <= int(raw) <= spec.maximum:
        raise _refuse(spec, allowed)
    return int(raw)


def _decimal(spec: SettingSpec, raw: str) -> Decimal:
    low = f"greater than {spec.minimum}" if spec.above_minimum else f"from {spec.minimum}"
    allowed = f"a number {low} up to {spec.maximum}, with at most {spec.places} decimals"
    if not _DECIMAL.fullmatch(raw):
        raise _refuse(spec, allowed)
    value = Decimal(raw.replace(",", "."))
    too_low = value <= spec.minimum if spec.above_minimum else value < spec.minimum
    if too_low or value > spec.maximum or -value.as_tuple().exponent > spec.places:
        raise _refuse(spec, allowed)
    return value


def _amount(spec: SettingSpec, raw: str) -> Decimal:
    return _decimal(spec, raw).quantize(_CENT)


def _bool(spec: SettingSpec, raw: str) -> bool:
    word = raw.lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _refuse(spec, "true or false (also yes/no, 1/0, aan/uit)")


def _enum(spec: SettingSpec, raw: str) -> str:
    word = raw.lower()
    if word not in spec.choices:
        raise _refuse(spec, "one of " + ", ".join(spec.choices))
    return word


def _list(spec: SettingSpec, raw: str) -> tuple[str, ...]:
    allowed = (
        'a JSON array of texts (["a", "b"]) or texts separated by ";", '
        f"at most {MAX_ITEMS} items of at most {MAX_TEXT} characters each"
    )
    text = raw.strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _refuse(spec, allowed) from exc
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise _refuse(spec, allowed)
    else:
        items = re.split(r"[;\n]", text) if text else []
    cleaned = tuple(i.strip() for i in items if i.strip())
    if len(cleaned) > MAX_ITEMS or any(_has_control(i) or len(i) > MAX_TEXT for i in cleaned):
        raise _refuse(spec, allowed)
    return cleaned


def _iban(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    try:
        return iban.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid IBAN (e.g. BE71 0961 2345 6769) or empty") from exc


def _bic(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    try:
        return bic.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid BIC of 8 or 11 characters (e.g. GEBABEBB) or empty") from exc


def _vat(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    try:
        return "BE" + be_vat.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid Belgian VAT number (e.g. BE 0403.019.261) or empty") from exc


def _email(spec: SettingSpec, raw: str) -> str:
    allowed = "a valid e-mail address (e.g. info@cluma.com)"
    _text(spec, raw, allowed)
    try:
        return email_validator.validate_email(raw, check_deliverability=False).normalized
    except email_validator.EmailNotValidError as exc:
        raise _refuse(spec, allowed) from exc


def _country(spec: SettingSpec, raw: str) -> str:
    code = raw.upper()
    if code not in _COUNTRIES:
        raise _refuse(spec, "a two-letter ISO 3166 country code (e.g. BE, NL, FR)")
    return code


def _list_text(value: object) -> str:
    items = [str(i) for i in value]  # type: ignore[attr-defined]
    # JSON whenever the plain form would read back differently
    if any(";" in i or "\n" in i for i in items) or (items and items[0].lstrip().startswith("[")):
        return json.dumps(items, ensure_ascii=False)
    return "; ".join(items)


def _decimal_text(value: object) -> str:
    text = format(Decimal(str(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_PARSERS: dict[str, Callable[[SettingSpec, str], object]] = {
    "text": _text,
    "int": _int,
    "bool": _bool,
    "decimal": _decimal,
    "amount": _amount,
    "enum": _enum,
    "list": _list,
    "iban": _iban,
    "bic": _bic,
    "vat": _vat,
    "email": _email,
    "country": _country,
}

_FORMATTERS: dict[str, Callable[[object], str]] = {
    "bool": lambda v: "true" if v else "false",
    "list": _list_text,
    "iban": lambda v: iban.format(str(v)) if v else "",
    "decimal": _decimal_text,
    "amount": lambda v: format(Decimal(str(v)).quantize(_CENT), "f"),
}


_S = SettingSpec
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
        "list",
        ("Combell", "Google Analytics", "PayPal", "Mollie"),
        "Recipients told of a rectification, erasure or restriction (GDPR Art. 19).",
    ),
    _S(
        "sources",
        "list",
        ("Google Analytics", "Google Ads", "Facebook", "Facebook Ads", "social-media login"),
        "Sources of data not collected from the data subject (GDPR Art. 15(1)(g)).",
    ),
]
for _part, _kind, _texts, _what in (
    ("purposes", "list", PURPOSES, "Purposes of the processing (GDPR Art. 15(1)(a))"),
    ("categories", "list", CATEGORIES, "Categories of personal data (GDPR Art. 15(1)(b))"),
    ("retention", "text", RETENTION, "Retention period (GDPR Art. 15(1)(d))"),
    (
        "automated_decisions",
        "text",
        AUTOMATED,
        "Automated decision-making incl. profiling (GDPR Art. 15(1)(h)); the privacy statement "
        "is silent on it, so the default is a statement for the DPO to confirm",
    ),
):
    for _lang in LANGUAGES:
        _SPECS.append(
            _S(
                f"access.{_part}.{_lang}",
                _kind,
                _texts[_lang],
                f"{_what}, in an answer to an access request in '{_lang}'.",
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
        maximum=1000,
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
        "interface.language",
        "enum",
        "nl",
        "Language of the application's screens.",
        choices=("nl", "fr", "en"),
    ),
]

SETTINGS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}


def spec_for(key: str) -> SettingSpec:
    """The spec of `key`; ValidationError listing the known keys if there is none."""
    try:
        return SETTINGS[key]
    except KeyError:
        known = ", ".join(SETTINGS)
        raise ValidationError(f"Unknown setting '{key}'. Known keys: {known}") from None


def validate(key: str, raw: str) -> object:
    """The typed value for `key` from the text `raw` (command line, dialog, database)."""
    return spec_for(key).parse(raw)


def to_text(key: str, value: object) -> str:
    return spec_for(key).to_text(value)


def defaults() -> dict[str, object]:
    """Every key with its default value."""
    return {key: spec.default for key, spec in SETTINGS.items()}
