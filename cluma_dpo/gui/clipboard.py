"""Personal data copied to the clipboard does not stay there: it is cleared after 30 s.

Covers the copy actions of the detail panel and Ctrl+C in any field of the window. The
clipboard is cleared only if it still holds what was copied here: something the user
copied since, in this program or another, is left alone. Locking clears it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(
        self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.clipboard = QGuiApplication.clipboard()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_now)
        self._copied: str | None = None
        self.clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard for a while."""
        self.clipboard.setText(text)
        self._arm(text)

    def _changed(self) -> None:
        # Ctrl+C in one of our fields: the clipboard is ours (or we are the active program,
        # where the platform cannot tell who owns it).
        text = self.clipboard.text()
        if not text or text == self._copied:
            return
        ours = (
            self.clipboard.ownsClipboard()
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if ours:
            self._arm(text)

    def _arm(self, text: str) -> None:
        self._copied = text
        self.timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what was copied here."""
        self.timer.stop()
        if self._copied is not None and self.clipboard.text() == self._copied:
            self.clipboard.clear()
        self._copied = None

    def detach(self) -> None:
        self.timer.stop()
        self.clipboard.dataChanged.disconnect(self._changed)
