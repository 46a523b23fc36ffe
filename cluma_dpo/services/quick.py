"""The command line's read verbs (show, list, due) without SQLAlchemy.

A QuickReader answers `request`, `requests` and `due` like the Workbench's methods of the
same names, over the plain rows of storage.quick, with the same domain rules (deadlines,
warnings, explanations) and the same record-to-view conversions (storage.views). It saves
the import of SQLAlchemy and the mapping of the records, a third of such a command's run.
tests/integration/test_quick_read.py checks, request by request and query by query, that
both give the same views and warnings.

What it does not read (another order of the list) raises storage.quick.Unavailable, like a
SQLite error: the command line then asks the workbench.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock
from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.model import (
    OPEN_STATUSES,
    DueWarning,
    Pause,
    RequestView,
    Right,
    Status,
    WarningLevel,
)
from cluma_dpo.domain.queries import RequestQuery, search_pattern
from cluma_dpo.domain.settings import Settings
from cluma_dpo.storage.quick import QuickStore, Row, Unavailable, open_quick
from cluma_dpo.storage.views import (
    _REFERENCE,
    detailed,
    listed_views,
    not_found,
    parse_rights,
    request_view,
)


def open_reader(
    data_dir: Path, passphrase: str, *, clock: Clock = SYSTEM_CLOCK
) -> QuickReader | None:
    """A reader on the database in data_dir, or None: then open the workbench."""
    store = open_quick(data_dir, passphrase)
    return None if store is None else QuickReader(store, clock)


class QuickReader:
    Unavailable = Unavailable

    def __init__(self, store: QuickStore, clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = store
        self.clock = clock

    def today(self) -> date:
        return self.clock.today()

    def close(self) -> None:
        self.store.close()

    def _settings(self, *keys: str) -> Settings:
        """The settings as services.settings.load_settings gives them, reading only `keys`
        from the store: every other setting keeps its default, so read only those."""
        from cluma_dpo.logs import LOG

        marks = ", ".join("?" * len(keys))
        rows = self.store.rows(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)
        settings, refused = Settings.from_stored((row.key, row.value) for row in rows)
        for key in refused:
            LOG.warning("setting %s holds a value this version refuses; default used", key)
        return settings

    def _pause_for_identity(self) -> bool:
        return self._settings("deadlines.pause_for_identity").deadlines.pause_for_identity

    # -- Workbench.request (services.requests.get_request) --------------------------------
    def request(self, reference: str, *, language: str = "nl") -> RequestView:
        s = self.store
        found = s.rows("SELECT * FROM requests WHERE reference = ?", (reference.strip().upper(),))
        if not found:
            raise NotFound(not_found("request", "reference", reference, _REFERENCE))
        rec = found[0]
        for name, table in (
            ("pauses", "pauses"),
            ("recipient_items", "recipient_items"),
            ("fee_notes", "fee_notes"),
            ("documents", "documents"),
        ):
            setattr(rec, name, s.children(table, [rec.id]).get(rec.id, []))
        rec.identity_documents = rec.id in s.with_identity_document([rec.id])
        d = dl.compute_deadlines(
            dl.DeadlineInput(
                received=rec.received,
                rights=parse_rights(rec.rights),
                account_deletion=rec.account_deletion,
                pauses=tuple(Pause(p.started, p.ended) for p in rec.pauses),
                extended_on=rec.extended_on,
            ),
            pause_for_identity=self._pause_for_identity(),
            language=language,
        )
        events = s.rows(
            "SELECT * FROM audit_events WHERE reference = ? ORDER BY id", (rec.reference,)
        )
        return request_view(rec, details=True, events=events, explanations=d.explanations())

    # -- Workbench.requests (services.requests.list_requests, with_details) ---------------
    def requests(
        self,
        query: RequestQuery,
        *,
        offset: int = 0,
        limit: int | None = None,
        details: bool = False,
    ) -> list[RequestView]:
        if query.order_by != "received":
            raise Unavailable("order")  # the workbench chooses how to search other orders
        q = query if query.today else replace(query, today=self.today())
        where, params = _conditions(q)
        way = "DESC" if q.descending else "ASC"
        sql = "SELECT * FROM requests"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY received {way}, seq {way}, id {way}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        s = self.store
        keys, rows = s.table(sql, params)
        at_id = keys.index("id")
        ids = [row[at_id] for row in rows]
        fees, pauses = s.children("fee_notes", ids), s.children("pauses", ids)
        views = listed_views(keys, rows, fees, pauses, s.with_identity_document(ids))
        if not details:
            return views
        items, docs = s.children("recipient_items", ids), s.children("documents", ids)
        pause = self._pause_for_identity()
        out = []
        for rid, view in zip(ids, views, strict=True):
            out.append(
                detailed(view, items.get(rid, ()), docs.get(rid, ()), pause_for_identity=pause)
            )
        return out

    # -- Workbench.due (services.monitoring.due_warnings) ---------------------------------
    def due(self, today: date | None = None) -> list[DueWarning]:
        today = today or self.today()
        soon = self._settings("warnings.due_soon_days").warnings.due_soon_days
        horizon = dl.warning_horizon(today, soon)
        marks = ", ".join("?" * len(OPEN_STATUSES))
        rows = self.store.rows(
            "SELECT reference, status, due_date, extended_due_date, company_target_date, "
            "effective_due_date, paused FROM requests "
            f"WHERE status IN ({marks}) AND paused IS 0 "
            "AND (effective_due_date <= ? OR due_date <= ?) "
            "ORDER BY effective_due_date, id",
            (*OPEN_STATUSES, horizon.isoformat(), horizon.isoformat()),
        )
        out: list[DueWarning] = []
        for rec in rows:
            for w in dl.warnings_for(
                _cached_deadlines(rec), Status(rec.status), today, due_soon_days=soon
            ):
                out.append(DueWarning(rec.reference, w.level, w.date))
        fees = self.store.rows(
            "SELECT fee_notes.number, fee_notes.due_on, requests.reference FROM fee_notes "
            "JOIN requests ON fee_notes.request_id = requests.id "
            "WHERE fee_notes.status = 'unpaid' AND fee_notes.due_on < ? "
            f"AND requests.status IN ({marks}) "
            "ORDER BY fee_notes.due_on",
            (today.isoformat(), *OPEN_STATUSES),
        )
        for fee in fees:
            out.append(DueWarning(fee.reference, WarningLevel.FEE_OVERDUE, fee.due_on, fee.number))
        return out


def _cached_deadlines(rec: Row) -> dl.Deadlines:
    """As services.monitoring._cached_deadlines: the dates the store keeps."""
    return dl.stored_deadlines(
        rec.due_date, rec.extended_due_date, rec.company_target_date, rec.effective_due_date,
        rec.paused,
    )  # fmt: skip


def _conditions(q: RequestQuery) -> tuple[list[str], list[Any]]:
    """services.requests._conditions as SQL text and parameters (dates as ISO text, as
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
