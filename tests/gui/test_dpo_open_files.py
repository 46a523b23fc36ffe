"""DPO day (dpo-final): an e-mail or a scan can be taken in without drag and drop — from the
File menu (Open e-mail message…, Ctrl+O) and the Documents menu (Attach file…) — for a
keyboard user, a remote desktop or a mail program that cannot drag files out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from cluma_dpo.gui import open_files
from cluma_dpo.gui.dialogs.message_request import MessageRequestDialog
from tests.gui.conftest import register

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _menu_names(window: Any, key: str) -> list[str]:
    return [a.objectName() for a in window.menus[key].actions()]


def test_a_message_opens_from_the_file_menu(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.acts["open_message"]
    assert "action_open_message" in _menu_names(window, "file")
    assert action.shortcut().toString() == "Ctrl+O"
    assert action.isEnabled()
    monkeypatch.setattr(open_files, "ask_open_path", lambda *a: MAIL / "fr-effacement.eml")
    action.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, MessageRequestDialog)
    qtbot.waitExposed(dialog)
    assert dialog.ui.channelCombo.currentData() == "email"
    assert dialog.ui.languageCombo.currentData() == "fr"
    QDialog.done(dialog, 0)  # not reject(): the filled form would ask first


def test_cancelling_the_file_dialog_opens_nothing(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_files, "ask_open_path", lambda *a: None)
    before = window.commands.last_dialog
    window.acts["open_message"].trigger()
    assert window.commands.last_dialog is before


def test_a_scan_is_attached_from_the_documents_menu(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.acts["attach_file"]
    assert "action_attach_file" in _menu_names(window, "documents")
    assert not action.isEnabled()  # nothing selected: nothing to attach to
    ref = register(wb, "Jan Peeters")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert action.isEnabled()
    scan = tmp_path / "brief-per-post.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(open_files, "ask_open_path", lambda *a: scan)
    action.trigger()
    assert [(d.kind, d.filename) for d in wb.stored_documents(ref)] == [
        ("scan", "brief-per-post.png")
    ]
    window.lock()
    assert not action.isEnabled() and not window.acts["open_message"].isEnabled()


def test_open_message_sits_right_under_new_request(window: Any) -> None:
    # dpo-final finding 10: it sat after the separator, next to "Open demo data…"
    names = _menu_names(window, "file")
    assert names.index("action_open_message") == names.index("action_new") + 1
