"""Locking: the idle watcher that triggers it and the page shown while locked.

The watcher notes the time of the last keyboard or mouse input anywhere in the application
and checks it every few seconds; a timer reset on every event would cost more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from cluma_dpo.gui.icons import icon

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, check_ms: int = 5_000) -> None:
        super().__init__(parent)
        self.limit_seconds = 10 * 60.0
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, minutes: float) -> None:
        self.limit_seconds = minutes * 60.0
        self.last_input = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self.last_input >= self.limit_seconds:
            self.timer.stop()
            self.idle.emit()

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPage(QWidget):
    """All that is visible while locked: no name, no reference, no count."""

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon("lock").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Cluma DPO is locked. The database is closed."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(icon("unlock"), self.tr("&Unlock…"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock_requested)
        layout.addWidget(picture)
        layout.addWidget(self.message)
        row = QVBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.button)
        layout.addLayout(row)
        layout.addStretch(2)


KEEP_OVER_LOCK = "keepOverLock"  # the dialog property of the dialogs a lock veils, not closes


class LiveWorkbench:
    """The window's workbench at the time of each call, not at the time a dialog was made:
    a dialog kept over a lock confirms into the database opened by the unlock."""

    def __init__(self, window: QObject) -> None:
        self._window: Any = window  # the MainWindow (its `workbench` raises while locked)

    def __getattr__(self, name: str) -> object:
        current = self._window.workbench
        attribute = getattr(current, name)
        if not callable(attribute):
            return attribute

        def call(*args: object, **kwargs: object) -> object:
            return getattr(self._window.workbench, name)(*args, **kwargs)

        return call


class DialogVeil(QObject):
    """Over a lock, a dialog holding typed input is veiled rather than closed (issue 15:
    nothing typed is lost, and nothing is readable while locked): its content and title are
    hidden behind a lock page with its own Unlock button, Escape and closing are refused, and
    everything is given back, as it was, after unlocking. The input stays in memory only."""

    def __init__(self, dialog: QDialog, unlock: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.title = dialog.windowTitle()
        self.hidden = [
            child
            for child in dialog.children()
            if isinstance(child, QWidget) and not child.isWindow() and not child.isHidden()
        ]
        self.focus = dialog.focusWidget()
        for child in self.hidden:
            child.hide()
        dialog.setWindowTitle("Cluma DPO")
        self.page = LockPage(dialog)
        self.page.setObjectName("lockVeil")
        self.page.unlock_requested.connect(unlock)
        self.page.setGeometry(dialog.rect())
        self.page.show()
        self.page.raise_()
        self.page.button.setFocus()
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.page.setGeometry(self.dialog.rect())
        elif event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        elif isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            return True
        return False

    def lift(self) -> None:
        """After unlocking: the dialog as it was, with what was typed."""
        self.dialog.removeEventFilter(self)
        self.page.hide()
        self.page.deleteLater()
        for child in self.hidden:
            child.show()
        self.dialog.setWindowTitle(self.title)
        self.dialog.raise_()
        self.dialog.activateWindow()
        if self.focus is not None:
            self.focus.setFocus()
        self.deleteLater()


def veil_dialogs(window: QWidget, unlock: Callable[[], object]) -> None:
    """Locking: veil the visible dialogs that keep their input over a lock, close the others
    (questions, file choosers, progress: nothing typed in them is lost by closing)."""
    popup = QApplication.activePopupWidget()
    while popup is not None:  # an open calendar or list closes, it holds nothing typed
        popup.close()
        following = QApplication.activePopupWidget()
        popup = None if following is popup else following
    for dialog in window.findChildren(QDialog):
        if dialog.property(KEEP_OVER_LOCK) and dialog.isVisible():
            if dialog.findChild(DialogVeil) is None:
                DialogVeil(dialog, unlock)
            continue
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.hide()


def lift_veils(window: QWidget) -> None:
    for veil in window.findChildren(DialogVeil):
        veil.lift()
