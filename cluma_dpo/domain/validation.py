"""Validation at the edge: every value a person types is checked here before it is stored.

Messages name the field and what to fix; they never repeat the value (it may be personal).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import TypeVar

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import N_, Message, Param, msg
from cluma_dpo.domain.model import (
    Channel,
    FormOfAddress,
    IdentityMethod,
    Language,
    Outcome,
    Right,
)

GDPR_APPLIES_FROM = date(2018, 5, 25)
MAX_NAME = 200
MAX_TEXT = 2000
MAX_EMAIL = 320
MAX_STREET = 200
MAX_CITY = 100
MAX_POSTCODE = 12
_BE_POSTCODE = re.compile(r"^[1-9][0-9]{3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


_HIDDEN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn"))
_RTL = frozenset(("R", "AL"))


def _has_control(text: str) -> bool:
    # Cc (controls), Cf (format: bidi overrides, zero-width), surrogates, private-use and
    # unassigned code points would let a value masquerade as another on screen or paper.
    return any(unicodedata.category(ch) in _HIDDEN for ch in text)


@cache
def _printable_ranges() -> tuple[list[int], list[int]]:
    from cluma_dpo.domain.printable_ranges import RANGES

    return [a for a, _ in RANGES], [b for _, b in RANGES]


def printable(ch: str) -> bool:
    """Does the letters' font have a glyph for this character?"""
    starts, ends = _printable_ranges()
    code = ord(ch)
    i = bisect_right(starts, code) - 1
    return i >= 0 and code <= ends[i]


def text_problem(text: str) -> Message | None:
    """Why a text cannot be stored and printed as typed, or None when it can: a message
    whose {field} the caller fills in (`problem.with_params(field=...)`)."""
    if _has_control(text):
        return msg("validation.control_characters")
    if any(unicodedata.bidirectional(ch) in _RTL for ch in text):
        # reportlab neither reorders nor shapes right-to-left scripts: it would print garbled
        return msg("validation.right_to_left")
    if not all(printable(ch) for ch in text if ch not in "\n\t"):
        return msg("validation.unprintable")
    return None


# The fields a person types, as a sentence names them ("The name is required...").
FIELD_NAME = msg("validation.field.name")
FIELD_EMAIL = msg("validation.field.email")
FIELD_POSTCODE = msg("validation.field.postcode")
FIELD_STREET = msg("validation.field.street")
FIELD_CITY = msg("validation.field.city")
FIELD_REASON = msg("validation.field.reason")
FIELD_FEE_REASON = msg("validation.field.fee_reason")
FIELD_AMOUNT = msg("validation.field.amount")
FIELD_RECEIVED = msg("validation.field.received")
FIELD_FEE_NOTE_DATE = msg("validation.field.fee_note_date")
FIELD_PAYMENT_DATE = msg("validation.field.payment_date")
FIELD_NEEDED = msg("validation.field.needed")
FIELD_DONE = msg("validation.field.done")
FIELD_EXTENSION_REASON = msg("validation.field.extension_reason")
FIELD_REJECTION_REASON = msg("validation.field.rejection_reason")
FIELD_NOTE = msg("validation.field.note")


def text_field(
    value: str | None,
    field: Param,
    *,
    required: bool = False,
    max_len: int = MAX_TEXT,
    multiline: bool = False,
) -> str | None:
    if value is None or not value.strip():
        if required:
            raise ValidationError(msg("validation.required", field=field))
        return None
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError(msg("validation.too_long", field=field, n=max_len))
    if multiline:  # a reason pasted from Windows: CRLF and CR become plain line breaks
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    check = value.replace("\n", "").replace("\t", "") if multiline else value
    problem = text_problem(check)
    if problem:
        raise ValidationError(problem.with_params(field=field))
    return value


def name(value: str | None) -> str:
    result = text_field(value, FIELD_NAME, required=True, max_len=MAX_NAME)
    assert result is not None
    return result


def email(value: str | None) -> str | None:
    value = text_field(value, FIELD_EMAIL, max_len=MAX_EMAIL)
    if value is None:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError(msg("validation.email")) from None


def country(value: str | None) -> str:
    value = (value or "BE").strip().upper()
    if not _COUNTRY.match(value):
        raise ValidationError(msg("validation.country"))
    return value


def postcode(value: str | None, country_code: str) -> str | None:
    value = text_field(value, FIELD_POSTCODE, max_len=MAX_POSTCODE)
    if value is None:
        return None
    if country_code == "BE" and not _BE_POSTCODE.match(value):
        raise ValidationError(msg("validation.postcode_be"))
    return value


def street(value: str | None) -> str | None:
    """Street, number and box ("Kachtemsestraat 161 bus 2"), as one printable line."""
    return text_field(value, FIELD_STREET, max_len=MAX_STREET)


def city(value: str | None) -> str | None:
    return text_field(value, FIELD_CITY, max_len=MAX_CITY)


# The data subject's fields, in the order their problems are told (the country before the
# postcode, which is checked by the country's rule).
SUBJECT_FIELDS = ("name", "email", "street", "country", "postcode", "city")


def subject_field(field: str, value: str | None, country_code: str = "BE") -> str | None:
    """One data-subject field checked by its rule; a postcode by the rule of `country_code`
    (checked first with `country`)."""
    rules: dict[str, Callable[[str | None], str | None]] = {
        "name": name,
        "email": email,
        "street": street,
        "city": city,
        "country": country,
        "postcode": lambda text: postcode(text, country_code),
    }
    try:
        rule = rules[field]
    except KeyError:
        raise ValidationError(msg("validation.unknown_fields", fields=field)) from None
    return rule(value)


def subject_problems(values: Mapping[str, str | None]) -> dict[str, Message]:
    """Field -> what to fix, for each data-subject field in `values` that breaks its rule
    (a form checks as you type with this; the services refuse with the same rules). The
    postcode is checked against the country only once the country itself is right."""
    out: dict[str, Message] = {}
    try:
        code = country(values.get("country"))
    except ValidationError:
        code = None
    for field in SUBJECT_FIELDS:
        if field not in values or (field == "postcode" and code is None):
            continue
        try:
            subject_field(field, values[field], code or "BE")
        except ValidationError as exc:
            out[field] = exc.msg
    return out


def iso_date(
    value: str | date | None, field: Param, *, today: date | None = None, allow_future: bool = False
) -> date:
    if isinstance(value, date):
        d = value
    else:
        text = (value or "").strip()
        try:
            d = date.fromisoformat(text)
            if len(text) != 10:
                raise ValueError
        except ValueError:
            raise ValidationError(msg("validation.date_format", field=field)) from None
    if d < GDPR_APPLIES_FROM:
        raise ValidationError(msg("validation.before_gdpr", field=field, date=GDPR_APPLIES_FROM))
    if not allow_future and today is None:
        raise TypeError("iso_date needs today= unless allow_future is set")
    if not allow_future and today is not None and d > today:
        raise ValidationError(msg("validation.in_future", field=field))
    return d


E = TypeVar("E", bound=Enum)

# "Unknown right; use one of: access, ..." for each list a value is chosen from
_UNKNOWN = {
    "right": N_("validation.unknown.right"),
    "channel": N_("validation.unknown.channel"),
    "language": N_("validation.unknown.language"),
    "form_of_address": N_("validation.unknown.form_of_address"),
    "outcome": N_("validation.unknown.outcome"),
    "identity_method": N_("validation.unknown.identity_method"),
    "status": N_("validation.unknown.status"),
}


def _enum(cls: type[E], value: str | None, field: str) -> E:
    try:
        return cls((value or "").strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        # the value is not repeated: a name pasted into the wrong field must not echo
        raise ValidationError(msg(_UNKNOWN[field], allowed=allowed)) from None


def rights(values: list[str] | tuple[str, ...] | None) -> tuple[Right, ...]:
    if not values:
        raise ValidationError(msg("validation.no_right"))
    result: list[Right] = []
    for v in values:
        r = _enum(Right, v, "right")
        if r not in result:
            result.append(r)
    return tuple(result)


def channel(value: str | None) -> Channel:
    return _enum(Channel, value or "email", "channel")


def language(value: str | None) -> Language:
    return _enum(Language, value or "nl", "language")


def form_of_address(value: str | None) -> FormOfAddress:
    """female / male / neutral (the default: wording that needs no agreement)."""
    return _enum(FormOfAddress, value or "neutral", "form_of_address")


def outcome(value: str | None) -> Outcome:
    return _enum(Outcome, value, "outcome")


def identity_method(value: str | None) -> IdentityMethod:
    return _enum(IdentityMethod, value, "identity_method")


def reason(value: str | None, field: Param = FIELD_REASON, *, required: bool = True) -> str | None:
    return text_field(value, field, required=required, multiline=True)


# -- a copy of an identity document (GDPR Art. 12(6)) -------------------------------------

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".webp")


def identity_document(document: bytes, suffix: str | None) -> str:
    """The file suffix a copy of an identity document is kept under (PDF by default);
    ValidationError for an empty file, one over 20 MB, or one that is no PDF or image."""
    if not document:
        raise ValidationError(msg("validation.document_empty"))
    if len(document) > MAX_DOCUMENT_BYTES:
        raise ValidationError(msg("validation.document_too_large", n=20))
    kind = (suffix or ".pdf").lower()
    if kind not in DOCUMENT_SUFFIXES:
        raise ValidationError(
            msg("validation.document_kind", suffixes=", ".join(DOCUMENT_SUFFIXES))
        )
    return kind


# -- fee notes (GDPR Art. 12(5), 15(3)) -----------------------------------------------------

MAX_FEE = Decimal("1000.00")  # a reasonable fee based on administrative costs, never a fortune
MAX_FEE_REASON = 300  # fits the fee note's table row (and a person reads it)


def fee_amount(value: str | Decimal | None) -> Decimal:
    """An amount in euro for a fee note: more than zero, at most MAX_FEE, two decimals."""
    from cluma_dpo.domain.fees import parse_amount  # python-stdnum: only when a fee is typed

    amount = parse_amount("" if value is None else value, field=FIELD_AMOUNT)
    if amount <= 0:
        raise ValidationError(msg("validation.amount_zero"))
    if amount > MAX_FEE:
        raise ValidationError(msg("validation.amount_max", amount=str(MAX_FEE)))
    return amount


def fee_reason(value: str | None) -> str:
    """Why a fee is asked: required, at most MAX_FEE_REASON characters."""
    result = text_field(
        value, FIELD_FEE_REASON, required=True, max_len=MAX_FEE_REASON, multiline=True
    )
    assert result is not None
    return result


# -- the passphrase of the database ---------------------------------------------------------

# Every front end holds a new passphrase to this one rule (init, passwd, demo, the first-run
# and demo dialogs): the file's only protection is the passphrase, and SQLCipher's key
# derivation cannot make a short one strong.
MIN_PASSPHRASE = 12


class PassphraseProblem(enum.StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too-short"
    LINE_BREAK = "line-break"  # NUL or a line break: no prompt or variable passes it intact


def passphrase_problem(secret: str) -> PassphraseProblem | None:
    """What makes `secret` unfit as a new passphrase, or None."""
    if not secret:
        return PassphraseProblem.EMPTY
    if any(ch in secret for ch in "\x00\r\n"):
        return PassphraseProblem.LINE_BREAK
    if len(secret) < MIN_PASSPHRASE:
        return PassphraseProblem.TOO_SHORT
    return None


def new_passphrase(secret: str) -> str:
    """`secret` if it may become the passphrase; ValidationError saying why not otherwise."""
    problem = passphrase_problem(secret)
    if problem is PassphraseProblem.EMPTY:
        raise ValidationError(msg("validation.passphrase_empty"))
    if problem is PassphraseProblem.LINE_BREAK:
        raise ValidationError(msg("validation.passphrase_line_break"))
    if problem is PassphraseProblem.TOO_SHORT:
        raise ValidationError(msg("validation.passphrase_short", n=MIN_PASSPHRASE))
    return secret
