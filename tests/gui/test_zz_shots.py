from __future__ import annotations
from datetime import timedelta
from pathlib import Path
from typing import Any
import pytest
from PySide6.QtWidgets import QApplication
from cluma_dpo.gui.dialogs.common import qdate
from tests.gui.conftest import PASSPHRASE, register
from tests.gui.test_i15_leftovers import _close_dialog, _select

OUT = Path("/work/notes/shots/i15b")


def _lang(language: str) -> None:
    from cluma_dpo.gui.main import install_translations
    install_translations(QApplication.instance(), language)


def _shot(qtbot: Any, widget: Any, name: str) -> None:
    qtbot.wait(300)
    widget.grab().save(str(OUT / f"{name}.png"))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_shots(qtbot: Any, wb: Any, data_dir: Path, tmp_path: Path, language: str, monkeypatch: Any) -> None:
    from cluma_dpo.app import make_backup
    from cluma_dpo.gui import unsaved
    from cluma_dpo.gui.mainwindow import MainWindow
    _lang(language)
    wb.set_setting("interface.language", language)
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *_a, **_k: unsaved.DISCARD)
    erase = register(wb, "Erik Claes", days_ago=10, rights=("erasure",))
    wb.verify_identity(erase, "account-email")
    access = register(wb, "Dirk Maes", days_ago=10, rights=("access",))
    wb.verify_identity(access, "account-email")
    jean = register(wb, "Jean Dupont", days_ago=5, language="fr")
    # close with Art. 19
    d = _close_dialog(qtbot, window, erase)
    d.ui.choiceCombo.setCurrentIndex(d.ui.choiceCombo.findData("granted"))
    _shot(qtbot, d, f"close-art19-{language}")
    d.reject()
    # close with a future date
    d = _close_dialog(qtbot, window, access)
    d.ui.choiceCombo.setCurrentIndex(d.ui.choiceCombo.findData("refused"))
    _shot(qtbot, d, f"close-refused-{language}")
    d.ui.dateEdit.setDate(qdate(window.today() + timedelta(days=5)))
    _shot(qtbot, d, f"close-future-{language}")
    d.reject()
    # extension
    _select(qtbot, window, jean)
    window.acts["extend"].trigger()
    d = window.commands.last_dialog
    _shot(qtbot, d, f"extension-{language}")
    d.reject()
    # restore after check
    backup_file = make_backup(wb, tmp_path / "copy.db", PASSPHRASE)
    d = window.safety.restore()
    _shot(qtbot, d, f"restore-start-{language}")
    d.set_file(backup_file)
    d.passphrase.setText(PASSPHRASE)
    d.check()
    qtbot.waitUntil(lambda: d.info.isVisible(), timeout=20_000)
    _shot(qtbot, d, f"restore-checked-{language}")
    d.reject()
    # backup with an unsaved edit
    _select(qtbot, window, jean)
    window.detail.subject.edits["street"].setText("Rue Neuve 5")
    d = window.safety.make_backup()
    _shot(qtbot, d, f"backup-unsaved-{language}")
    d.reject()
    window.detail.subject.discard()
    window.list_panel.search.setText("Claes")
    qtbot.wait(500)
    window.show_message("Test: een melding in de statusbalk")
    _shot(qtbot, window, f"window-status-{language}")
    window.list_panel.clear_filters()
    qtbot.wait(500)
    _shot(qtbot, window.list_panel, f"search-cleared-{language}")
    window.lock()
    qtbot.wait(300)
    u = window.commands.last_dialog
    if u is not None:
        u.hide()
    _shot(qtbot, window, f"window-locked-{language}")
    if u is not None:
        u.reject()
    window.wb = None
    window.close()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_manual_shot(qtbot: Any, language: str) -> None:
    from cluma_dpo.gui.manual import ManualWindow
    _lang(language)
    m = ManualWindow()
    qtbot.addWidget(m)
    m.resize(1000, 700)
    m.load(language)
    m.show()
    m.show_section("new-laptop")
    _shot(qtbot, m, f"manual-new-laptop-{language}")
    m.show_section("backup")
    _shot(qtbot, m, f"manual-backup-{language}")
