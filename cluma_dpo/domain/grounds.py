"""The legal ground the DPO chose when refusing, recorded so that a letter states that one
ground and no other (the lawyer's findings 6, 8 and 10).

- An Art. 21(1) objection is refused on ONE of two grounds: compelling legitimate grounds
  that override the person's interests, rights and freedoms, or the establishment,
  exercise or defence of legal claims. A letter that gives both joined by "or" states no
  decision at all.
- A request refused under Art. 12(5) is manifestly unfounded, or excessive (in particular
  because of its repetitive character): the letter prints the one that applies.
- An erasure refused (wholly or in part) because a legal obligation makes the company keep
  data (Art. 17(3)(b)) says which data, which obligation, until when, and that until then
  the data is used for that purpose only.

The choice is recorded with the request as a small JSON object (requests.grounds).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import Outcome, RequestView, Right, RightOutcome
from cluma_dpo.domain.validation import iso_date


class ObjectionGround(enum.StrEnum):
    """GDPR Art. 21(1), second sentence: the two grounds on which processing may go on."""

    COMPELLING = "compelling-grounds"  # overriding compelling legitimate grounds
    LEGAL_CLAIMS = "legal-claims"  # establishment, exercise or defence of legal claims


class RejectionGround(enum.StrEnum):
    """GDPR Art. 12(5): why a request is not acted on (or carries a fee)."""

    UNFOUNDED = "unfounded"  # manifestly unfounded
    EXCESSIVE = "excessive"  # excessive
    REPETITIVE = "repetitive"  # excessive, in particular because of its repetitive character


class RetentionLaw(enum.StrEnum):
    """Art. 17(3)(b): a Belgian legal obligation to keep data, and the data it covers.

    The letter names the provision; the DPO gives the date until which the data is kept
    (the period runs from the end of the financial or calendar year, which the program
    does not know): accounting records and their supporting documents such as invoices,
    seven years (art. III.86 Code of Economic Law); invoices under the VAT Code (art. 60);
    social documents, five years (Royal Decree No. 5 of 23 October 1978)."""

    ACCOUNTING = "accounting"
    VAT = "vat"
    SOCIAL = "social"


@dataclass(frozen=True, slots=True)
class Grounds:
    """What the DPO chose; None where nothing was chosen (or nothing needed choosing)."""

    objection: ObjectionGround | None = None
    rejection: RejectionGround | None = None
    retention: RetentionLaw | None = None
    kept_until: date | None = None

    @property
    def empty(self) -> bool:
        return self == Grounds()


NONE = Grounds()


def _choice(enum_type: type[enum.StrEnum], value: str | None, option: str) -> object:
    if value is None or not str(value).strip():
        return None
    try:
        return enum_type(str(value).strip())
    except ValueError:
        allowed = ", ".join(str(g) for g in enum_type)
        raise ValidationError(
            msg("grounds.unknown", option=option, value=str(value), allowed=allowed)
        ) from None


def objection_ground(value: str | None) -> ObjectionGround | None:
    found = _choice(ObjectionGround, value, "--objection-ground")
    return found if isinstance(found, ObjectionGround) else None


def rejection_ground(value: str | None) -> RejectionGround | None:
    found = _choice(RejectionGround, value, "--ground")
    return found if isinstance(found, RejectionGround) else None


def retention_law(value: str | None) -> RetentionLaw | None:
    found = _choice(RetentionLaw, value, "--kept-for")
    return found if isinstance(found, RetentionLaw) else None


def _refused(items: Iterable[RightOutcome], right: Right) -> bool:
    return any(i.right is right and i.outcome is Outcome.REFUSED for i in items)


def _not_granted(items: Iterable[RightOutcome], right: Right) -> bool:
    return any(i.right is right and i.outcome is not Outcome.GRANTED for i in items)


def closing_grounds(
    items: Iterable[RightOutcome],
    objection: str | None = None,
    kept_for: str | None = None,
    kept_until: date | str | None = None,
    answered_on: date | None = None,
    identity_failed: bool = False,
) -> Grounds:
    """The grounds of an answer with these per-right outcomes; ValidationError when one is
    missing or does not fit.

    A refused Art. 21(1) objection needs its one ground. An Art. 17(3)(b) reservation fits
    only an erasure that was not granted in full, and needs both the obligation and the
    date until which the data is kept (after the answer)."""
    items = tuple(items)
    chosen = objection_ground(objection)
    if _refused(items, Right.OBJECTION) and not identity_failed:
        if chosen is None:
            raise ValidationError(msg("grounds.objection_needed"))
    elif chosen is not None:
        raise ValidationError(msg("grounds.objection_not_refused"))
    if kept_until is not None and not isinstance(kept_until, date):
        kept_until = iso_date(kept_until, "--kept-until", allow_future=True)
    law = retention_law(kept_for)
    if (law is not None or kept_until is not None) and not _not_granted(items, Right.ERASURE):
        raise ValidationError(msg("grounds.retention_not_erasure"))
    if law is not None and kept_until is None:
        raise ValidationError(msg("grounds.retention_until_needed"))
    if kept_until is not None and law is None:
        raise ValidationError(msg("grounds.retention_law_needed"))
    if kept_until is not None and answered_on is not None and kept_until <= answered_on:
        raise ValidationError(msg("grounds.retention_until_past", until=kept_until))
    return Grounds(objection=chosen, retention=law, kept_until=kept_until)


def rejection(value: str | None) -> Grounds:
    """The ground of an Art. 12(5) rejection: one must be chosen."""
    chosen = rejection_ground(value)
    if chosen is None:
        raise ValidationError(
            msg("grounds.rejection_needed", allowed=", ".join(g.value for g in RejectionGround))
        )
    return Grounds(rejection=chosen)


def of(request: RequestView) -> Grounds:
    """The grounds recorded with a request (its stored form read back)."""
    return from_text(request.grounds_text)


# -- the stored form -----------------------------------------------------------------------


def to_text(grounds: Grounds) -> str | None:
    """The JSON object stored with the request; None when nothing was chosen."""
    if grounds.empty:
        return None
    values = {
        "objection": grounds.objection.value if grounds.objection else None,
        "rejection": grounds.rejection.value if grounds.rejection else None,
        "retention": grounds.retention.value if grounds.retention else None,
        "kept_until": grounds.kept_until.isoformat() if grounds.kept_until else None,
    }
    return json.dumps({k: v for k, v in values.items() if v}, sort_keys=True)


def from_text(text: str | None) -> Grounds:
    """The grounds of a stored JSON object; unknown or damaged values read as not chosen
    (a letter then states no ground rather than a wrong one)."""
    if not text:
        return NONE
    try:
        raw = json.loads(text)
    except (ValueError, TypeError):
        return NONE
    if not isinstance(raw, dict):
        return NONE

    def pick(enum_type: type[enum.StrEnum], key: str) -> object:
        value = raw.get(key)
        try:
            return enum_type(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    until = None
    if isinstance(raw.get("kept_until"), str):
        try:
            until = date.fromisoformat(raw["kept_until"])
        except ValueError:
            until = None
    objection, rejected, law = (
        pick(ObjectionGround, "objection"),
        pick(RejectionGround, "rejection"),
        pick(RetentionLaw, "retention"),
    )
    return Grounds(
        objection=objection if isinstance(objection, ObjectionGround) else None,
        rejection=rejected if isinstance(rejected, RejectionGround) else None,
        retention=law if isinstance(law, RetentionLaw) else None,
        kept_until=until if isinstance(law, RetentionLaw) else None,
    )
