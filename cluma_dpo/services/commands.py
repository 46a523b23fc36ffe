"""What the front ends hand to the use cases and get back, as plain data (no storage).

The GUI and the command line import these without pulling in SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cluma_dpo.domain.model import Dashboard, DueWarning
from cluma_dpo.domain.queries import RequestQuery

__all__ = ["Dashboard", "DueWarning", "NewRequest", "RequestQuery"]


@dataclass(frozen=True)
class NewRequest:
    """What a person typed; validated by register_request, never trusted before."""

    rights: list[str]
    name: str
    received: str | date
    email: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    channel: str | None = None
    language: str | None = None
    account_deletion: bool = False
    known_account: bool = False
    form: str | None = None  # form of address: female, male, neutral
