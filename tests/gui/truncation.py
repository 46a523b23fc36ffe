"""Measure shown text against its space: what a screen cuts off (issue 15, "No truncated text").

`cut_offs(root)` walks the visible widgets under `root` and names every text that does not
fit where it is drawn: a toolbar button pushed into the overflow menu, a button or label
narrower than its text, a word-wrapped label shorter than its lines, a tab narrower than
its caption (an elided tab counts as cut off), a tab bar whose tabs do not all fit (hidden
behind scroll arrows), a column header narrower than its caption plus the sort arrow, a
header section that runs out of its view, a cell narrower than its text (measured with
the view's own delegate, icon and font included), a line edit's placeholder wider than
the room for text, or a button or label that runs out of the scroll area it lies in.
A column named in `elides` may shorten its texts ("Marie-Christine Vanders…") when the
whole text is the cell's tooltip. `beyond_view(view)` names the columns a list shows only
by scrolling sideways.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

MAX_ROWS = 500  # the cells of the first rows of a long list (the demo's first page)


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.width() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _seen_width(w: QWidget) -> int:
    """How much of the widget's width its parents (a scroll area's viewport) let be seen."""
    return w.visibleRegion().boundingRect().width()


def _button(b: QAbstractButton) -> str | None:
    if not b.text() or b.objectName() == "qt_toolbar_ext_button":
        return None
    need = b.sizeHint().width()
    if b.width() < need:
        return f"button {_plain(b.text())!r}: {b.width()} < {need}"
    if b.isVisible() and _seen_width(b) < need:
        return f"button {_plain(b.text())!r}: only {_seen_width(b)} of {need} in view"
    return None


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"label {text[:40]!r}: height {label.height()} < {need}"
        return None
    width = label.contentsRect().width()
    need = label.sizeHint().width() - (label.width() - width)
    if label.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(text):
        need = max(label.fontMetrics().horizontalAdvance(line) for line in _plain(text).split("\n"))
    if need > width:
        return f"label {_plain(text)[:40]!r}: {width} < {need}"
    seen = _seen_width(label) - (label.width() - width)
    if label.isVisible() and need > seen:
        return f"label {_plain(text)[:40]!r}: only {seen} of {need} in view"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() < hint.width() or rect.right() > bar.width():
            out.append(f"tab {_plain(bar.tabText(i))!r}: {rect.width()} < {hint.width()}")
    # every tab in view, not behind scroll arrows: the tabs' widths against the room the
    # tab widget has for its bar
    room = bar.parentWidget().width() if isinstance(bar.parentWidget(), QTabWidget) else None
    need = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if arrows or (room is not None and need > room):
        names = ", ".join(_plain(bar.tabText(i)) for i in range(bar.count()))
        out.append(f"tab bar [{names}]: tabs {need} wide, room {room}, scroll arrows shown")
    return out


def _cells(view: QAbstractItemView, elided: Collection[int] = ()) -> list[str]:
    """Each cell's text (display role) against its column, measured by the view's delegate
    with the cell's own font and icon: what the delegate would elide. In a view that wraps
    words, each line must fit the column and the row must be as tall as the lines. In the
    columns `elided`, a shortened text is whole in the cell's tooltip."""
    model = view.model()
    header = getattr(view, "horizontalHeader", getattr(view, "header", lambda: None))()
    if model is None or not isinstance(header, QHeaderView):
        return []
    grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
    wraps = isinstance(view, QTableView | QTreeView) and view.wordWrap()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    out = []
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for col in range(model.columnCount()):
            if header.isSectionHidden(col):
                continue
            index = model.index(row, col)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            room = header.sectionSize(col) - grid
            if isinstance(view, QTreeView) and col == 0 and view.rootIsDecorated():
                room -= view.indentation()
            option.rect = QRect(0, 0, room, 10_000)
            hint = view.itemDelegateForIndex(index).sizeHint(option, index)
            title = model.headerData(col, Qt.Orientation.Horizontal)
            whole = model.data(index, Qt.ItemDataRole.ToolTipRole) == text
            if hint.width() > room and col in elided and not whole:
                out.append(f"cell {text[:40]!r} in column {title!r}: shortened, no tooltip")
            elif hint.width() > room and col not in elided:
                out.append(f"cell {text[:40]!r} in column {title!r}: {room} < {hint.width()}")
            height = view.visualRect(index).height()
            if wraps and height and hint.height() > height:
                need = hint.height()
                out.append(f"cell {text[:40]!r} in column {title!r}: height {height} < {need}")
    return out


def _placeholder(edit: QLineEdit) -> str | None:
    """The placeholder against the room for text: the frame, Qt's 2 px margins and the icon
    buttons (a search icon, the clear button) taken off."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    style = edit.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    left, right = frame, edit.width() - frame
    for icon_button in edit.findChildren(QToolButton):
        g = icon_button.geometry()
        if g.center().x() < edit.width() // 2:
            left = max(left, g.right() + 1)
        else:
            right = min(right, g.left())
    margins = edit.textMargins()
    room = right - left - 2 * 2 - margins.left() - margins.right()
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > room:
        return f"placeholder {text!r}: {room} < {need}"
    return None


def _header(header: QHeaderView, scrolls: bool) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    if model is None:
        return []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    sortable = isinstance(header.parent(), QAbstractItemView) and bool(
        getattr(header.parent(), "isSortingEnabled", lambda: False)()
    )
    view_width = header.viewport().width()
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        size = header.sectionSize(section)
        need = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if sortable:
            need += arrow + margin
        end = header.sectionViewportPosition(section) + size
        if size < need:
            out.append(f"column {text!r}: {size} < {need}")
        elif end > view_width + 1 and not scrolls:
            out.append(f"column {text!r}: ends at {end}, beyond the view ({view_width})")
    return out


def beyond_view(view: QTableView) -> list[str]:
    """The columns of `view` that lie (partly) outside its viewport: a sideways scroll."""
    header = view.horizontalHeader()
    model = view.model()
    room = view.viewport().width()
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        start = header.sectionViewportPosition(section)
        end = start + header.sectionSize(section)
        if start < 0 or end > room:
            title = model.headerData(section, Qt.Orientation.Horizontal)
            out.append(f"column {title!r}: {start}..{end}, outside the view (0..{room})")
    if view.horizontalScrollBar().maximum() > 0:
        out.append(f"{view.objectName() or 'table'}: scrolls sideways")
    return out


def cut_offs(
    root: QWidget,
    scrolls: tuple[QWidget, ...] = (),
    elides: Mapping[QAbstractItemView, Collection[int]] | None = None,
) -> list[str]:
    """Every text under `root` (itself included) that its space cuts off.

    The views in `scrolls` are wide tables meant to scroll sideways: each column must fit
    its header, but a column may lie beyond the visible part. The columns a view names in
    `elides` may shorten a text that their tooltip shows whole."""
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not _shown(w, root):
            continue
        if isinstance(w, QToolBar):
            ext = w.findChild(QToolButton, "qt_toolbar_ext_button")
            if ext is not None and ext.isVisible():
                out.append(f"toolbar {w.windowTitle()!r}: actions in the overflow menu")
        if isinstance(w, QAbstractButton):
            problem = _button(w)
        elif isinstance(w, QLabel):
            problem = _label(w)
        elif isinstance(w, QLineEdit):
            problem = _placeholder(w)
        else:
            problem = None
        if problem:
            out.append(problem)
        if isinstance(w, QTabBar):
            out.extend(_tabs(w))
        if isinstance(w, QHeaderView):
            out.extend(_header(w, w.parent() in scrolls))
        if isinstance(w, QTableView | QTreeView):
            out.extend(_cells(w, (elides or {}).get(w, ())))
    return out
