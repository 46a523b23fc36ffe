"""Records as read models: the conversions both doors into the store share.

The repositories (SQLAlchemy) and the quick reader of the command line (storage.quick, plain
SQLCipher rows) hand these functions objects with the tables' column names as attributes;
nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    DocumentView,
    EventView,
    FeeGround,
    FeeNoteView,
    FeeStatus,
    FormOfAddress,
    IdentityMethod,
    IdentityStatus,
    IdentityView,
    Language,
    Outcome,
    Pause,
    RecipientItemView,
    RequestView,
    Right,
    RightOutcome,
    Status,
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


_right = _member_of(Right)
_channel = _member_of(Channel)
_language = _member_of(Language)
_status = _member_of(Status)
_outcome = _member_of(Outcome)
_identity_status = _member_of(IdentityStatus)
_identity_method = _member_of(IdentityMethod)
_fee_status = _member_of(FeeStatus)
_fee_ground = _member_of(FeeGround)
_form = _member_of(FormOfAddress)


_REFERENCE = re.compile(r"^DSR-\d{4}-\d{4,6}$", re.IGNORECASE)
_FEE_NUMBER = re.compile(r"^FN-\d{4}-\d{4,6}$", re.IGNORECASE)


def not_found(what: str, key: str, value: str, form: re.Pattern[str]) -> Message:
    # repeat the value only when it has the form of a reference: anything else typed
    # there (a pasted name) is not echoed
    found = form.match(value.strip()) is not None
    if what == "request":
        if found:
            return msg("store.no_request", reference=value.strip().upper())
        return msg("store.no_request_like", example="DSR-2026-0001")
    if found:
        return msg("store.no_fee_note", number=value.strip().upper())
    return msg("store.no_fee_note_like", example="FN-2026-0001")


@lru_cache(maxsize=256)
def parse_right_outcomes(text: str | None) -> tuple[RightOutcome, ...]:
    """The stored "rectification=granted,erasure=refused" as per-right outcomes."""
    pairs = (item.split("=", 1) for item in (text or "").split(",") if "=" in item)
    return tuple(RightOutcome(_right(r), _outcome(o)) for r, o in pairs)


def format_right_outcomes(items: Iterable[RightOutcome]) -> str | None:
    return ",".join(f"{i.right.value}={i.outcome.value}" for i in items) or None


@lru_cache(maxsize=512)
def parse_rights(text: str) -> tuple[Right, ...]:
    """The stored "access,erasure" as rights (cached: a register repeats a few dozen)."""
    return tuple([_right(r) for r in text.split(",") if r])


def fee_view(f: Any) -> FeeNoteView:
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
        ground=_fee_ground(getattr(f, "ground", None) or FeeGround.FURTHER_COPY.value),
    )


def request_view(
    rec: Any,
    *,
    details: bool = False,
    fees: bool = False,
    has_document: bool | None = None,
    events: Sequence[Any] | None = None,
    explanations: Mapping[str, tuple[Message | str, ...]] | None = None,
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
        form=_form(getattr(rec, "subject_form", None) or FormOfAddress.NEUTRAL.value),
    )
    identity = IdentityView(
        status=_identity_status(rec.identity_status),
        method=_identity_method(rec.identity_method) if rec.identity_method else None,
        checked_on=rec.identity_checked_on,
        note=rec.identity_note,
        document_stored=bool(rec.identity_documents) if details else bool(has_document),
        needed=getattr(rec, "identity_needed", None),
    )
    extra: dict[str, Any] = {}
    if details:
        extra = {
            "pauses": tuple(Pause(p.started, p.ended) for p in rec.pauses),
            "fee_notes": tuple(fee_view(f) for f in rec.fee_notes),
            "recipients": tuple(
                RecipientItemView(i.recipient, i.state, i.on, i.note) for i in rec.recipient_items
            ),
            "documents": tuple(document_view(d) for d in rec.documents),
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
        outcome_done=getattr(rec, "outcome_done", None),
        right_outcomes=parse_right_outcomes(getattr(rec, "right_outcomes", None)),
        answered_on=rec.answered_on,
        ended_on=rec.ended_on,
        extended_on=rec.extended_on,
        extension_reason=rec.extension_reason,
        due_date=rec.due_date,
        extended_due_date=rec.extended_due_date,
        company_target_date=rec.company_target_date,
        effective_due_date=rec.effective_due_date,
        explanations=dict(explanations or {}),
        identity=identity,
        anonymised=rec.anonymised,
        clock_paused=rec.paused,
        kind_review=bool(getattr(rec, "kind_review", False)),
        grounds_text=getattr(rec, "grounds", None),
        **extra,
    )


# The columns of the requests table that listed_views reads (not year, seq, search_key nor
# the record's own timestamps): a query for many views selects only these.
LISTED_COLUMNS = (
    "id", "reference", "rights", "channel", "received", "status", "subject_name",
    "subject_email", "subject_street", "subject_postcode", "subject_city", "subject_country",
    "language", "identity_status", "identity_method", "identity_checked_on", "identity_note",
    "account_deletion", "outcome", "outcome_reason", "answered_on", "ended_on", "extended_on",
    "extension_reason", "due_date", "extended_due_date", "company_target_date",
    "effective_due_date", "anonymised", "paused", "subject_form", "identity_needed",
    "outcome_done", "right_outcomes", "kind_review", "grounds",
)  # fmt: skip


def listed_views(
    keys: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fee_notes: Mapping[int, Sequence[Any]],
    pauses: Mapping[int, Sequence[Any]],
    with_document: Container[int],
) -> list[RequestView]:
    """`request_view(rec, fees=True, has_document=...)` of many rows of the requests table
    (`keys` are their column names), with each request's fee notes and pauses by id.

    The same views, built from the rows' positions without an object per row: a register
    or a quarterly report converts tens of thousands."""
    at = {key: i for i, key in enumerate(keys)}
    (
        id_, reference, rights, channel, received, status, name, email, street, postcode,
        city, country, language, id_status, id_method, id_checked, id_note, account_deletion,
        outcome, outcome_reason, answered_on, ended_on, extended_on, extension_reason,
        due_date, extended_due_date, company_target_date, effective_due_date, anonymised,
        paused, form, needed, done, right_outcomes, kind_review, grounds,
    ) = (at[key] for key in LISTED_COLUMNS)  # fmt: skip
    out: list[RequestView] = []
    append = out.append
    for row in rows:
        rid = row[id_]
        fees = fee_notes.get(rid)
        stops = pauses.get(rid)
        append(
            RequestView(
                reference=row[reference],
                rights=parse_rights(row[rights]),
                channel=_channel(row[channel]),
                received=row[received],
                status=_status(row[status]),
                subject=DataSubject(
                    name=row[name],
                    email=row[email],
                    street=row[street],
                    postcode=row[postcode],
                    city=row[city],
                    country=row[country],
                    language=_language(row[language]),
                    form=_form(row[form] or FormOfAddress.NEUTRAL.value),
                ),
                account_deletion=row[account_deletion],
                outcome=_outcome(row[outcome]) if row[outcome] else None,
                outcome_reason=row[outcome_reason],
                outcome_done=row[done],
                right_outcomes=parse_right_outcomes(row[right_outcomes]),
                answered_on=row[answered_on],
                ended_on=row[ended_on],
                extended_on=row[extended_on],
                extension_reason=row[extension_reason],
                pauses=tuple([Pause(p.started, p.ended) for p in stops]) if stops else (),
                due_date=row[due_date],
                extended_due_date=row[extended_due_date],
                company_target_date=row[company_target_date],
                effective_due_date=row[effective_due_date],
                explanations={},
                identity=IdentityView(
                    status=_identity_status(row[id_status]),
                    method=_identity_method(row[id_method]) if row[id_method] else None,
                    checked_on=row[id_checked],
                    note=row[id_note],
                    document_stored=rid in with_document,
                    needed=row[needed],
                ),
                fee_notes=tuple([fee_view(f) for f in fees]) if fees else (),
                anonymised=row[anonymised],
                clock_paused=row[paused],
                kind_review=bool(row[kind_review]),
                grounds_text=row[grounds],
            )
        )
    return out


def document_view(d: Any) -> DocumentView:
    """A documents row (record or plain row) as the front ends see it."""
    return DocumentView(
        d.kind,
        d.language,
        d.produced_at,
        d.sha256,
        d.filename,
        id=d.id,
        saved_as=d.saved_path,
        made_by=d.made_by,
        kept=d.kept_size is not None,
        concerns=d.concerns,
    )


def event_view(e: Any) -> EventView:
    return EventView(at=datetime.fromisoformat(e.at), kind=e.kind, note=e.note, actor=e.actor)


def search_key(reference: str, name: str, email: str | None) -> str:
    return " ".join(p for p in (reference, name, email or "") if p).casefold()


def with_children(
    view: RequestView,
    items: Iterable[Any],
    documents: Iterable[Any],
    explanations: Mapping[str, tuple[Message | str, ...]],
) -> RequestView:
    """`view` with what `show` has and a list page does not: the Art. 19 checklist, the
    documents produced and the explanations of its dates (records or plain rows alike)."""
    return dataclasses.replace(
        view,
        recipients=tuple(RecipientItemView(i.recipient, i.state, i.on, i.note) for i in items),
        documents=tuple(document_view(x) for x in documents),
        explanations=dict(explanations),
    )


def detailed(
    view: RequestView,
    items: Iterable[Any],
    documents: Iterable[Any],
    *,
    pause_for_identity: bool,
) -> RequestView:
    """`view` with its checklist, documents and the explanations of its dates, computed
    from the view itself by the domain's deadline rules."""
    d = dl.compute_deadlines(
        dl.DeadlineInput(
            view.received, view.rights, view.account_deletion, view.pauses, view.extended_on
        ),
        pause_for_identity=pause_for_identity,
    )
    return with_children(view, items, documents, d.explanations())
