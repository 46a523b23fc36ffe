"""One language per screen (issue 14): Qt's own Save dialog, the timeline, the suggested
file names and the messages of the domain speak the screens' language; no programmer text
(a login with its front end, a setting key, a pattern-translated sentence) reaches a screen.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from cluma_dpo.domain.messages import msg
from cluma_dpo.gui import file_dialogs, i18n, timeline
from cluma_dpo.gui.main import install_translations
from tests.gui.conftest import register

ROOT = Path(__file__).resolve().parents[2]


def _labels(dialog: QFileDialog) -> dict[str, str]:
    return {w.objectName(): w.text().replace("&", "") for w in dialog.findChildren(QLabel)}


@pytest.mark.parametrize(
    ("language", "look_in", "file_type", "save", "cancel"),
    [
        ("nl", "Zoeken in:", "Bestanden van type:", "Opslaan", "Annuleren"),
        ("fr", "Voir dans\xa0:", "Fichiers de type\xa0:", "Enregistrer", "Annuler"),
    ],
)
def test_the_save_dialog_speaks_the_language(
    qtbot: Any, language: str, look_in: str, file_type: str, save: str, cancel: str
) -> None:
    """Qt 6.11 gave "Look in:" and "Files of type:" a mnemonic; its qtbase_nl/fr.qm only
    know the old strings, so the dialog said them in English. Ours supplies them."""
    assert install_translations(QApplication.instance(), language)
    dialog = file_dialogs.save_dialog(
        None, "x", "/tmp/DSR-2026-0001.pdf", "PDF (*.pdf)", native=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    shown = _labels(dialog)
    assert shown["lookInLabel"] == look_in
    assert shown["fileTypeLabel"] == file_type
    box = dialog.findChild(QDialogButtonBox)
    buttons = {b.text().replace("&", "") for b in box.buttons()}
    assert {save, cancel} <= buttons
    dialog.reject()


def test_qt_strings_are_installed_without_our_translation(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Qt's own buttons follow the language even when our .qm is missing."""
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(i18n, "qm_dir", lambda: str(tmp_path))
    assert not install_translations(QApplication.instance(), "fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_suggested_file_names_are_in_the_screens_language(qtbot: Any) -> None:
    app = QApplication.instance()
    day = date(2026, 12, 1)
    assert install_translations(app, "nl")
    assert file_dialogs.letter_name("DSR-2026-0001", "extension", "fr") == (
        "DSR-2026-0001-verlenging-fr.pdf"
    )
    assert file_dialogs.register_name(day) == "register-verzoeken-2026-12-01.xlsx"
    assert file_dialogs.report_name("2026-Q4", "pdf") == "kwartaalrapport-2026-Q4.pdf"
    assert install_translations(app, "fr")
    assert file_dialogs.letter_name("DSR-2026-0001", "extension", "nl") == (
        "DSR-2026-0001-prolongation-nl.pdf"
    )
    assert file_dialogs.register_name(day) == "registre-demandes-2026-12-01.xlsx"
    install_translations(app, "en")
    assert file_dialogs.letter_name("DSR-2026-0001", "extension", "en") == (
        "DSR-2026-0001-extension-en.pdf"
    )


def test_the_register_export_suggests_a_dutch_name(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui.mainwindow import MainWindow

    assert install_translations(QApplication.instance(), "nl")
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(window, "ask_save_path", lambda _t, name, _f: asked.append(name))
    window.commands.export_register()
    assert asked == [f"register-verzoeken-{window.today().isoformat()}.xlsx"]
    window.wb = None  # the fixture closes the database
    window.close()


def test_the_timeline_shows_a_person_and_the_screens_words(
    qtbot: Any, wb: Any, data_dir: Path
) -> None:
    from cluma_dpo.gui.mainwindow import MainWindow

    wb.set_setting("dpo.name", "Steven Deweirt")
    reference = register(wb, "Ann Peeters", days_ago=2)
    assert install_translations(QApplication.instance(), "nl")
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    tree = window.detail.timeline.tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]
    registered = next(r for r in rows if r[1] == "Verzoek geregistreerd")
    assert registered[2] == "Steven Deweirt"  # this workstation's login is the officer
    assert all("(app)" not in r[2] and "(cli)" not in r[2] for r in rows)
    tip = tree.topLevelItem(rows.index(registered)).toolTip(2)
    assert tip.endswith("via de app")
    assert registered[0][2] == "/"  # 25/11/2026 14:05: the numeric date of lists
    window.wb = None
    window.close()


def test_actor_names() -> None:
    me = timeline.workstation_user()
    assert timeline.split_actor("steven (cli)") == ("steven", "cli")
    assert timeline.split_actor("dpo") == ("dpo", None)
    assert timeline.actor_name(f"{me} (app)", "Steven Deweirt") == "Steven Deweirt"
    assert timeline.actor_name(f"{me} (cli)", "") == me
    assert timeline.actor_name("someone-else (cli)", "Steven Deweirt") == "someone-else"
    assert timeline.actor_tip("someone-else (cli)") == "someone-else, via the command line"


def test_messages_are_rendered_not_pattern_translated(qtbot: Any) -> None:
    """The regular-expression layer is gone: a plain str is shown as it is; a Message is
    rendered from the catalogue in the screens' language."""
    assert importlib.util.find_spec("cluma_dpo.gui.messages") is None
    assert install_translations(QApplication.instance(), "nl")
    english = "Cannot extend: the request is closed."
    assert i18n.say(english) == english
    assert i18n.say(None) == ""
    assert i18n.say(msg("text.verbatim", text="DSR-2026-0001")) == "DSR-2026-0001"
    for path in (ROOT / "cluma_dpo" / "gui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import re\n" not in source and "from re import" not in source, path
