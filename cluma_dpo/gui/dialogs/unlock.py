"""Unlock: the passphrase opens the encrypted database; a wrong one says so and waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.gui.dialogs.common import CapsLockHint, ok_button, set_message
from cluma_dpo.gui.forms.ui_unlock import Ui_UnlockDialog
from cluma_dpo.gui.help import HELP_PROPERTY
from cluma_dpo.gui.icons import icon
from cluma_dpo.services.api import WorkbenchApi

Opener = Callable[[str], WorkbenchApi]  # passphrase -> an open Workbench; StoreError if wrong


class UnlockDialog(QDialog):
    def __init__(
        self,
        directory: Path,
        opener: Opener,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        server: str | None = None,
        offer_file: bool = False,
    ) -> None:
        """`server`: the shared server's address (issue 18): its password signs in.
        `offer_file`: a remembered server may be left for the file on this computer
        (`use_file` says it was chosen)."""
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._opener = opener
        self.workbench: WorkbenchApi | None = None
        self.attempts = 0
        self.use_file = False
        self.ui.iconLabel.setPixmap(icon("lock").pixmap(40, 40))
        if locked:
            self.ui.titleLabel.setText(
                self.tr("Cluma DPO is locked. Enter the passphrase to continue.")
            )
        self.ui.locationLabel.setText(self.tr("Database: {0}").format(directory))
        if server is not None:
            self.setWindowTitle(self.tr("Cluma DPO — sign in"))
            self.ui.titleLabel.setText(
                self.tr("Cluma DPO is locked. Enter your server password to continue.")
                if locked
                else self.tr("Sign in to the shared server with your password.")
            )
            self.ui.locationLabel.setText(self._where(server))
            self.ui.passphraseLabel.setText(self.tr("Server &password:"))
            self.setProperty(HELP_PROPERTY, "server-sign-in")  # F1: the server's chapter
        ok = ok_button(self.ui.buttonBox)
        ok.setText(self.tr("&Sign in") if server is not None and not locked else self.tr("&Unlock"))
        ok.setIcon(icon("unlock"))
        ok.setEnabled(False)
        self.ui.passphraseEdit.textChanged.connect(lambda t: ok.setEnabled(bool(t)))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if offer_file:
            other = self.ui.buttonBox.addButton(
                self.tr("Use &this computer instead"), QDialogButtonBox.ButtonRole.ResetRole
            )
            other.setToolTip(
                self.tr(
                    "Forget this server: from now on Cluma DPO opens the encrypted database "
                    "on this computer. Nothing on the server changes."
                )
            )
            other.clicked.connect(self._use_file)
        CapsLockHint(self.ui.capsLockLabel, self.ui.passphraseEdit)
        set_message(self.ui.errorLabel, None)
        self.ui.passphraseEdit.setFocus()

    def _where(self, server: str) -> str:
        """ "Login: bert" over "Server: db.example.be:5432, database privacy" (DPO on the
        server, finding 15: the login was only inside the URL); any other text as it is."""
        parts = urlsplit(server)
        if parts.scheme != "postgresql" or not parts.username:
            return self.tr("Server: {0}").format(server)
        host = parts.hostname or self.tr("this computer")
        where = f"{host}:{parts.port}" if parts.port and parts.hostname else host
        return "\n".join(
            (
                self.tr("Login: {0}").format(unquote(parts.username)),
                self.tr("Server: {0}, database {1}").format(where, parts.path.lstrip("/")),
            )
        )

    def _use_file(self) -> None:
        self.use_file = True
        self.reject()

    def accept(self) -> None:
        secret = self.ui.passphraseEdit.text()
        if not secret:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench = self._opener(secret)
        except StoreError as exc:
            self.attempts += 1
            set_message(self.ui.errorLabel, exc.msg)
            self.ui.passphraseEdit.clear()
            self.ui.passphraseEdit.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.passphraseEdit.clear()
        super().accept()
