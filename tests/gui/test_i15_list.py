"""The list (issue 15): urgency first when sorted by days or due date; one filter state
shared by the dashboard cards, the combos and the search, with one "clear"; a "no results"
message that is not clipped and names the filters that hide the rows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cluma_dpo.gui.models.requests_model import COL_DAYS, COL_DUE
from tests.gui.conftest import register


def _refs(window: Any) -> list[str]:
    return [window.model.view_at(i).reference for i in range(window.model.rowCount())]


@pytest.fixture
def mixed(wb: Any) -> dict[str, str]:
    """Open requests overdue, due soon and later, one paused, and finished ones."""
    refs = {
        "late21": register(wb, "Late Twentyone", days_ago=52),
        "late4": register(wb, "Late Four", days_ago=35),
        "soon": register(wb, "Soon Six", days_ago=25),
        "later": register(wb, "Later Person", days_ago=1),
        "paused": register(wb, "Paused Person", days_ago=10),
        "closed_old": register(wb, "Closed Old", days_ago=300),
        "withdrawn": register(wb, "Withdrawn Person", days_ago=40),
        "closed_new": register(wb, "Closed New", days_ago=5),
    }
    wb.request_identity(refs["paused"])
    wb.withdraw(refs["closed_old"], reason="no longer needed", on=wb.today().replace(month=2))
    wb.withdraw(refs["withdrawn"], reason="no longer needed")
    wb.reject(refs["closed_new"], reason="manifestly unfounded")
    return refs


@pytest.mark.parametrize("column", [COL_DAYS, COL_DUE])
def test_sorting_by_days_puts_urgency_first(
    qtbot: Any, wb: Any, window: Any, mixed: dict[str, str], column: int
) -> None:
    window.reload()
    table = window.list_panel.table
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    order = _refs(window)
    open_part = [mixed[k] for k in ("late21", "late4", "soon", "later", "paused")]
    assert order[:5] == open_part
    # the finished ones after all open ones, the most recently ended first
    assert set(order[5:]) == {mixed["closed_old"], mixed["withdrawn"], mixed["closed_new"]}
    assert order[-1] == mixed["closed_old"]
    days = [window.model.index(i, COL_DAYS).data() for i in range(3)]
    assert days[0].startswith("−") and days[1].startswith("−")

    # descending reverses the open ones; the finished ones stay at the end
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    order = _refs(window)
    assert order[:5] == open_part[::-1]
    assert set(order[5:]) == {mixed["closed_old"], mixed["withdrawn"], mixed["closed_new"]}
