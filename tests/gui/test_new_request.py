"""Registering a request through the dialog, as a user would: type, see it in the list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cluma_dpo.gui import unsaved
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog


def test_register_through_the_dialog_shows_it_in_the_list(qtbot: Any, window: Any) -> None:
    assert window.model.total == 0
    assert window.list_panel.stack.currentWidget() is window.list_panel.empty
    assert "Ctrl+N" in window.list_panel.empty_label.text()

    window.acts["new"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ok = ok_button(ui.buttonBox)
    assert not ok.isEnabled()  # nothing typed yet

    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("post"))
    qtbot.mouseClick(ui.accessCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.nameEdit, "Ann Peeters")
    qtbot.keyClicks(ui.emailEdit, "ann@")
    assert not ok.isEnabled()
    assert ui.emailError.isVisibleTo(dialog) and "e-mail" in ui.emailError.text()
    qtbot.keyClicks(ui.emailEdit, "example.be")
    qtbot.keyClicks(ui.streetEdit, "Kachtemsestraat 161")
    qtbot.keyClicks(ui.postcodeEdit, "880")
    assert not ok.isEnabled()
    assert "four digits" in ui.addressError.text()
    qtbot.keyClicks(ui.postcodeEdit, "0")
    qtbot.keyClicks(ui.cityEdit, "Roeselare")
    assert ok.isEnabled(), dialog.problems()

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    reference = dialog.reference
    assert reference and reference.startswith("DSR-")
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.list_panel.stack.currentWidget() is window.list_panel.table
    assert window.model.view_at(0).reference == reference
    assert window.model.view_at(0).subject.name == "Ann Peeters"
    # the new request is selected and shown in the detail panel
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert window.detail.view.reference == reference
    assert window.detail.view.channel.value == "post"
    assert window.detail.subject.edits["city"].text() == "Roeselare"


def test_account_deletion_only_with_erasure(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: Any
) -> None:
    window.acts["new"].trigger()
    ui = window.commands.last_dialog.ui
    assert not ui.accountDeletionCheck.isEnabled()
    ui.erasureCheck.setChecked(True)
    assert ui.accountDeletionCheck.isEnabled()
    asked: list[bool] = []  # issue 15: a filled form asks before it is discarded
    monkeypatch.setattr(unsaved, "ask_discard_form", lambda _p: asked.append(True) or True)
    window.commands.last_dialog.reject()
    assert asked == [True]


def test_ctrl_n_opens_the_dialog(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    window.list_panel.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, NewRequestDialog))
    window.commands.last_dialog.reject()
