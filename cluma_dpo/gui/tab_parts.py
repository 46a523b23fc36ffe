"""Parts the detail panel's tabs share: a flat one-selection list, and tool buttons that
show an action's text beside its icon."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QWidget,
)

_BREAK_AFTER = frozenset("/\\_.-")  # a line may break after these inside a word


def _breakable(text: str) -> str:
    """`text` with a zero-width space after each / \\ _ . or - that a non-space follows,
    so that a long path or file name wraps there (plain string work: no regular
    expressions in the GUI, see tests/gui/test_one_language.py)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        if ch in _BREAK_AFTER and i + 1 < len(text) and not text[i + 1].isspace():
            out.append("\u200b")
    return "".join(out)


class WrappingDelegate(QStyledItemDelegate):
    """The `wrapped` columns wrap their text and are as tall as its lines at the column's
    width (QTreeView asks a row's height without a width: it never wraps by itself); the
    other columns keep their text on one line and are as wide as it."""

    def __init__(self, tree: QTreeWidget, wrapped: tuple[int, ...]) -> None:
        super().__init__(tree)
        self.tree = tree
        self.wrapped = wrapped

    def wraps(self, column: int) -> bool:
        return column in self.wrapped

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not self.wraps(index.column()):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        else:  # a path or a file name breaks after its separators too, not only at spaces
            option.text = _breakable(option.text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if option.rect.width() <= 0 and self.wraps(index.column()):
            option = QStyleOptionViewItem(option)
            width = self.tree.header().sectionSize(index.column())
            option.rect = QRect(0, 0, width, 10_000)  # a valid rect: the style wraps in it
        return super().sizeHint(option, index)


def plain_tree(parent: QWidget, headers: list[str], wrapped: tuple[int, ...] = ()) -> QTreeWidget:
    """A flat list whose columns are as wide as their texts, the `wrapped` ones (by default
    the last) sharing the rest of the panel and wrapping their text (a note, a path) onto
    more lines: the detail panel is narrow, and no cell is cut off (issue 15)."""
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(False)  # a wrapped note makes its row taller
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(headers)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    wrapped = wrapped or (len(headers) - 1,)
    for column in wrapped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(True)
    tree.setItemDelegate(WrappingDelegate(tree, wrapped))
    # a column got wider or narrower: the rows' heights again, once the resizing is over
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    header.sectionResized.connect(lambda *_: relayout.start())
    return tree


def tool_buttons(parent: QWidget, actions: list[QAction]) -> list[QToolButton]:
    buttons = []
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        buttons.append(button)
    return buttons
