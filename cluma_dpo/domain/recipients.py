"""The recipients of the company's personal data (GDPR Art. 4(9)): who they are, where a
letter reaches them, in which role they process the data and, outside the EEA, on which
safeguard the transfer rests.

They feed the Art. 19 checklist and notices, and the Art. 15(1)(c) and 15(2) parts of an
access answer. The setting `recipients` holds them (domain/settings.py); its text form is a
JSON array of objects that `parse_recipients` reads and `recipients_text` writes.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.validation import text_problem


class Role(enum.StrEnum):
    """GDPR Art. 4(7)-(8): a processor acts on the company's behalf; a controller decides
    for itself why and how it processes the data it receives (PayPal, for instance)."""

    PROCESSOR = "processor"
    CONTROLLER = "controller"


# The European Economic Area: the 27 EU member states and Iceland, Liechtenstein, Norway.
# A transfer to any other country needs a safeguard (GDPR Chapter V, Art. 44-49).
# fmt: off
EU = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
))
# fmt: on
EEA = EU | {"IS", "LI", "NO"}

_CODE = re.compile(r"[A-Z]{2}")
HOME = "BE"
NOTICE_LANGUAGES = ("nl", "fr", "en", "de")
MAX_RECIPIENTS = 50
# A line of the letter's address window (85 mm at 10 pt) holds about this much.
MAX_LINE = 80
MAX_POSTCODE = 12
MAX_NOTE = 500  # purpose, safeguard: a sentence in the access answer


@cache
def iso_countries() -> frozenset[str]:
    """Two-letter ISO 3166 codes (Babel's territories; loaded on first use, not at start)."""
    from babel import Locale

    return frozenset(
        c for c in Locale("en").territories if isinstance(c, str) and len(c) == 2 and c != "ZZ"
    )


@dataclass(frozen=True, slots=True)
class Recipient:
    """One recipient. `name` is the short name on the Art. 19 checklist ("PayPal");
    `legal_name` the entity a letter is addressed to ("PayPal, Inc."), if it differs."""

    name: str
    legal_name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 alpha-2; empty while unknown (a recipient from a name only)
    role: Role = Role.PROCESSOR
    purpose: str = ""
    safeguard: str = ""  # GDPR Art. 45-46: adequacy decision, standard clauses, ...
    # the language an Art. 19 notice to it is written in (nl, fr, en, de); empty: see
    # notice_language
    language: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(msg("recipient.no_name"))
        if not isinstance(self.role, Role):
            raise ValidationError(
                msg("recipient.role", name=self.name, allowed=", ".join(r.value for r in Role))
            )
        if self.country and not _CODE.fullmatch(self.country):
            raise ValidationError(msg("recipient.country", name=self.name))
        # GDPR Art. 44, 46: no transfer outside the EEA without a safeguard to name.
        if self.outside_eea and not self.safeguard.strip():
            raise ValidationError(msg("recipient.safeguard", name=self.name, country=self.country))
        if self.language and self.language not in NOTICE_LANGUAGES:
            raise ValidationError(
                msg("recipient.language", name=self.name, allowed=", ".join(NOTICE_LANGUAGES))
            )

    def notice_language(self, home_default: str) -> str:
        """The language of an Art. 19 notice to this recipient: its own, when recorded; a
        Belgian recipient (or one whose country is not known) gets the letters' default
        language; a foreign one English (the lawyer's finding 4: never the data subject's
        language, which is no concern of the recipient)."""
        if self.language:
            return self.language
        return home_default if self.country in ("", HOME) else "en"

    @property
    def transfer_basis(self) -> str:
        """On which Chapter V provision a transfer outside the EEA rests, from its safeguard:
        "adequacy-dpf" (EU-US Data Privacy Framework: the Commission's adequacy decision of
        10 July 2023, Art. 45), "scc" (standard contractual clauses, Art. 46(2)(c)), "bcr"
        (binding corporate rules, Art. 47), "" when the wording is the DPO's own."""
        said = " ".join(self.safeguard.replace("\u2013", "-").split()).casefold()
        if "data privacy framework" in said:
            return "adequacy-dpf"
        if "standard contractual clauses" in said or "modelcontractbepalingen" in said:
            return "scc"
        if "binding corporate rules" in said:
            return "bcr"
        return ""

    @property
    def outside_eea(self) -> bool:
        return bool(self.country) and self.country not in EEA

    @property
    def entity(self) -> str:
        """The name a letter is addressed to: the legal name, else the short name."""
        return self.legal_name or self.name

    @property
    def has_address(self) -> bool:
        """Enough for the envelope's window: street, city and country (a postcode where the
        country has one; not every country does)."""
        return bool(self.street and self.city and self.country)


def notice_languages(recipients: Iterable[Recipient], home_default: str) -> dict[str, str]:
    """The language of an Art. 19 notice to each recipient, by name (`notice_language`)."""
    return {r.name: r.notice_language(home_default) for r in recipients}


def incomplete(recipients: Iterable[Recipient]) -> tuple[str, ...]:
    """The names of the recipients a letter cannot reach yet (no postal address)."""
    return tuple(r.name for r in recipients if not r.has_address)


def find(recipients: Iterable[Recipient], name: str | None) -> Recipient | None:
    """The recipient called `name` (case and surrounding spaces ignored), or None."""
    wanted = (name or "").strip().casefold()
    return next((r for r in recipients if r.name.casefold() == wanted), None)


# -- the text form of the setting ---------------------------------------------------------

_FIELDS = tuple(f.name for f in fields(Recipient))
_LIMITS = {"postcode": MAX_POSTCODE, "purpose": MAX_NOTE, "safeguard": MAX_NOTE}
ALLOWED = msg("recipient.allowed", n=MAX_RECIPIENTS)


def _field(item: Mapping[str, object], key: str) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(msg("recipient.field_not_text", field=key))
    value = value.strip()
    limit = _LIMITS.get(key, MAX_LINE)
    if len(value) > limit:
        raise ValidationError(msg("recipient.field_too_long", field=key, n=limit))
    problem = text_problem(value)  # control characters (line breaks too), unprintable script
    if problem is not None:
        raise ValidationError(problem.with_params(field=key))
    return value


def recipient_from(item: object) -> Recipient:
    """One recipient from its JSON form: an object, or (the form before issue 13) a plain
    name, which gives a recipient with a name only: incomplete, but still on the checklist."""
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, Mapping):
        raise ValidationError(msg("recipient.not_object"))
    unknown = sorted(set(item) - set(_FIELDS))
    if unknown:
        raise ValidationError(msg("recipient.unknown_field", fields=", ".join(map(str, unknown))))
    values = {key: _field(item, key) for key in _FIELDS}
    country = values["country"].upper()
    if country and country not in iso_countries():
        raise ValidationError(msg("recipient.country_code", country=country))
    role = values["role"].lower() or Role.PROCESSOR.value
    if role not in tuple(Role):
        raise ValidationError(msg("recipient.role_value", allowed=", ".join(r.value for r in Role)))
    return Recipient(
        name=values["name"],
        legal_name=values["legal_name"],
        street=values["street"],
        postcode=values["postcode"],
        city=values["city"],
        country=country,
        role=Role(role),
        purpose=values["purpose"],
        safeguard=values["safeguard"],
        language=values["language"].lower(),
    )


def parse_recipients(raw: str) -> tuple[Recipient, ...]:
    """The recipients in `raw`: a JSON array of objects (or of names), or names separated by
    ";" (the text form before issue 13). ValidationError saying which one is wrong and why."""
    text = raw.strip()
    if text.startswith("{"):
        raise ValidationError(msg("recipient.json_object"))
    if text.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(msg("recipient.json_invalid")) from exc
        if not isinstance(items, list):
            raise ValidationError(msg("recipient.json_array"))
    else:
        items = [part for part in re.split(r"[;\n]", text) if part.strip()]
    if len(items) > MAX_RECIPIENTS:
        raise ValidationError(msg("recipient.too_many", n=MAX_RECIPIENTS))
    out: list[Recipient] = []
    for number, item in enumerate(items, start=1):
        try:
            recipient = recipient_from(item)
        except ValidationError as exc:
            raise ValidationError(
                msg("recipient.numbered", number=number, problem=exc.msg)
            ) from None
        if find(out, recipient.name) is not None:
            raise ValidationError(msg("recipient.twice", number=number, name=recipient.name))
        out.append(recipient)
    return tuple(out)


def as_json(recipient: Recipient) -> dict[str, str]:
    """The JSON object of one recipient; empty fields are left out."""
    values = {key: str(getattr(recipient, key)) for key in _FIELDS}
    return {key: value for key, value in values.items() if value}


def recipients_text(recipients: Sequence[Recipient]) -> str:
    return json.dumps([as_json(r) for r in recipients], ensure_ascii=False)
