"""Dutch, French and German screens: the .ts files finished, the .qm built from them, and no English
left in the main window, the new-request dialog or the settings dialog.

The walk builds each screen twice over the same data, in English (the source language) and
in the translated language, and compares every visible text widget by widget: a text that
is the same in both while it contains an English word was not translated. Names, codes and
words that are the same in both languages are on a short explicit list.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from cluma_dpo import texts
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import Status
from cluma_dpo.gui import i18n, labels
from cluma_dpo.gui.main import install_translations
from cluma_dpo.texts import render
from tests.conftest import TODAY
from tests.gui.conftest import register

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_translations  # noqa: E402

# Proper nouns, codes and the data of the test request: the same in every language.
NAMES = {
    "Cluma",
    "DPO",
    "Engineering",
    "NV",
    "IBAN",
    "BIC",
    "DSR",
    "SHA",
    "EUR",
    "PDF",
    "XLSX",
    "GDPR",
    "EDPB",
    "DIN",
    "ISO",
    "Ctrl",
    "Art",
    "Ann",
    "Peeters",
    "Roeselare",
    "Kachtemsestraat",
    "bus",
    "Caps",
    "Lock",
    "Excel",
    "Steven",
    "Deweirt",
    "Nederlands",
    "Français",
    "English",
    "Deutsch",
    "Taal",
    "Langue",
    "Language",
    "QR",
}
# Words that are correct, and the same as the English, in the language itself.
SAME_WORD = {
    "nl": {
        "Status",
        "Dossier",
        "Document",
        "Details",
        "E-mail",
        "e-mail",
        "Website",
        "Postcode",
        "Open",
        "open",
        "post",
        "Help",
    },
    "fr": {
        "Documents",
        "Document",
        "Dossier",
        "Organisation",
        "Signature",
        "Format",
        "Date",
        "Note",
        "Actions",
        "Sources",
        "rectification",
        "E-mail",
        "e-mail",
    },
    "de": {
        "Status",
        "Dossier",
        "Details",
        "Name",
        "Organisation",
        "Website",
        "Register",
        "Format",
        "Post",
    },
}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")


def english_words(text: str, language: str) -> list[str]:
    """The words of `text` that only English would use (after names and shared words)."""
    plain = re.sub(r"<[^>]+>", " ", text).replace("&&", "&").replace("&", "")
    return [
        w
        for w in _WORD.findall(plain)
        if len(w) > 1 and w not in NAMES and w not in SAME_WORD[language]
    ]


def _path(obj: QObject, root: QObject) -> str:
    parts = []
    while obj is not None and obj is not root:
        parent = obj.parent()
        siblings = parent.children() if parent is not None else []
        parts.append(f"{type(obj).__name__}{siblings.index(obj) if obj in siblings else ''}")
        obj = parent
    return "/".join(reversed(parts))


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text a user can see: titles, labels, buttons, menus and actions, tabs, table
    headers, combo items, placeholders, tooltips where set, the status line."""
    out: dict[str, str] = {}

    def put(key: str, text: str | None) -> None:
        if text and text.strip():
            out[key] = text

    for w in [root, *root.findChildren(QWidget)]:
        k = _path(w, root)
        if w.isWindow():
            put(k + ":title", w.windowTitle())
        put(k + ":tip", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            put(k, w.text())
        elif isinstance(w, QGroupBox):
            put(k, w.title())
        elif isinstance(w, QLineEdit):
            put(k + ":placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                put(f"{k}:item{i}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                put(f"{k}:tab{i}", w.tabText(i))
        elif isinstance(w, QMenu):
            put(k + ":menu", w.title())
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(header.columnCount()):
                put(f"{k}:head{i}", header.text(i))
        elif isinstance(w, QTableView) and w.model() is not None:
            for i in range(w.model().columnCount(QModelIndex())):
                put(f"{k}:head{i}", str(w.model().headerData(i, Qt.Orientation.Horizontal) or ""))
    for a in root.findChildren(QAction):
        k = _path(a, root)
        put(k + ":action", a.text())
        put(k + ":action-tip", a.toolTip())
    if isinstance(root, QMainWindow):
        put("status", root.statusBar().currentMessage())
    return out


def untranslated(english: dict[str, str], translated: dict[str, str], language: str) -> list[str]:
    return [
        f"{key}: {text!r}"
        for key, text in english.items()
        if translated.get(key) == text and english_words(text, language)
    ]


def _snapshot(qtbot: Any, wb: Any, data_dir: Path, reference: str) -> dict[str, str]:
    from cluma_dpo.gui.mainwindow import MainWindow

    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    texts = {f"main/{k}": t for k, t in visible_texts(window).items()}
    for name, dialog in (
        ("new", window.commands.new_request()),
        ("settings", window.commands.settings()),
    ):
        texts.update({f"{name}/{k}": t for k, t in visible_texts(dialog).items()})
        dialog.reject()
    window.wb = None  # the fixture closes the database
    window.close()
    return texts


@pytest.mark.parametrize("language", build_translations.LANGUAGES)
def test_no_english_left_on_the_screens(qtbot: Any, wb: Any, data_dir: Path, language: str) -> None:
    reference = register(
        wb, "Ann Peeters", days_ago=3, rights=("access", "erasure"), email="ann@example.be"
    )
    app = QApplication.instance()
    install_translations(app, "en")
    english = _snapshot(qtbot, wb, data_dir, reference)
    assert install_translations(app, language)
    translated = _snapshot(qtbot, wb, data_dir, reference)
    assert english.keys() == translated.keys()
    assert len(english) > 250  # the walk found the screens' texts
    # The domain's "why not" sentences that are not catalogue messages yet are shown as
    # they are (issue 14 converts them in another part); none is left once it is merged.
    pending = {m for m in _domain_messages() if isinstance(m, str)}
    english = {k: t for k, t in english.items() if t not in pending}
    # the title names the data folder ("Cluma DPO — data" here): a name, not a text (issue 15)
    assert english.pop("main/:title") == f"Cluma DPO — {data_dir.name}"
    left = untranslated(english, translated, language)
    assert not left, "\n".join(left)


def test_the_walk_notices_an_untranslated_string() -> None:
    assert untranslated({"a": "Save changes"}, {"a": "Save changes"}, "nl")
    assert not untranslated({"a": "Status:"}, {"a": "Status:"}, "nl")
    assert not untranslated({"a": "DSR-2026-0001"}, {"a": "DSR-2026-0001"}, "fr")


@pytest.mark.parametrize("language", build_translations.LANGUAGES)
def test_ts_files_are_finished(language: str) -> None:
    stats = build_translations.stats(build_translations.ts_path(language))
    assert stats.total > 600
    assert stats.percent >= 98.0, f"{language}: {stats.finished}/{stats.total}"


def test_qm_files_are_compiled_from_the_current_sources() -> None:
    """Every source string is in the .ts, and the committed .qm is lrelease's output."""
    assert build_translations.check() == []


def test_each_qm_loads_and_translates(qtbot: Any) -> None:
    app = QApplication.instance()
    for language, word in (("nl", "Instellingen"), ("fr", "Paramètres"), ("de", "Einstellungen")):
        assert install_translations(app, language)
        assert i18n.active_language() == language
        assert QCoreApplication.translate("SettingsDialog", "Settings") == word
        # Qt's own buttons come with it (qtbase_<lang>.qm)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    install_translations(app, "en")
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_start_language_is_remembered_or_the_systems(qtbot: Any) -> None:
    from cluma_dpo.gui.ui_settings import ui_settings

    ui_settings().setValue("interface/language", "fr")
    assert i18n.start_language() == "fr"
    ui_settings().remove("interface/language")
    assert i18n.start_language() in ("nl", "fr")  # the system's, Dutch if neither


def test_dates_and_amounts_follow_the_language(qtbot: Any) -> None:
    app = QApplication.instance()
    d = date(2026, 11, 5)
    install_translations(app, "nl")
    # one style per context, as cluma_dpo.texts makes it for the CLI and the documents:
    # numeric in lists and tables, long in sentences (issue 14: not "5/11/2026" here and
    # "5 nov 2026" there)
    assert labels.long_date(d) == "5 november 2026" == texts.long_date(d, "nl")
    assert labels.short_date(d) == "05/11/2026" == texts.short_date(d, "nl")
    assert labels.money(Decimal("10.00")) == "€\xa010,00"
    install_translations(app, "fr")
    assert labels.long_date(d) == "5 novembre 2026"
    assert labels.short_date(d) == "05/11/2026"
    assert labels.money(Decimal("10.00")) == "10,00\xa0€"
    install_translations(app, "de")
    assert labels.long_date(d) == "5. November 2026"
    assert labels.short_date(d) == "05.11.2026"
    assert labels.money(Decimal("10.00")) == "10,00\xa0€"
    install_translations(app, "en")
    assert labels.long_date(d) == "5 November 2026"


def _domain_messages() -> list[Message | str]:
    """What the domain says to the screens: every 'why not' and the validation messages."""
    found: list[Message | str | None] = [lc.why_not(s, a) for s in Status for a in lc.Action]
    found += [lc.why_not(s, a, identity_failed=True) for s in Status for a in lc.Action]
    for rule in (
        lambda: v.name(""),
        lambda: v.email("x@"),
        lambda: v.country("Belgium"),
        lambda: v.postcode("880", "BE"),
        lambda: v.text_field("x" * 300, v.FIELD_STREET, max_len=200),
        lambda: v.iso_date(date(2017, 1, 1), v.FIELD_RECEIVED, today=TODAY),
        lambda: v.iso_date(date(2999, 1, 1), v.FIELD_PAYMENT_DATE, today=TODAY),
        lambda: v.reason(""),
        lambda: v.reason("a\u202eb", v.FIELD_NOTE),
        lambda: lc.check_close(lc.Outcome.REFUSED, None, 0),
        lambda: lc.check_close(lc.Outcome.GRANTED, None, 1),
        lambda: lc.check_close(lc.Outcome.GRANTED, None, 3),
        lambda: lc.check_close(lc.Outcome.GRANTED, None, 0, identity_failed=True),
        lambda: lc.check_reject(""),
    ):
        try:
            rule()
        except DomainError as exc:
            found.append(exc.msg)
    return [m for m in found if m]


@pytest.mark.parametrize("language", build_translations.LANGUAGES)
def test_domain_messages_are_shown_translated(qtbot: Any, language: str) -> None:
    """The screens render the domain's messages from the catalogue (gui.i18n.say); the
    regular-expression layer that translated English sentences back is gone."""
    app = QApplication.instance()
    assert install_translations(app, language)
    # issue 14: the domain's messages are rendered from the catalogue (gui.i18n.say)
    for message in _domain_messages():
        shown = i18n.say(message)
        assert shown != render(message, "en"), message
        assert "{" not in shown and not english_words_of_parts(shown, language), shown
    install_translations(app, "en")
    for message in _domain_messages():
        assert i18n.say(message) == render(message, "en")  # English stays word for word


def english_words_of_parts(text: str, language: str) -> list[str]:
    """Tell-tale English words left in a translated sentence (an untranslated part)."""
    tell_tale = {"the", "cannot", "request", "identity", "already", "record", "it", "has"}
    return [w for w in english_words(text, language) if w.lower() in tell_tale]
