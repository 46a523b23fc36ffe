"""The register as management reads it on a shared server (issue 18): figures, no names.

A management login has no SELECT on the tables that hold personal data; it reads the
views `figures_requests`, `figures_fee_notes` and `figures_pauses` (storage.server_roles),
which leave out the data subject's name, contact data, the search key and the DPO's notes.
The quarterly report is built from them: the same RequestViews as from the tables, with
the personal fields empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    and_,
    bindparam,
    column,
    func,
    literal,
    null,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from cluma_dpo.domain.model import RequestView
from cluma_dpo.storage.views import LISTED_COLUMNS, listed_views

# what each view shows (server_roles makes the views from these lists)
REQUEST_FIGURES = (
    "id", "reference", "year", "seq", "received", "channel", "language", "rights",
    "account_deletion", "status", "outcome", "grounds", "right_outcomes",
    "answered_on", "ended_on", "extended_on", "due_date", "extended_due_date",
    "company_target_date", "effective_due_date", "paused", "anonymised",
    "identity_status", "identity_method", "identity_checked_on", "kind_review", "created_at",
)  # fmt: skip
# Not in them (the lawyer's finding 10, the attacker's 14): `outcome_reason`, the DPO's
# reason in words (it may name someone), and the fee note's `structured_reference`, the
# payment reference that stands beside the payer's name on a bank statement. The refusals
# and rejections are counted by their legal ground (`grounds`, a closed list) instead.
FEE_FIGURES = (
    "id", "number", "year", "seq", "request_id", "amount", "vat_rate", "ground", "issued_on",
    "due_on", "status", "paid_on",
)  # fmt: skip
PAUSE_FIGURES = ("id", "request_id", "started", "ended")
VIEWS = {
    "figures_requests": ("requests", REQUEST_FIGURES),
    "figures_fee_notes": ("fee_notes", FEE_FIGURES),
    "figures_pauses": ("pauses", PAUSE_FIGURES),
}
# the columns a view leaves out read as NULL, these as "" (a RequestView needs text there)
_EMPTY_TEXT = ("subject_name", "subject_country")


@cache
def view_of(name: str) -> Any:
    """One figures view as a lightweight table (`.c` has its table's column names); one
    object per view, so that the clauses built on it share their FROM."""
    return table(name, *(column(c) for c in VIEWS[name][1]))


def requests_view() -> Any:
    """The requests' figures view (a lightweight table: `.c` has RequestRecord's names)."""
    return view_of("figures_requests")


def _listed(name: str, view: Any) -> ColumnElement[Any]:
    if name in view.c:
        return view.c[name]  # type: ignore[no-any-return]  # a lightweight table's column
    blank = literal("") if name in _EMPTY_TEXT else null()
    return blank.label(name)


def figures_between(session: Session, received_by: date, ended_since: date) -> list[RequestView]:
    """As request_queries.views_between, from the figures views: requests received by
    `received_by` and not finished before `ended_since`, without personal data."""
    r = requests_view().c
    return figure_views(
        session,
        and_(
            r.received <= received_by,
            or_(r.ended_on.is_(None), r.ended_on >= ended_since, r.answered_on >= ended_since),
        ),
    )


def figure_views(
    session: Session,
    where: ColumnElement[bool] | None,
    *,
    order: Sequence[Any] = (),
    offset: int = 0,
    limit: int | None = None,
) -> list[RequestView]:
    """RequestViews of the figures view's rows that match `where`, in `order`, with their
    fee notes and pauses; their personal fields are empty (the view has none)."""
    r = requests_view()
    stmt = select(*(_listed(name, r) for name in LISTED_COLUMNS))
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(*order)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    result = session.connection().execute(stmt)
    keys = list(result.keys())
    rows = result.all()
    ids = [row[keys.index("id")] for row in rows]
    fees = _children(
        session, "figures_fee_notes", ids, reason=literal(""), structured_reference=literal("")
    )
    pauses = _children(session, "figures_pauses", ids)
    return listed_views(keys, rows, fees, pauses, set())


def _children(
    session: Session, name: str, ids: Sequence[int], **extra: ColumnElement[Any]
) -> dict[int, list[Any]]:
    view = view_of(name)
    out: dict[int, list[Any]] = defaultdict(list)
    if not ids:
        return out
    columns = [*view.c, *(value.label(key) for key, value in extra.items())]
    among = select(func.unnest(bindparam("figure_ids", list(ids), type_=ARRAY(Integer))))
    query = select(*columns).where(view.c.request_id.in_(among)).order_by(view.c.id)
    for row in session.connection().execute(query):
        out[row.request_id].append(row)
    return out
