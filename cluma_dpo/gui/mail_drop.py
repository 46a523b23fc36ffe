"""Dropping an e-mail on the window (issue 17): an .eml or an Outlook .msg file dragged from
a mail program or a file manager opens the new-request form filled from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from cluma_dpo.gui.dialogs.message_request import MESSAGE_SUFFIXES


def dropped_message(mime: QMimeData) -> Path | None:
    """The one local .eml or .msg file being dragged, else None (several files: none)."""
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    if len(files) != 1:
        return None
    path = Path(files[0])
    return path if path.suffix.lower() in MESSAGE_SUFFIXES else None


class MessageDrop(QObject):
    """Accepts a message dragged onto `window` and hands its path to `open_message`."""

    def __init__(self, window: QWidget, open_message: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._open = open_message
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_message(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            path = dropped_message(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self._open(path)
                return True
        return super().eventFilter(watched, event)
