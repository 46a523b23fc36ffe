"""The home of the window: the search box, the filters and the list of requests.

Typing in the search box waits for a short pause (debounce) and then runs one query; the
status and right filters and a dashboard preset combine with it into one RequestQuery.
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.model import Right, Status
from cluma_dpo.domain.queries import RequestQuery
from cluma_dpo.gui import labels
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.list_columns import ListColumns
from cluma_dpo.gui.models.requests_model import (
    COL_DAYS,
    COL_DUE,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_RIGHTS,
    COL_STATUS,
    COL_SUBJECT,
    ReferenceRole,
    RequestTableModel,
)

SEARCH_DEBOUNCE_MS = 250
_OPEN = "__open__"
_OPEN_VALUES = frozenset({_OPEN, *(s.value for s in Status if s.is_open)})
# The status a dashboard card shows in the status box, and the statuses it stays with: one
# filter state, so that the box never says "All statuses" while a card hides most of them.
_CARD_STATUS = {"awaiting-fee": Status.AWAITING_FEE_PAYMENT.value}
_CARD_KEEPS = {"awaiting-fee": frozenset({Status.AWAITING_FEE_PAYMENT.value})}


class RequestListPanel(QWidget):
    current_changed = Signal(object)  # the selected reference, or None
    preset_changed = Signal(object)  # the dashboard card in force (a PRESETS name), or None
    new_requested = Signal()
    demo_requested = Signal()
    settings_requested = Signal()

    def __init__(self, model: RequestTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.preset: str | None = None
        self.due_soon_days = 7
        self._selected: str | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Search name, e-mail, reference…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("open"), _OPEN)  # lower case, as the statuses
        for status in Status:
            self.status_filter.addItem(labels.label(labels.STATUSES, status), status.value)
        self.right_filter = QComboBox(self)
        self.right_filter.addItem(self.tr("All rights"), None)
        for right in Right:
            self.right_filter.addItem(labels.label(labels.RIGHTS, right), right.value)
        self.preset_chip = QToolButton(self)
        self.preset_chip.setIcon(icon("dismiss"))
        self.preset_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.preset_chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.preset_chip.setToolTip(self.tr("Remove this filter"))
        self.preset_chip.hide()
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        # the boxes as wide as their longest choice, the search field takes the rest: its
        # placeholder stays whole (issue 15)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.right_filter)
        bar.addWidget(self.preset_chip)
        bar.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("requestTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        # a sort shows the top of the list, where the most urgent request now is; the
        # selection stays (issue 15, dpo15 finding 15: it scrolled row 0 out of view)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.table.scrollToTop())
        # as wide as their texts, no wider together than the list; "Received" hidden at
        # first, shown again from the header's context menu (h15)
        self.columns = ListColumns(self.table, model)
        # who, then the deadline, the days left and the status; the rights (as long as their
        # names: "marketing opt-out, erasure") and the date of receipt last
        for col in (COL_REFERENCE, COL_SUBJECT, COL_DUE, COL_DAYS, COL_STATUS, COL_RIGHTS):
            header.moveSection(header.visualIndex(col), header.count() - 1)
        header.moveSection(header.visualIndex(COL_RECEIVED), header.count() - 1)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # newest received first
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelReset.connect(self._after_reset)
        model.modelReset.connect(self.fit_rows)
        model.rowsInserted.connect(lambda _parent, first, _last: self.fit_rows(first))

        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMaximumWidth(560)  # a readable measure, not the panel's width
        # Centred by stretches, not by an alignment flag: a layout item with an alignment
        # gets its size hint, not its height for the width, and the wrapped text was cut.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.empty_label, 100)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_new = QPushButton(icon("new"), self.tr("New request…"), self.empty)
        self.empty_demo = QPushButton(icon("demo"), self.tr("Open demo data…"), self.empty)
        self.empty_settings = QPushButton(icon("settings"), self.tr("Settings…"), self.empty)
        self.empty_clear = QPushButton(icon("filter"), self.tr("Clear the filters"), self.empty)
        for b in (self.empty_new, self.empty_demo, self.empty_settings, self.empty_clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self.busy = QWidget(self)  # while a long task fills the list: nothing to press
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.busy)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._search_entered)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._status_chosen())
        self.right_filter.currentIndexChanged.connect(lambda _i: self.apply())
        self.preset_chip.clicked.connect(lambda: self.set_preset(None))
        self.empty_new.clicked.connect(self.new_requested)
        self.empty_demo.clicked.connect(self.demo_requested)
        self.empty_settings.clicked.connect(self.settings_requested)
        self.empty_clear.clicked.connect(self.clear_filters)
        focus_search = QAction(self)
        focus_search.setShortcut("Ctrl+F")
        focus_search.triggered.connect(self.focus_search)
        self.addAction(focus_search)

    def fit_rows(self, first: int = 0) -> None:
        """Columns grow to the texts of the rows loaded from `first` on; the name and the
        rights share what is left of the view (gui/list_columns.py)."""
        self.columns.fit_rows(first)

    # -- the query ------------------------------------------------------------------------
    def query(self) -> RequestQuery:
        status = self.status_filter.currentData()
        q = RequestQuery(
            status=None if status in (None, _OPEN) else status,
            open_only=status == _OPEN,
            right=self.right_filter.currentData(),
            search=self.search.text().strip() or None,
        )
        presets: dict[str, dict[str, Any]] = {  # RequestQuery fields by preset
            "overdue": {"overdue": True},
            "due-soon": {"due_within": self.due_soon_days, "not_overdue": True},
            "paused": {"paused": True},
            "awaiting-fee": {"awaiting_fee": True},
            "open": {"open_only": True},
        }
        return dataclasses.replace(q, **presets.get(self.preset or "", {}))

    def filtered(self) -> bool:
        return bool(
            self.preset
            or self.search.text().strip()
            or self.status_filter.currentIndex()
            or self.right_filter.currentIndex()
        )

    def apply(self) -> None:
        """Run the query now (the debounce timer calls this after typing stops)."""
        self.debounce.stop()
        self.model.set_query(self.query())

    def _status_chosen(self) -> None:
        """A status the card excludes replaces the card (it is not silently intersected)."""
        if self.preset is not None and not self._card_allows(self.preset):
            self._show_preset(None)
        self.apply()

    def _card_allows(self, preset: str) -> bool:
        return self.status_filter.currentData() in _CARD_KEEPS.get(preset, _OPEN_VALUES)

    def _set_status(self, value: str | None) -> None:
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(value)))
        self.status_filter.blockSignals(False)

    def set_preset(self, preset: str | None) -> None:
        """Show a dashboard card's requests; the status box shows the status it implies."""
        old = self.preset
        if preset is not None and not self._card_allows(preset):
            self._set_status(_CARD_STATUS.get(preset, _OPEN))
        elif (
            preset is None
            and old is not None
            and self.status_filter.currentData() == _CARD_STATUS.get(old, _OPEN)
        ):
            self._set_status(None)  # the card's own status goes with the card
        self._show_preset(preset)
        self.apply()

    def _show_preset(self, preset: str | None) -> None:
        self.preset = preset
        names = {
            "overdue": self.tr("overdue"),
            "due-soon": self.tr("due within %n days", "", self.due_soon_days),  # as its card
            "paused": self.tr("waiting for identity"),
            "awaiting-fee": self.tr("awaiting payment"),
            "open": self.tr("open"),
        }
        self.preset_chip.setVisible(preset is not None)
        self.preset_chip.setText(names.get(preset or "", ""))
        self.preset_changed.emit(preset)

    def clear_filters(self) -> None:
        for widget in (self.status_filter, self.right_filter):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.right_filter.setCurrentIndex(0)
        for widget in (self.status_filter, self.right_filter):
            widget.blockSignals(False)
        self.clear_search()
        self._show_preset(None)
        self.apply()

    def clear_search(self) -> None:
        """Empty the search box without a query of its own. Its signals are not blocked:
        Qt hides the clear button (⊗) on them (issue 15: it stayed after clearing)."""
        self.search.clear()
        self.debounce.stop()

    def _no_match(self) -> str:
        """Which filters hide the rows, each with its value (the search as typed)."""
        parts = []
        if self.preset:
            parts.append(self.tr("card: {0}").format(self.preset_chip.text()))
        if self.status_filter.currentIndex():
            parts.append(self.tr("status: {0}").format(self.status_filter.currentText()))
        if self.right_filter.currentIndex():
            parts.append(self.tr("right: {0}").format(self.right_filter.currentText()))
        if self.search.text().strip():
            parts.append(self.tr("search: “{0}”").format(self.search.text().strip()))
        head = html.escape(self.tr("No request matches all of these filters:"))
        return f"<p><b>{head}</b><br>" + "<br>".join(html.escape(p) for p in parts) + "</p>"

    def _search_entered(self) -> None:
        """Enter: search now and go to the first match (arrow keys take it from there)."""
        self.apply()
        first = self.model.view_at(0)
        if first is not None:
            self.select_reference(first.reference)
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def allow_search(self, allowed: bool) -> None:
        """Management on a server may not search: a search reads names and e-mail
        addresses, which its role may not (the box is emptied and says so)."""
        why = self.tr("No search: the management role reads the register without personal data")
        if not allowed:
            self.clear_search()
        self.search.setEnabled(allowed)
        self.search.setToolTip("" if allowed else why)
        self.search.setPlaceholderText(
            self.tr("Search name, e-mail, reference…") if allowed else why
        )

    # -- selection ------------------------------------------------------------------------
    @property
    def selected_reference(self) -> str | None:
        return self._selected

    def remember_selection(self, reference: str | None) -> None:
        """The row to select when the list is next filled (None: the first one)."""
        self._selected = reference

    def select_reference(self, reference: str | None) -> bool:
        row = self.model.row_of(reference) if reference else -1
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reference = current.data(ReferenceRole) if current.isValid() else None
        if reference != self._selected:
            self._selected = reference
            self.current_changed.emit(reference)

    def _after_reset(self) -> None:
        self._update_count()
        if not self.select_reference(self._selected) and self._selected is not None:
            self._selected = None
            self.current_changed.emit(None)

    def set_busy(self, busy: bool) -> None:
        """An empty page while the list is being filled (the demo's requests invented)."""
        if busy:
            self.stack.setCurrentWidget(self.busy)
        else:
            self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n found", "", total))
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        if self.filtered():
            self.empty_label.setText(self._no_match())
        else:
            self.empty_label.setText(
                self.tr(
                    "<p><b>No requests yet.</b></p><p>Register the first request as soon as one "
                    "comes in (Ctrl+N), or try the program on demo data first.</p><p>The "
                    "organisation's details, your signature, the bank account and the letter "
                    "templates are under File ▸ Settings (Ctrl+,).</p>"
                )
            )
        self.empty_new.setVisible(not self.filtered())
        self.empty_demo.setVisible(not self.filtered())
        self.empty_settings.setVisible(not self.filtered())
        self.empty_clear.setVisible(self.filtered())
        self.stack.setCurrentWidget(self.empty)
