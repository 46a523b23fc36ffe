"""Validation at the edge: every value a person types is checked here before it is stored.

Messages name the field and what to fix; they never repeat the value (it may be personal).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from datetime import date
from functools import cache

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import Channel, IdentityMethod, Language, Outcome, Right

GDPR_APPLIES_FROM = date(2018, 5, 25)
MAX_NAME = 200
MAX_TEXT = 2000
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


def text_problem(text: str) -> str | None:
    """Why a text cannot be stored and printed as typed, or None when it can."""
    if _has_control(text):
        return "contains control or invisible formatting characters; remove them"
    if any(unicodedata.bidirectional(ch) in _RTL for ch in text):
        # reportlab neither reorders nor shapes right-to-left scripts: it would print garbled
        return "is in a right-to-left script the letters cannot print; use the Latin spelling"
    if not all(printable(ch) for ch in text if ch not in "\n\t"):
        return (
            "contains characters the letters cannot print (such as Chinese characters or "
            "emoji); use the Latin spelling"
        )
    return None


def text_field(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_len: int = MAX_TEXT,
    multiline: bool = False,
) -> str | None:
    if value is None or not value.strip():
        if required:
            raise ValidationError(f"{field} is required and may not be empty.")
        return None
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError(f"{field} is too long: at most {max_len} characters.")
    if multiline:  # a reason pasted from Windows: CRLF and CR become plain line breaks
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    check = value.replace("\n", "").replace("\t", "") if multiline else value
    problem = text_problem(check)
    if problem:
        raise ValidationError(f"{field} {problem}.")
    return value


def name(value: str | None) -> str:
    result = text_field(value, "The name", required=True, max_len=MAX_NAME)
    assert result is not None
    return result


def email(value: str | None) -> str | None:
    value = text_field(value, "The e-mail address", max_len=320)
    if value is None:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError(
            "The e-mail address is not valid: use the form name@example.be."
        ) from None


def country(value: str | None) -> str:
    value = (value or "BE").strip().upper()
    if not _COUNTRY.match(value):
        raise ValidationError("The country must be a two-letter ISO code such as BE, NL or FR.")
    return value


def postcode(value: str | None, country_code: str) -> str | None:
    value = text_field(value, "The postcode", max_len=12)
    if value is None:
        return None
    if country_code == "BE" and not _BE_POSTCODE.match(value):
        raise ValidationError("A Belgian postcode has four digits, e.g. 8800.")
    return value


def iso_date(
    value: str | date | None, field: str, *, today: date | None = None, allow_future: bool = False
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
            raise ValidationError(
                f"{field} must be a real date written YYYY-MM-DD, e.g. 2026-03-05."
            ) from None
    if d < GDPR_APPLIES_FROM:
        raise ValidationError(f"{field} lies before 25 May 2018, when the GDPR began to apply.")
    if not allow_future and d > (today or date.today()):
        raise ValidationError(f"{field} lies in the future.")
    return d


def _enum(cls, value: str | None, field: str):  # type: ignore[no-untyped-def]
    try:
        return cls((value or "").strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        # the value is not repeated: a name pasted into the wrong field must not echo
        raise ValidationError(f"Unknown {field}; use one of: {allowed}.") from None


def rights(values: list[str] | tuple[str, ...] | None) -> tuple[Right, ...]:
    if not values:
        raise ValidationError("Name at least one right (--right), e.g. access.")
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


def outcome(value: str | None) -> Outcome:
    return _enum(Outcome, value, "outcome")


def identity_method(value: str | None) -> IdentityMethod:
    return _enum(IdentityMethod, value, "identity method")


def reason(value: str | None, field: str = "The reason", *, required: bool = True) -> str | None:
    return text_field(value, field, required=required, multiline=True)
