"""The request list's columns: as wide as their texts, and together no wider than the list.

At 1280×800 the list has about 700 px; seven columns as wide as their longest texts need
more, and the list scrolled sideways, "Rechten" cut at the edge (h15, the DPO's day). So:
- "Received" is hidden at first; the header's context menu shows or hides any column (not
  the last one shown), and the window remembers the choice (gui/layout_memory.py);
- the reference, the dates, the days and the status are as wide as their texts (they grow
  to the rows loaded, never shrink: a column the DPO widened stays so);
- the name and the rights share the rest of the view: each as wide as its texts when they
  fit, else shortened ("Marie-Christine Vanders…") with the whole text in the tooltip, down
  to a readable width (14 characters), and, with more columns shown, to their header's.
  Only then, or when the DPO widens a column by hand, does the list scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QStyleOptionViewItem, QTableView

from cluma_dpo.domain.model import Right, Status
from cluma_dpo.gui import labels
from cluma_dpo.gui.models.requests_model import (
    COL_DAYS,
    COL_DUE,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_RIGHTS,
    COL_STATUS,
    COL_SUBJECT,
    RequestTableModel,
    paused_text,
)

FIT_ROWS = 1000  # the columns fit the texts of at most this many rows at a time
SHARED = (COL_SUBJECT, COL_RIGHTS)  # shortened when the view is too narrow for all
READABLE_CHARACTERS = 14  # the least a shared column shows, while the view allows it
HIDDEN_AT_FIRST = (COL_RECEIVED,)


class ListColumns(QObject):
    changed = Signal()  # a column shown or hidden: the window remembers it

    def __init__(self, table: QTableView, model: RequestTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self.need: dict[int, int] = {}  # each column's width for its header and texts
        self.manual: set[int] = set()  # shared columns the DPO sized by hand: kept
        self._fitting = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the name takes the spare room instead
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        self.size_defaults()
        for col in HIDDEN_AT_FIRST:
            header.hideSection(col)

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    # -- widths -----------------------------------------------------------------------
    def _header_need(self, col: int) -> int:
        header = self.header
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
        return header.fontMetrics().horizontalAdvance(title) + 3 * margin + arrow

    def size_defaults(self) -> None:
        """Each column as wide as its header (with the sort arrow) and its longest usual
        text in the current language: a status, one right, "paused", a date."""
        table = self.table
        metrics = table.fontMetrics()
        style = self.header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.header)
        icon_room = table.iconSize().width() if table.iconSize().isValid() else 16
        samples = {
            COL_REFERENCE: ["DSR-2026-0000"],
            COL_SUBJECT: ["Bernadette De Backer"],
            COL_RIGHTS: [labels.label(labels.RIGHTS, r) for r in Right],
            COL_RECEIVED: ["00/00/0000"],
            COL_DUE: ["00/00/0000", paused_text()],
            COL_DAYS: ["−000", paused_text()],
            COL_STATUS: [labels.label(labels.STATUSES, s) for s in Status],
        }
        for col, texts in samples.items():
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 2 * margin + 4
            if col == COL_DAYS:
                widest += icon_room + margin
            self.need[col] = max(self._header_need(col), widest)
        self.manual.clear()
        with _Quiet(self):
            for col, width in self.need.items():
                self.header.resizeSection(col, width)
        self.fit()

    def fit_rows(self, first: int = 0) -> None:
        """Columns grow to the texts of the rows loaded from `first` on (a long name, two
        rights). The delegate (which knows the margins, a bold font and an icon) measures
        only the cells that can be the widest: the longest text of each column, and the
        Days cells with a warning icon; the rest is a quick measure of the plain text."""
        model, table = self.model, self.table
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        delegate = table.itemDelegate()
        metrics = table.fontMetrics()
        grid = 1 if table.showGrid() else 0
        shown = model.shown_texts(first, first + FIT_ROWS)
        with _Quiet(self):
            for col in range(model.columnCount()):
                texts = [(metrics.horizontalAdvance(t[col]), i) for i, (t, _) in enumerate(shown)]
                candidates = {max(texts)[1]} if texts else set()
                if col == COL_DAYS:
                    candidates |= {i for i, (_, warned) in enumerate(shown) if warned}
                widest = max(
                    (
                        delegate.sizeHint(option, model.index(first + i, col)).width()
                        for i in candidates
                    ),
                    default=0,
                )
                self.need[col] = max(self.need.get(col, 0), widest + grid)
                if col not in SHARED and self.need[col] > self.header.sectionSize(col):
                    self.header.resizeSection(col, self.need[col])
        self.fit()

    def _floors(self, col: int) -> tuple[int, int]:
        """(readable, least): the widths a shared column is shortened to, in that order."""
        least = self._header_need(col)
        readable = self.table.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
        return max(least, readable), least

    def fit(self) -> None:
        """The shared columns take the room the others leave in the view."""
        header = self.header
        room = self.table.viewport().width()
        if room <= 0 or self._fitting:
            return
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        shared = [c for c in SHARED if c in shown and c not in self.manual]
        fixed = sum(header.sectionSize(c) for c in shown if c not in shared)
        if not shared:
            return
        widths = _share(
            room - fixed,
            {c: self.need.get(c, 0) for c in shared},
            {c: self._floors(c) for c in shared},
        )
        with _Quiet(self):
            for col, width in widths.items():
                if header.sectionSize(col) != width:
                    header.resizeSection(col, width)

    def _resized(self, col: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if col in SHARED:  # the DPO's own width for the name or the rights: kept
            self.manual.add(col)
        self.fit()

    def restore(self, state: QByteArray) -> None:
        """The header as the window left it (order, hidden columns), fitted anew."""
        with _Quiet(self):
            self.header.restoreState(state)
        self.manual.clear()
        self.fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

    # -- showing and hiding -----------------------------------------------------------
    def menu(self) -> QMenu:
        """One checkable entry per column, in the order shown; the last one shown stays."""
        header = self.header
        menu = QMenu(header)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            action = QAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(col in shown)
            action.setEnabled(shown != [col])
            action.setData(col)
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
            menu.addAction(action)
        return menu

    def show_column(self, col: int, shown: bool) -> None:
        header = self.header
        if not shown and sum(not header.isSectionHidden(c) for c in range(header.count())) <= 1:
            return
        with _Quiet(self):
            header.setSectionHidden(col, not shown)
            if shown and header.sectionSize(col) < self.need.get(col, 0):
                header.resizeSection(col, self.need[col])
        self.fit()
        self.changed.emit()

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.header.mapToGlobal(pos))


class _Quiet:
    """Resizing by the program, not by the DPO: no refit on each section."""

    def __init__(self, columns: ListColumns) -> None:
        self.columns = columns

    def __enter__(self) -> None:
        self.columns._fitting = True

    def __exit__(self, *_exc: object) -> None:
        self.columns._fitting = False


def _share(room: int, need: dict[int, int], floors: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Widths for the shared columns in `room`: their need when it fits (the first, the
    name, takes what is left over), else shortened alike towards their readable width, then
    towards their header's; never below that."""
    if sum(need.values()) <= room:
        widths = dict(need)
        first = next(iter(widths))
        widths[first] += room - sum(widths.values())
        return widths
    widths = {c: max(n, floors[c][0]) for c, n in need.items()}
    for level in (0, 1):
        excess = sum(widths.values()) - room
        if excess <= 0:
            break
        slack = {c: max(0, w - floors[c][level]) for c, w in widths.items()}
        total = sum(slack.values())
        if total == 0:
            continue
        cut = min(excess, total)
        for c in widths:
            widths[c] -= cut * slack[c] // total
        rest = sum(widths.values()) - room  # what rounding left over
        for c in widths:
            take = min(rest, widths[c] - floors[c][level]) if rest > 0 else 0
            widths[c] -= take
            rest -= take
    return widths
