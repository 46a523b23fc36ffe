"""Dropping files on the window (issue 17): an .eml or an Outlook .msg file dragged from
a mail program or a file manager opens the new-request form filled from it; a scanned
letter (PDF, JPEG, PNG) or a message dropped on the request shown in the detail panel is
attached to that request, as `cluma-dpo attach` does."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from cluma_dpo.domain.correspondence import (
    ATTACHABLE,
    MAX_ATTACH_BYTES,
    identity_check_open,
)
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import msg
from cluma_dpo.gui.dialogs.message_request import MESSAGE_SUFFIXES
from cluma_dpo.gui.file_dialogs import read_chosen

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow


def dropped_file(mime: QMimeData, suffixes: Iterable[str]) -> Path | None:
    """The one local file being dragged if its suffix is one of `suffixes`, else None
    (several files: none)."""
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    if len(files) != 1:
        return None
    path = Path(files[0])
    return path if path.suffix.lower() in tuple(suffixes) else None


def dropped_message(mime: QMimeData) -> Path | None:
    """The one local .eml or .msg file being dragged, else None (several files: none)."""
    return dropped_file(mime, MESSAGE_SUFFIXES)


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


class AttachDrop(QObject):
    """Accepts a scan or a message dragged onto the detail panel while it shows a request
    and attaches it to that request; anything else goes on to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        window.detail.setAcceptDrops(True)
        window.detail.installEventFilter(self)

    def _shown(self) -> str | None:
        view = self.w.detail.view if not self.w.locked else None
        return view.reference if view is not None else None

    def _dropped(self, event: QDropEvent) -> tuple[str, Path] | None:
        reference = self._shown()
        path = dropped_file(event.mimeData(), ATTACHABLE)
        return (reference, path) if reference is not None and path is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if self._dropped(event) is not None:
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            found = self._dropped(event)
            if found is not None:
                event.acceptProposedAction()
                self.attach(*found)
                return True
        # not taken: Qt hands it on to the window (a message there opens a new request)
        return super().eventFilter(watched, event)

    def attach(self, reference: str, path: Path) -> list[int]:
        """Attach the file as `cluma-dpo attach` does: a message with its attachments, else
        a scan; what is refused says why in the status bar and keeps nothing."""
        kind = "email" if path.suffix.lower() in MESSAGE_SUFFIXES else "scan"
        try:
            too_large = msg("attach.too_large", n=MAX_ATTACH_BYTES // 2**20)
            data = read_chosen(path, MAX_ATTACH_BYTES, too_large)
            ids = self.w.workbench.attach(reference, path.name, data, kind)
        except DomainError as exc:
            self.w.show_message(exc.msg, error=True)
            return []
        except OSError as exc:
            self.w.show_message(exc.strerror or str(exc), error=True)
            return []
        self.w.request_changed(reference)
        said = self.tr("{0} attached to {1}.").format(path.name, reference)
        if self._kept_after_check(reference, ids):  # never kept silently (review h17)
            said += " " + self.tr(
                "The identity check is over: if it holds a copy of an identity document, "
                "erase that in the Documents tab (Erase as identity document)."
            )
        self.w.show_message(said)
        return ids

    def _kept_after_check(self, reference: str, ids: list[int]) -> bool:
        """Whether a file just kept may be a copy of an identity document while the check
        that would have erased it is over."""
        view = self.w.detail.view
        if view is None or identity_check_open(view.status, view.identity.status):
            return False
        return any(d.id in ids for d in self.w.workbench.identity_candidates(reference))
