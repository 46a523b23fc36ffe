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
from cluma_dpo.domain.messages import N_, Message, msg
from cluma_dpo.domain.setting_labels import label
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
    description: str  # what the setting means, for a reader of this schema (never shown)
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


def _refuse(spec: SettingSpec, problem: Message) -> ValidationError:
    """The error naming the setting by its label ("IBAN must be a valid IBAN ...")."""
    return ValidationError(problem.with_params(setting=label(spec.key)))


def _has_control(text: str) -> bool:
    # the same rule as the request fields: what goes on a letter must print as typed
    return text_problem(text) is not None


# Letterhead, return address and signature lines must fit on one printed line.
SHORT_TEXT = 80
_SHORT_KEYS = ("organisation.", "dpo.", "letters.signature")


_A_TEXT = msg("setting.what.text")


def _text(spec: SettingSpec, raw: str, what: Message = _A_TEXT) -> str:
    limit = SHORT_TEXT if spec.key.startswith(_SHORT_KEYS) else MAX_TEXT
    if len(raw) > limit:
        raise _refuse(spec, msg("setting.invalid.too_long", what=what, n=limit))
    if _has_control(raw):
        raise _refuse(spec, msg("setting.invalid.unprintable", what=what))
    if spec.required and not raw:
        raise _refuse(spec, msg("setting.invalid.empty", what=what))
    return raw


def _int(spec: SettingSpec, raw: str) -> int:
    allowed = msg("setting.invalid.int", low=spec.minimum, high=spec.maximum)
    if not _WHOLE.fullmatch(raw) or not spec.minimum <= int(raw) <= spec.maximum:
        raise _refuse(spec, allowed)
    return int(raw)


def _decimal(spec: SettingSpec, raw: str) -> Decimal:
    allowed = msg(
        N_("setting.invalid.decimal_above")
        if spec.above_minimum
        else N_("setting.invalid.decimal"),
        low=spec.minimum,
        high=spec.maximum,
        n=spec.places,
    )
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
    raise _refuse(spec, msg("setting.invalid.bool"))


def _enum(spec: SettingSpec, raw: str) -> str:
    word = raw.lower()
    if word not in spec.choices:
        raise _refuse(spec, msg("setting.invalid.choice", allowed=", ".join(spec.choices)))
    return word


def _list(spec: SettingSpec, raw: str) -> tuple[str, ...]:
    allowed = msg("setting.invalid.list", n=MAX_ITEMS, length=MAX_TEXT)
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
        raise _refuse(spec, msg("setting.invalid.iban")) from exc


def _bic(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    from stdnum import bic
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return bic.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, msg("setting.invalid.bic")) from exc


def _vat(spec: SettingSpec, raw: str) -> str:
    if not raw:
        return ""
    from stdnum.be import vat as be_vat
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return "BE" + be_vat.validate(raw)
    except StdnumError as exc:
        raise _refuse(spec, msg("setting.invalid.vat")) from exc


def _email(spec: SettingSpec, raw: str) -> str:
    _text(spec, raw, msg("setting.what.email"))
    import email_validator

    try:
        return email_validator.validate_email(raw, check_deliverability=False).normalized
    except email_validator.EmailNotValidError as exc:
        raise _refuse(spec, msg("setting.invalid.email")) from exc


def _country(spec: SettingSpec, raw: str) -> str:
    code = raw.upper()
    if code not in rcp.iso_countries():
        raise _refuse(spec, msg("setting.invalid.country"))
    return code


def _recipients(spec: SettingSpec, raw: str) -> tuple[rcp.Recipient, ...]:
    try:
        return rcp.parse_recipients(raw)
    except ValidationError as exc:
        raise _refuse(
            spec, msg("setting.invalid.recipients", allowed=rcp.ALLOWED, problem=exc.msg)
        ) from None


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
