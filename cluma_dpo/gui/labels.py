"""Words the screens show for the domain's codes (rights, statuses, ...), and date formats.

English is the source language; every label goes through Qt's translator under the
context "Labels", so the Dutch and French .ts files translate them in one place. Dates and
amounts are formatted by Babel for the screen language (gui/i18n.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import (
    Channel,
    FeeStatus,
    FormOfAddress,
    IdentityMethod,
    IdentityStatus,
    Language,
    Outcome,
    Right,
    Status,
    WarningLevel,
)
from cluma_dpo.gui import i18n
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

RIGHTS = {
    Right.ACCESS: QT_TRANSLATE_NOOP("Labels", "access"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("Labels", "erasure"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("Labels", "restriction"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("Labels", "objection"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("Labels", "portability"),
    Right.MARKETING_OPT_OUT: QT_TRANSLATE_NOOP("Labels", "marketing opt-out"),
}
STATUSES = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("Labels", "received"),
    Status.IDENTITY_CHECK: QT_TRANSLATE_NOOP("Labels", "identity check"),
    Status.AWAITING_INFORMATION: QT_TRANSLATE_NOOP("Labels", "awaiting identity"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "in progress"),
    Status.EXTENDED: QT_TRANSLATE_NOOP("Labels", "extended"),
    Status.AWAITING_FEE_PAYMENT: QT_TRANSLATE_NOOP("Labels", "awaiting payment"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("Labels", "answered"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
}
CHANNELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "e-mail"),
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "post"),
    Channel.WEB: QT_TRANSLATE_NOOP("Labels", "web form"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "telephone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "in person"),
}
LANGUAGES = {
    Language.NL: QT_TRANSLATE_NOOP("Labels", "Dutch"),
    Language.FR: QT_TRANSLATE_NOOP("Labels", "French"),
    Language.EN: QT_TRANSLATE_NOOP("Labels", "English"),
    Language.DE: QT_TRANSLATE_NOOP("Labels", "German"),
}
OUTCOMES = {
    Outcome.GRANTED: QT_TRANSLATE_NOOP("Labels", "granted"),
    Outcome.PARTLY_GRANTED: QT_TRANSLATE_NOOP("Labels", "partly granted"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("Labels", "refused"),
}
IDENTITY_METHODS = {
    IdentityMethod.ACCOUNT_EMAIL: QT_TRANSLATE_NOOP("Labels", "matching account e-mail"),
    IdentityMethod.ID_DOCUMENT: QT_TRANSLATE_NOOP("Labels", "copy of an identity document"),
    IdentityMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "in person"),
    IdentityMethod.KNOWN_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "known customer"),
    IdentityMethod.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
FORMS_OF_ADDRESS = {  # how letters address the person (issue 13); neutral when unknown
    FormOfAddress.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "neutral (not known)"),
    FormOfAddress.FEMALE: QT_TRANSLATE_NOOP("Labels", "female: mevrouw, Madame"),
    FormOfAddress.MALE: QT_TRANSLATE_NOOP("Labels", "male: de heer, Monsieur"),
}
IDENTITY_STATUSES = {
    IdentityStatus.NOT_CHECKED: QT_TRANSLATE_NOOP("Labels", "not checked yet"),
    IdentityStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "information asked; clock paused"),
    IdentityStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "information received, to assess"),
    IdentityStatus.VERIFIED: QT_TRANSLATE_NOOP("Labels", "verified"),
    IdentityStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "check failed"),
    IdentityStatus.NOT_NEEDED: QT_TRANSLATE_NOOP("Labels", "not needed (known account)"),
}
FEE_STATUSES = {
    FeeStatus.UNPAID: QT_TRANSLATE_NOOP("Labels", "unpaid"),
    FeeStatus.PAID: QT_TRANSLATE_NOOP("Labels", "paid"),
    FeeStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
}
WARNING_LEVELS = {
    WarningLevel.OVERDUE: QT_TRANSLATE_NOOP("Labels", "overdue"),
    WarningLevel.DUE_TODAY: QT_TRANSLATE_NOOP("Labels", "due today"),
    WarningLevel.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "due soon"),
    WarningLevel.EXTENSION_DECISION: QT_TRANSLATE_NOOP("Labels", "decide on extension"),
    WarningLevel.FEE_OVERDUE: QT_TRANSLATE_NOOP("Labels", "fee payment overdue"),
}
RECIPIENT_STATES = {
    "open": QT_TRANSLATE_NOOP("Labels", "to tell"),
    "notified": QT_TRANSLATE_NOOP("Labels", "told"),
    "not-applicable": QT_TRANSLATE_NOOP("Labels", "not applicable"),
    "not-received": QT_TRANSLATE_NOOP("Labels", "received nothing"),
}
LETTER_KINDS = {  # every domain.letters.LetterKind, in the order the letter dialog offers them
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Labels", "Acknowledgement of receipt"),
    LetterKind.IDENTITY_REQUEST: QT_TRANSLATE_NOOP("Labels", "Request for identity information"),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("Labels", "Extension notice"),
    LetterKind.ANSWER: QT_TRANSLATE_NOOP("Labels", "Answer"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("Labels", "Refusal"),
    LetterKind.RECIPIENT_NOTICE: QT_TRANSLATE_NOOP("Labels", "Notice to a recipient (Art. 19)"),
    LetterKind.WITHDRAWAL_CONFIRMATION: QT_TRANSLATE_NOOP("Labels", "Confirmation of withdrawal"),
}
DOCUMENT_KINDS: dict[str, str] = {
    **dict(LETTER_KINDS.items()),  # keyed as str (a LetterKind is one), like the others
    "fee-note": QT_TRANSLATE_NOOP("Labels", "Fee note"),
    "dossier": QT_TRANSLATE_NOOP("Labels", "Dossier"),
    # kept with the request as it came in (issue 17)
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "scan": QT_TRANSLATE_NOOP("Labels", "Scan"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other document"),
}
EVENTS = {
    "request-registered": QT_TRANSLATE_NOOP("Labels", "Request registered"),
    "subject-edited": QT_TRANSLATE_NOOP("Labels", "Data subject edited"),
    "identity-not-needed": QT_TRANSLATE_NOOP("Labels", "Identity check not needed"),
    "identity-requested": QT_TRANSLATE_NOOP("Labels", "Identity information asked"),
    "identity-received": QT_TRANSLATE_NOOP("Labels", "Identity information received"),
    "identity-verified": QT_TRANSLATE_NOOP("Labels", "Identity verified"),
    "identity-failed": QT_TRANSLATE_NOOP("Labels", "Identity check failed"),
    "identity-document-stored": QT_TRANSLATE_NOOP("Labels", "Identity document stored"),
    "identity-document-erased": QT_TRANSLATE_NOOP("Labels", "Identity document erased"),
    "extended": QT_TRANSLATE_NOOP("Labels", "Extended"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "recipient-notified": QT_TRANSLATE_NOOP("Labels", "Recipient told (Art. 19)"),
    "recipient-not-applicable": QT_TRANSLATE_NOOP("Labels", "Recipient not applicable"),
    "recipient-not-received": QT_TRANSLATE_NOOP("Labels", "Recipient received nothing"),
    "recipient-open": QT_TRANSLATE_NOOP("Labels", "Recipient to tell again"),
    "setting-changed": QT_TRANSLATE_NOOP("Labels", "Setting changed"),
    "document-produced": QT_TRANSLATE_NOOP("Labels", "Document produced"),
    "fee-note-issued": QT_TRANSLATE_NOOP("Labels", "Fee note issued"),
    "fee-paid": QT_TRANSLATE_NOOP("Labels", "Fee paid"),
    "fee-note-cancelled": QT_TRANSLATE_NOOP("Labels", "Fee note cancelled"),
    "suppression-added": QT_TRANSLATE_NOOP("Labels", "Added to the suppression list"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(table: Mapping[Any, str], code: object) -> str:
    """The translated word for `code`, or the code itself when the table does not know it."""
    text = table.get(code)
    return tr(text) if text is not None else str(code)


def rights_text(rights: tuple[Right, ...]) -> str:
    return ", ".join(label(RIGHTS, r) for r in rights)


def short_date(d: date | None) -> str:
    """The numeric date of the screen language (Babel); a dash for no date."""
    return i18n.short_date(d)


def long_date(d: date | None) -> str:
    """5 nov 2026 in the screen language (Babel); a dash for no date."""
    return i18n.long_date(d)


def timestamp(at: datetime) -> str:
    """An audit time (stored in UTC) in local time, to the minute."""
    return i18n.timestamp(at)


def money(amount: object) -> str:
    """An amount in euro in the screen language (Babel)."""
    return i18n.money(str(amount))


def days_text(days: int) -> str:
    """Days left with a real minus sign, so −6 reads as overdue even in black and white."""
    return f"−{-days}" if days < 0 else str(days)
