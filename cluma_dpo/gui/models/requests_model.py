"""The request list: a table model over the workbench's query results, fetched page by page.

Like Anki's browser table, the model never loads the whole register: it counts the matches
(`count`), fetches the first page and lets the view ask for more (`canFetchMore` /
`fetchMore`) as the user scrolls. Sorting and filtering are queries, not Python sorts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.model import RequestView, WarningLevel
from cluma_dpo.domain.queries import RequestQuery
from cluma_dpo.gui import labels
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.icons import DUE_SOON_COLOUR, OVERDUE_COLOUR, icon
from cluma_dpo.services.api import RequestSource

ReferenceRole = Qt.ItemDataRole.UserRole + 1  # str: DSR-YYYY-NNNN
RequestRole = Qt.ItemDataRole.UserRole + 2  # RequestView
LevelRole = Qt.ItemDataRole.UserRole + 3  # WarningLevel | None
DaysLeftRole = Qt.ItemDataRole.UserRole + 4  # int | None

COL_REFERENCE, COL_SUBJECT, COL_RIGHTS, COL_RECEIVED, COL_DUE, COL_DAYS, COL_STATUS = range(7)
_HEADERS = (
    QT_TRANSLATE_NOOP("RequestTableModel", "Reference"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Data subject"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Rights"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Received"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Days left"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
)
# column -> RequestQuery.order_by
_ORDER_BY = {
    COL_REFERENCE: "reference",
    COL_SUBJECT: "name",
    COL_RIGHTS: "rights",
    COL_RECEIVED: "received",
    COL_DUE: "urgency",  # open by due date, most overdue first; finished ones last
    COL_DAYS: "urgency",
    COL_STATUS: "status",
}
PAGE_SIZE = 200
_PAUSED = QT_TRANSLATE_NOOP("RequestTableModel", "paused")
_ANONYMISED = QT_TRANSLATE_NOOP("RequestTableModel", "(anonymised)")
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestTableModel", text)


def paused_text() -> str:
    """What the Due and Days columns say while the clock is stopped."""
    return _tr(_PAUSED)


def warning_level(view: RequestView, today: date, due_soon_days: int) -> WarningLevel | None:
    """The deadline colour of one row: domain.deadlines' rule, as `cluma-dpo due` uses it."""
    return dl.warning_level(
        view.effective_due_date, today, due_soon_days, status=view.status, paused=view.paused
    )


@dataclass(slots=True)
class _Row:
    view: RequestView
    texts: tuple[str, ...]
    level: WarningLevel | None
    days: int | None


class RequestTableModel(QAbstractTableModel):
    def __init__(
        self,
        source: RequestSource | None = None,
        *,
        today: date | None = None,
        due_soon_days: int = 7,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._query = RequestQuery()
        self._rows: list[_Row] = []
        self._total = 0
        # a model made before the workbench opens shows nothing; the window sets today
        self.today = today or date.min
        self.due_soon_days = due_soon_days
        self.page_size = page_size
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown --------------------------------------------------------------------
    @property
    def query(self) -> RequestQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many requests match the query (not how many are loaded)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def set_source(self, source: RequestSource | None) -> None:
        """None empties the list (the lock hides every personal datum)."""
        self.beginResetModel()
        self._source = source
        self._rows = []
        self._total = 0
        self.endResetModel()

    def set_query(self, query: RequestQuery) -> None:
        """Run `query` (keeping the current sort order) and show its first page."""
        query = dataclasses.replace(
            query,
            order_by=self._query.order_by,
            descending=self._query.descending,
            today=self.today,
        )
        self._reload(query)

    def refresh(self) -> None:
        self._reload(self._query)

    def _reload(self, query: RequestQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._total = 0
        if self._source is not None:
            first = self._source.requests(query, offset=0, limit=self.page_size)
            # A short first page is the whole answer: no second query to count it.
            self._total = len(first) if len(first) < self.page_size else self._source.count(query)
            self._rows = [self._row(v) for v in first]
        self.endResetModel()

    def replace(self, view: RequestView) -> None:
        """Show a changed request in place (after an action), without reloading the list."""
        for i, row in enumerate(self._rows):
            if row.view.reference == view.reference:
                self._rows[i] = self._row(view)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(_HEADERS) - 1))
                return

    def row_of(self, reference: str) -> int:
        for i, row in enumerate(self._rows):
            if row.view.reference == reference:
                return i
        return -1

    def shown_texts(self, first: int, last: int) -> list[tuple[tuple[str, ...], bool]]:
        """What rows `first` to `last` (exclusive) show: each row's texts and whether it
        carries a deadline warning (a bold Days cell with an icon)."""
        return [(row.texts, row.level is not None) for row in self._rows[first:last]]

    def view_at(self, row: int) -> RequestView | None:
        return self._rows[row].view if 0 <= row < len(self._rows) else None

    # -- lazy fetching --------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        if parent.isValid() or self._source is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        start = len(self._rows)
        views = self._source.requests(self._query, offset=start, limit=self.page_size)
        if not views:
            self._total = start  # the register shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), start, start + len(views) - 1)
        self._rows.extend(self._row(v) for v in views)
        self.endInsertRows()

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RequestTableModel", _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[col]
        if role == ReferenceRole:
            return row.view.reference
        if role == RequestRole:
            return row.view
        if role == LevelRole:
            return row.level
        if role == DaysLeftRole:
            return row.days
        if col == COL_DAYS:
            return self._days_decoration(row, role)
        if col in (COL_SUBJECT, COL_RIGHTS) and role == Qt.ItemDataRole.ToolTipRole:
            return row.texts[col]  # the whole text of a cell too narrow for it
        return None

    def _days_decoration(self, row: _Row, role: int) -> Any:
        level = row.level
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if level is None:
            return None
        colour = OVERDUE_COLOUR if level is WarningLevel.OVERDUE else DUE_SOON_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("overdue" if level is WarningLevel.OVERDUE else "due-soon", colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.label(labels.WARNING_LEVELS, level)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _ORDER_BY.get(column, "received")
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.order_by and descending == self._query.descending and self._rows:
            return
        self._reload(dataclasses.replace(self._query, order_by=key, descending=descending))

    # -- one row's texts, computed once per fetch -----------------------------------------
    def _row(self, v: RequestView) -> _Row:
        level = warning_level(v, self.today, self.due_soon_days)
        days: int | None = None
        if v.paused and v.status.is_open:
            due_text = days_text = _tr(_PAUSED)
        elif v.effective_due_date is None or not v.status.is_open:
            due_text = labels.short_date(v.effective_due_date)
            days_text = "—"
        else:
            days = (v.effective_due_date - self.today).days
            due_text = labels.short_date(v.effective_due_date)
            days_text = labels.days_text(days)
        texts = (
            v.reference,
            v.subject.name if not v.anonymised else _tr(_ANONYMISED),
            labels.rights_text(v.rights),
            labels.short_date(v.received),
            due_text,
            days_text,
            labels.label(labels.STATUSES, v.status),
        )
        return _Row(v, texts, level, days)
