"""The request list: search with debounce, the status and right filters, dashboard buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import register


def _names(window: Any) -> set[str]:
    return {window.model.view_at(i).subject.name for i in range(window.model.rowCount())}


def test_search_and_filters(qtbot: Any, wb: Any, window: Any) -> None:
    ann = register(wb, "Ann Peeters", email="ann.peeters@example.be", rights=("access",))
    register(wb, "Luc Desmet", email="luc@example.be", rights=("erasure",))
    register(wb, "Marie Peeters-Claes", rights=("rectification", "erasure"))
    window.reload()
    assert window.model.total == 3

    panel = window.list_panel
    qtbot.keyClicks(panel.search, "peeters")
    # debounced: nothing happens on the keystroke itself, the list follows after a pause
    assert window.model.total == 3
    qtbot.waitUntil(lambda: window.model.total == 2, timeout=2000)
    assert _names(window) == {"Ann Peeters", "Marie Peeters-Claes"}

    panel.right_filter.setCurrentIndex(panel.right_filter.findData("erasure"))
    assert _names(window) == {"Marie Peeters-Claes"}

    panel.search.clear()
    panel.apply()
    assert _names(window) == {"Luc Desmet", "Marie Peeters-Claes"}

    # e-mail and reference are searched too
    panel.right_filter.setCurrentIndex(0)
    panel.search.setText("luc@example")
    panel.apply()
    assert _names(window) == {"Luc Desmet"}
    panel.search.setText(ann.lower())
    panel.apply()
    assert _names(window) == {"Ann Peeters"}

    panel.search.clear()
    wb.withdraw(ann, reason="no longer needed")
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("withdrawn"))
    assert _names(window) == {"Ann Peeters"}
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("__open__"))
    assert _names(window) == {"Luc Desmet", "Marie Peeters-Claes"}

    # Enter searches at once and goes to the first match
    panel.status_filter.setCurrentIndex(0)
    panel.search.setText("desmet")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.model.total == 1
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.subject.name == "Luc Desmet"
    )

    panel.search.setText("nobody at all")
    panel.apply()
    assert window.model.total == 0
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty_clear.isVisibleTo(panel)
    qtbot.mouseClick(panel.empty_clear, Qt.MouseButton.LeftButton)
    assert window.model.total == 3


def test_dashboard_button_filters_the_list(qtbot: Any, wb: Any, window: Any) -> None:
    late = register(wb, "Overdue Person", days_ago=50)
    register(wb, "Fresh Person", days_ago=1)
    waiting = register(wb, "Waiting Person", days_ago=3)
    wb.request_identity(waiting)
    window.reload()
    strip = window.dashboard
    assert strip.counts["overdue"] == 1
    assert strip.counts["paused"] == 1
    assert strip.counts["open"] == 3
    assert strip.buttons["overdue"].text().startswith("1\n")

    qtbot.mouseClick(strip.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert window.model.total == 1
    assert window.model.view_at(0).reference == late
    assert window.list_panel.preset_chip.isVisibleTo(window)
    # the overdue number carries a red sign in the list, not colour alone
    days = window.model.index(0, 5).data()
    assert days.startswith("−")

    qtbot.mouseClick(strip.buttons["paused"], Qt.MouseButton.LeftButton)
    assert not strip.buttons["overdue"].isChecked()
    assert [window.model.view_at(i).reference for i in range(window.model.rowCount())] == [waiting]

    qtbot.mouseClick(strip.buttons["paused"], Qt.MouseButton.LeftButton)  # again: all
    assert window.model.total == 3
    assert not window.list_panel.preset_chip.isVisibleTo(window)


def test_deadline_banner_on_opening(qtbot: Any, wb: Any, window: Any) -> None:
    register(wb, "Overdue Person", days_ago=50)
    window.reload()
    window.notices.check_deadlines()
    assert window.banner.isVisibleTo(window)
    assert "overdue: 1" in window.banner.text_label.text()
    qtbot.mouseClick(window.banner.show_button, Qt.MouseButton.LeftButton)
    assert window.dashboard.buttons["overdue"].isChecked()
    assert window.model.total == 1
    qtbot.mouseClick(window.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisibleTo(window)


def test_sorting_is_a_query(qtbot: Any, wb: Any, window: Any) -> None:
    register(wb, "Zeno Zwart", days_ago=2)
    register(wb, "Anna Aerts", days_ago=1)
    window.reload()
    window.list_panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert window.model.query.order_by == "name"
    assert window.model.view_at(0).subject.name == "Anna Aerts"
    window.list_panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.model.view_at(0).subject.name == "Zeno Zwart"
