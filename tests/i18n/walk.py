"""The walk of issue #14: every text a screen can show, and the checks that find English in it.

`texts_of(root)` collects (path, text) for every text a user can see or hear in a widget
tree: window titles, labels, buttons, group boxes, placeholders, tool tips, status tips,
"What's This?", accessible names, combo items (and their tool tips), tab texts, wizard page
titles, spin box affixes, menu titles and every action of every menu and tool bar (submenus
too), the header and first rows of every item view (display text and tool tip), read-only
text boxes and the status line of a main window.

`problems(language, path, text, english)` says what is wrong with one of them:
  - an English function word ("the", "cannot", "your", ...): a sentence left in English;
  - the exact English source text of a Qt or gettext entry that the language translates
    otherwise: the widget or the message was not translated;
  - the same text as the English screen at the same place, with a word only English uses
    (the app's English vocabulary minus every word of the language's own translations);
  - a setting key or message code ("bank.iban", "validation.too_long") or an unfilled
    placeholder ("{0}", "{name}", "%n"): programmer text.
References (DSR-2026-0001), e-mail addresses, web addresses, file names, HTML and the
product name are masked before the words are looked at.
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolBox,
    QWidget,
    QWizard,
    QWizardPage,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALE = ROOT / "resources" / "locale"
sys.path.insert(0, str(ROOT / "tools"))
from tests.i18n.english import FUNCTION_WORDS as ENGLISH_ONLY  # noqa: E402

# Whole words that only English uses (none is a Dutch, French or German word).
_MORE_WORDS = """
for would could these those their they into than does until can't isn't doesn't don't won't
"""
FUNCTION_WORDS = frozenset((*ENGLISH_ONLY, *_MORE_WORDS.split()))
# German capitalises the noun "Not" (need): only a lower-case "not" is English there.
CASE_SENSITIVE = {"de": frozenset({"not"})}
# Names, codes and units every language writes as English does.
_NAMES = """
cluma dpo nv iban bic dsr eur pdf xlsx gdpr avg rgpd dsgvo edpb iso din qr sha ok excel ctrl
shift alt esc caps lock
"""
NAMES = frozenset(_NAMES.split())
# Words the language writes as English does (the judge's vocabulary of English-only words
# comes from the app's own catalogues; Qt's strings can use these).
SAME_WORDS = {"nl": frozenset({"type"}), "fr": frozenset({"type"}), "de": frozenset({"name"})}
# "Language" in each language: the first page of the first start says it in all of them,
# and the choice of language offers each language in its own name.
LANGUAGE_WORDS = frozenset({"taal", "langue", "language", "sprache"})
AUTONYMS = frozenset({"Nederlands", "Français", "English", "Deutsch"})
# Qt's own dialogs (the file dialog) speak words our catalogues do not have.
_QT_WORDS = """
files look view back forward size modified directory create
"""
QT_WORDS = frozenset(_QT_WORDS.split())
ITEM_ROWS = 8  # first rows of each item view (and of their children)

_MASKS = [
    re.compile(r"<[^>]*>"),  # HTML tags
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?:https?://|www\.)\S+"),  # web addresses
    re.compile(r"\b[\w-]+\.(?:be|com|eu|org|net|nl|fr|de)\b"),  # domain names
    re.compile(r"\bDSR-\d{4}-\d{4,}\b"),  # request references
    re.compile(r"\b(?:FN|NOTE)-\d{4}-\d+\b"),  # fee note numbers
    re.compile(
        r"[\w./\\~-]*\.(?:pdf|xlsx|docx|odt|txt|png|jpe?g|db|json|csv|md|html?|j2|po|mo)\b", re.I
    ),
    re.compile(r"(?<![\w)])/(?:[\w.~-]+/)*[\w.~-]+"),  # absolute paths (folders)
    re.compile(r"\*\.\w+"),  # file filters
    re.compile(r"Cluma DPO|Cluma Engineering NV"),
    # the values a command takes, named as typed ("not-applicable", "marketing-opt-out")
    re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+)+(?![\w-])"),
]
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a.b.c in lower case, each part of two letters or more ("e.g." and "d.w.z." are words)
_CODE = re.compile(r"(?<![\w.@/-])[a-z][a-z0-9_]+(?:\.[a-z][a-z0-9_-]+)+(?![\w@/-]|\.\w)")
_PLACEHOLDER = re.compile(r"\{\w*\}|%n\b|%\d\b")


@dataclass(frozen=True)
class Finding:
    language: str
    where: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"[{self.language}] {self.why}: {self.where}: {self.text!r}"


def plain(text: str) -> str:
    """The text as read: no HTML, entities decoded, no mnemonic ampersands."""
    text = re.sub(r"<br\s*/?>|</p>|</li>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def masked(text: str) -> str:
    for mask in _MASKS:
        text = mask.sub(" ", text)
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(masked(text))


def function_words(text: str, language: str) -> list[str]:
    exact = CASE_SENSITIVE.get(language, frozenset())
    text = _CODE.sub(" ", masked_for_codes(text))  # "pause_for_identity" is a key, not "for"
    return [w for w in words(text) if (w if w.lower() in exact else w.lower()) in FUNCTION_WORDS]


def codes(text: str) -> list[str]:
    return _CODE.findall(masked_for_codes(text))


def masked_for_codes(text: str) -> str:
    for mask in _MASKS[1:]:
        text = mask.sub(" ", text)
    return text


# -- the catalogues ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogues:
    """What the language's catalogues say, to judge a text shown in it."""

    english_sources: frozenset[str]  # English texts the language translates otherwise
    english_only: frozenset[str]  # words of the app's English no translation of it uses
    unfinished: tuple[str, ...]  # Qt entries without a finished translation, and why


def _ts_messages(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of the language's Qt Linguist file."""
    import build_translations

    path = TRANSLATIONS / f"cluma_dpo_{language}.ts"
    if not path.is_file():
        return []
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = (
                [f.text or "" for f in forms]
                if forms
                else [translation.text or ""]
                if (translation is not None)
                else []
            )
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    texts,
                    build_translations.finished(message),
                )
            )
    return out


def _po(language: str) -> dict[str, list[str]]:
    from babel.messages.pofile import read_po

    path = LOCALE / language / "LC_MESSAGES" / "messages.po"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    out: dict[str, list[str]] = {}
    for m in catalog:
        if not m.id or m.fuzzy:
            continue
        code = str(m.id[0] if isinstance(m.id, tuple) else m.id)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        out[code] = [str(s) for s in strings if s]
    return out


@lru_cache(maxsize=1)
def _translated_texts() -> tuple[str, ...]:
    """Every translation into a language other than English, of Qt and of gettext."""
    out: list[str] = []
    for path in sorted(TRANSLATIONS.glob("cluma_dpo_*.ts")):
        language = path.stem.removeprefix("cluma_dpo_")
        out += [t for _c, _s, texts, _f in _ts_messages(language) for t in texts]
    for folder in sorted(LOCALE.iterdir()):
        if folder.is_dir() and folder.name != "en":
            out += [t for texts in _po(folder.name).values() for t in texts]
    return tuple(out)


@lru_cache(maxsize=8)
def catalogues(language: str) -> Catalogues:
    ours = _ts_messages(language)
    reference = _ts_messages("nl") or ours  # the sources, when the language has no file yet
    english_po, own_po = _po("en"), _po(language)
    own_texts = [t for _c, _s, texts, _f in ours for t in texts] + [
        t for texts in own_po.values() for t in texts
    ]
    own_set = {plain(t) for t in own_texts}
    # a word any of the other languages uses is no proof of English (names, "per", "type")
    own_words = {w.lower() for t in _translated_texts() for w in words(plain(t))}
    translated = {(c, s): texts for c, s, texts, done in ours if done}
    sources: set[str] = set()
    vocabulary: set[str] = set()
    for context, source, _texts, _done in reference:
        text = plain(source)
        vocabulary.update(w.lower() for w in words(text))
        if (context, source) not in translated or text not in {
            plain(t) for t in translated[(context, source)]
        }:
            sources.add(text)
    for code, texts in english_po.items():
        for text in map(plain, texts):
            vocabulary.update(w.lower() for w in words(text))
            if text not in {plain(t) for t in own_po.get(code, [])}:
                sources.add(re.sub(r"\{\w*\}", "", text) if "{" in text else text)
    usable = {s for s in sources - own_set if "{" not in s and any(len(w) > 2 for w in words(s))}
    unfinished = tuple(f"{context}: {source!r}" for context, source, _t, done in ours if not done)
    if not ours:
        unfinished = (f"no Qt Linguist file {TRANSLATIONS.name}/cluma_dpo_{language}.ts",)
    only = {w for w in (vocabulary | QT_WORDS) - own_words - NAMES if len(w) > 2}
    return Catalogues(frozenset(usable), frozenset(only), unfinished)


def problems(language: str, where: str, text: str, english: str | None) -> list[Finding]:
    """What is wrong with `text`, shown in `language` where English shows `english`."""
    shown = plain(text).removeprefix("⚠").strip()
    if not shown or shown in AUTONYMS or {w.lower() for w in words(shown)} <= LANGUAGE_WORDS:
        return []
    found: list[Finding] = []
    cat = catalogues(language)
    english_words = function_words(shown, language)
    if english_words:
        found.append(Finding(language, where, shown, f"English words {sorted(set(english_words))}"))
    lines = {shown, *(line.strip() for line in shown.splitlines())}
    if lines & cat.english_sources:
        found.append(Finding(language, where, shown, "English source text, not translated"))
    elif english is not None and plain(english).removeprefix("⚠").strip() == shown:
        same = SAME_WORDS.get(language, frozenset())
        only = sorted(
            {w for w in words(shown) if w.lower() in cat.english_only and w.lower() not in same}
        )
        if only and not english_words:
            found.append(Finding(language, where, shown, f"same as English {only}"))
    keys = codes(shown)
    if keys:
        found.append(Finding(language, where, shown, f"programmer text {keys}"))
    if _PLACEHOLDER.search(shown):
        found.append(Finding(language, where, shown, "unfilled placeholder"))
    return found


# -- the widget walk ---------------------------------------------------------------------------


def _name(obj: QObject) -> str:
    if obj.objectName():
        return obj.objectName()
    parent = obj.parent()
    kind = type(obj)
    same = [c for c in parent.children() if type(c) is kind] if parent is not None else [obj]
    return f"{kind.__name__}[{same.index(obj) if obj in same else 0}]"


def path_of(obj: QObject, root: QObject) -> str:
    parts = []
    while obj is not None and obj is not root:
        parts.append(_name(obj))
        obj = obj.parent()
    return "/".join([_name(root), *reversed(parts)])


def _count(count: Callable[[QModelIndex], int], parent: QModelIndex, private: int = 1) -> int:
    """rowCount/columnCount; PySide makes them private where the model has one column
    (a list) or no children (a table): then `private`."""
    try:
        return int(count(parent))
    except TypeError:
        return private


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    roles = (
        (Qt.ItemDataRole.DisplayRole, ""),
        (Qt.ItemDataRole.ToolTipRole, ":tip"),
        (Qt.ItemDataRole.StatusTipRole, ":status"),
    )
    for column in range(_count(model.columnCount, QModelIndex())):
        for role, suffix in roles[:2]:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where}:head{column}{suffix}", value

    def rows(parent: QModelIndex, prefix: str, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(_count(model.rowCount, parent), ITEM_ROWS)):
            for column in range(_count(model.columnCount, parent)):
                index = model.index(row, column, parent)
                for role, suffix in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{prefix}:r{row}c{column}{suffix}", value
            first = model.index(row, 0, parent)
            if depth < 2 and first.isValid() and _count(model.rowCount, first, 0) > 0:
                yield from rows(first, f"{prefix}:r{row}", depth + 1)

    yield from rows(QModelIndex(), where, 0)


def _action_texts(
    action: QAction, where: str, seen: set[int], index: int = 0
) -> Iterator[tuple[str, str]]:
    if id(action) in seen or action.isSeparator():
        return
    seen.add(id(action))
    where = f"{where}>{action.objectName() or f'action[{index}]'}"
    yield where + ":text", action.text()
    yield where + ":icontext", action.iconText()
    yield where + ":tip", action.toolTip()
    yield where + ":status", action.statusTip()
    yield where + ":whatsthis", action.whatsThis()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield where + ":menu", menu.title()
        for i, sub in enumerate(menu.actions()):
            yield from _action_texts(sub, where, seen, i)


def _widget_texts(w: QWidget, k: str) -> Iterator[tuple[str, str]]:
    if w.isWindow():
        yield k + ":title", w.windowTitle()
    yield k + ":tip", w.toolTip()
    yield k + ":status", w.statusTip()
    yield k + ":whatsthis", w.whatsThis()
    yield k + ":accessible", w.accessibleName()
    yield k + ":description", w.accessibleDescription()
    if isinstance(w, QLabel | QAbstractButton):
        yield k, w.text()
    elif isinstance(w, QGroupBox):
        yield k, w.title()
    elif isinstance(w, QLineEdit):
        yield k + ":placeholder", w.placeholderText()
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        yield k + ":placeholder", w.placeholderText()
        if w.isReadOnly():
            yield k, w.toPlainText()
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"{k}:item{i}", w.itemText(i)
            tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"{k}:item{i}:tip", tip
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield f"{k}:tab{i}", w.tabText(i)
            yield f"{k}:tab{i}:tip", w.tabToolTip(i)
    elif isinstance(w, QToolBox):
        for i in range(w.count()):
            yield f"{k}:page{i}", w.itemText(i)
    elif isinstance(w, QWizardPage):
        yield k + ":pagetitle", w.title()
        yield k + ":subtitle", w.subTitle()
    elif isinstance(w, QAbstractSpinBox):
        yield k + ":special", w.specialValueText()
        if isinstance(w, QSpinBox):
            yield k + ":prefix", w.prefix()
            yield k + ":suffix", w.suffix()
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        yield from _model_texts(w.model(), k)


def texts_of(root: QWidget) -> dict[str, str]:
    """Every text a user can meet in `root` and its children, keyed by where it is."""
    out: dict[str, str] = {}
    seen: set[int] = set()

    def put(items: Iterable[tuple[str, str]]) -> None:
        for key, text in items:
            if text and text.strip():
                out[key] = text

    for w in [root, *root.findChildren(QWidget)]:
        k = path_of(w, root)
        put(_widget_texts(w, k))
        if isinstance(w, QMenuBar | QToolBar | QMenu):
            if isinstance(w, QMenu):
                put([(k + ":menu", w.title())])
            for i, action in enumerate(w.actions()):
                put(_action_texts(action, k, seen, i))
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                page = w.page(page_id)
                put(
                    [
                        (f"{k}:page{page_id}", page.title()),
                        (f"{k}:page{page_id}:sub", page.subTitle()),
                    ]
                )
    for i, action in enumerate(root.findChildren(QAction)):
        put(_action_texts(action, path_of(action.parent() or root, root), seen, i))
    if isinstance(root, QMainWindow):
        put([("status line", root.statusBar().currentMessage())])
    return out
