"""Demo data: a separate database of invented requests, to try the program on.

Demo data never goes into the DPO's own database: it is made in a folder he chooses (made if
missing, refused if it holds anything else), marked as demo, and locked with the demo
passphrase that the dialogs show (services/demo_folder.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui import i18n
from cluma_dpo.gui.demo_dialog import DemoDialog
from cluma_dpo.gui.demo_mode import explain
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.gui.ui_settings import ui_settings
from cluma_dpo.gui.workers import start_task
from cluma_dpo.services.api import WorkbenchApi
from cluma_dpo.services.demo_folder import (
    DEMO_PASSPHRASE,
    DemoFolder,
    demo_folder,
    demo_passphrase,
    mark_demo,
)

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

DEMO_REQUESTS = 300
FOLDER_KEY = "files/demo_folder"  # the demo's folder chosen last (QSettings)
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


def open_or_create_demo(directory: Path) -> tuple[WorkbenchApi, bool]:
    """The demo database in `directory` and whether it is new (then still to be filled).

    A new one is locked with the demo passphrase, marked as demo, and speaks the language of
    the screens (so that opening it does not rebuild the window in another language)."""
    from cluma_dpo.app import open_workbench

    if demo_folder(directory) is DemoFolder.DEMO:
        secret = demo_passphrase(directory) or DEMO_PASSPHRASE
        return open_workbench(directory, secret, front_end="app"), False
    wb = create_database(directory, DEMO_PASSPHRASE, {"interface.language": i18n.active_language()})
    mark_demo(directory)
    return wb, True


def show_demo(window: MainWindow, directory: Path, wb: WorkbenchApi, fresh: bool) -> None:
    """Switch the window to the demo database, inventing its requests first if new."""
    if fresh:
        _fill_then_switch(window, directory, wb)
    else:
        window.switch_to(directory, wb)


def fill(wb: WorkbenchApi, requests: int | None = None) -> int:
    from cluma_dpo.app import fill_demo

    return fill_demo(wb, DEMO_REQUESTS if requests is None else requests)


def open_demo(window: MainWindow) -> DemoDialog | None:
    """File ▸ Open demo data…: choose the folder (made if missing), then open or make it.

    An unsaved edit is saved or dropped first, as the DPO says (h15); the folder proposed
    is the one chosen last time, else one beside the own database."""
    if not window.unsaved.may_leave():
        return None
    home = window.demo_mode.home
    last = str(ui_settings().value(FOLDER_KEY, "") or "")
    dialog = DemoDialog(Path(last) if last else home.parent / f"{home.name}-demo", home, window)
    dialog.accepted.connect(lambda: _open_chosen(window, dialog.folder))
    dialog.finished.connect(dialog.deleteLater)
    window.commands.last_dialog = dialog
    dialog.open()
    return dialog


def _open_chosen(window: MainWindow, folder: Path | None) -> None:
    if folder is not None:
        ui_settings().setValue(FOLDER_KEY, str(folder))  # proposed again next time (h15)
        open_demo_in(window, folder)


def open_demo_in(window: MainWindow, directory: Path) -> QDialog | None:
    """Open the demo database in `directory`, making it (and its data) if there is none.

    A demo locked with another passphrase (made on the command line) asks for it."""
    from cluma_dpo.app import open_workbench

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        wb, fresh = open_or_create_demo(directory)
    except (DomainError, StoreError, OSError) as exc:
        if demo_folder(directory) is not DemoFolder.DEMO or isinstance(exc, OSError):
            window.show_message(exc.msg if not isinstance(exc, OSError) else str(exc), error=True)
            return None
        unlock = UnlockDialog(
            directory, lambda s: open_workbench(directory, s, front_end="app"), window
        )
        explain(unlock, directory)
        unlock.accepted.connect(lambda: window.switch_to(directory, _opened(unlock.workbench)))
        unlock.finished.connect(unlock.deleteLater)
        window.commands.last_dialog = unlock
        unlock.open()
        return unlock
    finally:
        QApplication.restoreOverrideCursor()
    show_demo(window, directory, wb, fresh)
    return None


def _opened(wb: WorkbenchApi | None) -> WorkbenchApi:
    """The workbench an accepted unlock dialog opened."""
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
    # the list's "No requests yet" and its buttons go (they were shown under the box, and
    # would answer nothing now); the box stands in the middle of the window (h15)
    window.list_panel.set_busy(True)
    progress.adjustSize()
    progress.show()
    frame = progress.frameGeometry()
    frame.moveCenter(window.frameGeometry().center())
    progress.move(frame.topLeft())

    def done(_n: object) -> None:
        progress.close()
        window.list_panel.set_busy(False)
        window.switch_to(directory, wb)

    def failed(message: str) -> None:
        progress.close()
        window.list_panel.set_busy(False)
        window.show_message(message, error=True)
        window.switch_to(directory, wb)

    start_task(lambda: fill(wb), done, failed)
