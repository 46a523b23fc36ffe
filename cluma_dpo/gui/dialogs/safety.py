"""Backup and restore (and, in gui.dialogs.passphrase, a new passphrase): small dialogs whose
work runs off the GUI thread (gui.workers) with a busy bar, and whose refusals are said under
the fields.

The work itself is the composition root's (app.make_backup, app.describe_backup,
app.restore_open, app.change_passphrase): the services take the database's OS-level lock
and refuse while another window or command has it open (storage.db_lock).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo import app, texts
from cluma_dpo.domain.backups import BackupInfo
from cluma_dpo.gui import i18n
from cluma_dpo.gui.dialogs.common import CapsLockHint, ok_button, set_message
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.workers import start_task
from cluma_dpo.services.api import WorkbenchApi

FILTER = QT_TRANSLATE_NOOP("SafetyDialogs", "Cluma DPO backup (*.db)")


def _filter() -> str:
    return QCoreApplication.translate("SafetyDialogs", FILTER)


def secret_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


def add_row(form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
    """A labelled row whose mnemonic reaches `buddy` (also when the field is a row of
    widgets); the label is never shortened to make room for the field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setMinimumWidth(label.sizeHint().width())
    form.addRow(label, field)


def wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WorkDialog(QDialog):
    """The frame the three share: a form, an inline error, a busy bar, OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = wrapped("", self)
        self.error.setObjectName("errorLabel")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the work's length is not known
        self.progress.setTextVisible(False)
        self.progress.hide()
        # the bar and the message share one place, kept from the start: showing either
        # squeezes no field and moves nothing (h15, DPO finding 5); a longer message grows
        # the dialog (fit)
        self.status_area = QWidget(self)
        area = QVBoxLayout(self.status_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(0)
        area.addWidget(self.error)
        area.addWidget(self.progress)
        area.addStretch(1)
        line = self.error.fontMetrics().lineSpacing()
        self.status_area.setMinimumHeight(max(self.progress.sizeHint().height(), line) + 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = ok_button(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.busy = False
        set_message(self.error, None)

    def finish_layout(self, *rows: QWidget) -> None:
        self.layout_.addLayout(self.form)
        for row in rows:
            self.layout_.addWidget(row)
        self.layout_.addWidget(self.status_area)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def fit(self) -> None:
        """Grow to what the rows now need (a result or an error shown): word-wrapped texts
        are never squeezed into the height the dialog had before."""
        self.layout_.activate()
        width = self.width()
        needed = self.layout_.totalHeightForWidth(width)
        if needed < 0:
            needed = self.layout_.totalSizeHint().height()
        if self.height() < needed:
            self.resize(width, needed)

    def run(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]
    ) -> None:
        """`work` on the pool; the dialog waits, busy, and cannot be cancelled meanwhile."""
        self.busy = True
        set_message(self.error, None)
        self.progress.show()
        self.setEnabled(False)

        def finish() -> None:
            self.busy = False
            self.progress.hide()
            self.setEnabled(True)

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_failed(message: str) -> None:
            finish()
            set_message(self.error, message)
            self.fit()
            failed(message)

        start_task(work, on_done, on_failed, self)

    def reject(self) -> None:
        if not self.busy:  # a restore half-way cannot be called off
            super().reject()


class BackupDialog(WorkDialog):
    """Where to write the backup and the passphrase it is encrypted with (the database's)."""

    def __init__(
        self,
        wb: WorkbenchApi,
        suggested: Path,
        parent: QWidget | None = None,
        *,
        on_done: Callable[[Path], None] | None = None,
        unsaved: str | None = None,
    ) -> None:
        super().__init__(self.tr("Make backup"), parent)
        self.wb = wb
        self.on_done = on_done
        self.written: Path | None = None
        intro = wrapped(
            self.tr(
                "A backup is a complete copy of the database, encrypted with your current "
                "passphrase. Keep it somewhere else than this computer (a USB stick, a "
                "network drive)."
            ),
            self,
        )
        self.layout_.addWidget(intro)
        # an edit not yet saved is not in the database, so not in the backup (issue 15)
        self.unsaved_note = wrapped("", self)
        set_message(
            self.unsaved_note,
            self.tr(
                "The changes to the data subject of {0} are not saved, so they are not in "
                "the backup. Save them first to include them."
            ).format(unsaved)
            if unsaved
            else None,
        )
        self.layout_.addWidget(self.unsaved_note)
        self.file = QLineEdit(str(suggested), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        add_row(self.form, self.tr("Backup &file:"), row, self.file)
        self.passphrase = secret_edit(self)
        add_row(self.form, self.tr("Current &passphrase:"), self.passphrase, self.passphrase)
        caps = QLabel(self.tr("Caps Lock is on."), self)
        CapsLockHint(caps, self.passphrase)
        self.ok.setText(self.tr("&Make backup"))
        self.ok.setEnabled(False)
        self.passphrase.textChanged.connect(self._check)
        self.file.textChanged.connect(self._check)
        self.finish_layout(caps)
        self.passphrase.setFocus()

    def target(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def set_target(self, path: Path) -> None:
        self.file.setText(str(path))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Make backup"), str(self.target()), _filter()
        )
        if name:
            self.set_target(Path(name))

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()) and bool(self.file.text().strip()))

    def accept(self) -> None:
        secret, target = self.passphrase.text(), self.target()
        if not secret or self.busy:
            return
        if target.suffix == "":
            target = target.with_suffix(".db")
        self.run(lambda: app.make_backup(self.wb, target, secret), self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = path
        self.passphrase.clear()
        if self.on_done is not None:
            self.on_done(path)
        super().accept()

    def _failed(self, _message: str) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class RestoreDialog(WorkDialog):
    """Which backup, its passphrase, what it holds, a confirmation; then it replaces the
    database and the window goes on with it (`on_done` gets the restored workbench)."""

    def __init__(
        self,
        wb: WorkbenchApi,
        parent: QWidget | None = None,
        *,
        on_done: Callable[[WorkbenchApi], None] | None = None,
        proposed: Path | None = None,
    ) -> None:
        super().__init__(self.tr("Restore backup"), parent)
        self.wb = wb
        self.on_done = on_done
        self.checked: BackupInfo | None = None
        self.restoring: BackupInfo | None = None
        intro = wrapped(
            self.tr(
                "Restoring replaces the database by a backup. The current database is first "
                "kept as a safety copy in {0}; what was recorded after the backup was made "
                "is not in the backup."
            ).format(wb.path.parent / "backups"),
            self,
        )
        self.layout_.addWidget(intro)
        self.file = QLineEdit(self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        add_row(self.form, self.tr("Backup &file:"), row, self.file)
        self.passphrase = secret_edit(self)
        add_row(self.form, self.tr("&Passphrase of the backup:"), self.passphrase, self.passphrase)
        self.passphrase_hint = wrapped(
            self.tr(
                "The passphrase the backup was made with: the current one, unless it was "
                "changed after the backup."
            ),
            self,
        )
        self.form.addRow("", self.passphrase_hint)
        self.check_button = QPushButton(self.tr("&Check backup"), self)
        self.check_button.clicked.connect(self.check)
        self.form.addRow("", self.check_button)
        self.info = wrapped("", self)
        self.info.hide()
        self.confirm = QCheckBox(self.tr("&Replace the current database by this backup"), self)
        self.confirm.setEnabled(False)
        self.confirm.toggled.connect(self._enable)
        self.ok.setText(self.tr("&Restore"))
        self.ok.setEnabled(False)
        self.file.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.finish_layout(self.info, self.confirm)
        if proposed is not None:  # the last backup (h15: the field was empty)
            self.set_file(proposed)
            self.passphrase.setFocus()

    def set_file(self, path: Path) -> None:
        self.file.setText(str(path))

    def source(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore backup"), self.file.text() or str(Path.home()), _filter()
        )
        if name:
            self.set_file(Path(name))

    def _changed(self) -> None:
        """Another file or passphrase: what was checked no longer holds."""
        self.checked = None
        self.info.hide()
        self.confirm.setChecked(False)
        self.confirm.setEnabled(False)
        self.check_button.setEnabled(bool(self.file.text().strip() and self.passphrase.text()))
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.checked is not None and self.confirm.isChecked())

    def check(self) -> None:
        path, secret = self.source(), self.passphrase.text()
        if not secret or self.busy:
            return
        self.run(lambda: app.describe_backup(path, secret), self._described, lambda _m: None)

    def _described(self, info: BackupInfo) -> None:
        self.checked = info
        language = i18n.active_language()
        when = (
            texts.timestamp(info.newest_event, language) if info.newest_event is not None else "—"
        )
        self.info.setText(
            self.tr(
                "This backup holds %n request(s); its last entry dates from {0}.", "", info.requests
            ).format(when)
            + " "
            + self.tr("Its audit trail is intact (%n event(s)).", "", info.events)
        )
        self.info.show()
        self.fit()
        self.confirm.setEnabled(True)
        self.confirm.setFocus()
        self._enable()

    def accept(self) -> None:
        if self.checked is None or not self.confirm.isChecked() or self.busy:
            return
        path, secret = self.source(), self.passphrase.text()
        self.restoring = self.checked  # what the confirmation says once it is done
        self.run(lambda: app.restore_open(self.wb, path, secret), self._restored, lambda _m: None)

    def _restored(self, restored: WorkbenchApi) -> None:
        self.passphrase.clear()
        if self.on_done is not None:
            self.on_done(restored)
        super().accept()
