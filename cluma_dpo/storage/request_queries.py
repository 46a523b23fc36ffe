"""Queries over the register: the filtered and sorted lists, the counts and the warnings.

The rules come from the domain (what "overdue" means, which statuses are open); the SQL
only compares the cached columns against the thresholds the domain gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.model import OPEN_STATUSES, RequestView, Right, Status
from cluma_dpo.domain.queries import RequestQuery, search_pattern
from cluma_dpo.storage.records import FeeNoteRecord, RequestRecord
from cluma_dpo.storage.repositories import bulk_views

_ORDER = {
    "reference": (RequestRecord.year, RequestRecord.seq),
    "received": (RequestRecord.received, RequestRecord.seq),
    "name": (RequestRecord.subject_name,),
    "due": (RequestRecord.effective_due_date,),
    "status": (RequestRecord.status,),
    "rights": (RequestRecord.rights,),
}
_OPEN = RequestRecord.status.in_(OPEN_STATUSES)
# Urgency (the list's Days and Due columns): the open requests whose clock runs, by due
# date; then the open ones without a running deadline (paused, no date); then answered;
# then closed, withdrawn and rejected, the most recently ended first.
_RUNNING = and_(
    _OPEN, RequestRecord.paused.is_(False), RequestRecord.effective_due_date.is_not(None)
)
_GROUP = case(
    (_RUNNING, 0), (_OPEN, 1), (RequestRecord.status == Status.ANSWERED.value, 2), else_=3
)


def _sorted(col: Any, descending: bool) -> Any:
    """One ORDER BY term. A NULL (a request whose clock stopped has no due date) sorts
    after every value, before them descending: said, as SQLite puts NULL first and
    PostgreSQL last. Only on nullable columns: a NOT NULL one keeps its index."""
    term = col.desc() if descending else col.asc()
    if not col.nullable:
        return term
    return term.nulls_first() if descending else term.nulls_last()


def _urgency(descending: bool) -> list[Any]:
    """Ascending: most overdue first. Descending reverses the open requests (no running
    deadline first, then the latest due ... the most overdue); the finished ones stay last,
    in both directions, so that neither end of the list fills with old closed requests."""
    open_group = case((_GROUP <= 1, _GROUP), else_=None)  # NULL for the finished ones
    finished = case((_GROUP >= 2, _GROUP), else_=0)
    due = case((_RUNNING, RequestRecord.effective_due_date), else_=None)
    return [
        finished.asc(),
        open_group.desc() if descending else open_group.asc(),
        due.desc() if descending else due.asc(),
        case((_GROUP == 3, RequestRecord.ended_on), else_=None).desc(),
        _sorted(RequestRecord.effective_due_date, False),
    ]


def _conditions(q: RequestQuery, *, search_by_index: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE terms of a query. With `search_by_index` the search term selects ids from
    the narrow search_key index (a covering scan) instead of being tested on each row."""
    conds: list[ColumnElement[bool]] = []
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


def _filtered(q: RequestQuery, *, search_by_index: bool = False) -> Select[RequestRecord]:
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
    by_received = q.order_by not in _ORDER and q.order_by != "urgency"
    if pattern is None or by_received or q.order_by == "received":
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
    if q.order_by == "urgency":
        order = _urgency(q.descending)
    else:
        cols = _ORDER.get(q.order_by, _ORDER["received"])
        order = [_sorted(c, q.descending) for c in cols]
    by_id = _few_matches(session, q, None if limit is None else offset + limit)
    stmt = _filtered(q, search_by_index=by_id).order_by(
        *order, RequestRecord.id.desc() if q.descending else RequestRecord.id.asc()
    )
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return bulk_views(session, stmt)


def count_requests(session: Session, q: RequestQuery) -> int:
    sub = _filtered(q).with_only_columns(RequestRecord.id).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


def request_ids(session: Session, references: list[str]) -> dict[str, int]:
    """The id of each request by its reference (those that exist)."""
    ids: dict[str, int] = {}
    for i in range(0, len(references), 900):  # SQLite's bound-parameter limit
        rows = session.execute(
            select(RequestRecord.reference, RequestRecord.id).where(
                RequestRecord.reference.in_(references[i : i + 900])
            )
        )
        ids.update((reference, rid) for reference, rid in rows)
    return ids


def open_requests(session: Session) -> Iterator[RequestRecord]:
    """Every open request with its pauses, streamed (to recompute their cached dates)."""
    stmt = (
        select(RequestRecord)
        .where(RequestRecord.status.in_(OPEN_STATUSES))
        .options(selectinload(RequestRecord.pauses))
        .execution_options(yield_per=2000)
    )
    yield from session.scalars(stmt)


def register_views(session: Session) -> list[RequestView]:
    """Every request, in the order of its reference (the register)."""
    return bulk_views(
        session, select(RequestRecord).order_by(RequestRecord.year, RequestRecord.seq)
    )


def views_between(session: Session, received_by: date, ended_since: date) -> list[RequestView]:
    """Requests received by `received_by` and not finished before `ended_since`."""
    r = RequestRecord
    stmt = select(r).where(
        r.received <= received_by,
        or_(
            r.ended_on.is_(None),
            r.ended_on >= ended_since,
            r.answered_on >= ended_since,
        ),
    )
    return bulk_views(session, stmt)


def running_due_by(session: Session, horizon: date) -> list[Row[Any]]:
    """Open, running requests whose governing or statutory date falls by `horizon`: their
    cached deadline columns as plain rows (seven columns, not an ORM object each)."""
    r = RequestRecord
    stmt = (
        select(
            r.reference,
            r.status,
            r.due_date,
            r.extended_due_date,
            r.company_target_date,
            r.effective_due_date,
            r.paused,
        )
        .where(
            r.status.in_(OPEN_STATUSES),
            r.paused.is_(False),
            or_(r.effective_due_date <= horizon, r.due_date <= horizon),
        )
        .order_by(r.effective_due_date, r.id)
    )
    return list(session.execute(stmt))


def unpaid_fee_notes_due_before(session: Session, day: date) -> list[tuple[str, date, str]]:
    """(number, due on, reference) of the unpaid fee notes of open requests due before `day`."""
    rows = session.execute(
        select(FeeNoteRecord.number, FeeNoteRecord.due_on, RequestRecord.reference)
        .join(RequestRecord, FeeNoteRecord.request_id == RequestRecord.id)
        .where(
            FeeNoteRecord.status == "unpaid",
            FeeNoteRecord.due_on < day,
            RequestRecord.status.in_(OPEN_STATUSES),
        )
        .order_by(FeeNoteRecord.due_on)
    )
    return [(number, due_on, reference) for number, due_on, reference in rows]


def dashboard_counts(
    session: Session, overdue_before: date, due_soon_until: date, *, figures: bool = False
) -> tuple[int, int, int, int, int, int]:
    """(overdue, due soon, paused, awaiting fee, open, total), with the thresholds of
    domain.deadlines.warning_level counted in SQL. `figures`: from the view a management
    login reads on a server (storage.figures), the same columns without personal data."""
    r: Any = RequestRecord
    source: Any = RequestRecord
    if figures:
        from cluma_dpo.storage.figures import requests_view

        source = requests_view()
        r = source.c
    running = r.paused.is_(False)
    # Every count but the total is of open requests (awaiting fee payment is an open
    # status): read only those, through ix_requests_status, instead of decrypting all
    # 50,000 rows; the total comes from an index alone.
    row = session.execute(
        select(
            func.count().filter(and_(running, r.effective_due_date < overdue_before)),
            func.count().filter(
                and_(
                    running,
                    r.effective_due_date >= overdue_before,
                    r.effective_due_date <= due_soon_until,
                )
            ),
            func.count().filter(r.paused.is_(True)),
            func.count().filter(r.status == Status.AWAITING_FEE_PAYMENT.value),
            func.count(),
        ).where(r.status.in_(OPEN_STATUSES))
    ).one()
    total = session.scalar(select(func.count()).select_from(source))
    overdue, soon, paused, awaiting, open_ = (int(x or 0) for x in row)
    return overdue, soon, paused, awaiting, open_, int(total or 0)


def earlier_access(session: Session, rec: RequestRecord) -> str | None:
    """The reference of an earlier access request of the same person that was answered
    (granted or partly): the one that got the free first copy (GDPR Art. 15(3)). The same
    person: the same e-mail address, or without one the same name (case-insensitively)."""
    r = RequestRecord
    same = (
        func.lower(r.subject_email) == rec.subject_email.casefold()
        if rec.subject_email
        else func.lower(r.subject_name) == rec.subject_name.casefold()
    )
    stmt = (
        select(r.reference)
        .where(
            same,
            r.id != rec.id,
            r.received <= rec.received,
            ("," + r.rights + ",").like("%,access,%"),
            r.outcome.in_(("granted", "partly-granted")),
            r.anonymised.is_(False),
        )
        .order_by(r.received.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def kind_review_views(session: Session) -> list[RequestView]:
    """Requests registered as `objection` before the Art. 21(1) / direct-marketing split,
    not yet confirmed by the DPO, in the order of their reference."""
    r = RequestRecord
    stmt = select(r).where(r.kind_review.is_(True)).order_by(r.year, r.seq)
    return bulk_views(session, stmt)
