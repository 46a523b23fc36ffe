"""Start the desktop app: `cluma-dpo` with no verb calls `run_app`.

Order: the Qt application (style, font, translations), then the database — created by the
first-run dialog, unlocked by the unlock dialog, or opened straight away when
CLUMA_DPO_PASSPHRASE is set (automation) — then the main window.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cluma_dpo.app import ENV_PASSPHRASE, data_dir, database_path
from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui.ui_settings import APPLICATION, ORGANISATION, ui_settings

MIN_POINT_SIZE = 10.0
_translators: list[QTranslator] = []


def install_translations(app: QApplication, language: str) -> bool:
    """Qt's own strings and ours in `language`; English (the source) when none is found."""
    from cluma_dpo.paths import resource

    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    found = False
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    for qm in sorted(resource("translations").glob(f"*_{language}.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _translators.append(ours)
            found = True
    return found


def configure(app: QApplication) -> None:
    from cluma_dpo.gui.icons import icon

    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Cluma DPO")
    from cluma_dpo.gui.style import WorkbenchStyle

    app.setStyle(WorkbenchStyle())  # Fusion, system palette: dark mode follows the system
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setWindowIcon(icon("app"))
    language = str(ui_settings().value("interface/language", "nl"))
    install_translations(app, language)


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug in a slot: log it (without personal data) and say so; never a traceback."""
    from cluma_dpo.logs import log_exception

    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log_exception(exc)
    message = (exc.message if isinstance(exc, DomainError | StoreError) else
               QApplication.translate("Main", "Internal error ({0}); details are in the log. "
                                      "Your data is safe.").format(kind.__name__))
    print(f"cluma-dpo: {message}", file=sys.stderr)
    with contextlib.suppress(Exception):  # the message went to stderr already
        QMessageBox.warning(QApplication.activeWindow(), "Cluma DPO", message)


def open_at_start(directory: Path) -> Any:
    """An open Workbench, or None when the user cancelled."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui.demo import create_database
    from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    exists = database_path(directory).exists()
    secret = os.environ.get(ENV_PASSPHRASE)
    if secret:
        try:
            if exists:
                return open_workbench(directory, secret, front_end="app")
            return create_database(directory, secret, {})
        except (StoreError, DomainError) as exc:
            # Fall back to the dialog: the person at the screen may know the passphrase.
            print(f"cluma-dpo: {exc.message}", file=sys.stderr)
    dialog: QDialog
    if exists:
        dialog = UnlockDialog(directory, lambda s: open_workbench(directory, s,
                                                                  front_end="app"))
    else:
        dialog = FirstRunDialog(directory, lambda s, st: create_database(directory, s, st))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workbench  # type: ignore[attr-defined]


def run_app(data_dir_arg: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure(app)
    sys.excepthook = _excepthook
    directory = data_dir(data_dir_arg)
    wb = open_at_start(directory)
    if wb is None:
        return 0
    from cluma_dpo.gui.mainwindow import MainWindow

    window = MainWindow(wb, directory)
    window.show()
    # Qt, SQLAlchemy and the first page make ~150,000 long-lived objects; freezing them
    # keeps the collector's full passes (tens of ms) out of every later keystroke.
    gc.freeze()
    code = app.exec()
    return int(code)
