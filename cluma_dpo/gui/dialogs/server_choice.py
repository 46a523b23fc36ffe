"""The first-run wizard's "shared server" choice (issue 18): host, port, database, login and,
for a server on another computer, its CA certificate; Connect signs in and opens it.

The address is built and checked by the program's own URL rules (storage.server_url): no
password in it, a plain connection only to this computer, verify-full elsewhere. The
password comes from libpq's usual places or the sign-in dialog, and is never stored; the
address is remembered (app.remember_server) so that the next start opens the server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.forms.ui_first_run import Ui_FirstRunDialog
from cluma_dpo.services.api import WorkbenchApi

if TYPE_CHECKING:
    from cluma_dpo.app import ServerAddress

# (address, the password typed in the sign-in dialog or None) -> the workbench on the server
Connector = Callable[["ServerAddress", str | None], WorkbenchApi]


def default_connector(directory: Path) -> Connector:
    from cluma_dpo.app import open_server_workbench

    return lambda address, password: open_server_workbench(
        address, directory, front_end="app", password=password
    )


class ServerChoice(QObject):
    def __init__(
        self, wizard: QWidget, ui: Ui_FirstRunDialog, directory: Path, connector: Connector
    ) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.ui = ui
        self.directory = directory
        self.connector = connector
        self.workbench: WorkbenchApi | None = None
        self.address: ServerAddress | None = None
        ui.caBrowseButton.clicked.connect(self.choose_ca)
        set_message(ui.serverError, None)
        # a message about what was there before goes as soon as a field changes
        for edit in (ui.hostEdit, ui.databaseEdit, ui.loginEdit, ui.caEdit):
            edit.textChanged.connect(lambda _text: set_message(ui.serverError, None))
        ui.portSpin.valueChanged.connect(lambda _value: set_message(ui.serverError, None))

    @property
    def chosen(self) -> bool:
        return bool(self.ui.serverRadio.isChecked())

    def complete(self) -> bool:
        """Connect waits for the database and the login (an empty host: this computer)."""
        return bool(self.ui.databaseEdit.text().strip() and self.ui.loginEdit.text().strip())

    def remote(self) -> bool:
        from cluma_dpo.app import on_this_computer

        return not on_this_computer(self.ui.hostEdit.text())

    def update(self) -> None:
        """The CA certificate matters only for a server on another computer."""
        remote = self.remote()
        for w in (self.ui.caLabel, self.ui.caEdit, self.ui.caBrowseButton):
            w.setEnabled(remote)
        self.ui.caHint.setVisible(remote)  # the page has no room to spare for it otherwise

    def choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.wizard,
            self.tr("The server's CA certificate"),
            self.ui.caEdit.text() or str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ui.caEdit.setText(path)

    def checked_address(self) -> ServerAddress | None:
        """The address of the fields, or None with the reason shown under them."""
        ui = self.ui
        ca = ui.caEdit.text().strip()
        if self.remote():
            if not ca:
                set_message(
                    ui.serverError,
                    self.tr(
                        "{0} is another computer: choose the file of the server's CA "
                        "certificate, so that the connection is encrypted and the server is "
                        "the right one. Its administrator can give it to you."
                    ).format(ui.hostEdit.text().strip()),
                )
                return None
            if not Path(ca).expanduser().is_file():
                set_message(ui.serverError, self.tr("There is no file {0}.").format(ca))
                return None
            ca = str(Path(ca).expanduser().resolve())
        from cluma_dpo.app import server_address

        try:
            return server_address(
                ui.loginEdit.text(),
                ui.hostEdit.text(),
                ui.portSpin.value(),
                ui.databaseEdit.text(),
                ca if self.remote() else None,
            )
        except DomainError as exc:
            # the rules' own words speak of a URL, which this page does not show
            said = {
                "server.url_has_password": self.tr(
                    "A password does not belong in the login or the host: leave it out. "
                    "Connect asks for it, and it is never stored."
                ),
                "server.url_invalid": self.tr(
                    "The host is the server's name or address, or a folder on this "
                    "computer: without spaces and without @, ? or #."
                ),
                "server.url_needs_login_and_database": self.tr(
                    "Fill in the database and your login."
                ),
            }.get(exc.msg.code)
            set_message(ui.serverError, said or exc.msg)
            return None

    def open_server(self) -> bool:
        """Connect: sign in (libpq's password, else the sign-in dialog), open, remember."""
        set_message(self.ui.serverError, None)
        if self.workbench is not None:
            return True
        address = self.checked_address()
        if address is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench = self.connector(address, None)
        except (StoreError, DomainError) as exc:
            if exc.msg.code != "server.password_needed":
                self._refused(address, exc)
                return False
        finally:
            QApplication.restoreOverrideCursor()
        if self.workbench is None and not self._sign_in(address):
            return False
        self.address = address
        with contextlib.suppress(OSError):  # not remembered: the next start asks again
            from cluma_dpo.app import remember_server

            remember_server(self.directory, address)
        return True

    def _sign_in(self, address: ServerAddress) -> bool:
        """The sign-in dialog; a refusal other than the password (a database not set up)
        closes it and is said on the page, where the address can be corrected."""
        from cluma_dpo.gui.dialogs.unlock import UnlockDialog

        failed: list[StoreError] = []

        def opener(password: str) -> WorkbenchApi:
            try:
                return self.connector(address, password)
            except StoreError as exc:
                if exc.msg.code not in ("server.login_refused", "server.password_needed"):
                    failed.append(exc)
                    QTimer.singleShot(0, sign_in.reject)
                raise

        sign_in = UnlockDialog(self.directory, opener, self.wizard, server=address.shown())
        accepted = sign_in.exec() == QDialog.DialogCode.Accepted
        self.workbench = sign_in.workbench if accepted else None
        if self.workbench is None and failed:
            self._refused(address, failed[-1])
        return self.workbench is not None

    def _refused(self, address: ServerAddress, exc: StoreError | DomainError) -> None:
        if exc.msg.code in ("server.not_initialised", "server.upgrade_by_owner"):
            set_message(
                self.ui.serverError,
                self.tr(
                    "The database {0} on the server has not been set up for Cluma DPO yet. "
                    "Ask the server's administrator to set it up, as the owner of the "
                    "database, and to give your login a role (DPO, assistant or "
                    "management); then connect again."
                ).format(address.database)
                if exc.msg.code == "server.not_initialised"
                else self.tr(
                    "The database {0} on the server was made by an older version of Cluma "
                    "DPO. Ask the server's administrator to bring it up to date, as its "
                    "owner; then connect again."
                ).format(address.database),
            )
            return
        set_message(self.ui.serverError, exc.msg)
