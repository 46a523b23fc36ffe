"""A new passphrase from the File menu: the current one, the new one twice (the first-run
wizard's rule and strength bar), and the warning that earlier backups keep the old one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from cluma_dpo import app
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import WrongPassphrase
from cluma_dpo.gui.dialogs.common import (
    CapsLockHint,
    new_passphrase_problem,
    passphrase_strength,
    set_message,
)
from cluma_dpo.gui.dialogs.safety import WorkDialog, add_row, secret_edit, wrapped
from cluma_dpo.services.api import WorkbenchApi


class PassphraseDialog(WorkDialog):
    """The current passphrase, the new one twice (the first-run wizard's rule and strength
    bar), and the warning that earlier backups keep the old one."""

    def __init__(
        self,
        wb: WorkbenchApi,
        parent: QWidget | None = None,
        *,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(self.tr("Change passphrase"), parent)
        self.wb = wb
        self.on_done = on_done
        self.current = secret_edit(self)
        self.new = secret_edit(self)
        self.repeat = secret_edit(self)
        add_row(self.form, self.tr("&Current passphrase:"), self.current, self.current)
        # a wrong current passphrase is said beside it (issue 15, dpo15 finding 9)
        self.current_error = wrapped("", self)
        self.current_error.setObjectName("currentError")
        self.current_error.hide()
        self.form.addRow("", self.current_error)
        add_row(self.form, self.tr("&New passphrase:"), self.new, self.new)
        add_row(self.form, self.tr("&Repeat the new one:"), self.repeat, self.repeat)
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.strength, 1)
        row.addWidget(self.strength_label)
        self.form.addRow(self.tr("Strength:"), row)
        self.problem = wrapped("", self)
        caps = QLabel(self.tr("Caps Lock is on."), self)
        CapsLockHint(caps, self.current, self.new, self.repeat)
        self.warning = wrapped(
            self.tr(
                "Backups made before keep the old passphrase: keep the old passphrase as long "
                "as you keep those backups. Make a new backup after the change."
            ),
            self,
        )
        self.ok.setText(self.tr("C&hange passphrase"))
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self._validate)
        self.current.textEdited.connect(lambda _t: set_message(self.current_error, None))
        self.finish_layout(self.problem, caps, self.warning)
        self._validate()
        self.current.setFocus()

    def passphrase_problem(self) -> str | None:
        """As the first-run wizard says it, after what only a change has to check."""
        secret = self.new.text()
        if not self.current.text():
            return self.tr("Type the current passphrase.")
        if secret == self.current.text() and v.passphrase_problem(secret) is None:
            return self.tr("The new passphrase is the same as the current one.")
        return new_passphrase_problem(secret, self.repeat.text())

    def _validate(self) -> None:
        score, word = passphrase_strength(self.new.text())
        self.strength.setValue(score)
        self.strength_label.setText(word)
        problem = self.passphrase_problem()
        self.problem.setText(problem or "")
        self.ok.setEnabled(problem is None)

    def accept(self) -> None:
        if self.passphrase_problem() is not None or self.busy:
            return
        current, new = self.current.text(), self.new.text()

        def work() -> bool:
            try:
                self.change(current, new)
            except WrongPassphrase:
                return False
            return True

        set_message(self.current_error, None)
        self.run(work, self._done, self._failed)

    def change(self, current: str, new: str) -> None:
        app.change_passphrase(self.wb, current, new)

    def wrong_current(self) -> str:
        return self.tr("The current passphrase is not correct.")

    def _done(self, changed: object) -> None:
        if not changed:
            set_message(self.current_error, self.wrong_current())
            self.adjustSize()  # the message's lines get their room, nothing is squeezed
            self.current.selectAll()
            self.current.setFocus()
            return
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        if self.on_done is not None:
            self.on_done()
        super().accept()

    def _failed(self, _message: str) -> None:
        self.current.setFocus()


class ServerPasswordDialog(PassphraseDialog):
    """File ▸ Change password… on a shared server: the signed-in login's own server password,
    its wrap of the documents' key made again under the new one (app.change_server_password).
    The window stays signed in."""

    def __init__(
        self,
        wb: WorkbenchApi,
        parent: QWidget | None = None,
        *,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(wb, parent, on_done=on_done)
        self.setWindowTitle(self.tr("Change password"))
        labels = (self.tr("&Current password:"), self.tr("&New password:"))
        for edit, text in zip((self.current, self.new), labels, strict=True):
            label = self.form.labelForField(edit)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setMinimumWidth(label.sizeHint().width())
        self.warning.setText(
            self.tr(
                "Your password on the shared server changes now, and your key to the "
                "documents with it. Sign in with the new one from now on; if your computer "
                "keeps the password for you (a password file), change it there too."
            )
        )
        self.ok.setText(self.tr("C&hange password"))
        self._validate()

    def passphrase_problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type the current password.")
        if self.new.text() == self.current.text() and self.new.text():
            return self.tr("The new password is the same as the current one.")
        return super().passphrase_problem()

    def change(self, current: str, new: str) -> None:
        app.change_server_password(self.wb, current, new)

    def wrong_current(self) -> str:
        return self.tr("The current password is not correct.")
