"""SQLAlchemy records: the tables of the encrypted store.

Records stay here; the rest of the program sees the dataclasses of cluma_dpo.domain.model
(repositories convert). Deadline columns are a cache of the domain's computation, kept
current by the services, so that lists of 50,000 requests sort and filter in SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class RequestRecord(Base):
    __tablename__ = "requests"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_requests_year_seq"),
        Index("ix_requests_received", "received"),
        Index("ix_requests_status", "status"),
        Index("ix_requests_effective_due", "effective_due_date"),
        Index("ix_requests_subject_name", "subject_name"),
        Index("ix_requests_search_key", "search_key"),
        Index("ix_requests_ended_on", "ended_on"),
        Index("ix_requests_list", "received", "seq", "id", "search_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    rights: Mapped[str] = mapped_column(String(200))  # comma-separated Right values
    account_deletion: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    outcome_done: Mapped[str | None] = mapped_column(Text)  # partly granted: what was done
    # per right of a partly granted request: "rectification=granted,erasure=refused"
    right_outcomes: Mapped[str | None] = mapped_column(Text)
    # the ground chosen when refusing, JSON (domain.grounds): Art. 12(5), 17(3)(b), 21(1)
    grounds: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)  # closed, withdrawn or rejected
    extended_on: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)

    subject_name: Mapped[str] = mapped_column(String(200))
    subject_email: Mapped[str | None] = mapped_column(String(320))
    subject_street: Mapped[str | None] = mapped_column(String(200))
    subject_postcode: Mapped[str | None] = mapped_column(String(20))
    subject_city: Mapped[str | None] = mapped_column(String(100))
    subject_country: Mapped[str] = mapped_column(String(2), default="BE")
    subject_form: Mapped[str] = mapped_column(String(10), default="neutral")
    # casefolded "reference name email", for the search box
    search_key: Mapped[str] = mapped_column(Text, default="")

    identity_status: Mapped[str] = mapped_column(String(20), default="not-checked")
    identity_method: Mapped[str | None] = mapped_column(String(20))
    identity_checked_on: Mapped[date | None] = mapped_column(Date)
    identity_note: Mapped[str | None] = mapped_column(Text)
    identity_needed: Mapped[str | None] = mapped_column(Text)  # what the person is asked for

    # cache of the domain's deadline computation (see services.deadline_cache)
    due_date: Mapped[date | None] = mapped_column(Date)
    extended_due_date: Mapped[date | None] = mapped_column(Date)
    company_target_date: Mapped[date | None] = mapped_column(Date)
    effective_due_date: Mapped[date | None] = mapped_column(Date)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)

    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    # an objection from before the Art. 21(1) / direct-marketing split, to be confirmed
    kind_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()

    pauses: Mapped[list[PauseRecord]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="PauseRecord.id"
    )
    recipient_items: Mapped[list[RecipientItemRecord]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RecipientItemRecord.id"
    )
    fee_notes: Mapped[list[FeeNoteRecord]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="FeeNoteRecord.id"
    )
    documents: Mapped[list[DocumentRecord]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="DocumentRecord.id"
    )
    identity_documents: Mapped[list[IdentityDocumentRecord]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )


class PauseRecord(Base):
    __tablename__ = "pauses"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    started: Mapped[date] = mapped_column(Date)
    ended: Mapped[date | None] = mapped_column(Date)
    request: Mapped[RequestRecord] = relationship(back_populates="pauses")


class IdentityDocumentRecord(Base):
    """A copy of an identity document: lives only until the identity check ends."""

    __tablename__ = "identity_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    suffix: Mapped[str] = mapped_column(String(10))  # ".pdf", ".jpg": never the file name
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded only on use
    stored_on: Mapped[date] = mapped_column(Date)
    request: Mapped[RequestRecord] = relationship(back_populates="identity_documents")


class RecipientItemRecord(Base):
    """Art. 19 checklist: one recipient to tell of a rectification, erasure or restriction."""

    __tablename__ = "recipient_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), default="open")
    on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    request: Mapped[RequestRecord] = relationship(back_populates="recipient_items")


class FeeNoteRecord(Base):
    __tablename__ = "fee_notes"
    __table_args__ = (UniqueConstraint("year", "seq", name="uq_fee_notes_year_seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    amount: Mapped[str] = mapped_column(String(20))  # Decimal as text, incl. VAT
    vat_rate: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="unpaid")
    structured_reference: Mapped[str] = mapped_column(String(30))
    paid_on: Mapped[date | None] = mapped_column(Date)
    ground: Mapped[str] = mapped_column(String(20), default="further-copy")
    request: Mapped[RequestRecord] = relationship(back_populates="fee_notes")


class DocumentRecord(Base):
    """A document produced for a request (letter, fee note, dossier): the fact; a letter's
    or fee note's PDF itself is kept beside it in document_contents (issue 15)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(5))
    produced_at: Mapped[datetime] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str | None] = mapped_column(String(255))  # the name only (dossier)
    made_by: Mapped[str | None] = mapped_column(String(100))  # the audit actor
    saved_path: Mapped[str | None] = mapped_column(Text)  # where it was last saved
    # what makes two documents of a kind different: an Art. 19 notice's recipient, a fee
    # note's number (None: one of its kind per request)
    concerns: Mapped[str | None] = mapped_column(String(200))
    kept_size: Mapped[int | None] = mapped_column(Integer)  # bytes kept; None: not kept
    request: Mapped[RequestRecord] = relationship(back_populates="documents")


class DocumentContentRecord(Base):
    """The PDF of a document exactly as it was printed or saved (encrypted with the rest).

    A table of its own: lists of documents never read the bytes."""

    __tablename__ = "document_contents"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class SuppressionRecord(Base):
    """Art. 21(3): who must never again receive direct marketing. Survives retention purges."""

    __tablename__ = "suppression_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    since: Mapped[date] = mapped_column(Date)
    source_reference: Mapped[str | None] = mapped_column(String(20))


class SettingRecord(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class AuditEventRecord(Base):
    """Append-only, hash-chained audit trail (GDPR Art. 5(2) accountability).

    The chain covers a salted digest of the free-text note, not the note itself, so a
    note can be erased under the retention policy without breaking the chain, and a keyed
    digest of its request's state after it (storage.chain_state).
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_reference", "reference"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601 with timezone, as hashed
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(50))
    reference: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    note_salt: Mapped[str] = mapped_column(String(32))
    note_digest: Mapped[str] = mapped_column(String(64))
    # keyed digest of the request's state after the event ("" when it concerns none)
    state_digest: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRecord(Base):
    """The last link of the chain, so that deleting the newest events is noticed too."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)


class UserKeyRecord(Base):
    """On a server: the documents' data key wrapped for one login, under a key derived from
    that login's password (storage.server_keys). Empty on the encrypted file."""

    __tablename__ = "user_keys"
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditKeyRecord(Base):
    """The key the chain's HMACs are taken under, wrapped with a key derived from the
    passphrase (storage.chain_key): never in the file in clear. `pending` holds it wrapped
    with the next passphrase while a passphrase change is under way."""

    __tablename__ = "audit_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    salt: Mapped[str] = mapped_column(String(32))
    wrapped: Mapped[str] = mapped_column(String(64))
    pending: Mapped[str | None] = mapped_column(String(64))
    check: Mapped[str] = mapped_column(String(64))
