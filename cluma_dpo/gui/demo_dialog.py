"""File ▸ Open demo data…: where the demo lives (a folder that need not exist yet) and how it
is locked, said before anything is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.gui.dialogs.common import ok_button, set_message
from cluma_dpo.gui.icons import icon
from cluma_dpo.services.demo_folder import DEMO_PASSPHRASE, DemoFolder, demo_folder

translate = QCoreApplication.translate


def folder_problem(directory: Path, own: Path | None) -> str | None:
    """Why `directory` cannot hold the demo, or None (a new, empty or demo folder)."""
    kind = demo_folder(directory, own)
    if kind is DemoFolder.OWN:
        return translate(
            "Demo", "Choose another folder: demo data never goes into your own database."
        )
    if kind is DemoFolder.FILE:
        return translate("Demo", "This is a file, not a folder.")
    if kind is DemoFolder.DATABASE:
        return translate(
            "Demo",
            "This folder holds a database that is not demo data; choose a new or empty folder.",
        )
    if kind is DemoFolder.NOT_EMPTY:
        return translate(
            "Demo",
            "This folder is not empty; choose a new or empty folder: demo data is never mixed "
            "with other files.",
        )
    return None


def passphrase_text() -> str:
    """How the demo is locked: one sentence for the dialog and the first-run wizard."""
    return translate(
        "Demo",
        "The demo database has its own passphrase, {0}, shown here because it is no secret: the "
        "demo holds only invented people. Your own database keeps yours: File ▸ Back to my "
        "database asks for it.",
    ).format(f"<b>{DEMO_PASSPHRASE}</b>")  # the labels show rich text


class DemoDialog(QDialog):
    """Choose the demo's folder; Open checks it and says next to the field what is wrong."""

    def __init__(self, folder: Path, own: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own = own
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("Cluma DPO — demo data"))
        intro = QLabel(
            self.tr(
                "Invented requests in a separate database, to try every step; your own "
                "database is not touched. The folder is made if it does not exist; a demo "
                "made earlier in it is opened again."
            ),
            self,
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Folder:"), self)
        self.folder_edit = QLineEdit(str(folder), self)
        label.setBuddy(self.folder_edit)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.passphrase_label = QLabel(passphrase_text(), self)
        self.passphrase_label.setWordWrap(True)
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok_button(buttons).setText(self.tr("&Open demo data"))
        ok_button(buttons).setIcon(icon("demo"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.passphrase_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        set_message(self.error_label, None)
        self.folder_edit.textChanged.connect(lambda _t: set_message(self.error_label, None))
        self.setMinimumWidth(560)

    def _browse(self) -> None:
        # the dialog may pick an existing parent: a new folder name can be typed in the field
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the demo database"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def accept(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            set_message(self.error_label, self.tr("Type or choose a folder."))
            return
        folder = Path(text).expanduser()
        problem = folder_problem(folder, self.own)
        if problem is not None:
            set_message(self.error_label, problem)
            self.folder_edit.setFocus()
            return
        self.folder = folder
        super().accept()
