"""The vocabulary of a DPO's office: rights, channels, statuses and the read model of a request.

Plain enums and frozen dataclasses; the storage layer converts its records into these,
and the front ends (CLI, GUI, documents) only ever see these.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from cluma_dpo.domain.messages import N_, Message, msg


class Right(enum.StrEnum):
    """A data-subject right (GDPR Art. 15-21) as promised in the privacy statement."""

    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    OBJECTION = "objection"  # Art. 21(1): against processing on legitimate interests
    PORTABILITY = "portability"  # Art. 20
    MARKETING_OPT_OUT = "marketing-opt-out"  # Art. 21(3)

    @property
    def article(self) -> str:
        return _ARTICLES[self]

    @property
    def notifies_recipients(self) -> bool:
        """Art. 19: rectification, erasure and restriction are told to each recipient."""
        return self in (Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION)

    @property
    def is_marketing_objection(self) -> bool:
        """Art. 21(2)-(3): objection to direct marketing is absolute and free.

        Only the marketing opt-out: an Art. 21(1) objection is weighed against compelling
        legitimate grounds and answered within the month like any other right.
        """
        return self is Right.MARKETING_OPT_OUT


_ARTICLES = {
    Right.ACCESS: "15",
    Right.RECTIFICATION: "16",
    Right.ERASURE: "17",
    Right.RESTRICTION: "18",
    Right.OBJECTION: "21(1)",
    Right.PORTABILITY: "20",
    Right.MARKETING_OPT_OUT: "21(2)-(3)",
}
_RIGHT_NAMES = {
    Right.ACCESS: N_("right.access"),
    Right.RECTIFICATION: N_("right.rectification"),
    Right.ERASURE: N_("right.erasure"),
    Right.RESTRICTION: N_("right.restriction"),
    Right.OBJECTION: N_("right.objection"),
    Right.PORTABILITY: N_("right.portability"),
    Right.MARKETING_OPT_OUT: N_("right.marketing-opt-out"),
}


def right_name(right: Right) -> Message:
    """The right as a sentence names it ("erasure", "wissing"), in the reader's language."""
    return msg(_RIGHT_NAMES[right])


class Channel(enum.StrEnum):
    EMAIL = "email"
    POST = "post"
    WEB = "web"
    PHONE = "phone"
    IN_PERSON = "in-person"


class Language(enum.StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"
    DE = "de"


class Status(enum.StrEnum):
    """Lifecycle states (design.md "Lifecycle")."""

    RECEIVED = "received"
    IDENTITY_CHECK = "identity-check"
    AWAITING_INFORMATION = "awaiting-information"
    IN_PROGRESS = "in-progress"
    EXTENDED = "extended"
    AWAITING_FEE_PAYMENT = "awaiting-fee-payment"
    ANSWERED = "answered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    REJECTED = "rejected"  # Art. 12(5): manifestly unfounded or excessive

    @property
    def is_final(self) -> bool:
        return self in (Status.CLOSED, Status.WITHDRAWN, Status.REJECTED)

    @property
    def is_open(self) -> bool:
        return not self.is_final and self is not Status.ANSWERED


# The stored values of the open statuses, as the queries over the register filter on them.
OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)


class Outcome(enum.StrEnum):
    GRANTED = "granted"
    PARTLY_GRANTED = "partly-granted"
    REFUSED = "refused"


class FormOfAddress(enum.StrEnum):
    """How a letter addresses the person: mevrouw / de heer, Madame / Monsieur; or neutral."""

    FEMALE = "female"
    MALE = "male"
    NEUTRAL = "neutral"  # nothing known: wording that needs no agreement


class FeeGround(enum.StrEnum):
    """Why a fee may be charged at all (issue 13: only where the GDPR allows one)."""

    FURTHER_COPY = "further-copy"  # Art. 15(3): a copy beyond the first, which is free
    # Art. 12(5)(a), the one ground the note states (the lawyer's second pass, finding 8);
    # "excessive" was "manifestly unfounded or excessive" on notes issued before
    UNFOUNDED = "unfounded"  # manifestly unfounded
    EXCESSIVE = "excessive"  # excessive
    REPETITIVE = "repetitive"  # excessive, in particular because of its repetitive character

    @property
    def art_12_5(self) -> bool:
        """A fee for a manifestly unfounded or excessive request (Art. 12(5)(a))."""
        return self is not FeeGround.FURTHER_COPY


class IdentityMethod(enum.StrEnum):
    ACCOUNT_EMAIL = "account-email"
    ID_DOCUMENT = "id-document"
    IN_PERSON = "in-person"
    KNOWN_CUSTOMER = "known-customer"
    OTHER = "other"


class IdentityStatus(enum.StrEnum):
    NOT_CHECKED = "not-checked"
    REQUESTED = "requested"  # information asked, clock paused
    RECEIVED = "received"  # information arrived, to be assessed
    VERIFIED = "verified"
    FAILED = "failed"
    NOT_NEEDED = "not-needed"  # known account


class FeeStatus(enum.StrEnum):
    UNPAID = "unpaid"
    PAID = "paid"
    CANCELLED = "cancelled"


class WarningLevel(enum.StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due-today"
    DUE_SOON = "due-soon"
    EXTENSION_DECISION = "extension-decision"
    FEE_OVERDUE = "fee-overdue"


@dataclass(frozen=True, slots=True)
class Pause:
    """A stop of the clock while identity information is awaited (EDPB 01/2022 §5.3)."""

    started: date  # the day the DPO asked
    ended: date | None = None  # the day the information arrived; None while open


@dataclass(frozen=True, slots=True)
class DataSubject:
    name: str
    email: str | None = None
    street: str | None = None  # "Kachtemsestraat 161 bus 2"
    postcode: str | None = None
    city: str | None = None
    country: str = "BE"  # ISO 3166-1 alpha-2
    language: Language = Language.NL
    form: FormOfAddress = FormOfAddress.NEUTRAL


@dataclass(frozen=True, slots=True)
class IdentityView:
    status: IdentityStatus = IdentityStatus.NOT_CHECKED
    method: IdentityMethod | None = None
    checked_on: date | None = None
    note: str | None = None  # the DPO's note on the check (never printed as a request)
    document_stored: bool = False
    needed: str | None = None  # what the person is asked for, in the request's language


@dataclass(frozen=True, slots=True)
class FeeNoteView:
    number: str  # FN-YYYY-NNNN
    amount: str  # decimal string in EUR, incl. VAT, e.g. "12.10"
    vat_rate: str  # e.g. "21"
    reason: str
    issued_on: date
    due_on: date
    status: FeeStatus
    structured_reference: str  # +++DDD/DDDD/DDDDD+++
    paid_on: date | None = None
    ground: FeeGround = FeeGround.FURTHER_COPY


@dataclass(frozen=True, slots=True)
class RecipientItemView:
    recipient: str
    state: str  # "open" | "notified" | "not-applicable" | "not-received"
    on: date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentView:
    kind: str  # letter kind, "fee-note", "dossier", ...
    language: str
    produced_at: datetime
    sha256: str  # for the dossier and the auditor; the screens never show it
    filename: str | None = None
    id: int | None = None
    saved_as: str | None = None  # where it was last saved (a path), None: never saved
    made_by: str | None = None  # the audit actor who made it
    kept: bool = False  # its PDF is kept in the database (letters and fee notes)
    concerns: str | None = None  # an Art. 19 notice's recipient, a fee note's number


@dataclass(frozen=True, slots=True)
class EventView:
    at: datetime
    kind: str
    note: str | None = None
    actor: str = "dpo"


@dataclass(frozen=True, slots=True)
class DateExplanation:
    """A computed date and why it is that date, one line per rule applied."""

    date: date
    reasons: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class RightOutcome:
    """What became of one right of a request (a partly granted request records each)."""

    right: Right
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class RequestView:
    """Everything a front end needs to know about one request."""

    reference: str  # DSR-YYYY-NNNN
    rights: tuple[Right, ...]
    channel: Channel
    received: date
    status: Status
    subject: DataSubject
    account_deletion: bool = False
    outcome: Outcome | None = None
    outcome_reason: str | None = None  # what was not done and why (refused, partly)
    outcome_done: str | None = None  # partly granted: what was done
    right_outcomes: tuple[RightOutcome, ...] = ()
    answered_on: date | None = None
    ended_on: date | None = None  # closed, withdrawn or rejected on
    extended_on: date | None = None
    extension_reason: str | None = None
    pauses: tuple[Pause, ...] = ()
    due_date: date | None = None  # statutory, after pauses; None while paused
    extended_due_date: date | None = None
    company_target_date: date | None = None
    effective_due_date: date | None = None
    # the reasons of each date: messages (a str only in tests and older callers)
    explanations: dict[str, tuple[Message | str, ...]] = field(default_factory=dict)
    identity: IdentityView = field(default_factory=IdentityView)
    fee_notes: tuple[FeeNoteView, ...] = ()
    recipients: tuple[RecipientItemView, ...] = ()
    documents: tuple[DocumentView, ...] = ()
    events: tuple[EventView, ...] = ()
    anonymised: bool = False
    clock_paused: bool | None = None  # the store's cached flag, when pauses were not loaded
    kind_review: bool = False  # an objection from before the Art. 21(1)/(2) split
    # the ground chosen when refusing, as stored: read it with domain.grounds.of(view)
    grounds_text: str | None = None

    def outcome_of(self, right: Right) -> Outcome | None:
        """The outcome for one right: recorded per right, else the request's own outcome."""
        for item in self.right_outcomes:
            if item.right is right:
                return item.outcome
        return self.outcome if right in self.rights else None

    @property
    def paused(self) -> bool:
        if self.clock_paused is not None:
            return self.clock_paused
        return any(p.ended is None for p in self.pauses)


@dataclass(frozen=True, slots=True)
class DueWarning:
    """A deadline (or an unpaid fee note) that needs the DPO's attention."""

    reference: str
    level: WarningLevel
    date: date
    fee_note: str | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The counts on the dashboard: open requests by what they need, and the total."""

    overdue: int
    due_soon: int
    paused: int
    awaiting_fee: int
    open: int
    total: int
