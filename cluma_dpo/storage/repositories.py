"""Repositories: find and convert records; the services decide what changes."""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    DocumentView,
    EventView,
    FeeNoteView,
    FeeStatus,
    IdentityMethod,
    IdentityStatus,
    IdentityView,
    Language,
    Outcome,
    Pause,
    RecipientItemView,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.storage.records import (
    AuditEventRecord,
    FeeNoteRecord,
    IdentityDocumentRecord,
    PauseRecord,
    RequestRecord,
)

E = TypeVar("E", bound=enum.Enum)


def _member_of(kind: type[E]) -> Callable[[Any], E]:
    """`kind(value)` by a dict lookup: calling an Enum class costs a few microseconds, and a
    register of 50,000 requests converts half a million values. Unknown values still go
    through `kind(value)`, so they fail exactly as before."""
    members = {m.value: m for m in kind}

    def member(value: Any) -> E:
        found = members.get(value)
        return found if found is not None else kind(value)

    return member


_right, _channel, _language, _status, _outcome = (
    _member_of(k) for k in (Right, Channel, Language, Status, Outcome)
)
_identity_status, _identity_method, _fee_status = (
    _member_of(k) for k in (IdentityStatus, IdentityMethod, FeeStatus)
)


def next_sequence(session: Session, record: type, year: int) -> int:
    """The next number of the year; callers hold the write lock (BEGIN IMMEDIATE)."""
    current = session.scalar(select(func.max(record.seq)).where(record.year == year))
    return (current or 0) + 1


_REFERENCE = re.compile(r"^DSR-\d{4}-\d{4,6}$", re.IGNORECASE)
_FEE_NUMBER = re.compile(r"^FN-\d{4}-\d{4,6}$", re.IGNORECASE)


def _not_found(what: str, key: str, value: str, form: re.Pattern[str]) -> str:
    # repeat the value only when it has the form of a reference: anything else typed
    # there (a pasted name) is not echoed
    if form.match(value.strip()):
        return f"No {what} with {key} {value.strip().upper()}."
    example = "DSR-2026-0001" if what == "request" else "FN-2026-0001"
    return f"No {what} with that {key}: it is written like {example}."


def get_request(session: Session, reference: str, *, details: bool = False) -> RequestRecord:
    stmt = select(RequestRecord).where(RequestRecord.reference == reference.strip().upper())
    if details:
        stmt = stmt.options(
            selectinload(RequestRecord.pauses),
            selectinload(RequestRecord.recipient_items),
            selectinload(RequestRecord.fee_notes),
            selectinload(RequestRecord.documents),
        )
    rec = session.scalar(stmt)
    if rec is None:
        raise NotFound(_not_found("request", "reference", reference, _REFERENCE))
    return rec


def get_fee_note(session: Session, number: str) -> FeeNoteRecord:
    rec = session.scalar(
        select(FeeNoteRecord).where(FeeNoteRecord.number == number.strip().upper())
    )
    if rec is None:
        raise NotFound(_not_found("fee note", "number", number, _FEE_NUMBER))
    return rec


def parse_rights(text: str) -> tuple[Right, ...]:
    return tuple([_right(r) for r in text.split(",") if r])


def fee_view(f: FeeNoteRecord) -> FeeNoteView:
    return FeeNoteView(
        number=f.number,
        amount=f.amount,
        vat_rate=f.vat_rate,
        reason=f.reason,
        issued_on=f.issued_on,
        due_on=f.due_on,
        status=_fee_status(f.status),
        structured_reference=f.structured_reference,
        paid_on=f.paid_on,
    )


def request_view(
    rec: RequestRecord,
    *,
    details: bool = False,
    fees: bool = False,
    has_document: bool | None = None,
    events: list[AuditEventRecord] | None = None,
    explanations: dict[str, tuple[str, ...]] | None = None,
) -> RequestView:
    """Convert a record; with details, include the child lists (load them eagerly first)."""
    subject = DataSubject(
        name=rec.subject_name,
        email=rec.subject_email,
        street=rec.subject_street,
        postcode=rec.subject_postcode,
        city=rec.subject_city,
        country=rec.subject_country,
        language=_language(rec.language),
    )
    identity = IdentityView(
        status=_identity_status(rec.identity_status),
        method=_identity_method(rec.identity_method) if rec.identity_method else None,
        checked_on=rec.identity_checked_on,
        note=rec.identity_note,
        document_stored=bool(rec.identity_documents) if details else bool(has_document),
    )
    extra: dict = {}
    if details:
        extra = {
            "pauses": tuple(Pause(p.started, p.ended) for p in rec.pauses),
            "fee_notes": tuple(fee_view(f) for f in rec.fee_notes),
            "recipients": tuple(
                RecipientItemView(i.recipient, i.state, i.on, i.note) for i in rec.recipient_items
            ),
            "documents": tuple(
                DocumentView(d.kind, d.language, d.produced_at, d.sha256, d.filename)
                for d in rec.documents
            ),
        }
    elif fees:
        extra = {
            "fee_notes": tuple(fee_view(f) for f in rec.fee_notes),
            "pauses": tuple(Pause(p.started, p.ended) for p in rec.pauses),
        }
    if events is not None:
        extra["events"] = tuple(event_view(e) for e in events)
    return RequestView(
        reference=rec.reference,
        rights=parse_rights(rec.rights),
        channel=_channel(rec.channel),
        received=rec.received,
        status=_status(rec.status),
        subject=subject,
        account_deletion=rec.account_deletion,
        outcome=_outcome(rec.outcome) if rec.outcome else None,
        outcome_reason=rec.outcome_reason,
        answered_on=rec.answered_on,
        ended_on=rec.ended_on,
        extended_on=rec.extended_on,
        extension_reason=rec.extension_reason,
        due_date=rec.due_date,
        extended_due_date=rec.extended_due_date,
        company_target_date=rec.company_target_date,
        effective_due_date=rec.effective_due_date,
        explanations=explanations or {},
        identity=identity,
        anonymised=rec.anonymised,
        clock_paused=rec.paused,
        **extra,
    )


class _ListedRequest:
    """A row of the requests table with its fee notes and pauses, read like a RequestRecord
    by request_view, but without the ORM's per-object bookkeeping (identity map, state)."""

    def __init__(
        self,
        keys: Sequence[str],
        row: Sequence[Any],
        fee_notes: Sequence[Any],
        pauses: Sequence[Any],
    ) -> None:
        self.__dict__.update(zip(keys, row, strict=True))
        self.fee_notes = fee_notes
        self.pauses = pauses


_CHUNK = 900  # ids per IN (...): below SQLite's bound-parameter limit


def children(session: Session, record: type, ids: list[int]) -> dict[int, list[Any]]:
    """Rows of a child table per request id, in id order (the relationships' order_by)."""
    table = record.__table__  # type: ignore[attr-defined]
    out: dict[int, list[Any]] = defaultdict(list)
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(*table.columns)
            .where(table.c.request_id.in_(ids[i : i + _CHUNK]))
            .order_by(table.c.id)
        )
        for row in rows:
            out[row.request_id].append(row)
    return out


def bulk_views(session: Session, stmt) -> list[RequestView]:  # type: ignore[no-untyped-def]
    """Many requests with their fee notes and pauses, in a few queries (lists, registers,
    reports); whether an identity document is stored is asked without loading it.

    `stmt` is a select(RequestRecord) with its filter, order and limit. Its rows are read as
    plain rows (the same column types, so the same values): for 50,000 requests the ORM's
    objects cost seconds and nothing here changes them."""
    table = RequestRecord.__table__
    result = session.execute(stmt.with_only_columns(*table.columns))
    keys = list(result.keys())
    rows = result.all()
    ids = [row.id for row in rows]
    fees = children(session, FeeNoteRecord, ids)
    pauses = children(session, PauseRecord, ids)
    with_docs: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        with_docs.update(
            session.scalars(
                select(IdentityDocumentRecord.request_id)
                .where(IdentityDocumentRecord.request_id.in_(ids[i : i + _CHUNK]))
                .distinct()
            )
        )
    return [
        request_view(
            _ListedRequest(keys, row, fees.get(row.id, ()), pauses.get(row.id, ())),
            fees=True,
            has_document=row.id in with_docs,
        )
        for row in rows
    ]


def event_view(e: AuditEventRecord) -> EventView:
    from datetime import datetime

    return EventView(at=datetime.fromisoformat(e.at), kind=e.kind, note=e.note, actor=e.actor)


def events_for(session: Session, reference: str) -> list[AuditEventRecord]:
    return list(
        session.scalars(
            select(AuditEventRecord)
            .where(AuditEventRecord.reference == reference)
            .order_by(AuditEventRecord.id)
        )
    )


def search_key(reference: str, name: str, email: str | None) -> str:
    return " ".join(p for p in (reference, name, email or "") if p).casefold()
