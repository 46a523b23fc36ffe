"""Issue 17: a scanned letter (PDF, JPEG, PNG) or an e-mail dragged onto the selected request
is attached to it, as `cluma-dpo attach` does; elsewhere a message still opens a new request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import register

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(target: Any, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.ignore()
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def _drop(target: Any, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, event)


def _select(qtbot: Any, window: Any, wb: Any) -> str:
    ref = register(wb, "Jan Peeters")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    return ref


def test_a_scan_dropped_on_the_request_is_attached(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path
) -> None:
    ref = _select(qtbot, window, wb)
    scan = tmp_path / "brief-per-post.png"
    scan.write_bytes(PNG)
    assert _drag(window.detail, _mime(scan))
    _drop(window.detail, _mime(scan))
    stored = wb.stored_documents(ref)
    assert [(d.kind, d.filename) for d in stored] == [("scan", "brief-per-post.png")]
    assert wb.stored_document(ref, stored[0].id)[1] == PNG
    tab = window.detail.documents
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    assert "brief-per-post.png" in tab.tree.topLevelItem(0).text(1)
    assert "brief-per-post.png" in window.statusBar().currentMessage()
    assert window.commands.last_dialog is None  # no new-request form


def test_a_message_dropped_on_the_request_is_kept_with_it(qtbot: Any, window: Any, wb: Any) -> None:
    ref = _select(qtbot, window, wb)
    message = MAIL / "nl-inzage-bijlagen.eml"
    assert _drag(window.detail, _mime(message))
    _drop(window.detail, _mime(message))
    stored = wb.stored_documents(ref)
    assert [d.kind for d in stored] == ["email", "attachment", "attachment"]
    assert wb.stored_document(ref, stored[0].id)[1] == message.read_bytes()
    assert window.commands.last_dialog is None
    assert window.model.total == 1  # attached, not registered anew


def test_what_cannot_be_attached_is_refused(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path
) -> None:
    ref = _select(qtbot, window, wb)
    text = tmp_path / "notes.txt"
    text.write_text("no scan")
    assert not _drag(window.detail, _mime(text))
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"not a pdf at all")  # its name says PDF, its bytes do not
    assert _drag(window.detail, _mime(fake))
    _drop(window.detail, _mime(fake))
    assert wb.stored_documents(ref) == []
    assert window.statusBar().currentMessage().startswith("⚠")


def test_without_a_selected_request_nothing_is_attached(
    window: Any, wb: Any, tmp_path: Path
) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(PNG)
    assert window.detail.view is None
    assert not _drag(window.detail, _mime(scan))


def test_the_calendar_feed_follows_a_change_made_in_the_app(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path
) -> None:
    from icalendar import Calendar

    feed = tmp_path / "termijnen.ics"
    wb.set_setting("calendar.feed_file", str(feed))
    ref = _select(qtbot, window, wb)
    uids = {str(e["uid"]) for e in Calendar.from_ical(feed.read_bytes()).walk("VEVENT")}
    assert f"{ref}-due@cluma-dpo" in uids
    assert b"Peeters" not in feed.read_bytes()
    wb.withdraw(ref, reason="per e-mail ingetrokken")
    assert b"BEGIN:VEVENT" not in feed.read_bytes()
