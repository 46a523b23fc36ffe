"""Start the desktop app: `cluma-dpo` with no verb calls `run_app`.

Order: the Qt application (style, font, translations), then the database — created by the
first-run dialog, unlocked by the unlock dialog, or opened straight away when
CLUMA_DPO_PASSPHRASE is set (automation) — then the main window. A shared server comes from
--database-url or $CLUMA_DPO_DATABASE_URL, else from the first-run wizard's earlier choice
(app.remembered_server), which the sign-in can give up for the file on this computer.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cluma_dpo import texts
from cluma_dpo.app import (
    ENV_PASSPHRASE,
    data_dir,
    database_path,
    explain_server_failure,
    remembered_address,
)
from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui.i18n import install_translations, remember_language, say, start_language
from cluma_dpo.gui.ui_settings import APPLICATION, ORGANISATION
from cluma_dpo.process import forbid_core_dumps
from cluma_dpo.services.api import WorkbenchApi

if TYPE_CHECKING:
    from collections.abc import Callable

    from cluma_dpo.app import ServerAddress
    from cluma_dpo.gui.mainwindow import MainWindow

__all__ = ["configure", "install_translations", "open_at_start", "run_app"]

MIN_POINT_SIZE = 10.0
# The open window(s): a change of language replaces the window, the database stays open.
_windows: list[MainWindow] = []


@dataclass
class Opened:
    """What the start dialogs opened: the DPO's database, and perhaps demo data to show."""

    workbench: WorkbenchApi
    demo: tuple[Path, WorkbenchApi, bool] | None = None  # (folder, workbench, still to be filled)
    server: ServerAddress | None = None  # the shared server the workbench is on


def configure(app: QApplication, directory: Path | None = None) -> None:
    from cluma_dpo.gui.icons import icon

    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # no display name: the platform would add it to every title ("Cluma DPO — x — Cluma DPO")
    from cluma_dpo.gui.style import WorkbenchStyle

    app.setStyle(WorkbenchStyle())  # Fusion, system palette: dark mode follows the system
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setWindowIcon(icon("app"))
    install_translations(app, start_language(directory))
    from cluma_dpo.gui.help import install as install_help

    install_help(app)  # F1 in the first-run and unlock dialogs too


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log it (without personal data) and say so; never a traceback."""
    from cluma_dpo.logs import log_exception

    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log_exception(exc)
    if not isinstance(exc, DomainError | StoreError):
        # the server stopped under a command: its own words, not "internal error" (what
        # was typed stays on the screen; dpo-server finding 2)
        exc = explain_server_failure(exc) or exc
    message = (
        say(exc.msg)
        if isinstance(exc, DomainError | StoreError)
        else QApplication.translate(
            "Main", "Internal error ({0}); details are in the log. Your data is safe."
        ).format(kind.__name__)
    )
    print(f"cluma-dpo: {message}", file=sys.stderr)
    with contextlib.suppress(Exception):  # the message went to stderr already
        QMessageBox.warning(QApplication.activeWindow(), "Cluma DPO", message)


def open_at_start(directory: Path) -> Opened | None:
    """The open database, or None when the user cancelled."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui.demo import create_database, open_or_create_demo
    from cluma_dpo.gui.demo_mode import explain
    from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    exists = database_path(directory).exists()
    secret = os.environ.get(ENV_PASSPHRASE)
    if secret:
        try:
            if exists:
                return Opened(open_workbench(directory, secret, front_end="app"))
            return Opened(create_database(directory, secret, {}))
        except (StoreError, DomainError) as exc:
            # Fall back to the dialog: the person at the screen may know the passphrase.
            print(f"cluma-dpo: {say(exc.msg)}", file=sys.stderr)
    if exists:
        unlock = UnlockDialog(directory, lambda s: open_workbench(directory, s, front_end="app"))
        explain(unlock, directory)  # a demo folder says its passphrase
        if unlock.exec() != QDialog.DialogCode.Accepted:
            return None
        return Opened(unlock.workbench) if unlock.workbench is not None else None
    first = FirstRunDialog(
        directory, lambda s, st: create_database(directory, s, st), demo_opener=open_or_create_demo
    )
    if first.exec() != QDialog.DialogCode.Accepted:
        return None
    demo = None
    if first.demo_workbench is not None and first.demo_folder is not None:
        demo = (first.demo_folder, first.demo_workbench, first.demo_fresh)
    if first.server.workbench is not None:  # the shared server was chosen and signed in to
        return Opened(first.server.workbench, server=first.server.address)
    return Opened(first.workbench, demo) if first.workbench is not None else None


def open_server_at_start(
    directory: Path, address: ServerAddress, *, remembered: bool = False
) -> Opened | None:
    """The shared server (issue 18): libpq's own password (PGPASSWORD, ~/.pgpass) signs in
    straight away; else the sign-in dialog asks it. None when cancelled or refused.
    `remembered`: the wizard's earlier choice, which may be given up for the file here."""
    from cluma_dpo.app import forget_server, open_server_workbench
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    try:
        opened = Opened(open_server_workbench(address, directory, front_end="app"), server=address)
        return _key_checked(opened)
    except StoreError as exc:
        if exc.msg.code != "server.password_needed":
            print(f"cluma-dpo: {say(exc.msg)}", file=sys.stderr)
            if not remembered:
                QMessageBox.warning(None, "Cluma DPO", say(exc.msg))
                return None
            if not _use_file_instead(say(exc.msg), address):
                return None
            forget_server(directory)
            return open_at_start(directory)
    sign_in = UnlockDialog(
        directory, server_opener(address, directory), server=address.shown(), offer_file=remembered
    )
    accepted = sign_in.exec() == QDialog.DialogCode.Accepted
    if sign_in.use_file:
        forget_server(directory)
        return open_at_start(directory)
    if not accepted or sign_in.workbench is None:
        return None
    return _key_checked(Opened(sign_in.workbench, server=address))


def _key_checked(opened: Opened) -> Opened:
    """Signed in, but the password no longer opens this login's key to the documents (it
    was changed outside the program): said now, in words, not at the first document."""
    problem = opened.workbench.documents_key_problem()
    if problem is not None:
        QMessageBox.warning(None, "Cluma DPO", say(problem))
    return opened


def _use_file_instead(said: str, address: ServerAddress) -> bool:
    """The remembered server refused or is not there: close, or use this computer's file."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Cluma DPO", said)
    box.setInformativeText(
        QApplication.translate(
            "Main",
            "Cluma DPO opens the shared server {0}, as chosen at an earlier start. You can "
            "try again later, or use the encrypted database on this computer from now on "
            "(nothing on the server changes).",
        ).format(address.shown())
    )
    box.addButton(QMessageBox.StandardButton.Close)
    use_file = box.addButton(
        QApplication.translate("Main", "Use &this computer instead"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.exec()
    return box.clickedButton() is use_file


def start_server(directory: Path, given: ServerAddress | None) -> tuple[ServerAddress | None, bool]:
    """The server to open at start and whether it is the wizard's remembered choice:
    --database-url and $CLUMA_DPO_DATABASE_URL (`given`) win over it; None: the file."""
    if given is not None:
        return given, False
    remembered = remembered_address(directory)
    return remembered, remembered is not None


def server_opener(address: ServerAddress, directory: Path) -> Callable[[str], WorkbenchApi]:
    """The typed server password -> the workbench on the server (sign-in and unlock)."""
    from cluma_dpo.app import open_server_workbench

    return lambda password: open_server_workbench(
        address, directory, front_end="app", password=password
    )


def show_window(
    wb: WorkbenchApi,
    directory: Path,
    *,
    geometry: QByteArray | None = None,
    opener: Callable[[str], WorkbenchApi] | None = None,
) -> MainWindow:
    """The main window in the language of the settings (replaced when it changes)."""
    from cluma_dpo.gui.mainwindow import MainWindow

    app = QApplication.instance()
    language = wb.settings().interface.language
    if isinstance(app, QApplication):
        install_translations(app, language)
    remember_language(language)
    texts.remember_language(directory, language)  # the unlock window's language next time
    window = MainWindow(wb, directory, opener=opener)
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.language_changed.connect(lambda _lang, w=window: _replace(w))
    window.destroyed.connect(
        lambda _o=None, w=window: _windows.remove(w) if w in _windows else None
    )
    _windows.append(window)
    window.show()
    return window


def _replace(old: MainWindow) -> None:
    """Build the window anew in the new language, on the same open database."""
    wb, directory = old.wb, old.directory
    if wb is None:
        return
    geometry = old.saveGeometry()
    old.save_layout()
    old.wb = None  # handed over: closing the old window must not close the database
    old.close()
    old.deleteLater()
    new = show_window(wb, directory, geometry=geometry, opener=old.opener)
    new.demo_mode.set_home(old.demo_mode.home)  # the way back from the demo stays


def run_app(data_dir_arg: str | None = None, server: ServerAddress | None = None) -> int:
    forbid_core_dumps()  # before the unlock dialog reads the passphrase
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    directory = data_dir(data_dir_arg)
    configure(app, directory)
    sys.excepthook = _excepthook
    server, remembered = start_server(directory, server)
    if server is None:
        opened = open_at_start(directory)
    else:
        opened = open_server_at_start(directory, server, remembered=remembered)
    if opened is None:
        return 0
    opener = server_opener(opened.server, directory) if opened.server is not None else None
    window = show_window(opened.workbench, directory, opener=opener)
    if opened.demo is not None:
        from cluma_dpo.gui.demo import show_demo

        show_demo(window, *opened.demo)
    # Qt, SQLAlchemy and the first page make ~150,000 long-lived objects; freezing them
    # keeps the collector's full passes (tens of ms) out of every later keystroke.
    gc.freeze()
    code = app.exec()
    return int(code)
