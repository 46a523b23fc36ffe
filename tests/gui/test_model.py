"""The list model over 50,000 requests: the first screen without loading them all.

How long the first screen takes is measured in tests/benchmarks/test_gui.py."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from cluma_dpo.domain.model import Channel, DataSubject, RequestView, Right, Status
from cluma_dpo.gui.models.requests_model import (
    LevelRole,
    ReferenceRole,
    RequestTableModel,
)
from cluma_dpo.services.requests import RequestQuery

TODAY = date(2026, 3, 2)


class FakeWorkbench:
    """Workbench-like: makes the rows it is asked for, and records what it was asked."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[tuple[int, int | None]] = []
        self.counted = 0

    def _view(self, i: int) -> RequestView:
        received = TODAY - timedelta(days=i % 400)
        return RequestView(
            reference=f"DSR-{received.year}-{i:05d}",
            rights=(Right.ACCESS,),
            channel=Channel.EMAIL,
            received=received,
            status=Status.IN_PROGRESS,
            subject=DataSubject(name=f"Person {i}"),
            due_date=received + timedelta(days=30),
            effective_due_date=received + timedelta(days=30),
        )

    def requests(
        self, query: RequestQuery, *, offset: int = 0, limit: int | None = None
    ) -> list[RequestView]:
        self.calls.append((offset, limit))
        end = self.total if limit is None else min(self.total, offset + limit)
        return [self._view(i) for i in range(offset, end)]

    def count(self, query: RequestQuery) -> int:
        self.counted += 1
        return self.total


def test_first_screen_of_50000_rows_without_loading_them_all(qtbot: Any) -> None:
    fake = FakeWorkbench(50_000)
    model = RequestTableModel(fake, today=TODAY)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.setModel(model)
    model.set_query(RequestQuery())
    with qtbot.waitExposed(view):
        view.show()
    assert model.total == 50_000
    assert model.rowCount() <= 2 * model.page_size  # one page, perhaps a second
    assert all(limit == model.page_size for _, limit in fake.calls)
    assert fake.counted == 1
    assert model.index(0, 0).data() == "DSR-2026-00000"
    assert model.index(0, 0).data(ReferenceRole) == "DSR-2026-00000"

    # scrolling to the end fetches page by page, with correct row insertion
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    loaded = model.rowCount()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == loaded + model.page_size
    assert inserted == [(loaded, loaded + model.page_size - 1)]
    assert fake.calls[-1] == (loaded, model.page_size)
    assert model.index(loaded, 0).data().endswith(f"-{loaded:05d}")


def test_days_left_carries_level_number_and_icon(qtbot: Any) -> None:
    fake = FakeWorkbench(40)
    model = RequestTableModel(fake, today=TODAY, due_soon_days=7)
    model.set_query(RequestQuery())
    overdue = model.index(35, 5)  # received 35 days ago, due after 30
    assert overdue.data() == "−5"
    assert overdue.data(LevelRole) == "overdue"
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    soon = model.index(25, 5)
    assert soon.data() == "5"
    assert soon.data(LevelRole) == "due-soon"
    calm = model.index(0, 5)
    assert calm.data() == "30"
    assert calm.data(LevelRole) is None
    assert calm.data(Qt.ItemDataRole.ForegroundRole) is None


def test_short_result_needs_no_count(qtbot: Any) -> None:
    fake = FakeWorkbench(12)
    model = RequestTableModel(fake, today=TODAY)
    model.set_query(RequestQuery(search="x"))
    assert model.total == 12
    assert fake.counted == 0
    assert not model.canFetchMore(QModelIndex())


def test_sort_asks_the_source(qtbot: Any) -> None:
    fake = FakeWorkbench(500)
    model = RequestTableModel(fake, today=TODAY)
    model.set_query(RequestQuery())
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "urgency"  # the due column sorts by urgency (issue 15)
    assert model.query.descending is False
    assert model.rowCount() == model.page_size
