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

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock
from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.model import (
    DueWarning,
    Pause,
    RequestView,
    Status,
    WarningLevel,
)
from cluma_dpo.domain.queries import RequestQuery
from cluma_dpo.domain.settings import Settings
from cluma_dpo.storage import quick_queries as sq
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
    figures_only = False  # the local file: no logins, no roles (Workbench.figures_only)

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

        rows = sq.setting_rows(self.store, keys)
        settings, refused = Settings.from_stored((row.key, row.value) for row in rows)
        for key in refused:
            LOG.warning("setting %s holds a value this version refuses; default used", key)
        return settings

    def _pause_for_identity(self) -> bool:
        return self._settings("deadlines.pause_for_identity").deadlines.pause_for_identity

    # -- Workbench.request (services.requests.get_request) --------------------------------
    def request(self, reference: str, *, language: str = "nl") -> RequestView:
        s = self.store
        found = sq.request_rows(s, reference.strip().upper())
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
        )
        events = sq.event_rows(s, rec.reference)
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
        s = self.store
        keys, rows = sq.request_page(s, q, offset=offset, limit=limit)
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
        rows = sq.warning_rows(self.store, horizon)
        out: list[DueWarning] = []
        for rec in rows:
            for w in dl.warnings_for(
                _cached_deadlines(rec), Status(rec.status), today, due_soon_days=soon
            ):
                out.append(DueWarning(rec.reference, w.level, w.date))
        fees = sq.overdue_fee_rows(self.store, today)
        for fee in fees:
            out.append(DueWarning(fee.reference, WarningLevel.FEE_OVERDUE, fee.due_on, fee.number))
        return out


def _cached_deadlines(rec: Row) -> dl.Deadlines:
    """As services.monitoring._cached_deadlines: the dates the store keeps."""
    return dl.stored_deadlines(
        rec.due_date, rec.extended_due_date, rec.company_target_date, rec.effective_due_date,
        rec.paused,
    )  # fmt: skip
