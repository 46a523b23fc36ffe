"""Demo data: a separate database of invented requests, to try the program on.

Demo data never goes into the DPO's own database: it is made in a folder he chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog

from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.gui.workers import start_task
from cluma_dpo.services.api import WorkbenchApi

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

DEMO_REQUESTS = 300
translate = QCoreApplication.translate


def create_database(directory: Path, secret: str, settings: dict[str, str]) -> WorkbenchApi:
    """A new encrypted database with the organisation's details (first run, demo)."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.domain.validation import new_passphrase

    # the dialogs check as you type; a passphrase from CLUMA_DPO_PASSPHRASE meets it here
    wb = open_workbench(directory, new_passphrase(secret), front_end="app", create=True)
    try:
        wb.record("database-created", None, None)
        for key, raw in settings.items():
            wb.set_setting(key, raw)
    except BaseException:
        wb.close()
        raise
    return wb


def open_or_create_demo(directory: Path, secret: str) -> tuple[WorkbenchApi, bool]:
    """The demo database in `directory` and whether it is new (then still to be filled)."""
    from cluma_dpo.app import database_path, open_workbench

    if database_path(directory).exists():
        return open_workbench(directory, secret, front_end="app"), False
    return create_database(directory, secret, {}), True


def show_demo(window: MainWindow, directory: Path, wb: WorkbenchApi, fresh: bool) -> None:
    """Switch the window to the demo database, inventing its requests first if new."""
    if fresh:
        _fill_then_switch(window, directory, wb)
    else:
        window.switch_to(directory, wb)


def fill(wb: WorkbenchApi, requests: int = DEMO_REQUESTS) -> int:
    from cluma_dpo.app import fill_demo

    return fill_demo(wb, requests)


def open_demo(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(
        window, translate("Demo", "Choose an empty folder for the demo database")
    )
    if folder:
        open_demo_in(window, Path(folder))


def open_demo_in(window: MainWindow, directory: Path) -> QDialog:
    """Open the demo database in `directory`, making it (and its data) if there is none."""
    from cluma_dpo.app import open_workbench

    if (directory / "cluma-dpo.db").exists():
        unlock = UnlockDialog(
            directory, lambda s: open_workbench(directory, s, front_end="app"), window
        )
        unlock.accepted.connect(lambda: window.switch_to(directory, _opened(unlock.workbench)))
        dialog: QDialog = unlock
    else:
        first = FirstRunDialog(
            directory, lambda s, st: create_database(directory, s, st), window, demo=True
        )
        first.accepted.connect(
            lambda: _fill_then_switch(window, directory, _opened(first.workbench))
        )
        dialog = first
    dialog.finished.connect(dialog.deleteLater)
    window.commands.last_dialog = dialog
    dialog.open()
    return dialog


def _opened(wb: WorkbenchApi | None) -> WorkbenchApi:
    """The workbench an accepted unlock or first-run dialog opened."""
    if wb is None:
        raise RuntimeError("the dialog was accepted without an open database")
    return wb


def _fill_then_switch(window: MainWindow, directory: Path, wb: WorkbenchApi) -> None:
    progress = QProgressDialog(
        translate("Demo", "Inventing {0} requests…").format(DEMO_REQUESTS), "", 0, 0, window
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()

    def done(_n: object) -> None:
        progress.close()
        window.switch_to(directory, wb)

    def failed(message: str) -> None:
        progress.close()
        window.show_message(message, error=True)
        window.switch_to(directory, wb)

    start_task(lambda: fill(wb), done, failed)
