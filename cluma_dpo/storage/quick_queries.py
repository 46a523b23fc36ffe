"""The SQL of the command line's quick read path (services/quick.py), over storage.quick.

The same queries as storage.request_queries and the monitoring queries, written as plain
SQLite text with parameters (dates as ISO text, as SQLAlchemy binds them);
tests/integration/test_quick_read.py checks both paths give the same answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.model import OPEN_STATUSES, Right, Status
from cluma_dpo.domain.queries import RequestQuery, search_pattern
from cluma_dpo.storage.quick import QuickStore, Row


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def setting_rows(store: QuickStore, keys: tuple[str, ...]) -> list[Row]:
    return store.rows(f"SELECT key, value FROM settings WHERE key IN ({_marks(len(keys))})", keys)


def request_rows(store: QuickStore, reference: str) -> list[Row]:
    return store.rows("SELECT * FROM requests WHERE reference = ?", (reference,))


def event_rows(store: QuickStore, reference: str) -> list[Row]:
    return store.rows("SELECT * FROM audit_events WHERE reference = ? ORDER BY id", (reference,))


def request_page(
    store: QuickStore, q: RequestQuery, *, offset: int, limit: int | None
) -> tuple[list[str], list[Any]]:
    """The list's rows in order of receipt (column names, rows)."""
    where, params = conditions(q)
    way = "DESC" if q.descending else "ASC"
    sql = "SELECT * FROM requests"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY received {way}, seq {way}, id {way}"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return store.table(sql, params)


def warning_rows(store: QuickStore, horizon: date) -> list[Row]:
    """Open, running requests whose stored dates may raise a warning by `horizon`."""
    return store.rows(
        "SELECT reference, status, due_date, extended_due_date, company_target_date, "
        "effective_due_date, paused FROM requests "
        f"WHERE status IN ({_marks(len(OPEN_STATUSES))}) AND paused IS 0 "
        "AND (effective_due_date <= ? OR due_date <= ?) "
        "ORDER BY effective_due_date, id",
        (*OPEN_STATUSES, horizon.isoformat(), horizon.isoformat()),
    )


def overdue_fee_rows(store: QuickStore, today: date) -> list[Row]:
    """Unpaid fee notes past their due date, of open requests."""
    return store.rows(
        "SELECT fee_notes.number, fee_notes.due_on, requests.reference FROM fee_notes "
        "JOIN requests ON fee_notes.request_id = requests.id "
        "WHERE fee_notes.status = 'unpaid' AND fee_notes.due_on < ? "
        f"AND requests.status IN ({_marks(len(OPEN_STATUSES))}) "
        "ORDER BY fee_notes.due_on, fee_notes.id",
        (today.isoformat(), *OPEN_STATUSES),
    )


def conditions(q: RequestQuery) -> tuple[list[str], list[Any]]:
    """storage.request_queries' conditions as SQL text and parameters (dates as ISO text, as
    SQLAlchemy binds them)."""
    assert q.today is not None
    today = q.today
    where: list[str] = []
    params: list[Any] = []

    def among(values: tuple[str, ...]) -> str:
        params.extend(values)
        return "status IN (" + ", ".join("?" * len(values)) + ")"

    if q.status:
        where.append("status = ?")
        params.append(v._enum(Status, q.status, "status").value)
    if q.statuses:
        where.append(among(q.statuses))
    if q.right:
        r = v._enum(Right, q.right, "right").value
        where.append("(rights = ? OR rights LIKE ? OR rights LIKE ? OR rights LIKE ?)")
        params += [r, f"{r},%", f"%,{r}", f"%,{r},%"]
    pattern = search_pattern(q)
    if pattern is not None:
        where.append("search_key LIKE ? ESCAPE '\\'")
        params.append(pattern)
    if q.open_only or q.overdue or q.due_within is not None or q.paused or q.awaiting_fee:
        where.append(among(OPEN_STATUSES))
    # the thresholds of domain.deadlines.warning_level, as services.requests uses them
    if q.overdue:
        where.append("(effective_due_date < ? AND paused IS 0)")
        params.append(dl.overdue_before(today).isoformat())
    if q.not_overdue:
        where.append("effective_due_date >= ?")
        params.append(dl.overdue_before(today).isoformat())
    if q.due_within is not None:
        where.append("(effective_due_date <= ? AND paused IS 0)")
        params.append(dl.due_soon_until(today, q.due_within).isoformat())
    if q.paused is not None:
        where.append("paused IS " + ("1" if q.paused else "0"))
    if q.awaiting_fee:
        where.append("status = ?")
        params.append(Status.AWAITING_FEE_PAYMENT.value)
    return where, params
