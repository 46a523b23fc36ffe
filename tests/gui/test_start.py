"""Starting the app: first run, unlock, the passphrase from the environment; forms built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from cluma_dpo.gui.dialogs.first_run import (
    BANK,
    DONE,
    ORGANISATION,
    PASSPHRASE,
    SIGNATURE,
    FirstRunDialog,
)
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.services.requests import RequestQuery
from tests.gui.conftest import PASSPHRASE as TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def _walk_to_bank_page(qtbot: Any, dialog: FirstRunDialog) -> None:
    ui = dialog.ui
    nxt = dialog.button(QWizard.WizardButton.NextButton)
    assert dialog.currentId() == PASSPHRASE
    assert "lost" in ui.warningLabel.text()
    assert not nxt.isEnabled()
    qtbot.keyClicks(ui.passphraseEdit, "short")
    assert "At least 12" in ui.passphraseError.text()
    assert ui.strengthLabel.text() == "weak"
    ui.passphraseEdit.setText("correct horse battery staple")
    qtbot.keyClicks(ui.repeatEdit, "correct horse battery")
    assert not nxt.isEnabled()
    assert "same passphrase" in ui.passphraseError.text()
    qtbot.keyClicks(ui.repeatEdit, " staple")
    assert nxt.isEnabled()
    assert ui.strengthLabel.text() in ("good", "strong")
    nxt.click()

    assert dialog.currentId() == ORGANISATION
    assert ui.orgNameEdit.text() == "Cluma Engineering NV"  # from the privacy statement
    assert ui.orgCityEdit.text() == "Roeselare"
    ui.orgEmailEdit.setText("not-an-email")
    assert not nxt.isEnabled()
    assert "E-mail" in ui.organisationError.text()  # its label, not its key (issue 14)
    assert "organisation.email" not in ui.organisationError.text()
    ui.orgEmailEdit.setText("privacy@cluma.com")
    assert nxt.isEnabled()
    nxt.click()

    assert dialog.currentId() == SIGNATURE
    assert ui.signatureNameEdit.text() == "Steven Deweirt"
    ui.dpoNameEdit.setText("")
    assert not nxt.isEnabled()
    assert "Data protection officer" in ui.signatureError.text()  # label, not key
    assert "dpo.name" not in ui.signatureError.text()
    ui.dpoNameEdit.setText("An DPO")
    ui.signatureNameEdit.setText("An DPO")
    ui.signatureTitleEdit.setText("Functionaris voor gegevensbescherming")
    nxt.click()
    assert dialog.currentId() == BANK


def test_first_run_walk_through_creates_the_database(qtbot: Any, tmp_path: Path) -> None:
    """Passphrase, organisation, signature, bank account, begin: settings saved."""
    from cluma_dpo.gui.demo import create_database

    folder = tmp_path / "new"
    asked: list[dict[str, str]] = []

    def creator(secret: str, settings: dict[str, str]) -> Any:
        asked.append(settings)
        return create_database(folder, secret, settings)

    dialog = FirstRunDialog(folder, creator)
    qtbot.addWidget(dialog)
    dialog.show()
    _walk_to_bank_page(qtbot, dialog)
    ui = dialog.ui
    commit = dialog.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Create database"
    ui.ibanEdit.setText("BE00 1234")
    assert not commit.isEnabled()
    # named by its label, not its key (issue 14)
    assert "bank.iban" not in ui.bankError.text() and "IBAN" in ui.bankError.text()
    ui.ibanEdit.setText("BE71 0961 2345 6769")
    ui.bicEdit.setText("GEBABEBB")
    assert commit.isEnabled()
    assert not (folder / "cluma-dpo.db").exists()
    commit.click()
    assert dialog.currentId() == DONE
    assert (folder / "cluma-dpo.db").exists()
    assert ui.emptyRadio.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    assert ui.passphraseEdit.text() == ""  # not kept in the dialog
    # only what differs from the privacy statement's defaults was set
    assert "organisation.name" not in asked[0]
    assert asked[0]["organisation.email"] == "privacy@cluma.com"
    wb = dialog.workbench
    try:
        settings = wb.settings()
        assert settings.organisation.email == "privacy@cluma.com"
        assert settings.dpo.name == "An DPO"
        assert settings.letters.signature_title == "Functionaris voor gegevensbescherming"
        assert settings.bank.iban == "BE71096123456769"
        assert settings.bank.bic == "GEBABEBB"
    finally:
        wb.close()


def test_first_run_can_begin_with_demo_data(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import create_database, open_or_create_demo

    folder = tmp_path / "own"
    dialog = FirstRunDialog(
        folder, lambda s, st: create_database(folder, s, st), demo_opener=open_or_create_demo
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _walk_to_bank_page(qtbot, dialog)
    dialog.button(QWizard.WizardButton.CommitButton).click()
    ui = dialog.ui
    assert ui.demoFolderEdit.text().endswith("own-demo")
    assert not ui.demoFolderEdit.isEnabled()
    ui.demoRadio.setChecked(True)
    assert ui.demoFolderEdit.isEnabled()
    ui.demoFolderEdit.setText(str(folder))
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert dialog.isVisible() and "own database" in ui.demoError.text()
    ui.demoFolderEdit.setText(str(tmp_path / "demo"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    try:
        assert dialog.demo_folder == tmp_path / "demo"
        assert dialog.demo_fresh
        assert (tmp_path / "demo" / "cluma-dpo.db").exists()
        assert dialog.demo_workbench.count(RequestQuery()) == 0  # filled by the window
    finally:
        dialog.demo_workbench.close()
        dialog.workbench.close()


def test_closing_the_last_page_still_opens_the_new_database(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import create_database

    folder = tmp_path / "new"
    dialog = FirstRunDialog(folder, lambda s, st: create_database(folder, s, st))
    qtbot.addWidget(dialog)
    dialog.show()
    _walk_to_bank_page(qtbot, dialog)
    dialog.button(QWizard.WizardButton.CommitButton).click()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.reject()  # Escape or the window's close button
    dialog.workbench.close()


def test_caps_lock_hint(qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtCore import Qt

    dialog = UnlockDialog(data_dir, lambda s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.capsLockLabel.isVisible()
    qtbot.keyClick(dialog.ui.passphraseEdit, "A")  # upper case without Shift
    assert dialog.ui.capsLockLabel.isVisible()
    qtbot.keyClick(dialog.ui.passphraseEdit, "a")
    assert not dialog.ui.capsLockLabel.isVisible()
    qtbot.keyClick(dialog.ui.passphraseEdit, "A", Qt.KeyboardModifier.ShiftModifier)
    assert not dialog.ui.capsLockLabel.isVisible()


def test_run_app_with_the_passphrase_in_the_environment(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No dialog: the main window opens straight away (automation)."""
    from cluma_dpo.gui import main
    from cluma_dpo.gui.mainwindow import MainWindow

    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", TEST_PASSPHRASE)
    shown: list[MainWindow] = []

    def fake_exec(_self: Any = None) -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        shown.extend(windows)
        for w in windows:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("no dialog wanted"))
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: pytest.fail("no dialog wanted"))
    old_hook = sys.excepthook
    try:
        assert main.run_app(str(data_dir)) == 0
    finally:
        sys.excepthook = old_hook
    assert len(shown) == 1
    assert shown[0].windowTitle().startswith("Cluma DPO")
    assert shown[0].wb is None  # closed with the window


def test_unlock_dialog_at_start(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import main

    def answer(self: UnlockDialog) -> int:
        self.ui.passphraseEdit.setText("wrong passphrase")
        self.accept()
        assert "wrong passphrase" in self.ui.errorLabel.text()
        self.ui.passphraseEdit.setText(TEST_PASSPHRASE)
        self.accept()
        return self.result()

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    opened = main.open_at_start(data_dir)
    assert opened is not None and opened.demo is None
    opened.workbench.close()


def test_demo_data_opens_in_its_own_database(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import DEMO_REQUESTS, open_demo_in

    own = window.directory
    assert window.model.total == 0
    assert window.list_panel.empty_demo.isVisibleTo(window)
    # no passphrase to choose: the demo's own, shown in the dialog (issue 15)
    assert open_demo_in(window, tmp_path / "demo") is None
    qtbot.waitUntil(lambda: window.directory == tmp_path / "demo", timeout=30_000)
    assert window.model.total == DEMO_REQUESTS, window.statusBar().currentMessage()
    assert (tmp_path / "demo" / "cluma-dpo.db").exists()
    assert own != window.directory  # the DPO's own database got no invented people


def test_first_run_speaks_the_language_chosen_on_its_first_page(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui import i18n
    from cluma_dpo.gui.ui_settings import ui_settings

    dialog = FirstRunDialog(tmp_path / "new", lambda s, st: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Cluma DPO — first start"
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("fr"))
    assert i18n.active_language() == "fr"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Cluma DPO — premier démarrage")
    assert dialog.ui.passphraseLabel.text() == "&Phrase secrète :"
    assert "créée" in dialog.ui.locationLabel.text()
    assert ui_settings().value("interface/language") == "fr"  # the unlock dialog's, later
    assert dialog.settings()["interface.language"] == "fr"  # and the database's
