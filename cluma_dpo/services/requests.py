"""Use cases for registering, finding and editing requests."""

from __future__ import annotations

from datetime import date, datetime

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.clock import naive_utc
from cluma_dpo.domain.errors import NotFound, StoreError, ValidationError
from cluma_dpo.domain.events import channel_message, field_message, right_message
from cluma_dpo.domain.messages import ListOf, msg, note_of
from cluma_dpo.domain.model import (
    OPEN_STATUSES,
    IdentityStatus,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.queries import search_pattern
from cluma_dpo.services.commands import NewRequest, RequestQuery
from cluma_dpo.services.deadlines import deadline_input, explain, refresh_deadlines
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import figures_register as names_free
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage import request_queries as queries
from cluma_dpo.storage.records import DocumentRecord, RecipientItemRecord, RequestRecord
from cluma_dpo.storage.views import _REFERENCE, detailed, not_found

# the plain data and the deadline helpers, where the front ends and other services found them
__all__ = [
    "OPEN_STATUSES",
    "NewRequest",
    "RequestQuery",
    "deadline_input",
    "explain",
    "refresh_deadlines",
]

REFERENCE_PREFIX = "DSR"


def now(uow: UnitOfWork) -> datetime:
    """The unit of work's clock, as the naive UTC time the records store."""
    return naive_utc(uow.clock)


def register_request(uow: UnitOfWork, cmd: NewRequest, *, today: date | None = None) -> str:
    today = today or uow.today
    rights = v.rights(cmd.rights)
    name = v.name(cmd.name)
    received = v.iso_date(cmd.received, v.FIELD_RECEIVED, today=today)
    country = v.country(cmd.country)
    email = v.email(cmd.email)
    postcode = v.postcode(cmd.postcode, country)
    street = v.street(cmd.street)
    city = v.city(cmd.city)
    _check_window(name, street, postcode, city, country)
    channel = v.channel(cmd.channel)
    language = v.language(cmd.language)
    form = v.form_of_address(cmd.form)
    if cmd.account_deletion and Right.ERASURE not in rights:
        raise ValidationError(msg("request.account_deletion_needs_erasure"))

    s = uow.session
    settings = load_settings(s)
    seq = repo.next_sequence(s, RequestRecord, received.year)
    reference = f"{REFERENCE_PREFIX}-{received.year}-{seq:04d}"
    stamp = now(uow)
    rec = RequestRecord(
        reference=reference,
        year=received.year,
        seq=seq,
        received=received,
        channel=channel.value,
        language=language.value,
        rights=",".join(r.value for r in rights),
        account_deletion=cmd.account_deletion,
        status=Status.IN_PROGRESS.value if cmd.known_account else Status.RECEIVED.value,
        identity_status=(
            IdentityStatus.NOT_NEEDED if cmd.known_account else IdentityStatus.NOT_CHECKED
        ).value,
        subject_name=name,
        subject_email=email,
        subject_street=street,
        subject_postcode=postcode,
        subject_city=city,
        subject_country=country,
        subject_form=form.value,
        search_key=repo.search_key(reference, name, email),
        created_at=stamp,
        updated_at=stamp,
    )
    rec.pauses = []
    # Art. 19: a checklist of the recipients to tell, from the settings
    if any(r.notifies_recipients for r in rights):
        rec.recipient_items = [
            RecipientItemRecord(recipient=recipient.name[:200], state="open")
            for recipient in settings.recipients
        ]
    refresh_deadlines(rec, settings)
    repo.add_request(s, rec)
    uow.record(
        "request-registered",
        reference,
        note_of(
            msg(
                "note.request_registered",
                rights=ListOf(right_message(r) for r in rights),
                channel=channel_message(channel),
                received=received,
            )
        ),
    )
    if cmd.known_account:
        uow.record("identity-not-needed", reference, note_of(msg("note.known_account")))
    return reference


def _check_window(
    name: str | None, street: str | None, postcode: str | None, city: str | None, country: str
) -> None:
    """Refused when it is typed rather than printed too small in the window envelope later
    (DIN 5008 form B, at least 9 pt, in every letter language)."""
    # Imported here: measuring the lines needs reportlab, which the read verbs never load.
    from cluma_dpo.documents.addresses import check_subject_address

    check_subject_address(name, street, postcode, city, country)


def get_request(
    uow: UnitOfWork, reference: str, *, language: str = "nl", explained: bool = True
) -> RequestView:
    """One request with every part. `explained=False` leaves out its timeline and the reasons
    behind its dates: a letter or a fee note prints neither, and working them out (Belgian
    holidays, dates in words) is most of the time it takes to read one request."""
    s = uow.session
    if uow.figures_only:  # management on a server: the names-free record (storage.figures)
        view = names_free.one_figure(s, reference.strip().upper())
        if view is None:
            raise NotFound(not_found("request", "reference", reference, _REFERENCE))
        return view
    rec = repo.get_request(s, reference, details=True)
    if not explained:
        return repo.request_view(rec, details=True)
    settings = load_settings(s)
    return repo.request_view(
        rec,
        details=True,
        events=repo.events_for(s, rec.reference),
        explanations=explain(rec, settings, language),
    )


def list_requests(
    uow: UnitOfWork, q: RequestQuery, *, offset: int = 0, limit: int | None = None
) -> list[RequestView]:
    if uow.figures_only:  # management on a server: the register without personal data
        return names_free.list_figures(uow.session, _names_free(q), offset=offset, limit=limit)
    return queries.list_requests(uow.session, q, offset=offset, limit=limit)


def count_requests(uow: UnitOfWork, q: RequestQuery) -> int:
    if uow.figures_only:
        return names_free.count_figures(uow.session, _names_free(q))
    return queries.count_requests(uow.session, q)


def _names_free(q: RequestQuery) -> RequestQuery:
    """A query management may ask: a search reads names and e-mail addresses (the search
    key), which its role may not; refused, whatever the term (a reference is listed)."""
    if search_pattern(q) is not None:
        raise StoreError(msg("figures.no_search"))
    return q


_SUBJECT_FIELDS = ("name", "email", "street", "postcode", "city", "country", "language", "form")


def update_subject(uow: UnitOfWork, reference: str, **changes: str | None) -> None:
    """Edit the data subject; each changed field is an audit event (without the values)."""
    rec = repo.get_request(uow.session, reference)
    if rec.anonymised:
        raise ValidationError(msg("request.anonymised_no_edit"))
    unknown = set(changes) - set(_SUBJECT_FIELDS)
    if unknown:
        raise ValidationError(msg("request.unknown_fields", fields=", ".join(sorted(unknown))))
    country = v.country(changes.get("country", rec.subject_country))
    attr = {
        "name": "subject_name",
        "email": "subject_email",
        "street": "subject_street",
        "postcode": "subject_postcode",
        "city": "subject_city",
        "country": "subject_country",
        "language": "language",
        "form": "subject_form",
    }
    new = {
        f: v.subject_field(f, changes[f], country) if f in changes else getattr(rec, attr[f])
        for f in v.SUBJECT_FIELDS
    }
    new["country"] = country
    if {"name", "street", "postcode", "city", "country"} & set(changes):
        _check_window(new["name"], new["street"], new["postcode"], new["city"], country)
    new["language"] = (
        v.language(changes["language"]).value if "language" in changes else rec.language
    )
    new["form"] = (
        v.form_of_address(changes["form"]).value if "form" in changes else rec.subject_form
    )
    changed = [f for f in _SUBJECT_FIELDS if getattr(rec, attr[f]) != new[f]]
    for f in changed:
        setattr(rec, attr[f], new[f])
        uow.record(
            "subject-edited",
            rec.reference,
            note_of(msg("note.field_changed", field=field_message(f))),
        )
    if changed:
        rec.search_key = repo.search_key(rec.reference, rec.subject_name, rec.subject_email)
        rec.updated_at = now(uow)


def with_details(uow: UnitOfWork, views: list[RequestView]) -> list[RequestView]:
    """Add what `show` has and a list page does not: the Art. 19 checklist, the documents
    produced and the explanations of the dates (a few queries, then the domain). Not for
    management on a server: the checklist names recipients' notes, documents their files."""
    if uow.figures_only:
        return views
    session = uow.session
    ids = queries.request_ids(session, [view.reference for view in views])
    items = repo.children(session, RecipientItemRecord, list(ids.values()))
    docs = repo.children(session, DocumentRecord, list(ids.values()))
    pause = load_settings(session).deadlines.pause_for_identity
    out = []
    for view in views:
        rid = ids.get(view.reference, -1)
        out.append(detailed(view, items.get(rid, ()), docs.get(rid, ()), pause_for_identity=pause))
    return out
