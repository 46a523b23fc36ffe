"""Issue 15, polish after a DPO's test run: the list follows a cancelled row switch, the
reopened letter window fits the screen, the manual's words and its demo section, and the
smaller defaults (letter kind, Overview tab, identity action, status words, due-soon words)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cluma_dpo.gui import unsaved
from tests.gui.conftest import register

STREET = "Nieuwe Straat 77"


def _selected_rows(window: Any) -> list[int]:
    return [i.row() for i in window.list_panel.table.selectionModel().selectedRows()]


def test_cancel_after_a_click_puts_the_list_back_on_the_edited_request(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any
) -> None:
    older = register(wb, "Ann Peeters", days_ago=5, street="Oude Straat 1", postcode="8500")
    newer = register(wb, "Bert Claes", days_ago=1)
    window.reload()
    assert window.list_panel.select_reference(older)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.detail.subject.edits["street"].setText(STREET)
    asked: list[str] = []

    def cancel(_parent: Any, text: str, *, can_save: bool = True) -> str:
        asked.append(text)
        return unsaved.CANCEL

    monkeypatch.setattr(unsaved, "ask_unsaved", cancel)
    table = window.list_panel.table
    row_newer = window.model.row_of(newer)
    row_older = window.model.row_of(older)
    rect = table.visualRect(window.model.index(row_newer, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert len(asked) == 1  # asked once, not again when the list goes back
    assert _selected_rows(window) == [row_older]
    assert table.currentIndex().row() == row_older
    assert window.list_panel.selected_reference == older
    assert window.detail.view.reference == older
    assert window.detail.subject.edits["street"].text() == STREET
    window.detail.subject.show_request(window.detail.subject.view)  # nothing left unsaved


def test_the_reopened_letter_window_fits_the_screen(qtbot: Any, wb: Any, window: Any) -> None:
    from cluma_dpo.gui import kept_documents
    from cluma_dpo.gui.dialogs.letter import preview_available

    if not preview_available():
        pytest.skip("needs Qt's PDF module")
    ref = register(wb, "Ann Peeters", days_ago=2, street="Kerkstraat 1", postcode="8500")
    wb.letter(ref, "acknowledgement")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    tab = window.detail.documents
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.open_button.click()
    viewer = window.kept.last_viewer
    assert isinstance(viewer, kept_documents.DocumentViewer)
    available = window.screen().availableGeometry()
    assert available.height() < 900  # the offscreen screen is a small one, like 800 px
    frame = viewer.frameGeometry()
    assert frame.height() <= available.height()
    assert frame.width() <= available.width()
    assert available.contains(frame)
    assert viewer.height() >= available.height() * 3 // 4  # still a tall window to read in
    viewer.close()
