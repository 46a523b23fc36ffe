"""German, the fourth screen language (issue 14): the main window, the language choices, the
access keys of the menus, and Qt's own file dialog in every screen language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QTreeView,
)

from cluma_dpo.gui import i18n
from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
from cluma_dpo.gui.i18n import QT_STRINGS
from cluma_dpo.gui.main import install_translations
from tests.gui.conftest import register
from tests.gui.test_translations import build_translations, visible_texts
from tests.i18n.english import FUNCTION_WORDS

# Words only English uses: one of them in a German screen is a text left untranslated.
ENGLISH = (
    *FUNCTION_WORDS,
    "request",
    "requests",
    "open",
    "close",
    "save",
    "cancel",
)
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)


def english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    return _ENGLISH.findall(plain)


def test_the_check_finds_whole_english_words_only() -> None:
    assert english_words("Save the &request") == ["Save", "the", "request"]
    assert not english_words("Antrag theoretisch offen; Thema Anträge")


@pytest.fixture
def german(qtbot: Any) -> Any:
    app = QApplication.instance()
    assert install_translations(app, "de")
    assert i18n.active_language() == "de"
    return app


def test_main_window_opens_in_german(qtbot: Any, wb: Any, data_dir: Path, german: Any) -> None:
    from cluma_dpo.gui.mainwindow import MainWindow

    reference = register(wb, "Ann Peeters", days_ago=3, rights=("access", "erasure"))
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))

    titles = [m.title() for m in window.menus.values()]
    assert titles == ["&Datei", "&Antrag", "D&okumente", "&Berichte", "A&nsicht", "&Hilfe"]
    assert window.acts["new"].text() == "&Neuer Antrag…"
    headers = [
        str(window.model.headerData(i, Qt.Orientation.Horizontal))
        for i in range(window.model.columnCount(QModelIndex()))
    ]
    assert "Aktenzeichen" in headers and "Betroffene Person" in headers
    texts = visible_texts(window)
    assert len(texts) > 100  # menus, actions, toolbar, list, detail panel, status line
    left = {key: text for key, text in texts.items() if english_words(text)}
    assert not left, "\n".join(f"{k}: {t!r}" for k, t in left.items())
    window.wb = None  # the fixture closes the database
    window.close()


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", build_translations.LANGUAGES)
def test_access_keys_are_unique_in_each_menu(
    qtbot: Any, wb: Any, data_dir: Path, language: str
) -> None:
    from cluma_dpo.gui.mainwindow import MainWindow

    assert install_translations(QApplication.instance(), language)
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.show()
    bar = [_accelerator(m.title()) for m in window.menus.values()]
    assert None not in bar and len(set(bar)) == len(bar), bar
    for menu in window.findChildren(QMenu):
        titles = [a.text() for a in menu.actions() if a.text()]
        keys = [k for k in map(_accelerator, titles) if k]
        assert len(set(keys)) == len(keys), (menu.title(), titles)
    window.wb = None  # the fixture closes the database
    window.close()


def test_german_is_offered_by_its_own_name(qtbot: Any, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "new", lambda s, st: None)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.languageCombo
    assert combo.itemText(combo.findData("de")) == "Deutsch"
    combo.setCurrentIndex(combo.findData("de"))
    assert i18n.active_language() == "de"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Cluma DPO — erster Start")
    assert dialog.settings()["interface.language"] == "de"


def test_settings_dialog_offers_german(qtbot: Any, window: Any, german: Any) -> None:
    dialog = window.commands.settings()
    field = dialog.fields["interface.language"]
    assert isinstance(field.editor, QComboBox)
    assert "Deutsch" in [field.editor.itemText(i) for i in range(field.editor.count())]
    assert dialog.windowTitle() == "Einstellungen"
    dialog.reject()


def _file_dialog_texts(qtbot: Any, mode: str) -> list[str]:
    # The app asks Qt for a file dialog; where the platform has none of its own (as here,
    # offscreen, or on a bare X11/Wayland session) Qt shows this widget dialog.
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()]
    tree = dialog.findChild(QTreeView)
    model = tree.model()
    texts += [
        str(model.headerData(i, Qt.Orientation.Horizontal))
        for i in range(model.columnCount(QModelIndex()))
    ]
    dialog.close()
    return texts


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", {"&Suchen in:", "Dateien des &Typs:", "Abbrechen", "Zurück", "Größe"}),
        ("nl", {"&Zoeken in:", "Bestanden van &type:", "Annuleren", "Terug", "Grootte"}),
        ("fr", {"&Voir dans\xa0:", "Fichiers de &type\xa0:", "Annuler", "Précédent", "Taille"}),
    ],
)
def test_qt_file_dialog_speaks_the_screen_language(
    qtbot: Any, language: str, expected: set[str]
) -> None:
    assert install_translations(QApplication.instance(), language)
    for mode in ("open", "save", "folder"):
        texts = _file_dialog_texts(qtbot, mode)
        assert expected <= set(texts), (mode, texts)
        left = [t for t in texts if english_words(t) or t in ("&Look in:", "Files of &type:")]
        assert not left, (mode, left)


@pytest.mark.parametrize("language", build_translations.LANGUAGES)
def test_qt_supplement_is_translated(qtbot: Any, language: str) -> None:
    assert install_translations(QApplication.instance(), language)
    for context, text in (("QFileDialog", t) for t in QT_STRINGS):
        shown = QApplication.translate(context, text)
        assert shown != text and shown.count("&") == 1, (language, text, shown)
