"""First start: create the encrypted database, with the organisation's details prefilled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.domain.settings import SETTINGS
from cluma_dpo.gui.dialogs.common import (
    MIN_PASSPHRASE,
    CapsLockHint,
    ok_button,
    passphrase_strength,
    set_message,
)
from cluma_dpo.gui.forms.ui_first_run import Ui_FirstRunDialog

# passphrase, {setting key: raw text} -> an open Workbench
Creator = Callable[[str, dict[str, str]], Any]


class FirstRunDialog(QDialog):
    def __init__(self, directory: Path, creator: Creator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._creator = creator
        self.workbench: Any = None
        ui = self.ui
        ui.locationLabel.setText(self.tr("The database will be created in {0}").format(directory))
        self.fields: dict[str, QLineEdit] = {
            "organisation.name": ui.orgNameEdit,
            "organisation.street": ui.orgStreetEdit,
            "organisation.postcode": ui.orgPostcodeEdit,
            "organisation.city": ui.orgCityEdit,
            "organisation.phone": ui.orgPhoneEdit,
            "organisation.email": ui.orgEmailEdit,
            "dpo.name": ui.dpoNameEdit,
        }
        # Defaults come from the privacy statement (domain.settings).
        for key, edit in self.fields.items():
            edit.setText(SETTINGS[key].to_text(SETTINGS[key].default))
            edit.textChanged.connect(self._validate)
        ui.passphraseEdit.textChanged.connect(self._validate)
        ui.repeatEdit.textChanged.connect(self._validate)
        ok = ok_button(ui.buttonBox)
        ok.setText(self.tr("&Create database"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        CapsLockHint(ui.capsLockLabel, ui.passphraseEdit, ui.repeatEdit)
        set_message(ui.errorLabel, None)
        self._validate()
        ui.passphraseEdit.setFocus()

    def _passphrase_problem(self) -> str | None:
        secret, again = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        if len(secret) < MIN_PASSPHRASE:
            return self.tr("At least {0} characters ({1} so far).").format(
                MIN_PASSPHRASE, len(secret))
        if any(ch in secret for ch in "\x00\r\n"):
            return self.tr("The passphrase may not contain line breaks.")
        if again != secret:
            return self.tr("Type the same passphrase twice.") if again else self.tr(
                "Repeat the passphrase.")
        return None

    def _organisation_problem(self) -> str | None:
        for key, edit in self.fields.items():
            try:
                SETTINGS[key].parse(edit.text())
            except DomainError as exc:
                return exc.message
        return None

    def _validate(self) -> None:
        score, word = passphrase_strength(self.ui.passphraseEdit.text())
        self.ui.strengthBar.setValue(score)
        self.ui.strengthLabel.setText(word)
        pass_problem = self._passphrase_problem()
        org_problem = self._organisation_problem()
        set_message(self.ui.passphraseError, pass_problem)
        set_message(self.ui.organisationError, org_problem)
        ok_button(self.ui.buttonBox).setEnabled(pass_problem is None and org_problem is None)

    def settings(self) -> dict[str, str]:
        """The organisation details that differ from the defaults, as raw text."""
        out = {}
        for key, edit in self.fields.items():
            if edit.text().strip() != SETTINGS[key].to_text(SETTINGS[key].default):
                out[key] = edit.text().strip()
        return out

    def accept(self) -> None:
        if not ok_button(self.ui.buttonBox).isEnabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench = self._creator(self.ui.passphraseEdit.text(), self.settings())
        except (DomainError, StoreError) as exc:
            set_message(self.ui.errorLabel, exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        super().accept()
