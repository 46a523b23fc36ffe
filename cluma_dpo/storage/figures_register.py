"""The register as a management login reads it on a shared server (issue 18): the list, one
request, the deadlines and the export, from the figures views (storage.figures).

The same filters, order and deadline rules as storage.request_queries, over the view's
columns: the views carry no name, contact data, search key or note, so neither do the
RequestViews made here (their personal fields are empty). A search needs the search key:
the service refuses it before it gets here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session

from cluma_dpo.domain.model import OPEN_STATUSES, RequestView
from cluma_dpo.domain.queries import RequestQuery, search_pattern
from cluma_dpo.storage import request_queries as queries
from cluma_dpo.storage.figures import figure_views, requests_view, view_of


def _where(q: RequestQuery) -> tuple[Any, list[Any]]:
    if search_pattern(q) is not None:
        raise ValueError("the figures views hold no search key")
    r = requests_view()
    return r, queries.conditions(q, r=r.c)


def list_figures(
    session: Session, q: RequestQuery, *, offset: int = 0, limit: int | None = None
) -> list[RequestView]:
    """A page of the register, as request_queries.list_requests, without personal data."""
    r, conds = _where(q)
    return figure_views(
        session,
        and_(true(), *conds),
        order=queries.list_order(q, r.c, nulls=True),
        offset=offset,
        limit=limit,
    )


def count_figures(session: Session, q: RequestQuery) -> int:
    r, conds = _where(q)
    return session.scalar(select(func.count()).select_from(r).where(and_(true(), *conds))) or 0


def one_figure(session: Session, reference: str) -> RequestView | None:
    """One request by its reference, without personal data (None: there is none)."""
    r = requests_view()
    found = figure_views(session, r.c.reference == reference, order=[r.c.id])
    return found[0] if found else None


def register_figures(session: Session) -> list[RequestView]:
    """Every request in the order of its reference (request_queries.register_views)."""
    r = requests_view()
    return figure_views(session, None, order=[r.c.year, r.c.seq])


def running_due_by(session: Session, horizon: date) -> list[Any]:
    """request_queries.running_due_by, from the figures view."""
    return queries.running_due_by(session, horizon, requests_view().c)


def unpaid_fee_notes_due_before(session: Session, day: date) -> list[tuple[str, date, str]]:
    """request_queries.unpaid_fee_notes_due_before, from the figures views."""
    fees, requests = view_of("figures_fee_notes"), requests_view()
    f, r = fees.c, requests.c
    rows = session.connection().execute(
        select(f.number, f.due_on, r.reference)
        .join_from(fees, requests, f.request_id == r.id)
        .where(f.status == "unpaid", f.due_on < day, r.status.in_(OPEN_STATUSES))
        .order_by(f.due_on)
    )
    return [(number, due_on, reference) for number, due_on, reference in rows]
