"""The kinds of value a setting can hold: how text typed by the DPO becomes a typed value
(`SettingSpec.parse`) and how a value is written back as text (`SettingSpec.to_text`).

The schema of the settings themselves (keys, defaults, descriptions) is domain/settings.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from cluma_dpo.domain import recipients as rcp
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.validation import text_problem

MAX_TEXT = 500
MAX_ITEMS = 50
_TRUE = frozenset({"true", "yes", "1", "aan", "ja", "on"})
_FALSE = frozenset({"false", "no", "0", "uit", "nee", "off"})
_WHOLE = re.compile(r"[0-9]{1,9}")
_DECIMAL = re.compile(r"[0-9]{1,9}(?:[.,][0-9]+)?")
_CENT = Decimal("0.01")
# email_validator, python-stdnum and Babel's locale data are imported by the kinds that use
# them, when a value of that kind is parsed: a command that only reads settings skips them.


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: its key, kind, typed default and the limits `parse` enforces."""

    key: str
    # text, int, bool, decimal, amount, enum, list, iban, bic, email, vat, country, recipients
    kind: str
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
    if code not in rcp.iso_countries():
        raise _refuse(spec, "a two-letter ISO 3166 country code (e.g. BE, NL, FR)")
    return code


def _recipients(spec: SettingSpec, raw: str) -> tuple[rcp.Recipient, ...]:
    try:
        return rcp.parse_recipients(raw)
    except ValidationError as exc:
        raise _refuse(spec, f"{rcp.ALLOWED} ({exc.message})") from None


def _recipients_text(value: object) -> str:
    if not isinstance(value, Iterable):
        raise TypeError(f"a recipients setting's value must be iterable, not {value!r}")
    return rcp.recipients_text(tuple(value))


def _list_text(value: object) -> str:
    if not isinstance(value, Iterable):
        raise TypeError(f"a list setting's value must be iterable, not {value!r}")
    items = [str(i) for i in value]
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
    "recipients": _recipients,
}

_FORMATTERS: dict[str, Callable[[object], str]] = {
    "bool": lambda v: "true" if v else "false",
    "list": _list_text,
    "recipients": _recipients_text,
    "iban": _iban_text,
    "decimal": _decimal_text,
    "amount": lambda v: format(Decimal(str(v)).quantize(_CENT), "f"),
}
