"""'Send by e-mail' in the letter dialog (issue 17, GDPR Art. 12(3): a request made by
electronic means is answered by electronic means where possible).

The draft is made as `cluma-dpo email-draft` makes it (the same workbench use case: the
letter recorded and kept, the draft an audit event), written to the data folder's outbox
(0600; never the system temp: it holds personal data) and opened in the default mail
program. The program cannot see whether the mail went out, so it asks; "sent by e-mail"
is recorded in the timeline only on the DPO's Yes. The draft is deleted after the answer.
"Save as…" writes the draft where the DPO chooses instead (review h17), to send later.
An encrypted PDF's password is shown once, copyable, and kept nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.correspondence import why_no_email
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import Right
from cluma_dpo.files import write_atomically
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.dialogs.email_draft import OPEN, EmailDraftDialog
from cluma_dpo.gui.file_dialogs import letter_name
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.lock import KEEP_OVER_LOCK

if TYPE_CHECKING:
    from cluma_dpo.gui.dialogs.letter import LetterDialog
    from cluma_dpo.gui.kept_documents import LetterKeeper
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.services.api import WorkbenchApi

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
    """Adds 'Send by e-mail…' to a letter dialog: enabled for a request made by electronic
    means (e-mail or web form, GDPR Art. 12(3)) with an e-mail address, otherwise disabled
    with the reason in its tooltip. It asks what goes with the letter and where the draft
    goes (gui/dialogs/email_draft.py): the mail program, or a file the DPO chooses."""

    def __init__(
        self, dialog: LetterDialog, wb: WorkbenchApi, keeper: LetterKeeper, window: MainWindow
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.wb, self.keeper, self.window = dialog, wb, keeper, window
        view = dialog.view
        self.button = QPushButton(icon("email"), self.tr("Send by &e-mail…"), dialog)
        self.button.setObjectName("sendByEmail")
        layout = dialog.ui.buttonLayout
        layout.insertWidget(layout.indexOf(dialog.ui.saveButton) + 1, self.button)
        # the same rule as the command line's email-draft (domain.correspondence)
        self.refused = why_no_email(view.reference, view.channel, view.subject.email)
        self.draft_dialog: EmailDraftDialog | None = None
        self.button.clicked.connect(self.ask)
        dialog.ready_changed.connect(self._ready)
        self._ready(False)

    def _ready(self, ready: bool) -> None:
        # an Art. 19 notice goes to a recipient, not to the person who asked
        to_subject = self.dialog.kind != LetterKind.RECIPIENT_NOTICE
        self.button.setEnabled(ready and to_subject and self.refused is None)
        if self.refused is not None:
            why = say(self.refused)
        elif not to_subject:
            why = self.tr("An Art. 19 notice goes to the recipient, not to the data subject.")
        elif not ready:
            why = self.tr("Make the letter first.")
        else:
            why = None
        self.button.setToolTip(
            f"⚠ {why}"
            if why
            else self.tr("Open the letter as a ready-to-send e-mail to {0}.").format(
                self.dialog.view.subject.email or ""
            )
        )

    def ask(self) -> EmailDraftDialog | None:
        """What goes with the letter and where the draft goes; the choice then runs."""
        if not self.button.isEnabled():
            return None
        view = self.dialog.view
        # only an access answer carries a copy of the data (Art. 15(3), Art. 20)
        with_data = self.dialog.kind == LetterKind.ANSWER and bool(
            {Right.ACCESS, Right.PORTABILITY} & set(view.rights)
        )
        draft = EmailDraftDialog(
            f"{view.subject.name} <{view.subject.email}>", self.dialog, with_data=with_data
        )
        draft.setProperty(KEEP_OVER_LOCK, True)
        draft.chosen.connect(
            lambda how: (
                self.send(draft.files, encrypt=draft.encrypt.isChecked())
                if how == OPEN
                else self.save_as(draft.files, encrypt=draft.encrypt.isChecked())
            )
        )
        draft.finished.connect(draft.deleteLater)
        self.draft_dialog = draft
        draft.open()
        return draft

    def _make(
        self, target: Path, files: Sequence[tuple[str, bytes]], *, encrypt: bool
    ) -> tuple[bool, str | None]:
        """Make the draft into `target`: (made, password)."""
        d = self.dialog
        if d.pdf is None or d.made is None or not d._confirmed():
            return False, None
        choice = d.made
        try:
            password = self.wb.email_draft(
                d.reference,
                choice.kind,
                choice.language,
                deliver=lambda data: write_atomically(target, data),
                encrypt=encrypt,
                texts=choice.texts,
                late=choice.late,
                replaces=self.keeper.replaces,
                files=files,
            )
        except DomainError as exc:
            set_message(d.ui.statusLabel, exc.msg)
            return False, None
        except OSError as exc:
            set_message(d.ui.statusLabel, exc.strerror or str(exc))
            return False, None
        d.recorded = True
        self.keeper.remember(choice)
        if password:
            show_password(d, password, self.window.clipboard.copy)
        return True, password

    def save_as(
        self, files: Sequence[tuple[str, bytes]] = (), *, encrypt: bool = False
    ) -> Path | None:
        """The draft saved as an .eml where the DPO chooses (to send later, or from another
        computer); nothing is recorded as sent."""
        d = self.dialog
        if d.made is None:
            return None
        suggested = letter_name(d.reference, d.made.kind, d.made.language)[:-4] + ".eml"
        target = self.window.ask_save_path(
            self.tr("Save the e-mail"), suggested, self.tr("E-mail (*.eml)")
        )
        if target is None:
            return None
        made, _password = self._make(target, files, encrypt=encrypt)
        if not made:
            return None
        d.ui.statusLabel.setText(
            self.tr("E-mail saved as {0}: open it in your mail program to send it.").format(target)
        )
        return target

    def send(self, files: Sequence[tuple[str, bytes]] = (), *, encrypt: bool = False) -> bool:
        """Make the draft, open it, ask whether it was sent; True when recorded as sent."""
        d = self.dialog
        if d.made is None:
            return False
        choice, reference = d.made, d.reference
        draft = outbox(self.window.directory) / f"{reference}-{choice.kind}.eml"
        try:
            made, _password = self._make(draft, files, encrypt=encrypt)
            if not made:
                return False
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
