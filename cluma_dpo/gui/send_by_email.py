"""'Send by e-mail' in the letter dialog (issue 17, GDPR Art. 12(3): a request made by
electronic means is answered by electronic means where possible).

The draft is made as `cluma-dpo email-draft` makes it (the same workbench use case: the
letter recorded and kept, the draft an audit event), written to the data folder's outbox
(0600; never the system temp: it holds personal data) and opened in the default mail
program. The program cannot see whether the mail went out, so it asks; "sent by e-mail"
is recorded in the timeline only on the DPO's Yes. The draft is deleted after the answer.
An encrypted PDF's password is shown once, copyable, and kept nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import Channel
from cluma_dpo.files import write_atomically
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.icons import icon

if TYPE_CHECKING:
    from cluma_dpo.gui.dialogs.letter import LetterDialog
    from cluma_dpo.gui.kept_documents import LetterKeeper
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.services.api import WorkbenchApi

# Requests made by electronic means (Art. 12(3)): a web form gives an address too
ELECTRONIC = frozenset({Channel.EMAIL, Channel.WEB})
OUTBOX = "outbox"


def outbox(directory: Path) -> Path:
    """The data folder's outbox, the owner's alone; drafts left by a crash are removed."""
    folder = directory / OUTBOX
    folder.mkdir(mode=0o700, exist_ok=True)
    folder.chmod(0o700)
    for left in folder.glob("*.eml"):
        left.unlink(missing_ok=True)
    return folder


def open_in_mail_program(path: Path) -> bool:
    """Open the draft in the default mail program (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_sent(parent: QWidget) -> bool:
    """Whether the DPO sent the message (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QApplication.translate("EmailSending", "Send by e-mail"),
        QApplication.translate(
            "EmailSending",
            "The draft is open in your mail program. Was the message sent?\n\n"
            "Yes records 'sent by e-mail' in the request's timeline. Either way the draft "
            "is then deleted from the data folder.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PasswordDialog(QDialog):
    """The encrypted PDF's password, shown this once: to be given by phone or SMS."""

    def __init__(
        self,
        password: str,
        parent: QWidget | None = None,
        copy: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of the PDF"))
        about = QLabel(
            self.tr(
                "The PDF in the draft is encrypted with this password. Give it to the person "
                "by phone or SMS, never in the same e-mail. It is shown only now and is not "
                "kept anywhere."
            ),
            self,
        )
        about.setWordWrap(True)
        self.field = QLineEdit(password, self)
        self.field.setReadOnly(True)
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(password) + 24)
        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy"), self)
        # the window's guarded clipboard: cleared again after 30 seconds
        put = copy or QApplication.clipboard().setText
        self.copy_button.clicked.connect(lambda: put(password))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.field)
        self.setMinimumWidth(460)  # the explanation in three lines, not six
        layout.addWidget(buttons)


def show_password(parent: QWidget, password: str, copy: Callable[[str], object]) -> None:
    """Show the password once, modal (tests replace this function)."""
    dialog = PasswordDialog(password, parent, copy)
    dialog.exec()
    dialog.field.clear()
    dialog.deleteLater()


class EmailSending(QObject):
    """Adds 'Send by e-mail…' and 'Encrypt the PDF' to a letter dialog; shown only for a
    request made by electronic means with an e-mail address."""

    def __init__(
        self, dialog: LetterDialog, wb: WorkbenchApi, keeper: LetterKeeper, window: MainWindow
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.wb, self.keeper, self.window = dialog, wb, keeper, window
        view = dialog.view
        self.button = QPushButton(icon("email"), self.tr("Send by &e-mail…"), dialog)
        self.button.setToolTip(
            self.tr(
                "Open the letter as a ready-to-send e-mail to {0} in your mail program."
            ).format(view.subject.email or "")
        )
        self.encrypt = QCheckBox(self.tr("E&ncrypt the PDF"), dialog)
        self.encrypt.setToolTip(
            self.tr(
                "For an answer with personal data: the password is shown once, to give by phone."
            )
        )
        layout = dialog.ui.buttonLayout
        at = layout.indexOf(dialog.ui.saveButton) + 1
        layout.insertWidget(at, self.button)
        layout.insertWidget(at + 1, self.encrypt)
        offered = view.channel in ELECTRONIC and bool(view.subject.email)
        self.button.setVisible(offered)
        self.encrypt.setVisible(offered)
        self.button.clicked.connect(self.send)
        dialog.ready_changed.connect(self._ready)
        self._ready(False)

    def _ready(self, ready: bool) -> None:
        # an Art. 19 notice goes to a recipient, not to the person who asked
        to_subject = self.dialog.kind != LetterKind.RECIPIENT_NOTICE
        self.button.setEnabled(ready and to_subject)

    def send(self) -> bool:
        """Make the draft, open it, ask whether it was sent; True when recorded as sent."""
        d = self.dialog
        if d.pdf is None or d.made is None or not d._confirmed():
            return False
        choice, reference = d.made, d.reference
        try:
            draft = outbox(self.window.directory) / f"{reference}-{choice.kind}.eml"
            password = self.wb.email_draft(
                reference,
                choice.kind,
                choice.language,
                deliver=lambda data: write_atomically(draft, data),
                encrypt=self.encrypt.isChecked(),
                texts=choice.texts,
                late=choice.late,
                replaces=self.keeper.replaces,
            )
        except DomainError as exc:
            set_message(d.ui.statusLabel, exc.msg)
            return False
        except OSError as exc:
            set_message(d.ui.statusLabel, exc.strerror or str(exc))
            return False
        d.recorded = True
        self.keeper.remember(choice)
        try:
            if password:
                show_password(d, password, self.window.clipboard.copy)
            if not open_in_mail_program(draft):
                set_message(
                    d.ui.statusLabel,
                    self.tr("No mail program could open the draft: nothing was sent."),
                )
                return False
            sent = ask_sent(d)
        finally:
            draft.unlink(missing_ok=True)  # personal data: not left in the data folder
        if not sent:
            d.ui.statusLabel.setText(
                self.tr("Not recorded as sent by e-mail; the letter is kept with the request.")
            )
            return False
        try:
            self.wb.email_sent(reference, choice.kind)
        except DomainError as exc:
            set_message(d.ui.statusLabel, exc.msg)
            return False
        d.ui.statusLabel.setText(self.tr("Recorded as sent by e-mail."))
        return True
