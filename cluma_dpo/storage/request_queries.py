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
from cluma_dpo.storage.server_lock import is_server

_ORDER = ("reference", "received", "name", "due", "status", "rights")


def order_columns(r: Any, order_by: str) -> tuple[Any, ...]:
    """The columns a list sorts by, of the requests table or a view with its column names
    (`r`: RequestRecord or a view's `.c`); a view without names sorts "name" by receipt."""
    if order_by == "name" and hasattr(r, "subject_name"):
        return (r.subject_name,)
    return {
        "reference": (r.year, r.seq),
        "due": (r.effective_due_date,),
        "status": (r.status,),
        "rights": (r.rights,),
    }.get(order_by, (r.received, r.seq))


def urgency(descending: bool, r: Any = RequestRecord, nulls: bool = False) -> list[Any]:
    """Urgency (the list's Days and Due columns): the open requests whose clock runs, by
    due date; then the open ones without a running deadline (paused, no date); then
    answered; then closed, withdrawn and rejected, the most recently ended first.

    Ascending: most overdue first. Descending reverses the open requests (no running
    deadline first, then the latest due ... the most overdue); the finished ones stay last,
    in both directions, so that neither end of the list fills with old closed requests.
    `nulls`: place NULLs as SQLite does (see _placed)."""
    is_open = r.status.in_(OPEN_STATUSES)
    running = and_(is_open, r.paused.is_(False), r.effective_due_date.is_not(None))
    group = case((running, 0), (is_open, 1), (r.status == Status.ANSWERED.value, 2), else_=3)
    open_group = case((group <= 1, group), else_=None)  # NULL for the finished ones
    finished = case((group >= 2, group), else_=0)
    due = case((running, r.effective_due_date), else_=None)
    return [
        finished.asc(),
        _placed(open_group, descending, nulls),
        _placed(due, descending, nulls),
        _placed(case((group == 3, r.ended_on), else_=None), True, nulls),
        _placed(r.effective_due_date, False, nulls),
    ]


# the sort columns that may hold NULL (a paused request has no governing due date)
_NULLABLE = {"due"}


def _placed(term: Any, descending: bool, nulls: bool) -> Any:
    """`term` in its direction; with `nulls`, NULL where SQLite puts it (as the smallest
    value: first ascending, last descending), for PostgreSQL, which takes it as the largest:
    otherwise a list sorted by due date (paused requests have none) or by urgency came out
    in another order on a server than in the file."""
    ordered = term.desc() if descending else term.asc()
    if nulls:
        ordered = ordered.nulls_last() if descending else ordered.nulls_first()
    return ordered


def list_order(q: RequestQuery, r: Any = RequestRecord, *, nulls: bool = False) -> list[Any]:
    """ORDER BY of a list: its order, then the id (the same direction) to break ties.
    `nulls`: on a server, NULLs placed as SQLite places them (only where NULL can be: a
    NULLS clause on a column without NULL costs PostgreSQL its index walk)."""
    if q.order_by == "urgency":
        order = urgency(q.descending, r, nulls)
    else:
        nullable = nulls and q.order_by in _NULLABLE
        order = [_placed(c, q.descending, nullable) for c in order_columns(r, q.order_by)]
    return [*order, r.id.desc() if q.descending else r.id.asc()]


def conditions(
    q: RequestQuery, *, search_by_index: bool = False, r: Any = RequestRecord
) -> list[ColumnElement[bool]]:
    """The WHERE terms of a query. With `search_by_index` the search term selects ids from
    the narrow search_key index (a covering scan) instead of being tested on each row.
    `r`: the requests table, or a view with its column names (storage.figures_register)."""
    conds: list[ColumnElement[bool]] = []
    if q.today is None:
        raise ValueError("RequestQuery.today must be set (the workbench fills it in)")
    today = q.today
    if q.status:
        conds.append(r.status == v._enum(Status, q.status, "status").value)
    if q.statuses:
        conds.append(r.status.in_(q.statuses))
    if q.right:
        right = v._enum(Right, q.right, "right").value
        conds.append(
            or_(
                r.rights == right,
                r.rights.like(f"{right},%"),
                r.rights.like(f"%,{right}"),
                r.rights.like(f"%,{right},%"),
            )
        )
    pattern = search_pattern(q)
    if pattern is not None:
        matches = r.search_key.like(pattern, escape="\\")
        if search_by_index:
            matches = r.id.in_(select(r.id).where(matches))
        conds.append(matches)
    if q.open_only or q.overdue or q.due_within is not None or q.paused or q.awaiting_fee:
        conds.append(r.status.in_(OPEN_STATUSES))
    # "Overdue" and "due within" as domain.deadlines defines them (warning_level), over
    # the cached governing date: the thresholds come from there, the SQL only compares.
    if q.overdue:
        conds.append(
            and_(
                r.effective_due_date < dl.overdue_before(today),
                r.paused.is_(False),
            )
        )
    if q.not_overdue:
        conds.append(r.effective_due_date >= dl.overdue_before(today))
    if q.due_within is not None:
        conds.append(
            and_(
                r.effective_due_date <= dl.due_soon_until(today, q.due_within),
                r.paused.is_(False),
            )
        )
    if q.paused is not None:
        conds.append(r.paused.is_(q.paused))
    if q.awaiting_fee:
        conds.append(r.status == Status.AWAITING_FEE_PAYMENT.value)
    return conds


def _filtered(q: RequestQuery, *, search_by_index: bool = False) -> Select[RequestRecord]:
    stmt = select(RequestRecord)
    conds = conditions(q, search_by_index=search_by_index)
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
    by_id = _few_matches(session, q, None if limit is None else offset + limit)
    stmt = _filtered(q, search_by_index=by_id).order_by(*list_order(q, nulls=is_server(session)))
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


def running_due_by(session: Session, horizon: date, r: Any = RequestRecord) -> list[Row[Any]]:
    """Open, running requests whose governing or statutory date falls by `horizon`: their
    cached deadline columns as plain rows (seven columns, not an ORM object each). `r`: the
    requests table, or a view with its column names (storage.figures_register)."""
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
        .order_by(FeeNoteRecord.due_on, FeeNoteRecord.id)  # ties: the same on every store
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
