"""A document or report being made in the background, then written where the user chose.

The bytes go to the chosen file through cluma_dpo.files (exclusive 0600 temporary file,
renamed into place); the document is recorded as produced only once that write succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from cluma_dpo.files import write_atomically
from cluma_dpo.gui.forms.ui_task import Ui_TaskDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.workers import start_task
from cluma_dpo.services.api import Deliver

# `make(deliver)` renders, calls `deliver(bytes)` and records: a workbench document method
# with `deliver=` bound by the caller.
Make = Callable[[Deliver], object]


def make_and_write(make: Make, target: Path) -> Path:
    make(lambda data: write_atomically(target, data))
    return target


class TaskDialog(QDialog):
    """Non-modal: the DPO can go on working while the report is made."""

    succeeded = Signal(object)  # the Path written

    def __init__(self, title: str, make: Make, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self.target = target
        self.finished_ok: bool | None = None
        self.setWindowTitle(title)
        self.ui.titleLabel.setText(self.tr("Making {0}…").format(target.name))
        self.ui.openButton.setIcon(icon("open"))
        self.ui.openButton.clicked.connect(self.open_result)
        self.ui.closeButton.clicked.connect(self.close)
        self._task = start_task(
            lambda: make_and_write(make, target), self._done, self._failed, self
        )

    def _done(self, path: Path) -> None:
        self.finished_ok = True
        self.succeeded.emit(path)
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.ui.titleLabel.setText(self.tr("Done."))
        self.ui.statusLabel.setText(self.tr("Saved as {0}").format(path))
        self.ui.openButton.setEnabled(True)
        self.ui.openButton.setDefault(True)
        self.ui.openButton.setFocus()

    def _failed(self, message: str) -> None:
        self.finished_ok = False
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.titleLabel.setText(self.tr("Nothing was saved."))
        self.ui.statusLabel.setText(message)

    def open_result(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target)))
