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
    wb.reject(refs["closed_new"], reason="manifestly unfounded", ground="unfounded")
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


def test_a_card_shows_in_the_combos_and_a_contrary_status_drops_it(
    qtbot: Any, wb: Any, window: Any, mixed: dict[str, str]
) -> None:
    window.reload()
    panel, strip = window.list_panel, window.dashboard
    qtbot.mouseClick(strip.buttons["open"], Qt.MouseButton.LeftButton)
    assert panel.status_filter.currentData() == "__open__"  # the combo says what the card did
    assert window.model.total == 5

    # a status the card excludes: the card lets go, the list shows what the combo says
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("withdrawn"))
    assert not strip.buttons["open"].isChecked()
    assert panel.preset is None
    assert set(_refs(window)) == {mixed["closed_old"], mixed["withdrawn"]}

    # a card that implies "open" sets the combo to open; one within it keeps the card
    qtbot.mouseClick(strip.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert panel.status_filter.currentData() == "__open__"
    assert window.model.total == 2
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("received"))
    assert strip.buttons["overdue"].isChecked()
    assert window.model.total == 2

    # awaiting payment is a status
    qtbot.mouseClick(strip.buttons["awaiting-fee"], Qt.MouseButton.LeftButton)
    assert panel.status_filter.currentData() == "awaiting-fee-payment"
    assert not strip.buttons["overdue"].isChecked()


def test_one_clear_clears_everything_and_the_card(
    qtbot: Any, wb: Any, window: Any, mixed: dict[str, str]
) -> None:
    window.reload()
    panel, strip = window.list_panel, window.dashboard
    qtbot.mouseClick(strip.buttons["overdue"], Qt.MouseButton.LeftButton)
    panel.right_filter.setCurrentIndex(panel.right_filter.findData("access"))
    panel.search.setText("late")
    panel.apply()
    assert window.model.total == 2
    panel.clear_filters()
    assert not any(b.isChecked() for b in strip.buttons.values())
    assert not panel.preset_chip.isVisibleTo(window)
    assert panel.status_filter.currentIndex() == 0
    assert panel.right_filter.currentIndex() == 0
    assert panel.search.text() == ""
    assert window.model.total == len(mixed)

    # the chip on the filter bar lets go of the card too
    qtbot.mouseClick(strip.buttons["paused"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.preset_chip, Qt.MouseButton.LeftButton)
    assert not strip.buttons["paused"].isChecked()
    assert panel.status_filter.currentIndex() == 0
    assert window.model.total == len(mixed)


def test_no_results_names_the_filters_and_is_not_clipped(
    qtbot: Any, wb: Any, window: Any, mixed: dict[str, str]
) -> None:
    window.reload()
    panel, strip = window.list_panel, window.dashboard
    qtbot.mouseClick(strip.buttons["overdue"], Qt.MouseButton.LeftButton)
    panel.right_filter.setCurrentIndex(panel.right_filter.findData("erasure"))
    panel.search.setText("nobody at all")
    panel.apply()
    assert window.model.total == 0
    assert panel.stack.currentWidget() is panel.empty
    text = panel.empty_label.text()
    for part in ("overdue", "erasure", "nobody at all", "open"):
        assert part in text, part
    label = panel.empty_label
    # once the layout has run (the next turn of the event loop), every line shows
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 0, timeout=1000)
    assert label.width() <= panel.empty.width()
    assert panel.empty_clear.isVisibleTo(panel)
