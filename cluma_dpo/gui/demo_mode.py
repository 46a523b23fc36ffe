"""Which database the window shows: the title names it once, a coloured bar says "demo" for as
long as demo data is open, and File ▸ Back to my database returns to the DPO's own database
without a restart (asking its passphrase; the demo's database is closed).

The demo is recognised by the marker in its folder (services/demo_folder.py), so a later
start on that folder — CLUMA_DPO_DATA_DIR, --data-dir — shows it too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.domain.model import Language
from cluma_dpo.gui import i18n, labels
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.services.api import WorkbenchApi
from cluma_dpo.services.demo_folder import demo_passphrase, is_demo

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

# Not a deadline colour (red, amber: ui-sketch.md); white on it passes WCAG AA (7.6:1).
DEMO_COLOUR = "#4527a0"
_DEFAULT_FOLDER = "cluma-dpo"  # the platform's data folder needs no naming in the title


def _same(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


class DemoMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.home = window.directory  # the database the window was opened on: the DPO's own
        self.banner = QLabel(self.tr("Demo data — nothing here is real"), window)
        self.banner.setObjectName("demoBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            f"QLabel#demoBanner {{ background: {DEMO_COLOUR}; color: white; "
            "font-weight: bold; padding: 5px; }"
        )
        pages = window.takeCentralWidget() or window.pages  # the bar: above work and lock page
        box = QWidget(window)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(pages, 1)
        window.setCentralWidget(box)
        self.back_action = QAction(icon("undo"), self.tr("&Back to my database"), window)
        self.back_action.setToolTip(self.tr("Close the demo data and open your own database again"))
        self.back_action.triggered.connect(self.go_back)
        file_menu = window.menus["file"]
        entries = file_menu.actions()
        demo = window.acts["open_demo"]
        if demo in entries[:-1]:
            file_menu.insertAction(entries[entries.index(demo) + 1], self.back_action)
        else:
            file_menu.addAction(self.back_action)
        file_menu.aboutToShow.connect(self._enable)
        self.follow()

    @property
    def demo(self) -> bool:
        return is_demo(self.window.directory)

    @property
    def away(self) -> bool:
        """The window shows another database than the one it was opened on."""
        return not _same(self.window.directory, self.home)

    def set_home(self, home: Path) -> None:
        """The window replaces another one (a new language): the way back stays the same."""
        self.home = Path(home)
        self.follow()

    def follow(self) -> None:
        """Show which database is open (after opening, switching, returning)."""
        demo = self.demo
        self.banner.setVisible(demo)
        self.back_action.setVisible(self.away)
        name = self.window.directory.name
        if demo:
            self.window.setWindowTitle("Cluma DPO — " + self.tr("DEMO"))
        elif name.lower() == _DEFAULT_FOLDER or not name:
            self.window.setWindowTitle("Cluma DPO")
        else:
            self.window.setWindowTitle(f"Cluma DPO — {name}")  # a folder: never personal data

    def _enable(self) -> None:
        self.back_action.setEnabled(self.away and self.window.wb is not None)

    def explain(self, dialog: UnlockDialog) -> None:
        """An unlock dialog for the demo says the demo's passphrase (it is no secret)."""
        explain(dialog, self.window.directory)

    # -- the way back ---------------------------------------------------------------------
    def go_back(self) -> UnlockDialog | None:
        """Ask the own database's passphrase, then show it; the demo stays until then."""
        window = self.window
        if window.wb is None or not self.away:
            return None
        # an edit in the demo is saved or dropped as the DPO says, as a row switch asks (h15)
        if not window.unsaved.may_leave():
            return None
        home = self.home

        def opener(secret: str) -> WorkbenchApi:
            from cluma_dpo.app import open_workbench

            return open_workbench(home, secret, front_end="app", clock=window.clock)

        from cluma_dpo.app import ENV_PASSPHRASE

        secret = os.environ.get(ENV_PASSPHRASE)  # automation: no dialog when it opens
        if secret:
            try:
                self._arrive(opener(secret))
                return None
            except (DomainError, StoreError):
                pass
        dialog = UnlockDialog(home, opener, window)
        dialog.ui.titleLabel.setText(self.tr("Back to your own database: enter its passphrase."))
        dialog.accepted.connect(lambda: self._arrive(dialog.workbench))
        dialog.finished.connect(dialog.deleteLater)
        window.commands.last_dialog = dialog
        dialog.open()
        return dialog

    def _arrive(self, wb: WorkbenchApi | None) -> None:
        if wb is None:
            return
        for dialog in self.window.findChildren(QDialog):  # nothing of the demo stays open
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
                dialog.hide()
        self.window.switch_to(self.home, wb)  # closes the demo's database


def keep_language(wb: WorkbenchApi) -> str | None:
    """The screens keep their language when the window goes on with another database (the
    demo, the way back, a restored backup): the interface language is the DPO's, not the
    data's. It is stored per database only because settings live there, so the arriving
    database's setting is set to it, as any setting: audited, and said in the status bar
    (the returned text). None when nothing had to change."""
    language = i18n.active_language()
    if wb.settings().interface.language == language or not i18n.available(language):
        return None
    wb.set_setting("interface.language", language)
    return QCoreApplication.translate(
        "DemoMode", "The screens stay in {0}: this database's interface language is now {0}."
    ).format(labels.label(labels.LANGUAGES, Language(language)))


def explain(dialog: UnlockDialog, directory: Path) -> None:
    """Under the unlock dialog's title: the demo's passphrase, when it is the known one."""
    secret = demo_passphrase(directory)
    if secret is not None:
        dialog.ui.titleLabel.setText(
            dialog.ui.titleLabel.text()
            + "\n"
            + QCoreApplication.translate(
                "DemoMode", "This is the demo: its passphrase is {0}."
            ).format(secret)
        )
