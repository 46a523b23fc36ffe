"""Starting the app: first run, unlock, the passphrase from the environment; forms built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from tests.gui.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_first_run_dialog_creates_the_database(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import create_database

    folder = tmp_path / "new"
    dialog = FirstRunDialog(folder, lambda s, st: create_database(folder, s, st))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ok = ok_button(ui.buttonBox)
    assert ui.orgNameEdit.text() == "Cluma Engineering NV"  # from the privacy statement
    assert ui.orgCityEdit.text() == "Roeselare"
    assert "lost" in ui.warningLabel.text()
    assert not ok.isEnabled()
    qtbot.keyClicks(ui.passphraseEdit, "short")
    assert "At least 12" in ui.passphraseError.text()
    assert ui.strengthLabel.text() == "weak"
    ui.passphraseEdit.setText("correct horse battery staple")
    qtbot.keyClicks(ui.repeatEdit, "correct horse battery")
    assert not ok.isEnabled()
    assert "same passphrase" in ui.passphraseError.text()
    qtbot.keyClicks(ui.repeatEdit, " staple")
    assert ok.isEnabled()
    assert ui.strengthLabel.text() in ("good", "strong")
    ui.orgEmailEdit.setText("not-an-email")
    assert not ok.isEnabled()
    ui.orgEmailEdit.setText("privacy@cluma.com")
    ui.dpoNameEdit.setText("An DPO")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        ok.click()
    wb = dialog.workbench
    try:
        settings = wb.settings()
        assert settings["organisation.email"] == "privacy@cluma.com"
        assert settings["dpo.name"] == "An DPO"
        assert (folder / "cluma-dpo.db").exists()
    finally:
        wb.close()


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
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No dialog: the main window opens straight away (automation)."""
    from cluma_dpo.gui import main
    from cluma_dpo.gui.mainwindow import MainWindow

    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    shown: list[MainWindow] = []

    def fake_exec(_self: Any = None) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
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


def test_unlock_dialog_at_start(qtbot: Any, data_dir: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from cluma_dpo.gui import main

    def answer(self: UnlockDialog) -> int:
        self.ui.passphraseEdit.setText("wrong passphrase")
        self.accept()
        assert "wrong passphrase" in self.ui.errorLabel.text()
        self.ui.passphraseEdit.setText(PASSPHRASE)
        self.accept()
        return self.result()

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    wb = main.open_at_start(data_dir)
    assert wb is not None
    wb.close()


def test_demo_data_opens_in_its_own_database(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import DEMO_REQUESTS, open_demo_in

    own = window.directory
    assert window.model.total == 0
    assert window.list_panel.empty_demo.isVisibleTo(window)
    dialog = open_demo_in(window, tmp_path / "demo")
    assert isinstance(dialog, FirstRunDialog)
    dialog.ui.passphraseEdit.setText("demo passphrase 4567")
    dialog.ui.repeatEdit.setText("demo passphrase 4567")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        ok_button(dialog.ui.buttonBox).click()
    qtbot.waitUntil(lambda: window.directory == tmp_path / "demo", timeout=30_000)
    assert window.model.total == DEMO_REQUESTS, window.statusBar().currentMessage()
    assert (tmp_path / "demo" / "cluma-dpo.db").exists()
    assert own != window.directory  # the DPO's own database got no invented people
