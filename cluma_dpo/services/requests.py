"""Use cases for registering, finding and editing requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.clock import naive_utc
from cluma_dpo.domain.model import IdentityStatus, Pause, RequestView, Right, Status
from cluma_dpo.domain.settings import Settings
from cluma_dpo.services.queries import RequestQuery, search_pattern
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import RecipientItemRecord, RequestRecord

REFERENCE_PREFIX = "DSR"
OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)


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


def now(uow: UnitOfWork) -> datetime:
    """The unit of work's clock, as the naive UTC time the records store."""
    return naive_utc(uow.clock)


def deadline_input(rec: RequestRecord) -> dl.DeadlineInput:
    return dl.DeadlineInput(
        received=rec.received,
        rights=repo.parse_rights(rec.rights),
        account_deletion=rec.account_deletion,
        pauses=tuple(Pause(p.started, p.ended) for p in rec.pauses),
        extended_on=rec.extended_on,
    )


def refresh_deadlines(rec: RequestRecord, settings: Settings) -> None:
    """Recompute the cached deadline columns after any change that can move them."""
    d = dl.compute_deadlines(
        deadline_input(rec),
        pause_for_identity=settings.deadlines.pause_for_identity,
        explain=False,
    )
    rec.due_date = d.statutory.date if d.statutory else None
    rec.extended_due_date = d.extended.date if d.extended else None
    rec.company_target_date = d.company_target.date if d.company_target else None
    rec.effective_due_date = d.effective
    rec.paused = d.paused


def explain(
    rec: RequestRecord, settings: Settings, language: str = "nl"
) -> dict[str, tuple[str, ...]]:
    d = dl.compute_deadlines(
        deadline_input(rec),
        pause_for_identity=settings.deadlines.pause_for_identity,
        language=language,
    )
    out: dict[str, tuple[str, ...]] = {}
    for key, value in (
        ("statutory", d.statutory),
        ("extended", d.extended),
        ("company_target", d.company_target),
    ):
        if value is not None:
            out[key] = value.reasons
    return out


def register_request(uow: UnitOfWork, cmd: NewRequest, *, today: date | None = None) -> str:
    today = today or uow.today
    rights = v.rights(cmd.rights)
    name = v.name(cmd.name)
    received = v.iso_date(cmd.received, "The date of receipt", today=today)
    country = v.country(cmd.country)
    email = v.email(cmd.email)
    postcode = v.postcode(cmd.postcode, country)
    street = v.street(cmd.street)
    city = v.city(cmd.city)
    channel = v.channel(cmd.channel)
    language = v.language(cmd.language)
    if cmd.account_deletion and Right.ERASURE not in rights:
        raise v.ValidationError("--account-deletion only applies to an erasure request.")

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
        search_key=repo.search_key(reference, name, email),
        created_at=stamp,
        updated_at=stamp,
    )
    rec.pauses = []
    # Art. 19: a checklist of the recipients to tell, from the settings
    if any(r.notifies_recipients for r in rights):
        rec.recipient_items = [
            RecipientItemRecord(recipient=str(name_)[:200], state="open")
            for name_ in settings.recipients
        ]
    refresh_deadlines(rec, settings)
    s.add(rec)
    uow.record(
        "request-registered",
        reference,
        f"rights: {', '.join(r.value for r in rights)}; channel: {channel.value}; "
        f"received: {received.isoformat()}",
    )
    if cmd.known_account:
        uow.record("identity-not-needed", reference, "request from a known account")
    return reference


def get_request(
    uow: UnitOfWork, reference: str, *, language: str = "nl", explained: bool = True
) -> RequestView:
    """One request with every part. `explained=False` leaves out its timeline and the reasons
    behind its dates: a letter or a fee note prints neither, and working them out (Belgian
    holidays, dates in words) is most of the time it takes to read one request."""
    s = uow.session
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


_ORDER = {
    "reference": (RequestRecord.year, RequestRecord.seq),
    "received": (RequestRecord.received, RequestRecord.seq),
    "name": (RequestRecord.subject_name,),
    "due": (RequestRecord.effective_due_date,),
    "status": (RequestRecord.status,),
    "rights": (RequestRecord.rights,),
}


def _conditions(q: RequestQuery, *, search_by_index: bool = False) -> list:
    """The WHERE terms of a query. With `search_by_index` the search term selects ids from
    the narrow search_key index (a covering scan) instead of being tested on each row."""
    conds = []
    if q.today is None:
        raise ValueError("RequestQuery.today must be set (the workbench fills it in)")
    today = q.today
    if q.status:
        conds.append(RequestRecord.status == v._enum(Status, q.status, "status").value)
    if q.statuses:
        conds.append(RequestRecord.status.in_(q.statuses))
    if q.right:
        r = v._enum(Right, q.right, "right").value
        conds.append(
            or_(
                RequestRecord.rights == r,
                RequestRecord.rights.like(f"{r},%"),
                RequestRecord.rights.like(f"%,{r}"),
                RequestRecord.rights.like(f"%,{r},%"),
            )
        )
    pattern = search_pattern(q)
    if pattern is not None:
        matches = RequestRecord.search_key.like(pattern, escape="\\")
        if search_by_index:
            matches = RequestRecord.id.in_(select(RequestRecord.id).where(matches))
        conds.append(matches)
    if q.open_only or q.overdue or q.due_within is not None or q.paused or q.awaiting_fee:
        conds.append(RequestRecord.status.in_(OPEN_STATUSES))
    # "Overdue" and "due within" as domain.deadlines defines them (warning_level), over
    # the cached governing date: the thresholds come from there, the SQL only compares.
    if q.overdue:
        conds.append(
            and_(
                RequestRecord.effective_due_date < dl.overdue_before(today),
                RequestRecord.paused.is_(False),
            )
        )
    if q.not_overdue:
        conds.append(RequestRecord.effective_due_date >= dl.overdue_before(today))
    if q.due_within is not None:
        conds.append(
            and_(
                RequestRecord.effective_due_date <= dl.due_soon_until(today, q.due_within),
                RequestRecord.paused.is_(False),
            )
        )
    if q.paused is not None:
        conds.append(RequestRecord.paused.is_(q.paused))
    if q.awaiting_fee:
        conds.append(RequestRecord.status == Status.AWAITING_FEE_PAYMENT.value)
    return conds


def _filtered(q: RequestQuery, *, search_by_index: bool = False) -> Select:
    stmt = select(RequestRecord)
    conds = _conditions(q, search_by_index=search_by_index)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt


def _few_matches(session: Session, q: RequestQuery, rows: int | None) -> bool:
    """Whether the search term matches so few requests that reading them all by id beats
    walking the sort column's index and testing each row until a page is full.

    A list sorted by receipt walks ix_requests_list, which holds search_key itself: always
    the walk. Any other order tests the term on the row, one lookup per request walked; a
    term that matches m of n requests then costs about rows·n/m lookups for a page of
    `rows` against m for the ids (the search_key index counts them in a few milliseconds).
    Sorted by name, a term matching nothing took 300 ms to walk and 2 ms by id; "p" the
    other way round."""
    pattern = search_pattern(q)
    if pattern is None or _ORDER.get(q.order_by, _ORDER["received"]) is _ORDER["received"]:
        return False
    r = RequestRecord
    matches = (
        session.scalar(
            select(func.count()).select_from(r).where(r.search_key.like(pattern, escape="\\"))
        )
        or 0
    )
    total = session.scalar(select(func.count()).select_from(r)) or 0
    return matches * matches < (rows or total) * total


def list_requests(
    session: Session, q: RequestQuery, *, offset: int = 0, limit: int | None = None
) -> list[RequestView]:
    cols = _ORDER.get(q.order_by, _ORDER["received"])
    order = [c.desc() if q.descending else c.asc() for c in cols]
    by_id = _few_matches(session, q, None if limit is None else offset + limit)
    stmt = _filtered(q, search_by_index=by_id).order_by(
        *order, RequestRecord.id.desc() if q.descending else RequestRecord.id.asc()
    )
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return repo.bulk_views(session, stmt)


def count_requests(session: Session, q: RequestQuery) -> int:
    sub = _filtered(q).with_only_columns(RequestRecord.id).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


_SUBJECT_FIELDS = ("name", "email", "street", "postcode", "city", "country", "language")


def update_subject(uow: UnitOfWork, reference: str, **changes: str | None) -> None:
    """Edit the data subject; each changed field is an audit event (without the values)."""
    rec = repo.get_request(uow.session, reference)
    if rec.anonymised:
        raise v.ValidationError("This request was anonymised; its data subject cannot be edited.")
    unknown = set(changes) - set(_SUBJECT_FIELDS)
    if unknown:
        raise v.ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    country = v.country(changes.get("country", rec.subject_country))
    attr = {
        "name": "subject_name",
        "email": "subject_email",
        "street": "subject_street",
        "postcode": "subject_postcode",
        "city": "subject_city",
        "country": "subject_country",
        "language": "language",
    }
    new = {
        f: v.subject_field(f, changes[f], country) if f in changes else getattr(rec, attr[f])
        for f in v.SUBJECT_FIELDS
    }
    new["country"] = country
    new["language"] = (
        v.language(changes["language"]).value if "language" in changes else rec.language
    )
    changed = [f for f in _SUBJECT_FIELDS if getattr(rec, attr[f]) != new[f]]
    for f in changed:
        setattr(rec, attr[f], new[f])
        uow.record("subject-edited", rec.reference, f"field changed: {f}")
    if changed:
        rec.search_key = repo.search_key(rec.reference, rec.subject_name, rec.subject_email)
        rec.updated_at = now(uow)


def with_details(session: Session, views: list[RequestView]) -> list[RequestView]:
    """Add what `show` has and a list page does not: the Art. 19 checklist, the documents
    produced and the explanations of the dates (a few queries, then the domain)."""
    import dataclasses

    from cluma_dpo.domain.model import DocumentView, RecipientItemView
    from cluma_dpo.storage.records import DocumentRecord

    refs = [view.reference for view in views]
    ids: dict[str, int] = {}
    for i in range(0, len(refs), 900):  # SQLite's bound-parameter limit
        ids.update(
            session.execute(
                select(RequestRecord.reference, RequestRecord.id).where(
                    RequestRecord.reference.in_(refs[i : i + 900])
                )
            ).all()
        )
    items = repo.children(session, RecipientItemRecord, list(ids.values()))
    docs = repo.children(session, DocumentRecord, list(ids.values()))
    pause = load_settings(session).deadlines.pause_for_identity
    out = []
    for view in views:
        rid = ids.get(view.reference, -1)
        d = dl.compute_deadlines(
            dl.DeadlineInput(
                view.received, view.rights, view.account_deletion, view.pauses, view.extended_on
            ),
            pause_for_identity=pause,
        )
        dates = (
            ("statutory", d.statutory),
            ("extended", d.extended),
            ("company_target", d.company_target),
        )
        out.append(
            dataclasses.replace(
                view,
                recipients=tuple(
                    RecipientItemView(i.recipient, i.state, i.on, i.note)
                    for i in items.get(rid, ())
                ),
                documents=tuple(
                    DocumentView(x.kind, x.language, x.produced_at, x.sha256, x.filename)
                    for x in docs.get(rid, ())
                ),
                explanations={k: x.reasons for k, x in dates if x is not None},
            )
        )
    return out
