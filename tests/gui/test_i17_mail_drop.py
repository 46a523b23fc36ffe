"""Issue 17: an e-mail dropped on the window opens the new-request form filled from it, the
message beside it; registering keeps the message and its attachments with the request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.message_request import MessageRequestDialog

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(window: Any, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(400, 300), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _drop(window: Any, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(400, 300), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)


def test_a_dropped_message_fills_the_form(qtbot: Any, window: Any, wb: Any) -> None:
    message = MAIL / "nl-inzage-bijlagen.eml"
    assert _drag(window, _mime(message))
    _drop(window, _mime(message))
    dialog = window.commands.last_dialog
    assert isinstance(dialog, MessageRequestDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.nameEdit.text() == "Els Vermeulen"
    assert ui.emailEdit.text() == "els.vermeulen@example.net"
    assert ui.receivedEdit.date().toString("yyyy-MM-dd") == "2026-11-24"  # Brussels
    assert ui.channelCombo.currentData() == "email"
    assert ui.languageCombo.currentData() == "nl"
    assert dialog.rights() == ["access", "erasure"]  # suggested, for the DPO to confirm
    shown = dialog.message_view.toPlainText()
    assert "els.vermeulen@example.net" in shown and "identiteitskaart.jpg" in shown
    assert "artikel 15 AVG" in shown
    ui.accessCheck.setChecked(False)  # the DPO decides: erasure only
    ok = ok_button(ui.buttonBox)
    assert ok.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    reference = dialog.reference
    assert reference
    assert [r.value for r in wb.request(reference).rights] == ["erasure"]
    stored = wb.stored_documents(reference)
    assert [(d.kind, d.filename) for d in stored] == [
        ("email", "nl-inzage-bijlagen.eml"),  # the message keeps its own name (h17)
        ("attachment", "identiteitskaart.jpg"),
        ("attachment", "brief-inzage.pdf"),
    ]
    assert wb.stored_document(reference, stored[0].id)[1] == message.read_bytes()
    qtbot.waitUntil(lambda: window.model.total == 1)


def test_an_outlook_msg_is_taken_too(qtbot: Any, window: Any) -> None:
    assert _drag(window, _mime(MAIL / "en-outlook.msg"))
    _drop(window, _mime(MAIL / "en-outlook.msg"))
    dialog = window.commands.last_dialog
    assert isinstance(dialog, MessageRequestDialog)
    assert dialog.ui.nameEdit.text() == "Pieter Claes"
    assert dialog.ui.languageCombo.currentData() == "en"
    dialog.done(0)  # closed without the discard question (the form is filled)


def test_what_is_not_one_message_is_not_taken(window: Any, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("no mail")
    assert not _drag(window, _mime(text))
    two = _mime(MAIL / "nl-inzage-bijlagen.eml", MAIL / "fr-effacement.eml")
    assert not _drag(window, two)
    _drop(window, two)
    assert window.commands.last_dialog is None


def test_a_malformed_message_says_so_and_registers_nothing(
    window: Any, wb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: said.append(text))
    )
    assert _drag(window, _mime(MAIL / "malformed.eml"))  # by its name it is a message
    _drop(window, _mime(MAIL / "malformed.eml"))
    assert len(said) == 1 and "sender" in said[0]
    assert window.commands.last_dialog is None
    assert window.model.total == 0


def test_the_documents_tab_lists_what_came_in(
    qtbot: Any, window: Any, wb: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cluma_dpo.gui.documents_tab import DocumentsTab
    from cluma_dpo.services import mail_in
    from cluma_dpo.services.commands import NewRequest

    message = MAIL / "nl-inzage-bijlagen.eml"
    cmd = NewRequest(rights=["access"], name="Els Vermeulen", received="2026-11-24")  # type: ignore[arg-type]
    ref = wb.register_message(cmd, mail_in.read(message.read_bytes()))  # no file name known
    listed = f"E-mail – {ref}-message-2026-11-24.eml"  # named by its reference and date (h17)
    window.reload()
    assert window.list_panel.select_reference(ref)
    tab = window.detail.documents
    assert isinstance(tab, DocumentsTab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 3)
    items = {tab.tree.topLevelItem(i).text(1): tab.tree.topLevelItem(i) for i in range(3)}
    # never the raw code, nor the number of the message an attachment came with
    assert set(items) == {
        listed,
        "Attachment – identiteitskaart.jpg",
        "Attachment – brief-inzage.pdf",
    }
    pdf_only = {listed: False, "Attachment – identiteitskaart.jpg": False}
    for title, item in items.items():
        tab.tree.setCurrentItem(item)
        pdf = pdf_only.get(title, True)
        assert tab.open_button.isEnabled() is pdf and tab.print_button.isEnabled() is pdf
        assert tab.save_button.isEnabled()
    # saved again under another name: the message keeps the name it is listed with
    target = tmp_path / "bewaard.eml"
    monkeypatch.setattr(window, "ask_save_path", lambda *_a: target)
    tab.tree.setCurrentItem(items[listed])
    tab.save_button.click()
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == message.read_bytes()
    assert wb.stored_documents(ref)[0].filename == f"{ref}-message-2026-11-24.eml"
