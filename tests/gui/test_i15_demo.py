"""Issue 15, demo data: the folder is made, the passphrase is explained, the demo is marked
(title, banner, a marker that outlives the session) and File ▸ Back to my database returns."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.services.demo_folder import DEMO_PASSPHRASE, is_demo
from tests.gui.conftest import PASSPHRASE

SMALL = 12  # demo requests in these tests: enough to see, quick to invent


@pytest.fixture(autouse=True)
def _small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    from cluma_dpo.gui import demo

    monkeypatch.setattr(demo, "DEMO_REQUESTS", SMALL)


def _demo_dialog(window: Any) -> Any:
    from cluma_dpo.gui.demo import open_demo

    dialog = open_demo(window)
    assert dialog.isVisible()
    return dialog


def _open_demo(qtbot: Any, window: Any, folder: Path) -> None:
    dialog = _demo_dialog(window)
    dialog.folder_edit.setText(str(folder))
    dialog.accept()
    qtbot.waitUntil(lambda: window.directory == folder, timeout=30_000)
    qtbot.waitUntil(lambda: window.model.total == SMALL, timeout=10_000)


def _back(qtbot: Any, window: Any, secret: str = PASSPHRASE) -> None:
    window.demo_mode.back_action.trigger()
    unlock = window.commands.last_dialog
    assert isinstance(unlock, UnlockDialog) and unlock.isVisible()
    unlock.ui.passphraseEdit.setText(secret)
    unlock.accept()


# -- the folder ---------------------------------------------------------------------------
def test_the_demo_folder_need_not_exist(qtbot: Any, window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "not" / "yet" / "demo"
    _open_demo(qtbot, window, folder)
    assert (folder / "cluma-dpo.db").is_file()
    assert is_demo(folder)


@pytest.mark.parametrize("kind", ["other files", "a real database", "my own folder", "a file"])
def test_a_folder_that_is_not_for_the_demo_is_refused_next_to_the_field(
    qtbot: Any, window: Any, tmp_path: Path, template_db: Path, kind: str
) -> None:
    folder = tmp_path / "chosen"
    if kind == "other files":
        folder.mkdir()
        (folder / "notes.txt").write_text("mine")
    elif kind == "a real database":
        shutil.copytree(template_db, folder)
    elif kind == "my own folder":
        folder = window.directory
    else:
        folder.write_text("a file")
    before = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else None
    dialog = _demo_dialog(window)
    dialog.folder_edit.setText(str(folder))
    dialog.accept()
    assert dialog.isVisible()  # stays open, says why next to the field
    assert dialog.error_label.isVisible() and dialog.error_label.text().startswith("⚠")
    words = {
        "other files": "not empty",
        "a real database": "not demo data",
        "my own folder": "own database",
        "a file": "not a folder",
    }[kind]
    assert words in dialog.error_label.text()
    if before is not None:
        assert sorted(p.name for p in folder.iterdir()) == before  # untouched
    assert window.directory != folder or kind == "my own folder"
    dialog.reject()


# -- the passphrase -----------------------------------------------------------------------
def test_the_demo_opens_with_the_passphrase_the_dialog_shows(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.app import open_workbench

    monkeypatch.setattr(FirstRunDialog, "open", lambda self: pytest.fail("no new passphrase"))
    dialog = _demo_dialog(window)
    assert DEMO_PASSPHRASE in dialog.passphrase_label.text()
    assert "Back to my database" in dialog.passphrase_label.text()
    folder = tmp_path / "demo"
    dialog.folder_edit.setText(str(folder))
    dialog.accept()
    qtbot.waitUntil(lambda: window.directory == folder, timeout=30_000)
    window.close()  # closes the demo database
    demo = open_workbench(folder, DEMO_PASSPHRASE)
    demo.close()


def test_an_existing_demo_opens_without_asking(qtbot: Any, window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    _open_demo(qtbot, window, folder)
    _back(qtbot, window)
    qtbot.waitUntil(lambda: window.directory != folder, timeout=10_000)
    dialog = _demo_dialog(window)
    dialog.folder_edit.setText(str(folder))
    dialog.accept()
    qtbot.waitUntil(lambda: window.directory == folder, timeout=10_000)
    assert not isinstance(window.commands.last_dialog, UnlockDialog) or not (
        window.commands.last_dialog.isVisible()
    )
    assert window.model.total == SMALL  # opened, not filled twice


def test_the_wizard_says_what_it_does_about_the_demo_passphrase(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui.demo import create_database, open_or_create_demo
    from tests.gui.test_start import _walk_to_bank_page

    own = tmp_path / "own"
    dialog = FirstRunDialog(
        own, lambda s, st: create_database(own, s, st), demo_opener=open_or_create_demo
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _walk_to_bank_page(qtbot, dialog)
    dialog.button(QWizard.WizardButton.CommitButton).click()
    hint = dialog.ui.demoHint.text()
    assert "same passphrase" not in hint
    assert DEMO_PASSPHRASE in hint and "Back to my database" in hint
    dialog.ui.demoRadio.setChecked(True)
    folder = tmp_path / "new" / "demo"  # does not exist yet
    dialog.ui.demoFolderEdit.setText(str(folder))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    dialog.demo_workbench.close()
    dialog.workbench.close()
    assert is_demo(folder)
    open_workbench(folder, DEMO_PASSPHRASE).close()  # as the wizard said


def test_the_wizard_refuses_a_folder_with_other_files(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.demo import create_database, open_or_create_demo
    from tests.gui.test_start import _walk_to_bank_page

    own = tmp_path / "own"
    dialog = FirstRunDialog(
        own, lambda s, st: create_database(own, s, st), demo_opener=open_or_create_demo
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _walk_to_bank_page(qtbot, dialog)
    dialog.button(QWizard.WizardButton.CommitButton).click()
    dialog.ui.demoRadio.setChecked(True)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    dialog.ui.demoFolderEdit.setText(str(tmp_path / "full"))
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert dialog.isVisible() and "not empty" in dialog.ui.demoError.text()
    assert dialog.demo_workbench is None
    dialog.workbench.close()


# -- marked, and the way back -------------------------------------------------------------
def test_the_demo_is_marked_and_the_way_back_needs_no_restart(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = window.directory
    assert window.windowTitle() == "Cluma DPO — data"
    assert not window.demo_mode.banner.isVisibleTo(window)
    assert not window.demo_mode.back_action.isVisible()
    folder = tmp_path / "demo"
    _open_demo(qtbot, window, folder)
    demo_wb = window.wb
    closed: list[bool] = []
    close = demo_wb.close
    monkeypatch.setattr(demo_wb, "close", lambda: (closed.append(True), close()))
    assert window.windowTitle() == "Cluma DPO — DEMO"
    banner = window.demo_mode.banner
    assert banner.isVisible() and banner.text() == "Demo data — nothing here is real"
    assert (
        banner.mapTo(window, banner.rect().topLeft()).y()
        < window.splitter.mapTo(window, window.splitter.rect().topLeft()).y()
    )
    back = window.demo_mode.back_action
    assert back.isVisible() and back.text() == "&Back to my database"
    assert back in window.menus["file"].actions()

    _back(qtbot, window, "wrong passphrase")  # a wrong one: the demo stays
    assert window.directory == folder and window.wb is demo_wb
    window.commands.last_dialog.reject()
    _back(qtbot, window)
    assert window.directory == home
    assert window.windowTitle() == "Cluma DPO — data"
    assert not banner.isVisibleTo(window) and not back.isVisible()
    assert window.model.total == 0  # the DPO's own (empty) database
    assert closed == [True]  # the demo's workbench is closed
    window.wb.close()


def test_locked_the_way_back_waits(qtbot: Any, window: Any, tmp_path: Path) -> None:
    _open_demo(qtbot, window, tmp_path / "demo")
    window.lock()
    unlock = window.commands.last_dialog
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, UnlockDialog))
    unlock = window.commands.last_dialog
    assert DEMO_PASSPHRASE in unlock.ui.titleLabel.text()  # the demo says its passphrase
    window.menus["file"].aboutToShow.emit()
    assert not window.demo_mode.back_action.isEnabled()
    unlock.reject()


def test_a_restart_on_the_demo_folder_still_shows_the_demo(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui.mainwindow import MainWindow

    folder = tmp_path / "demo"
    _open_demo(qtbot, window, folder)
    window.close()
    wb = open_workbench(folder, DEMO_PASSPHRASE, front_end="app")
    again = MainWindow(wb, folder)  # CLUMA_DPO_DATA_DIR pointing to the demo
    qtbot.addWidget(again)
    again.show()
    assert again.windowTitle() == "Cluma DPO — DEMO"
    assert again.demo_mode.banner.isVisible()
    assert not again.demo_mode.back_action.isVisible()  # no other database known
    again.close()


def test_a_new_language_in_the_demo_keeps_the_way_back(
    qtbot: Any, wb: Any, data_dir: Path, tmp_path: Path
) -> None:
    from cluma_dpo.gui import main

    window = main.show_window(wb, data_dir)
    try:
        _open_demo(qtbot, window, tmp_path / "demo")
        main._replace(window)
        new = main._windows[-1]
        assert new is not window
        assert new.demo_mode.home == data_dir
        assert new.demo_mode.back_action.isVisible()
    finally:
        for w in list(main._windows):
            if w.wb is wb:
                w.wb = None
            w.close()


def test_the_title_says_cluma_dpo_once(qtbot: Any, window: Any) -> None:
    """The platform adds the application's display name to every title unless the title ends
    with it: a display name of its own would make "Cluma DPO — data — Cluma DPO"."""
    from cluma_dpo.gui.main import configure

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure(app)
    assert app.applicationDisplayName() == app.applicationName()  # no display name set
    assert window.windowTitle().count("Cluma DPO") == 1


@pytest.mark.parametrize(
    ("language", "banner", "back"),
    [
        ("nl", "Demogegevens — niets hiervan is echt", "Terug naar &mijn database"),
        (
            "fr",
            "Données de démonstration — rien de tout ceci n'est réel",
            "Retour à &ma base de données",
        ),
        ("de", "Demodaten — nichts davon ist echt", "&Zurück zu meiner Datenbank"),
    ],
)
def test_banner_and_way_back_are_translated(
    qtbot: Any, window: Any, language: str, banner: str, back: str
) -> None:
    from cluma_dpo.gui.demo_mode import DemoMode
    from cluma_dpo.gui.main import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)
    mode = DemoMode(window)
    assert mode.banner.text() == banner
    assert mode.back_action.text() == back


def test_the_command_line_demo_is_marked_too(tmp_path: Path, monkeypatch: Any) -> None:
    from cluma_dpo.cli import main as cli_main

    folder = tmp_path / "cli-demo"
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "another passphrase 99")
    assert cli_main(["--data-dir", str(folder), "demo", "--requests", "3"]) == 0
    assert is_demo(folder)


def test_a_dialog_left_open_in_the_demo_is_closed_on_the_way_back(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _open_demo(qtbot, window, tmp_path / "demo")
    stray = QDialog(window)
    stray.show()
    _back(qtbot, window)
    assert not stray.isVisible()
    window.wb.close()
