"""File ▸ Open e-mail message… (Ctrl+O) and Documents ▸ Attach file…: the same as dropping
the file on the window or on the request (gui.mail_drop), for whoever cannot drag — a
keyboard user, a remote desktop, a mail program that does not drag files out (dpo-final).

Hooked into the window by MainWindow (`OpenFileActions(self)` after the menus exist).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from cluma_dpo.domain.correspondence import ATTACHABLE
from cluma_dpo.gui.dialogs.message_request import MESSAGE_SUFFIXES
from cluma_dpo.gui.file_dialogs import start_folder
from cluma_dpo.gui.icons import icon

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow


def _patterns(suffixes: Iterable[str]) -> str:
    return " ".join(f"*{s}" for s in sorted(set(suffixes)))


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """The file the user chose, or None when cancelled; starts where documents are saved."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return Path(name) if name else None


class OpenFileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        acts = window.acts
        spec = {
            "open_message": (
                self.tr("Open e-mail &message…"),
                "open",
                "Ctrl+O",
                self.tr("Register a request from a saved e-mail (.eml or Outlook .msg)"),
            ),
            "attach_file": (
                self.tr("&Attach file…"),
                "open",
                "",
                self.tr("Keep a scanned letter (PDF, JPEG, PNG) or an e-mail with the request"),
            ),
        }
        for name, (text, icon_name, shortcut, tip) in spec.items():
            action = QAction(icon(icon_name), text, window)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            acts.actions[name] = action
            acts.base_tips[name] = tip
        acts.needs_database.append("open_message")
        acts.needs_selection.append("attach_file")
        file_menu = window.menus["file"]
        entries = file_menu.actions()  # right under "New request…", before its separator
        after_new = entries[entries.index(acts["new"]) + 1]
        file_menu.insertAction(after_new, acts["open_message"])
        documents = window.menus["documents"]
        documents.insertAction(documents.actions()[0], acts["attach_file"])
        documents.insertSeparator(acts["letter"])
        acts["open_message"].triggered.connect(self.open_message)
        acts["attach_file"].triggered.connect(self.attach_file)

    def open_message(self) -> None:
        if self.w.wb is None or self.w.locked:
            return
        path = ask_open_path(
            self.w,
            self.tr("Open e-mail message"),
            self.tr("E-mail messages ({0})").format(_patterns(MESSAGE_SUFFIXES)),
        )
        if path is not None:
            self.w.commands.new_request_from_message(path)

    def attach_file(self) -> None:
        view = self.w.detail.view if not self.w.locked else None
        if view is None:
            return
        path = ask_open_path(
            self.w,
            self.tr("Attach file to {0}").format(view.reference),
            self.tr("Scans and e-mails ({0})").format(_patterns(ATTACHABLE)),
        )
        if path is not None:
            self.w.attach_drop.attach(view.reference, path)
