"""The manual inside the program: one HTML file per interface language, shown in a window
with a table of contents that can be searched. Nothing is fetched from the network.

The files are resources/manual/<language>/manual.html. Their <h2> and <h3> headings carry
an `id`: the anchors that context help (gui/help.py) opens, and the table of contents.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.gui import i18n
from cluma_dpo.gui.icons import icon
from cluma_dpo.paths import resource

MANUAL_FILE = "manual.html"


def manual_path(language: str) -> Path:
    """The manual in `language`, Dutch (the default) when there is none in it."""
    path = resource("manual", language, MANUAL_FILE)
    return path if path.is_file() else resource("manual", i18n.DEFAULT_LANGUAGE, MANUAL_FILE)


@dataclass
class Section:
    anchor: str
    level: int  # 2 or 3
    title: str
    text: list[str] = field(default_factory=list)  # the words under the heading, for search

    @property
    def haystack(self) -> str:
        return fold(self.title + " " + " ".join(self.text))


def fold(text: str) -> str:
    """Lower case without accents, so that "echeance" finds "échéance"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Outline(HTMLParser):
    """The <h2>/<h3> headings with an id, and the text under each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = []
        self.anchors: set[str] = set()
        self._heading: Section | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        anchor = values.get("id") or (values.get("name") if tag == "a" else None)
        if anchor:
            self.anchors.add(anchor)
        if tag in ("style", "head"):
            self._skip += 1
        if tag in ("h2", "h3") and values.get("id"):
            self._heading = Section(str(values["id"]), int(tag[1]), "")
            self.sections.append(self._heading)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "head"):
            self._skip = max(0, self._skip - 1)
        if tag in ("h2", "h3"):
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._heading is not None:
            self._heading.title = " ".join((self._heading.title + data).split())
        elif self.sections:
            self.sections[-1].text.append(data)


@cache
def outline(path: Path) -> tuple[tuple[Section, ...], frozenset[str]]:
    """(the headings with their text, every anchor) of a manual file."""
    parser = _Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    return tuple(parser.sections), frozenset(parser.anchors)


class ManualWindow(QWidget):
    """The manual in the interface language; `show_section(anchor)` opens it there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowIcon(icon("about"))
        self.language = ""
        self.sections: tuple[Section, ...] = ()
        self.search = QLineEdit(self)
        self.search.setObjectName("manualSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.toc = QTreeWidget(self)
        self.toc.setObjectName("manualContents")
        self.toc.setHeaderHidden(True)
        self.none_found = QLabel(self)
        self.none_found.setWordWrap(True)
        self.none_found.setTextFormat(Qt.TextFormat.PlainText)
        self.none_found.hide()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualText")
        self.browser.setOpenExternalLinks(False)  # no network: only anchors inside the manual
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.none_found)
        left_layout.addWidget(self.toc, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        self.toc.currentItemChanged.connect(self._chosen)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.search.installEventFilter(self)
        self.resize(1100, 720)
        self.load(i18n.active_language())

    # -- contents -------------------------------------------------------------------------
    def load(self, language: str) -> None:
        """Show the manual in `language` (again, after the interface language changed)."""
        path = manual_path(language)
        self.language = path.parent.name
        self.setWindowTitle(self.tr("Manual — Cluma DPO"))
        self.search.setPlaceholderText(self.tr("Search the manual (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Only the sections holding every word stay in the contents; Enter finds it")
        )
        self.browser.document().setMetaInformation(
            QTextDocument.MetaInformation.DocumentUrl, QUrl.fromLocalFile(str(path)).toString()
        )
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setHtml(path.read_text(encoding="utf-8"))
        self.sections = outline(path)[0]
        self.toc.blockSignals(True)
        self.toc.clear()
        parent: QTreeWidgetItem | None = None
        self._entries: list[tuple[QTreeWidgetItem, QTreeWidgetItem | None]] = []
        for section in self.sections:
            if section.level == 2 or parent is None:
                item = QTreeWidgetItem(self.toc, [section.title])
                parent = item
                self._entries.append((item, None))
            else:
                item = QTreeWidgetItem(parent, [section.title])
                self._entries.append((item, parent))
            item.setData(0, Qt.ItemDataRole.UserRole, section.anchor)
            item.setToolTip(0, section.title)
        self.toc.expandAll()
        self.toc.blockSignals(False)
        # the contents as wide as their longest title (within reason): nothing cut off
        self.toc.resizeColumnToContents(0)
        wide = min(max(self.toc.columnWidth(0) + 40, 260), 400)
        self.splitter.setSizes([wide, max(self.width() - wide, 400)])
        self._filter(self.search.text())

    @property
    def anchors(self) -> list[str]:
        return [s.anchor for s in self.sections]

    def _items(self) -> list[QTreeWidgetItem]:
        """Every entry of the contents, in the manual's order."""
        return [item for item, _parent in self._entries]

    def item_for(self, anchor: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == anchor:
                return item
        return None

    def show_section(self, anchor: str | None, *, keep_search: bool = False) -> None:
        """Bring the window up at `anchor` (the start when None or unknown); opened anew
        (F1, Help ▸ Manual) it drops an old search, a link inside the manual keeps it."""
        if self.language != i18n.active_language():
            self.load(i18n.active_language())
        if not keep_search:  # an old search would hide the section from the contents
            self.search.clear()
        target = anchor if anchor in self.anchors else None
        item = self.item_for(target) if target else None
        self.toc.blockSignals(True)
        if item is not None:
            self.toc.setCurrentItem(item)
        else:
            self.toc.setCurrentIndex(QModelIndex())
        self.toc.blockSignals(False)
        if target:
            self.browser.scrollToAnchor(target)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.current_anchor = target
        self.show()
        self.raise_()
        self.activateWindow()
        if target:  # again once shown: the first layout moves the text
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(target))

    current_anchor: str | None = None

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        anchor = str(item.data(0, Qt.ItemDataRole.UserRole))
        self.current_anchor = anchor
        self.browser.scrollToAnchor(anchor)

    def _follow(self, url: QUrl) -> None:
        """A link inside the manual: its anchor; anything else is not opened (no network)."""
        if url.fragment() and (not url.scheme() or url.isLocalFile() or url.isRelative()):
            self.show_section(url.fragment(), keep_search=True)

    # -- search ---------------------------------------------------------------------------
    def matching(self, text: str) -> list[str]:
        """The anchors of the sections that hold every word of `text`."""
        words = fold(text).split()
        return [s.anchor for s in self.sections if all(w in s.haystack for w in words)]

    def _filter(self, text: str) -> None:
        shown = set(self.matching(text))
        with_hits: set[int] = set()  # top-level entries with a matching child
        for item, parent in self._entries:
            hit = item.data(0, Qt.ItemDataRole.UserRole) in shown
            item.setHidden(not hit)
            if hit and parent is not None:
                with_hits.add(id(parent))
        for item, parent in self._entries:
            if parent is None and id(item) in with_hits:
                item.setHidden(False)
        nothing = bool(text.strip()) and not shown
        self.none_found.setText(
            self.tr("No section holds “{0}”.").format(text.strip()) if nothing else ""
        )
        self.none_found.setVisible(nothing)

    def find_next(self) -> bool:
        """Select the next place of the search text in the manual (from the top again)."""
        text = " ".join(self.search.text().split())
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search field goes to the contents, as in a file dialog
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.toc.setFocus()
            visible = [i for i in self._items() if not i.isHidden()]
            if visible:
                self.toc.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)
