"""The sections of the typed settings object (`domain.settings.Settings`): one frozen
dataclass per section, its attributes the keys "section.name" of the schema."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


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
class Backup:
    reminder_days: int
    safety_copy_days: int


@dataclass(frozen=True, slots=True)
class Retention:
    years: int


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    pause_for_identity: bool


@dataclass(frozen=True, slots=True)
class Reports:
    include_names: bool


@dataclass(frozen=True, slots=True)
class CalendarFeed:
    """The deadlines as calendar events (issue 17)."""

    alarm_days: int
    include_names: bool
    feed_file: str  # kept up to date after every change; "" keeps none


@dataclass(frozen=True, slots=True)
class Interface:
    language: str
