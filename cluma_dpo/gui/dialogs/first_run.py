"""First start, a walk-through: passphrase, organisation, signature, bank account, begin.

Or, chosen on the first page, a shared PostgreSQL server (gui/dialogs/server_choice.py):
Connect signs in to it and the wizard ends there; the details live on the server.

The details are prefilled from the privacy statement (domain.settings defaults) and
checked as they are typed; Next waits until the page is right. Leaving the bank page
creates the encrypted database and stores the details that differ from the defaults,
each through `set_setting`. The last page chooses between the empty database and demo
data (a separate database in a folder made for it, locked with the demo passphrase that the
page shows: gui/demo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QWidget,
    QWizard,
)

from cluma_dpo.domain import settings as schema
from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui import demo_dialog, i18n
from cluma_dpo.gui.dialogs.common import (
    CapsLockHint,
    new_passphrase_problem,
    passphrase_strength,
    set_message,
)
from cluma_dpo.gui.dialogs.server_choice import Connector, ServerChoice, default_connector
from cluma_dpo.gui.forms.ui_first_run import Ui_FirstRunDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.setting_fields import allowed_message
from cluma_dpo.services.api import WorkbenchApi

# passphrase, {setting key: raw text} -> an open Workbench
Creator = Callable[[str, dict[str, str]], WorkbenchApi]
# folder -> (an open Workbench on the demo database there, made just now?)
DemoOpener = Callable[[Path], tuple[WorkbenchApi, bool]]
PASSPHRASE, ORGANISATION, SIGNATURE, BANK, DONE = range(5)
_AUTONYMS = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}


class FirstRunDialog(QWizard):
    def __init__(
        self,
        directory: Path,
        creator: Creator,
        parent: QWidget | None = None,
        *,
        demo_opener: DemoOpener | None = None,
        connector: Connector | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.directory = Path(directory)
        self._creator = creator
        self._demo_opener = demo_opener
        self.workbench: WorkbenchApi | None = None
        self.demo_workbench: WorkbenchApi | None = None
        self.demo_fresh = False
        self.demo_folder: Path | None = None
        ui = self.ui
        self.server = ServerChoice(
            self, ui, self.directory, connector or default_connector(self.directory)
        )
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self.fields: dict[str, QLineEdit] = {
            "organisation.name": ui.orgNameEdit,
            "organisation.street": ui.orgStreetEdit,
            "organisation.postcode": ui.orgPostcodeEdit,
            "organisation.city": ui.orgCityEdit,
            "organisation.phone": ui.orgPhoneEdit,
            "organisation.email": ui.orgEmailEdit,
            "organisation.website": ui.orgWebsiteEdit,
            "organisation.vat_number": ui.orgVatEdit,
            "dpo.name": ui.dpoNameEdit,
            "dpo.email": ui.dpoEmailEdit,
            "letters.signature_name": ui.signatureNameEdit,
            "letters.signature_title": ui.signatureTitleEdit,
            "bank.iban": ui.ibanEdit,
            "bank.bic": ui.bicEdit,
        }
        self._errors = {
            ORGANISATION: ui.organisationError,
            SIGNATURE: ui.signatureError,
            BANK: ui.bankError,
        }
        for key, edit in self.fields.items():
            spec = schema.SETTINGS[key]
            edit.setText(spec.to_text(spec.default))  # from the privacy statement
            edit.textChanged.connect(self._validate)
        for code, name in _AUTONYMS.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(i18n.active_language())))
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ui.passphraseEdit.textChanged.connect(self._validate)
        ui.repeatEdit.textChanged.connect(self._validate)
        CapsLockHint(ui.capsLockLabel, ui.passphraseEdit, ui.repeatEdit)
        ui.passphrasePage.check = lambda: (
            self.server.complete() if self.server.chosen else self.passphrase_problem() is None
        )
        ui.passphrasePage.commit = lambda: self.server.open_server() if self.server.chosen else True
        ui.serverRadio.toggled.connect(self._where_chosen)
        for edit in (ui.hostEdit, ui.databaseEdit, ui.loginEdit, ui.caEdit):
            edit.textChanged.connect(self._validate)
        for page_id, page in (
            (ORGANISATION, ui.organisationPage),
            (SIGNATURE, ui.signaturePage),
            (BANK, ui.bankPage),
        ):
            page.check = lambda p=page_id: self.page_problem(p) is None
        ui.demoFolderEdit.setText(str(self.directory.parent / f"{self.directory.name}-demo"))
        ui.demoBrowseButton.clicked.connect(self._choose_demo_folder)
        ui.demoRadio.toggled.connect(self._demo_toggled)
        ui.bankPage.setCommitPage(True)
        ui.bankPage.commit = self._create
        ui.donePage.commit = self._open_demo_if_chosen
        self._retranslate()
        for label in (ui.passphraseError, ui.errorLabel, ui.demoError, *self._errors.values()):
            set_message(label, None)
        self._demo_toggled(False)
        self._where_chosen()
        ui.passphraseEdit.setFocus()

    # -- language -------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        language = str(self.ui.languageCombo.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_translations(app, language)
            i18n.remember_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._validate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ui = self.ui
        ui.passphrasePage.setSubTitle(
            self.tr("Connect to the database on the shared server.")
            if self.server.chosen
            else self.tr("Choose the passphrase that opens the encrypted database.")
        )
        ui.locationLabel.setText(
            self.tr("The database will be created in {0}").format(self.directory)
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Connect") if self.server.chosen else self.tr("&Begin"),
        )
        ui.demoHint.setText(
            self.tr(
                "Invented requests in a separate database, to try every step; your own "
                "database stays empty. The folder is made if it does not exist."
            )
            + " "
            + demo_dialog.passphrase_text()
        )

    # -- this computer or a shared server -------------------------------------------------
    def _where_chosen(self) -> None:
        """The file's passphrase, or the server's address; Connect ends the wizard there."""
        server = self.server.chosen
        self.ui.fileBox.setVisible(not server)
        self.ui.serverBox.setVisible(server)
        self.ui.passphrasePage.setFinalPage(server)  # Connect instead of Next, at once
        # the file's last page has no Cancel (the database exists by then); Connect's has
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, not server)
        self._retranslate()
        self._validate()
        (self.ui.hostEdit if server else self.ui.passphraseEdit).setFocus()

    def nextId(self) -> int:
        if self.currentId() == PASSPHRASE and self.server.chosen:
            return -1
        return super().nextId()

    # -- checks as you type ---------------------------------------------------------------
    def passphrase_problem(self) -> str | None:
        return new_passphrase_problem(self.ui.passphraseEdit.text(), self.ui.repeatEdit.text())

    def _page_keys(self, page_id: int) -> list[str]:
        prefix = {
            ORGANISATION: ("organisation.",),
            SIGNATURE: ("dpo.", "letters."),
            BANK: ("bank.",),
        }[page_id]
        return [k for k in self.fields if k.startswith(prefix)]

    def page_problem(self, page_id: int) -> str | None:
        """What is wrong on a details page, naming the setting and what it accepts."""
        for key in self._page_keys(page_id):
            try:
                schema.validate(key, self.fields[key].text())
            except DomainError:
                return allowed_message(schema.SETTINGS[key])
        return None

    def _validate(self) -> None:
        ui = self.ui
        score, word = passphrase_strength(ui.passphraseEdit.text())
        ui.strengthBar.setValue(score)
        ui.strengthLabel.setText(word)
        set_message(
            ui.passphraseError,
            self.passphrase_problem() if ui.passphraseEdit.text() or ui.repeatEdit.text() else None,
        )
        for page_id, label in self._errors.items():
            set_message(label, self.page_problem(page_id))
        self.server.update()
        for page in (ui.passphrasePage, ui.organisationPage, ui.signaturePage, ui.bankPage):
            page.recheck()

    def settings(self) -> dict[str, str]:
        """The details that differ from the defaults, as raw text (and the language)."""
        out = {}
        for key, edit in self.fields.items():
            spec = schema.SETTINGS[key]
            if schema.validate(key, edit.text()) != spec.default:
                out[key] = edit.text().strip()
        language = str(self.ui.languageCombo.currentData())
        if language != schema.SETTINGS["interface.language"].default:
            out["interface.language"] = language
        return out

    # -- creating -------------------------------------------------------------------------
    def _create(self) -> bool:
        """Commit: create the database with the details (Next on the bank page)."""
        if self.workbench is not None:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench = self._creator(self.ui.passphraseEdit.text(), self.settings())
        except (DomainError, StoreError) as exc:
            set_message(self.ui.errorLabel, exc.msg)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _choose_demo_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a folder for the demo database"),
            self.ui.demoFolderEdit.text(),
        )
        if folder:
            self.ui.demoFolderEdit.setText(folder)

    def _demo_toggled(self, on: bool) -> None:
        for w in (self.ui.demoFolderLabel, self.ui.demoFolderEdit, self.ui.demoBrowseButton):
            w.setEnabled(on)

    def _open_demo_if_chosen(self) -> bool:
        """Finish: with demo data chosen, make (or open) the demo database."""
        if not self.ui.demoRadio.isChecked() or self._demo_opener is None:
            self._forget_passphrase()
            return True
        folder = Path(self.ui.demoFolderEdit.text().strip()).expanduser()
        problem = demo_dialog.folder_problem(folder, self.directory)
        if problem is not None:
            set_message(self.ui.demoError, problem)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.demo_workbench, self.demo_fresh = self._demo_opener(folder)
        except (DomainError, StoreError) as exc:
            set_message(self.ui.demoError, exc.msg)
            return False
        except OSError as exc:  # a folder that cannot be made
            set_message(self.ui.demoError, str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.demo_folder = folder
        self._forget_passphrase()
        return True

    def reject(self) -> None:
        """Closing the last page: the database exists already, so that is a beginning."""
        if self.workbench is not None:
            self._forget_passphrase()
            QDialog.done(self, QDialog.DialogCode.Accepted)
            return
        super().reject()

    def _forget_passphrase(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
