"""The desktop keeps no secrets lying around: the clipboard is cleared, the passphrase never
reaches QSettings; the retention policy runs when the database opens; a new language
rebuilds the window on the same open database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluma_dpo.gui.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.gui.ui_settings import ui_settings
from tests.gui.conftest import PASSPHRASE, register


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload(select=reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def test_copied_personal_data_is_cleared_after_30_seconds(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(
        wb,
        "Ann Peeters",
        days_ago=2,
        email="ann@example.be",
        street="Stationsstraat 12",
        postcode="8800",
        city="Roeselare",
    )
    _select(qtbot, window, ref)
    clipboard = QApplication.clipboard()
    assert CLEAR_AFTER_MS == 30_000 and window.clipboard.timer.interval() == 30_000
    window.clipboard.timer.setInterval(150)  # the same timer, shortened for the test

    window.detail.copy_actions["email"].trigger()
    assert clipboard.text() == "ann@example.be"
    assert "30" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    window.detail.copy_actions["address"].trigger()
    assert clipboard.text() == "Ann Peeters\nStationsstraat 12\n8800 Roeselare"
    window.detail.copy_actions["reference"].trigger()
    assert clipboard.text() == ref
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    window.detail.copy_actions["name"].trigger()
    window.lock()  # locking clears it at once
    assert clipboard.text() == ""
    dialog = window.findChild(UnlockDialog)
    if dialog is not None:
        dialog.reject()


def test_the_clipboard_keeps_what_the_user_copied_since(qtbot: Any) -> None:
    guard = ClipboardGuard(clear_after_ms=50)
    clipboard = guard.clipboard
    guard.copy("DSR-2026-0001")
    clipboard.blockSignals(True)  # as if another program took the clipboard
    clipboard.setText("a recipe for soup")
    clipboard.blockSignals(False)
    guard.clear_now()
    assert clipboard.text() == "a recipe for soup"
    guard.detach()


def test_the_passphrase_never_reaches_qsettings(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path
) -> None:
    """Unlock and lock, then read every QSettings key and file: no passphrase anywhere."""
    register(wb, "Ann Peeters", days_ago=2)
    window.reload()
    window.lock()
    qtbot.waitUntil(lambda: isinstance(window.findChild(UnlockDialog), UnlockDialog))
    dialog = window.findChild(UnlockDialog)
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wb is not None)
    window.lock()
    window.save_layout()
    settings = ui_settings()
    settings.sync()
    keys = settings.allKeys()
    assert "interface/language" in keys and "window/geometry" in keys  # it was written
    for key in keys:
        assert PASSPHRASE not in str(settings.value(key)), key
    files = [p for p in (tmp_path / "qsettings").rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for form in (PASSPHRASE.encode(), PASSPHRASE.encode("utf-16-le")):
            assert form not in content, path
    dialog = window.findChild(UnlockDialog)
    if dialog is not None:
        dialog.reject()


def _old_and_recent(wb: Any) -> tuple[str, str]:
    old = register(wb, "Old Case", days_ago=800)
    # a grant needs a verified identity (issue 15: else no answer letter could be made)
    wb.verify_identity(old, "account-email", on=wb.today() - timedelta(days=795))
    wb.close_request(old, "granted", on=wb.today() - timedelta(days=790))
    recent = register(wb, "Recent Case", days_ago=3)
    wb.set_setting("retention.years", "1")
    return old, recent


def _open(qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch, answer: bool):  # type: ignore[no-untyped-def]
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.gui.notices import Notices

    asked: list[int] = []

    def confirm(_self: Any, count: int) -> bool:
        asked.append(count)
        return answer

    monkeypatch.setattr(Notices, "confirm_retention", confirm)
    # a clock that looks wrong is asked about first (tests/gui/test_wrong_clock.py): "No"
    monkeypatch.setattr(Notices, "confirm_date", lambda _s, _problem, _today, answer: answer(False))
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.notices.last_retention is not None, timeout=10_000)
    return window, asked


def test_retention_on_opening_asks_and_runs_on_yes(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, recent = _old_and_recent(wb)
    window, asked = _open(qtbot, wb, data_dir, monkeypatch, answer=True)
    assert asked == [1]
    assert window.notices.last_retention == 1
    assert wb.request(old).anonymised
    assert not wb.request(recent).anonymised
    assert "anonymised" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.model.view_at(window.model.row_of(old)).anonymised)
    window.wb = None
    window.close()


def test_retention_on_opening_changes_nothing_on_no(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _recent = _old_and_recent(wb)
    window, asked = _open(qtbot, wb, data_dir, monkeypatch, answer=False)
    assert asked == [1] and window.notices.last_retention == 0
    assert not wb.request(old).anonymised
    window.wb = None
    window.close()


def test_a_wrong_clock_at_opening_anonymises_nothing_and_asks_nothing(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #16: with the clock at 2033-01-15 the app anonymised every finished request."""
    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock

    old, _recent = _old_and_recent(wb)
    wrong = FixedClock.on(date(2033, 1, 15))
    monkeypatch.setattr(app, "CLOCK", wrong)
    monkeypatch.setattr(wb, "clock", wrong)
    window, asked = _open(qtbot, wb, data_dir, monkeypatch, answer=True)
    assert window.today() == date(2033, 1, 15)
    assert asked == [] and window.notices.last_retention == 0
    assert not wb.request(old).anonymised
    assert "clock looks wrong" in window.statusBar().currentMessage()
    window.wb = None
    window.close()


def test_retention_is_silent_when_nothing_is_due(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.notices.last_retention is not None, timeout=10_000)
    assert window.notices.last_retention == 0
    assert "anonymised" not in window.statusBar().currentMessage()


def test_a_new_language_rebuilds_the_window_on_the_open_database(
    qtbot: Any, wb: Any, data_dir: Path
) -> None:
    from cluma_dpo.gui import main

    window = main.show_window(wb, data_dir)
    try:
        assert window.menus["file"].title() == "&Bestand"  # the default, Dutch
        wb.set_setting("interface.language", "fr")
        window.apply_settings()
        qtbot.waitUntil(lambda: main._windows[-1] is not window, timeout=5000)
        new = main._windows[-1]
        assert new.menus["file"].title() == "&Fichier"
        assert new.wb is wb and window.wb is None  # handed over, not closed
        assert ui_settings().value("interface/language") == "fr"  # for the next unlock
    finally:
        for w in list(main._windows):
            w.wb = None  # the fixture closes the database
            w.close()
            w.deleteLater()
        main._windows.clear()
