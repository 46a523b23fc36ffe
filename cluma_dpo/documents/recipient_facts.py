"""The recipients of the settings as the letter templates see them (GDPR Art. 15, 19)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cluma_dpo.documents.pdfkit import clean
from cluma_dpo.domain.settings import Settings


def text(value: object) -> str:
    return " ".join(clean(value).split())


def recipient_facts(settings: Settings, country_name: Callable[[str], str]) -> list[dict[str, Any]]:
    """The recipients of the settings as the templates use them (Art. 15(1)(c), 15(2), 19).

    A recipient is {name, legal_name, role ("processor" | "controller"), purpose, country,
    country_name, outside_eea, safeguard}; a recipient set as a bare name is a processor
    in the EEA.
    """
    facts = []
    for item in settings.recipients:
        if isinstance(item, str):
            name, values = item, dict[str, Any]()
        else:
            name = str(getattr(item, "name", "") or "")
            values = {
                key: getattr(item, key, None)
                for key in ("legal_name", "role", "purpose", "country", "outside_eea", "safeguard")
            }
        country = text(values.get("country")).upper()
        facts.append(
            {
                "name": text(name),
                "legal_name": text(values.get("legal_name")) or text(name),
                "role": "controller" if values.get("role") == "controller" else "processor",
                "purpose": text(values.get("purpose")),
                "country": country,
                "country_name": country_name(country) if country else "",
                "outside_eea": bool(values.get("outside_eea")),
                "safeguard": text(values.get("safeguard")),
            }
        )
    return [f for f in facts if f["name"]]


def addressee(recipients: Sequence[Mapping[str, Any]], name: str | None) -> dict[str, Any] | None:
    """The recipient a notice goes to, from the settings; a name not set there stands alone."""
    wanted = text(name)
    if not wanted:
        return None
    for found in recipients:
        if str(found["name"]).casefold() == wanted.casefold():
            return dict(found)
    return {
        "name": wanted,
        "legal_name": wanted,
        "role": "processor",
        "purpose": "",
        "country": "",
        "country_name": "",
        "outside_eea": False,
        "safeguard": "",
    }
