"""Measure shown text against its space: what a screen cuts off (issue 15, "No truncated text").

`cut_offs(root)` walks the visible widgets under `root` and names every text that does not
fit where it is drawn: a toolbar button pushed into the overflow menu, a button or label
narrower than its text, a word-wrapped label shorter than its lines, a tab narrower than
its caption (an elided tab counts as cut off), a column header narrower than its caption
plus the sort arrow, or a header section that runs out of its view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.width() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(b: QAbstractButton) -> str | None:
    if not b.text() or b.objectName() == "qt_toolbar_ext_button":
        return None
    if b.width() < b.sizeHint().width():
        return f"button {_plain(b.text())!r}: {b.width()} < {b.sizeHint().width()}"
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
    return None


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() < hint.width() or rect.right() > bar.width():
            out.append(f"tab {_plain(bar.tabText(i))!r}: {rect.width()} < {hint.width()}")
    return out


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


def cut_offs(root: QWidget, scrolls: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text under `root` (itself included) that its space cuts off.

    The views in `scrolls` are wide tables meant to scroll sideways: each column must fit
    its header, but a column may lie beyond the visible part."""
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
        else:
            problem = None
        if problem:
            out.append(problem)
        if isinstance(w, QTabBar):
            out.extend(_tabs(w))
        if isinstance(w, QHeaderView):
            out.extend(_header(w, w.parent() in scrolls))
    return out
