"""Lock now and the idle lock: every personal datum hidden, the database closed, unlock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from tests.gui.conftest import PASSPHRASE, register


def _assert_locked(window: Any) -> None:
    assert window.wb is None
    assert window.pages.currentWidget() is window.lock_page
    assert window.model.rowCount() == 0
    assert window.detail.view is None
    assert window.list_panel.search.text() == ""
    assert not window.acts["new"].isEnabled()
    assert window.windowTitle().startswith("Cluma DPO")
    for name in ("Ann Peeters", "DSR-"):
        assert name not in window.windowTitle()


def test_lock_now_and_unlock(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Ann Peeters", days_ago=2)
    window.reload()
    window.list_panel.search.setText("peeters")
    window.list_panel.apply()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)

    closed: list[bool] = []
    original_close = wb.close

    def spy_close() -> None:
        closed.append(True)
        original_close()

    wb.close = spy_close
    window.acts["lock"].trigger()
    _assert_locked(window)
    assert closed == [True]  # the database connection is closed, not just hidden
    qtbot.waitUntil(lambda: isinstance(window.findChild(UnlockDialog), UnlockDialog))
    dialog = window.findChild(UnlockDialog)
    qtbot.waitExposed(dialog)

    qtbot.keyClicks(dialog.ui.passphraseEdit, "wrong passphrase 123")
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "wrong passphrase" in dialog.ui.errorLabel.text()
    assert dialog.ui.passphraseEdit.text() == ""
    _assert_locked(window)

    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wb is not None)
    assert window.pages.currentIndex() == 0
    assert window.model.total == 1
    assert window.acts["new"].isEnabled()


def test_idle_lock(qtbot: Any, wb: Any, window: Any) -> None:
    """No input for lock.idle_minutes: data hidden, the database connection closed."""
    ref = register(wb, "Idle Person", days_ago=1)
    window.reload(select=ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert window.model.total == 1
    assert window.idle.limit_seconds == 10 * 60  # the default setting lock.idle_minutes
    closed: list[bool] = []
    original_close = wb.close

    def spy_close() -> None:
        closed.append(True)
        original_close()

    wb.close = spy_close
    window.detail.copy_actions["name"].trigger()  # personal data on the clipboard
    window.idle.timer.setInterval(20)
    window.idle.start(0.2 / 60)  # 0.2 seconds
    qtbot.waitUntil(lambda: window.wb is None, timeout=3000)
    _assert_locked(window)
    assert closed == [True]
    assert window.detail.title.text() == ""
    assert QApplication.clipboard().text() == ""
    dialog = window.findChild(UnlockDialog)
    if dialog is not None:
        dialog.reject()


def test_idle_setting_is_read(qtbot: Any, wb: Any, window: Any) -> None:
    wb.set_setting("lock.idle_minutes", "3")
    window.reload()
    window.populate()
    assert window.idle.limit_seconds == 180
    assert "3 min" in window.notices.summary.text()
