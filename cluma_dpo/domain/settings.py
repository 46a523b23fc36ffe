"""The DPO's settings: every key, its default, what it means and which values it accepts.

Defaults come from Cluma's privacy statement (seed/privacyverklaring-cluma-2020.txt).
`validate(key, raw)` turns text typed on the command line or in a dialog into a value;
`SettingSpec.to_text` turns a value back into text that `parse` reads again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from types import MappingProxyType

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.settings_defaults import (
    AUTOMATED,
    CATEGORIES,
    LANGUAGES,
    PURPOSES,
    RETENTION,
)
from cluma_dpo.domain.validation import MAX_FEE, text_problem

MAX_TEXT = 500
MAX_ITEMS = 50
_TRUE = frozenset({"true", "yes", "1", "aan", "ja", "on"})
_FALSE = frozenset({"false", "no", "0", "uit", "nee", "off"})
_WHOLE = re.compile(r"[0-9]{1,9}")
_DECIMAL = re.compile(r"[0-9]{1,9}(?:[.,][0-9]+)?")
_CENT = Decimal("0.01")
# email_validator, python-stdnum and Babel's locale data are imported by the kinds that use
# them, when a value of that kind is parsed: a command that only reads settings skips them.


@cache
def _countries() -> frozenset[str]:
    from babel import Locale

    return frozenset(
        c for c in Locale("en").territories if isinstance(c, str) and len(c) == 2 and c != "ZZ"
    )


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
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else spec.places + 1  # NaN, Infinity
    if too_low or value > spec.maximum or places > spec.places:
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
    from stdnum import iban
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return iban.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid IBAN (e.g. BE71 0961 2345 6769) or empty") from exc


def _bic(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    from stdnum import bic
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return bic.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid BIC of 8 or 11 characters (e.g. GEBABEBB) or empty") from exc


def _vat(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    from stdnum.be import vat as be_vat
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return "BE" + be_vat.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, "a valid Belgian VAT number (e.g. BE 0403.019.261) or empty") from exc


def _email(spec: SettingSpec, raw: str) -> str:
    allowed = "a valid e-mail address (e.g. info@cluma.com)"
    _text(spec, raw, allowed)
    import email_validator

    try:
        return email_validator.validate_email(raw, check_deliverability=False).normalized
    except email_validator.EmailNotValidError as exc:
        raise _refuse(spec, allowed) from exc


def _country(spec: SettingSpec, raw: str) -> str:
    code = raw.upper()
    if code not in _countries():
        raise _refuse(spec, "a two-letter ISO 3166 country code (e.g. BE, NL, FR)")
    return code


def _list_text(value: object) -> str:
    items = [str(i) for i in value]  # type: ignore[attr-defined]
    # JSON whenever the plain form would read back differently
    if any(";" in i or "\n" in i for i in items) or (items and items[0].lstrip().startswith("[")):
        return json.dumps(items, ensure_ascii=False)
    return "; ".join(items)


def _iban_text(value: object) -> str:
    if not value:
        return ""
    from stdnum import iban

    return iban.format(str(value))


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
    "iban": _iban_text,
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


# -- the typed settings object -------------------------------------------------------------
# Call sites read `settings.warnings.due_soon_days`, never `settings.get("key", default)`:
# the defaults live in the specs above and nowhere else. Each key "section.name" is the
# attribute `name` of section `section`; "access.<part>.<language>" is `access[language].part`;
# a key without a dot is an attribute of Settings itself. `Settings.from_values` builds the
# object from the schema, so a key without an attribute (or the reverse) fails at once.


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    street: str
    postcode: str
    city: str
    country: str
    phone: str
    email: str
    website: str
    vat_number: str


@dataclass(frozen=True, slots=True)
class Officer:
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class AccessTexts:
    """The GDPR Art. 15(1) information of an access answer, in one language."""

    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    retention: str
    automated_decisions: str


@dataclass(frozen=True, slots=True)
class Bank:
    iban: str
    bic: str


@dataclass(frozen=True, slots=True)
class Fees:
    copy_amount: Decimal
    vat_rate: Decimal
    payment_days: int


@dataclass(frozen=True, slots=True)
class Letters:
    window: str
    default_language: str
    signature_name: str
    signature_title: str


@dataclass(frozen=True, slots=True)
class Warnings:
    due_soon_days: int


@dataclass(frozen=True, slots=True)
class Lock:
    idle_minutes: int


@dataclass(frozen=True, slots=True)
class Retention:
    years: int


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    pause_for_identity: bool


@dataclass(frozen=True, slots=True)
class Interface:
    language: str


_SECTIONS: dict[str, type] = {
    "organisation": Organisation,
    "dpo": Officer,
    "bank": Bank,
    "fees": Fees,
    "letters": Letters,
    "warnings": Warnings,
    "lock": Lock,
    "retention": Retention,
    "deadlines": DeadlineRules,
    "interface": Interface,
}
_ACCESS = "access"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, typed; built from the schema's defaults and the stored values."""

    organisation: Organisation
    dpo: Officer
    recipients: tuple[str, ...]  # GDPR Art. 19
    sources: tuple[str, ...]  # GDPR Art. 15(1)(g)
    access: dict[str, AccessTexts]  # per letter language
    bank: Bank
    fees: Fees
    letters: Letters
    warnings: Warnings
    lock: Lock
    retention: Retention
    deadlines: DeadlineRules
    interface: Interface

    @classmethod
    def from_values(cls, values: Mapping[str, object] = MappingProxyType({})) -> Settings:
        """The settings with `values` (already typed, as `validate` gives them) over the
        defaults; keys the schema does not know are ignored."""
        merged = defaults()
        merged.update((k, v) for k, v in values.items() if k in SETTINGS)
        sections: dict[str, dict[str, object]] = {name: {} for name in _SECTIONS}
        access: dict[str, dict[str, object]] = {}
        plain: dict[str, object] = {}
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
            # the schema gives each access text its type (validate); the parts are typed
            access={language: AccessTexts(**parts) for language, parts in access.items()},  # type: ignore[arg-type]
            **plain,  # type: ignore[arg-type]
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

    def as_dict(self) -> dict[str, object]:
        """Every key with its value, in schema order."""
        return {key: self.value(key) for key in SETTINGS}

    def access_in(self, language: str) -> AccessTexts:
        """The Art. 15(1) texts for a letter in `language`: each text the DPO left empty in
        that language falls back to the English, then the Dutch one."""
        chain = [self.access[x] for x in (language, "en", "nl") if x in self.access]

        def first(part: str) -> object:
            values = [getattr(texts, part) for texts in chain]
            return next((value for value in values if value), values[0])

        return AccessTexts(
            purposes=first("purposes"),  # type: ignore[arg-type]
            categories=first("categories"),  # type: ignore[arg-type]
            retention=first("retention"),  # type: ignore[arg-type]
            automated_decisions=first("automated_decisions"),  # type: ignore[arg-type]
        )
