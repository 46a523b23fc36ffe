"""h15, the DPO's day under Xvfb, backup and restore: a backup never proposes a file that
exists, its fields keep their room while it works or says why not, the status bar's
message shows the file's name however long its folder, a restore proposes the last backup
and says that it succeeded."""

from __future__ import annotations

import itertools
import os
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cluma_dpo.services.commands import NewRequest
from tests.conftest import TODAY
from tests.gui.conftest import PASSPHRASE

DAY = TODAY.isoformat()


def _gone(dialog: Any) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _backup_folder(tmp_path: Path) -> Path:
    from cluma_dpo.gui.ui_settings import ui_settings

    folder = tmp_path / "usb"
    folder.mkdir()
    ui_settings().setValue("files/backup_folder", str(folder))
    return folder


# -- 5. a free name, and room for the progress and the message ---------------------------
def test_the_backup_proposes_a_name_not_taken_yet(window: Any, tmp_path: Path) -> None:
    folder = _backup_folder(tmp_path)
    dialog = window.safety.make_backup()
    assert dialog.target() == folder / f"cluma-dpo-{DAY}.db"
    dialog.reject()
    (folder / f"cluma-dpo-{DAY}.db").write_bytes(b"made this morning")
    dialog = window.safety.make_backup()
    assert dialog.target() == folder / f"cluma-dpo-{DAY}-2.db"
    dialog.reject()
    (folder / f"cluma-dpo-{DAY}-2.db").write_bytes(b"made at noon")
    dialog = window.safety.make_backup()
    assert dialog.target() == folder / f"cluma-dpo-{DAY}-3.db"
    dialog.reject()


def _rows(dialog: Any) -> dict[str, tuple[int, int]]:
    """Where the fields are in the dialog (top, height)."""
    out = {}
    for name, w in (("file", dialog.file), ("passphrase", dialog.passphrase)):
        at = w.mapTo(dialog, w.rect().topLeft())
        out[name] = (at.y(), w.height())
    return out


def _unsqueezed(dialog: Any) -> None:
    for w in (dialog.file, dialog.passphrase):
        assert w.height() >= w.sizeHint().height(), w
    shown = [w for w in (dialog.error, dialog.progress) if w.isVisible()]
    assert shown
    for w in shown:
        assert w.height() >= min(w.sizeHint().height(), w.heightForWidth(w.width())), w
    # nothing overlaps: the fields, the message or the bar, the buttons, top to bottom
    order: list[QWidget] = [dialog.file, dialog.passphrase, *shown, dialog.buttons]
    spans = [(w.mapTo(dialog, w.rect().topLeft()).y(), w.height()) for w in order]
    for (top, height), (below, _h) in itertools.pairwise(spans):
        assert top + height <= below, spans


def test_the_backup_fields_keep_their_room_while_it_works_and_when_it_refuses(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo import app

    _backup_folder(tmp_path)
    dialog = window.safety.make_backup()
    qtbot.waitExposed(dialog)
    before = _rows(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    QApplication.processEvents()
    _unsqueezed(dialog)
    assert _rows(dialog) == before
    go = threading.Event()
    make = app.make_backup

    def held(*args: Any) -> Any:
        go.wait(30)
        return make(*args)

    monkeypatch.setattr(app, "make_backup", held)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    try:
        QApplication.processEvents()
        assert dialog.progress.isVisible()
        _unsqueezed(dialog)
        assert _rows(dialog) == before
    finally:
        go.set()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=20_000)


# -- 6. the status bar's message is never cut ----------------------------------------------
def test_the_backup_message_shows_the_file_name_and_the_whole_path_in_its_tooltip(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    deep = tmp_path / "a rather long folder name for the usb stick" / "backups of the dpo"
    deep = deep / "cluma dpo backups kept by year" / "2026"
    window.resize(1280, 800)
    dialog = window.safety.make_backup()
    target = deep / f"cluma-dpo-{DAY}.db"
    dialog.set_target(target)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=20_000)
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert target.name in shown  # the name whole, the folder shortened in the middle
    assert "…" in shown
    assert str(target) in bar.toolTip()
    # it fits beside the permanent parts of the bar ("Last backup", the counts), where
    # QStatusBar draws it: from x = 6 to the first permanent part
    QApplication.processEvents()
    room = min(w.x() for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible())
    assert 6 + bar.fontMetrics().horizontalAdvance(shown) <= room - 1, (shown, room)
    # a short message after it has no stale tooltip
    window.show_message("Short.")
    assert bar.toolTip() == ""
    # a long sentence keeps its words (shortened in the middle it would say something
    # else); its whole text is in the tooltip
    long = "A sentence far too long for the status bar, word after word. " * 4
    window.show_message(long)
    assert bar.currentMessage() == long and bar.toolTip() == long


# -- 7. restore: the last backup proposed, and a confirmation -------------------------------
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


def test_restore_proposes_the_last_backup_and_confirms_that_it_was_restored(
    window: Any, wb: Any, qtbot: Any, tmp_path: Path, data_dir: Path
) -> None:
    _backup_folder(tmp_path)
    first = _register(wb, "Anna Peeters")
    window.reload()
    made = window.safety.make_backup()
    made.passphrase.setText(PASSPHRASE)
    made.accept()
    qtbot.waitUntil(lambda: _gone(made), timeout=20_000)
    written = tmp_path / "usb" / f"cluma-dpo-{DAY}.db"
    assert written.is_file()
    _register(wb, "Bert Janssens")  # after the backup: the restore undoes it
    window.reload()

    dialog = window.safety.restore()
    assert dialog.file.text() == str(written)  # the last backup, proposed
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.info.isVisible(), timeout=20_000)
    dialog.confirm.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=30_000)
    box = window.safety.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    assert written.name in text and "1 request" in text
    assert str(data_dir / "backups") in text  # where the database as it was is kept
    assert window.model.rowCount() == 1 and window.model.view_at(0).reference == first
    box.accept()


def test_restore_without_a_backup_made_here_proposes_the_newest_in_the_backup_folder(
    window: Any, tmp_path: Path
) -> None:
    folder = _backup_folder(tmp_path)
    older = folder / "cluma-dpo-2026-10-01.db"
    newer = folder / "cluma-dpo-2026-11-01.db"
    for when, path in enumerate((older, newer)):
        path.write_bytes(b"a backup")
        os.utime(path, (1_790_000_000 + when * 60, 1_790_000_000 + when * 60))
    (folder / "notes.txt").write_text("not a backup")
    dialog = window.safety.restore()
    assert dialog.file.text() == str(newer)
    dialog.reject()
