"""File ▸ Make backup…, Restore backup…, Change passphrase…; the status bar's "Last backup"
and the reminder when it is older than backup.reminder_days (once per session).

Hooked into the window by MainWindow (`SafetyActions(self)` and `refresh()` on populate);
the dialogs are in gui.dialogs.safety.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from cluma_dpo import app, texts
from cluma_dpo.domain.backups import BackupStatus
from cluma_dpo.gui import i18n
from cluma_dpo.gui.dialogs.passphrase import PassphraseDialog, ServerPasswordDialog
from cluma_dpo.gui.dialogs.safety import BackupDialog, RestoreDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.notices import add_permanent
from cluma_dpo.gui.ui_settings import ui_settings
from cluma_dpo.services.api import WorkbenchApi

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

__all__ = ["BackupDialog", "PassphraseDialog", "RestoreDialog", "SafetyActions"]

# The databases whose reminder was shown in this process: once per session, also when the
# window is rebuilt (a change of language) or the database reopened (unlock, restore).
_REMINDED: set[str] = set()
BACKUP_FOLDER = "files/backup_folder"  # where the last backup was made (QSettings)
LAST_BACKUP = "files/last_backup"  # the file itself


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem.suffix, or stem-2, stem-3… when a file of that name exists already (a
    second backup on the same day must not be proposed over the first)."""
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


class SafetyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.reminder: QMessageBox | None = None
        self.confirmation: QMessageBox | None = None  # "Backup restored" (h15)
        self.last_status: BackupStatus | None = None
        spec = {
            "backup": (
                self.tr("Make &backup…"),
                "save",
                self.tr("An encrypted copy of the whole database, to keep elsewhere"),
            ),
            "restore": (
                self.tr("Restore bac&kup…"),
                "open",
                self.tr("Replace the database by a backup (the current one is kept as a copy)"),
            ),
            "passphrase": (
                self.tr("Change &passphrase…"),
                "lock",
                self.tr("Encrypt the database with a new passphrase"),
            ),
        }
        acts = window.acts
        file_menu = window.menus["file"]
        before = acts["lock"]
        for name, (text, icon_name, tip) in spec.items():
            action = QAction(text, window)
            action.setObjectName(f"action_{name}")
            action.setIcon(icon(icon_name))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            acts.actions[name] = action
            acts.base_tips[name] = tip
            acts.needs_database.append(name)
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        acts["backup"].triggered.connect(self.make_backup)
        acts["restore"].triggered.connect(self.restore)
        acts["passphrase"].triggered.connect(self.change_passphrase)
        self.status = QLabel(window)
        self.status.setObjectName("lastBackupLabel")
        self.status_line = add_permanent(window.statusBar(), self.status)

    # -- the status bar and the reminder --------------------------------------------------
    def refresh(self) -> None:
        """After opening (start, unlock, restore): the last backup, and perhaps a reminder."""
        wb = self.w.wb
        if wb is None:
            return
        status = app.backup_status(wb)
        self.last_status = status
        if status.last_backup is None:
            self.status.setText(self.tr("No backup yet"))
        else:
            day = texts.local_time(status.last_backup).date()
            self.status.setText(
                self.tr("Last backup: {0}").format(texts.short_date(day, i18n.active_language()))
            )
        days = self.w.settings.backup.reminder_days
        key = str(wb.path)
        if key not in _REMINDED and status.reminder_due(self.w.today(), days):
            _REMINDED.add(key)
            QTimer.singleShot(0, lambda: self._remind(status))

    def _remind(self, status: BackupStatus) -> None:
        if self.w.wb is None:
            return
        if status.last_backup is None:
            text = self.tr("No backup of this database has been made yet.")
        else:
            since = texts.local_time(status.last_backup).date()
            text = self.tr(
                "The last backup was made %n day(s) ago.", "", (self.w.today() - since).days
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup"),
            text
            + " "
            + self.tr("Make a backup now, and keep it somewhere else than this computer."),
            QMessageBox.StandardButton.NoButton,
            self.w,
        )
        make = box.addButton(self.tr("Make &backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        make.clicked.connect(self.make_backup)
        box.destroyed.connect(lambda _o=None: setattr(self, "reminder", None))
        self.reminder = box
        box.show()

    # -- the three commands ---------------------------------------------------------------
    def make_backup(self) -> BackupDialog | None:
        wb = self.w.wb
        if wb is None:
            return None
        folder = Path(str(ui_settings().value(BACKUP_FOLDER, str(Path.home()))))
        dialog = BackupDialog(
            wb,
            free_name(folder, f"cluma-dpo-{self.w.today().isoformat()}", ".db"),
            self.w,
            on_done=self._backed_up,
            unsaved=self._unsaved(),
        )
        self._show(dialog)
        return dialog

    def _unsaved(self) -> str | None:
        """The request whose data subject has edits not saved (not in a backup), if any."""
        editor = self.w.detail.subject
        if editor.view is not None and editor.dirty:
            return editor.view.reference
        return None

    def _backed_up(self, path: Path) -> None:
        ui_settings().setValue(BACKUP_FOLDER, str(path.parent))
        ui_settings().setValue(LAST_BACKUP, str(path))  # what a restore proposes (h15)
        self.refresh()
        self.w.show_message(self.tr("Backup saved as {0}").format(path), seconds=20, path=path)

    def last_backup(self) -> Path | None:
        """The backup a restore proposes: the last one made here, if it is still there,
        else the newest in the folder backups were last made in."""
        s = ui_settings()
        last = Path(str(s.value(LAST_BACKUP, "") or ""))
        if last.name and last.is_file():
            return last
        folder = Path(str(s.value(BACKUP_FOLDER, "") or ""))
        if not folder.name or not folder.is_dir():
            return None
        found = [p for p in folder.glob("*.db") if p.is_file()]
        return max(found, key=lambda p: (p.stat().st_mtime, p.name), default=None)

    def restore(self) -> RestoreDialog | None:
        wb = self.w.wb
        # the restored database replaces the one an unsaved edit belongs to: asked first (h15)
        if wb is None or not self.w.unsaved.may_leave():
            return None
        dialog = RestoreDialog(wb, self.w, proposed=self.last_backup())
        dialog.on_done = lambda restored: self._restored(restored, dialog)
        self.w.idle.stop()  # no idle lock while the database is being replaced
        dialog.finished.connect(lambda _r: self._resume_idle())
        self._show(dialog)
        return dialog

    def _restored(self, restored: WorkbenchApi, dialog: RestoreDialog) -> None:
        self.w.switch_to(self.w.directory, restored)
        self.w.show_message(self.tr("The backup was restored; the window shows it now."))
        # said in a box too: the status bar's line went by unseen (h15, DPO finding 7)
        info, source = dialog.restoring, dialog.source()
        text = (
            self.tr("The backup {0} was restored: %n request(s).", "", info.requests)
            if info is not None
            else self.tr("The backup {0} was restored.")
        ).format(source.name)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            text
            + " "
            + self.tr(
                "The window shows it now. The database as it was before the restore is kept "
                "as a safety copy in {0}."
            ).format(restored.path.parent / "backups"),
            QMessageBox.StandardButton.Ok,
            self.w,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _o=None: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()

    def _resume_idle(self) -> None:
        if self.w.wb is not None:
            self.w.idle.start(float(self.w.settings.lock.idle_minutes))

    def change_passphrase(self) -> PassphraseDialog | None:
        wb = self.w.wb
        if wb is None:
            return None
        if self.w.office.on_server:  # the login's own server password (issue 18)
            dialog: PassphraseDialog = ServerPasswordDialog(
                wb, self.w, on_done=self._password_changed
            )
        else:
            dialog = PassphraseDialog(wb, self.w, on_done=self._changed)
        self._show(dialog)
        return dialog

    def _password_changed(self) -> None:
        self.w.show_message(self.tr("Password changed. Sign in with the new one from now on."))

    def _changed(self) -> None:
        self.w.show_message(
            self.tr(
                "Passphrase changed. The program's own safety copies use it too; backups "
                "made before keep the old passphrase."
            )
        )

    def _show(self, dialog: BackupDialog | RestoreDialog | PassphraseDialog) -> None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.w.commands.last_dialog = dialog
        dialog.open()
