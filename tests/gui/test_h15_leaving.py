"""h15, the DPO's day under Xvfb: every way to another database asks about an unsaved edit
(as a row switch does), and the demo remembers its folder and fills without hiding the
list's text under its progress box."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from cluma_dpo.gui import unsaved
from cluma_dpo.gui.demo_dialog import DemoDialog
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from tests.gui.conftest import PASSPHRASE, register

SMALL = 12  # demo requests: enough to see, quick to invent
STREET = "Nieuwe Straat 77"


@pytest.fixture(autouse=True)
def _small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    from cluma_dpo.gui import demo

    monkeypatch.setattr(demo, "DEMO_REQUESTS", SMALL)


class Asker:
    """Stands in for the Save / Discard / Cancel question: answers `choice`, counts asks."""

    def __init__(self, choice: str) -> None:
        self.choice = choice
        self.asked: list[str] = []

    def __call__(self, _parent: Any, text: str, *, can_save: bool = True) -> str:
        self.asked.append(text)
        return self.choice


def _edit(qtbot: Any, window: Any, reference: str) -> None:
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.detail.subject.edits["street"].setText(STREET)
    assert window.detail.subject.dirty


def _open_demo(qtbot: Any, window: Any, folder: Path) -> None:
    from cluma_dpo.gui.demo import open_demo

    dialog = open_demo(window)
    assert isinstance(dialog, DemoDialog)
    dialog.folder_edit.setText(str(folder))
    dialog.accept()
    qtbot.waitUntil(lambda: window.directory == folder, timeout=30_000)
    qtbot.waitUntil(lambda: window.model.total == SMALL, timeout=10_000)


@pytest.mark.parametrize("way", ["open demo", "restore"])
def test_leaving_the_own_database_asks_about_an_unsaved_edit(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, way: str
) -> None:
    ref = register(wb, "Ann Peeters", days_ago=3, street="Oude Straat 1")
    window.reload()
    _edit(qtbot, window, ref)
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    action = window.acts["open_demo"] if way == "open demo" else window.acts["restore"]
    window.commands.last_dialog = None
    action.trigger()
    assert len(ask.asked) == 1 and ref in ask.asked[0]
    assert window.commands.last_dialog is None  # cancelled: nothing opened
    assert window.detail.subject.edits["street"].text() == STREET  # the edit stays
    ask.choice = unsaved.SAVE
    action.trigger()
    assert wb.request(ref).subject.street == STREET  # saved, then on
    dialog = window.commands.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_back_to_my_database_asks_about_an_unsaved_edit_in_the_demo(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    _open_demo(qtbot, window, folder)
    demo_wb = window.wb
    ref = window.model.view_at(0).reference
    before = demo_wb.request(ref).subject.street
    _edit(qtbot, window, ref)
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.commands.last_dialog = None
    window.demo_mode.back_action.trigger()
    assert len(ask.asked) == 1 and ref in ask.asked[0]
    assert window.commands.last_dialog is None  # no passphrase asked: the demo stays
    assert window.detail.subject.edits["street"].text() == STREET
    ask.choice = unsaved.DISCARD
    window.demo_mode.back_action.trigger()
    unlock = window.commands.last_dialog
    assert isinstance(unlock, UnlockDialog) and unlock.isVisible()
    assert demo_wb.request(ref).subject.street == before  # discarded, as chosen
    unlock.ui.passphraseEdit.setText(PASSPHRASE)
    unlock.accept()
    qtbot.waitUntil(lambda: not window.demo_mode.away)
    assert len(ask.asked) == 2  # asked once per way out, never twice
    window.wb.close()


# -- 8. the demo dialog remembers its folder ------------------------------------------------
def test_the_demo_dialog_proposes_the_folder_used_last(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from cluma_dpo.gui.demo import open_demo

    first = open_demo(window)
    assert isinstance(first, DemoDialog)
    default = first.folder_edit.text()
    first.reject()
    folder = tmp_path / "elsewhere" / "my-demo"
    _open_demo(qtbot, window, folder)
    again = open_demo(window)
    assert isinstance(again, DemoDialog)
    assert again.folder_edit.text() == str(folder) != default
    again.reject()


# -- 10. the progress box does not cover the list's text ------------------------------------
def test_the_first_demo_fills_behind_a_centred_box_without_the_empty_list_text(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import demo

    go = threading.Event()  # the invention waits until the box was looked at
    fill = demo.fill

    def held(wb: Any, requests: int | None = None) -> int:
        go.wait(30)
        return fill(wb, requests)

    monkeypatch.setattr(demo, "fill", held)
    assert window.model.total == 0
    panel = window.list_panel
    assert panel.stack.currentWidget() is panel.empty  # "No requests yet" and its buttons
    folder = tmp_path / "demo"
    wb, fresh = demo.open_or_create_demo(folder)
    assert fresh
    demo.show_demo(window, folder, wb, fresh)
    QApplication.processEvents()
    boxes = [b for b in window.findChildren(QProgressDialog) if b.isVisible()]
    try:
        assert len(boxes) == 1
        assert not panel.empty_label.isVisible() and not panel.empty_demo.isVisible()
        centre, middle = boxes[0].frameGeometry().center(), window.frameGeometry().center()
        assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2
    finally:
        go.set()
    qtbot.waitUntil(lambda: window.directory == folder, timeout=30_000)
    qtbot.waitUntil(lambda: window.model.total == SMALL, timeout=10_000)
    assert panel.stack.currentWidget() is panel.table
