"""The recipients in a letter: the window of an Art. 19 notice, and what the templates know of
them (Art. 15(1)(c) recipients and roles, Art. 15(2) transfers outside the EEA).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cluma_dpo.documents.addresses import format_address
from cluma_dpo.documents.countries import HOME_COUNTRY, country_name
from cluma_dpo.documents.pdfkit import clean
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.recipients import Recipient
from cluma_dpo.domain.settings import Settings


def _line(value: object) -> str:
    return " ".join(clean(value).split())


def _country_name(code: str, language: str) -> str:
    return country_name(code, language) if code else ""  # unknown yet: no name


def is_abroad(recipient: Recipient) -> bool:
    return (recipient.country or HOME_COUNTRY) != HOME_COUNTRY


def recipient_address_lines(recipient: Recipient, language: str, attention: str = "") -> list[str]:
    """The window of a notice: legal name / `attention` (for the attention of the DPO) / the
    postal address as the recipient's country writes it (`addresses.format_address`), the
    COUNTRY last when abroad, in the letter's language."""
    lines = format_address(
        _line(recipient.entity),
        _line(recipient.street),
        _line(recipient.postcode),
        _line(recipient.city),
        recipient.country or HOME_COUNTRY,
        language,
    )
    if attention and lines:
        lines.insert(1, _line(attention))
    return lines


def recipient_dict(recipient: Recipient, language: str) -> dict[str, Any]:
    """One recipient as the templates see it; every value plain text (they escape)."""
    return {
        "name": _line(recipient.name),
        "legal_name": _line(recipient.entity),
        "role": recipient.role.value,  # "processor" | "controller"
        "purpose": _line(recipient.purpose),
        "street": _line(recipient.street),
        "postcode": _line(recipient.postcode),
        "city": _line(recipient.city),
        "country": recipient.country,
        "country_name": _country_name(recipient.country, language),
        "outside_eea": recipient.outside_eea,
        "safeguard": _line(recipient.safeguard),
        "transfer_basis": recipient.transfer_basis,  # Art. 45 / 46(2)(c) / 47 (finding 12)
    }


def recipients_context(
    settings: Settings, language: str, name: str | None = None
) -> dict[str, Any]:
    """`recipients` (every one, GDPR Art. 15(1)(c)), `transfers` (those outside the EEA with
    their safeguard, Art. 15(2)) and `recipient` (the one called `name`, or None)."""
    every = [recipient_dict(r, language) for r in settings.recipients]
    named = settings.recipient(name)
    return {
        "recipients": every,
        "transfers": [r for r in every if r["outside_eea"]],
        "recipient": recipient_dict(named, language) if named is not None else None,
    }


def check_recipient_windows(recipients: Sequence[Recipient]) -> None:
    """Each recipient with a postal address fits the notice's window, with the line "for
    the attention of the DPO", in every letter language (issue 13: refused at input, not
    shrunk below 9 pt when the notice is printed)."""
    from cluma_dpo.documents.addresses import check_address_fits
    from cluma_dpo.documents.catalogues import catalogues
    from cluma_dpo.documents.templates import LANGUAGES

    for recipient in recipients:
        if not recipient.has_address:
            continue
        for language in LANGUAGES:
            attention = catalogues(language).gettext(
                "For the attention of the Data Protection Officer"
            )
            try:
                check_address_fits(recipient_address_lines(recipient, language, attention))
            except ValidationError as exc:
                raise ValidationError(
                    msg("recipient.window", name=recipient.name, problem=exc.msg)
                ) from None
