"""Issue 15, part 2 ("safety"): backup, restore and the passphrase in the File menu, with
progress off the GUI thread; refused while another instance has the database open; the
status bar shows the last backup and the app reminds after backup.reminder_days."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from cluma_dpo.services.commands import NewRequest
from tests.conftest import TODAY
from tests.gui.conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase 42"


def _register(wb: Any, name: str) -> str:
    return str(
        wb.register(
            NewRequest(
                rights=["access"],
                name=name,
                received=TODAY - timedelta(days=3),
                email="x@example.org",
                channel="email",
                language="nl",
            )
        )
    )


def _gone(dialog: Any) -> bool:
    """Closed (and, as the app's dialogs are, deleted afterwards)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _file_menu_texts(window: Any) -> list[str]:
    return [a.text().replace("&", "") for a in window.menus["file"].actions()]


def test_file_menu_has_backup_restore_and_passphrase(window: Any) -> None:
    texts = _file_menu_texts(window)
    for text in ("Make backup…", "Restore backup…", "Change passphrase…"):
        assert text in texts, texts
    assert texts.index("Make backup…") < texts.index("Lock now")
    for name in ("backup", "restore", "passphrase"):
        assert window.acts[name].isEnabled()
    window.lock()
    for name in ("backup", "restore", "passphrase"):
        assert not window.acts[name].isEnabled()  # nothing active while locked


def test_status_bar_shows_no_backup_then_the_date_of_the_last(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from cluma_dpo.gui.safety_actions import BackupDialog

    assert window.safety.status.text() == "No backup yet"
    dialog = window.safety.make_backup()
    assert isinstance(dialog, BackupDialog)
    assert dialog.target().name == "cluma-dpo-2026-11-25.db"  # a suggested name with the date
    dialog.set_target(tmp_path / "usb" / "copy.db")
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "wrong passphrase" in dialog.error.text()
    assert not (tmp_path / "usb" / "copy.db").exists()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.progress.isVisible()  # the work runs off the GUI thread, with progress
    qtbot.waitUntil(lambda: _gone(dialog), timeout=20_000)
    assert (tmp_path / "usb" / "copy.db").is_file()
    assert window.safety.status.text() == "Last backup: 25/11/2026"


def test_restore_shows_what_the_backup_holds_and_reopens_it(
    window: Any, wb: Any, qtbot: Any, tmp_path: Path, data_dir: Path
) -> None:
    from cluma_dpo.app import make_backup

    first = _register(wb, "Anna Peeters")
    backup_file = make_backup(wb, tmp_path / "copy.db", PASSPHRASE)
    later = _register(wb, "Bert Janssens")  # after the backup: the restore undoes it
    window.reload()
    assert window.model.rowCount() == 2

    dialog = window.safety.restore()
    dialog.set_file(backup_file)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.info.isVisible(), timeout=20_000)
    assert "1 request" in dialog.info.text() and "25/11/2026" in dialog.info.text()
    assert not dialog.ok.isEnabled()  # only once the replacement is confirmed
    dialog.confirm.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=30_000)
    # the window goes on with the restored database, without a restart
    assert window.wb is not None and window.wb is not wb
    assert window.model.rowCount() == 1
    assert window.wb.request(first).reference == first
    assert later not in [window.model.view_at(i).reference for i in range(1)]
    assert list((data_dir / "backups").glob("before-restore-*.db"))  # the safety copy
    assert window.wb.verify_audit().ok


def test_restore_and_passphrase_refused_while_another_instance_has_it_open(
    window: Any, wb: Any, qtbot: Any, tmp_path: Path, data_dir: Path
) -> None:
    from cluma_dpo.app import make_backup, open_workbench

    backup_file = make_backup(wb, tmp_path / "copy.db", PASSPHRASE)
    other = open_workbench(data_dir, PASSPHRASE)  # another window or a command
    try:
        dialog = window.safety.restore()
        dialog.set_file(backup_file)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.check()
        qtbot.waitUntil(lambda: dialog.info.isVisible(), timeout=20_000)
        dialog.confirm.setChecked(True)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
        assert "open in another Cluma DPO window" in dialog.error.text()
        assert not (data_dir / "backups").exists()
        assert window.wb is wb and wb.verify_audit().ok  # still working on its database
        dialog.reject()

        change = window.safety.change_passphrase()
        change.current.setText(PASSPHRASE)
        change.new.setText(NEW_PASSPHRASE)
        change.repeat.setText(NEW_PASSPHRASE)
        change.accept()
        qtbot.waitUntil(lambda: change.error.isVisible(), timeout=20_000)
        assert "open in another Cluma DPO window" in change.error.text()
        assert other.settings() is not None  # the other instance still reads its database
    finally:
        other.close()
    window.reload()  # the window's own workbench is intact


def test_passphrase_change_checks_like_the_wizard_and_warns_about_old_backups(
    window: Any, qtbot: Any, data_dir: Path
) -> None:
    from cluma_dpo.app import open_workbench

    dialog = window.safety.change_passphrase()
    assert "old passphrase" in dialog.warning.text()  # old backups keep the old passphrase
    assert not dialog.ok.isEnabled()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("short")
    assert "At least" in dialog.problem.text() and not dialog.ok.isEnabled()
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    assert "same passphrase twice" in dialog.problem.text()
    dialog.repeat.setText(NEW_PASSPHRASE)
    assert dialog.ok.isEnabled() and dialog.strength.value() >= 2
    dialog.accept()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=30_000)
    window.reload()  # the window goes on, with the new key
    assert window.wb is not None and window.wb.verify_audit().ok
    window.lock()
    open_workbench(data_dir, NEW_PASSPHRASE).close()


def test_reminder_once_per_session_when_the_last_backup_is_old(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.gui.mainwindow import MainWindow

    wb.record("backup-made", None, None)  # on 25/11/2026
    monkeypatch.setattr(app, "CLOCK", FixedClock.on(TODAY + timedelta(days=8)))
    wb.clock = app.CLOCK
    w = MainWindow(wb, data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.safety.reminder is not None, timeout=5_000)
    notice = w.safety.reminder
    assert isinstance(notice, QMessageBox) and not notice.isModal()
    assert "8 day" in notice.text()
    assert w.safety.status.text() == "Last backup: 25/11/2026"
    notice.close()
    w.safety.reminder = None
    w.populate()  # (unlock, restore, ...) - once per session only
    qtbot.wait(50)
    assert w.safety.reminder is None


def test_no_reminder_when_recent_or_turned_off(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.gui.mainwindow import MainWindow

    wb.record("backup-made", None, None)
    wb.set_setting("backup.reminder_days", "0")
    monkeypatch.setattr(app, "CLOCK", FixedClock.on(TODAY + timedelta(days=100)))
    wb.clock = app.CLOCK
    w = MainWindow(wb, data_dir)
    qtbot.addWidget(w)
    qtbot.wait(50)
    assert w.safety.reminder is None


def test_reminder_days_in_the_settings_dialog(window: Any) -> None:
    from cluma_dpo.gui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.wb.settings(), window.wb.set_setting, Path("/nonexistent"))
    field = dialog.fields["backup.reminder_days"]
    assert field.text() == "7"
    field.set_text("14")
    dialog.accept()
    assert window.wb.settings().backup.reminder_days == 14
