"""The settings dialog's editor of the recipients (GDPR Art. 19, 15(1)(c), 15(2)): a small
table, one recipient a row, with its name, role, postal address and safeguard.

The table holds text only; `domain.settings.validate` (through the setting field) decides
whether the rows make valid recipients, and the field shows what is wrong under the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from cluma_dpo.domain.recipients import Recipient, Role, as_json
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.icons import icon

_C = "RecipientsEditor"
# (field of the recipient's JSON form, column header)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("RecipientsEditor", "Name")),
    ("role", QT_TRANSLATE_NOOP("RecipientsEditor", "Role")),
    ("country", QT_TRANSLATE_NOOP("RecipientsEditor", "Country")),
    ("legal_name", QT_TRANSLATE_NOOP("RecipientsEditor", "Legal name")),
    ("street", QT_TRANSLATE_NOOP("RecipientsEditor", "Street and number")),
    ("postcode", QT_TRANSLATE_NOOP("RecipientsEditor", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("RecipientsEditor", "City")),
    ("safeguard", QT_TRANSLATE_NOOP("RecipientsEditor", "Safeguard outside the EEA")),
    ("purpose", QT_TRANSLATE_NOOP("RecipientsEditor", "Purpose")),
    # Art. 19 notices are written in the recipient's language (lawyer's finding 4)
    ("language", QT_TRANSLATE_NOOP("RecipientsEditor", "Language of notices (nl, fr, en, de)")),
)
FIELDS = tuple(field for field, _ in COLUMNS)
ROLE_COLUMN = FIELDS.index("role")
NEW_RECIPIENT = QT_TRANSLATE_NOOP("RecipientsEditor", "New recipient")
ROLES = {
    Role.PROCESSOR: QT_TRANSLATE_NOOP("RecipientsEditor", "processor"),
    Role.CONTROLLER: QT_TRANSLATE_NOOP("RecipientsEditor", "controller"),
}


def tr(text: str) -> str:
    """`text` (a QT_TRANSLATE_NOOP of this module) in the screen language."""
    return QCoreApplication.translate(_C, text)


class RecipientsEditor(QWidget):
    """One recipient a row; add and remove with the buttons, edit a cell in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(header) for _, header in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 0, 0, 3, 1)
        self.buttons: dict[str, QToolButton] = {}
        for row, (name, glyph, tip) in enumerate(
            (
                ("add", "new", QT_TRANSLATE_NOOP("RecipientsEditor", "Add a recipient")),
                (
                    "remove",
                    "dismiss",
                    QT_TRANSLATE_NOOP("RecipientsEditor", "Remove the recipient"),
                ),
            )
        ):
            button = QToolButton(self)
            button.setIcon(icon(glyph))
            button.setToolTip(tr(tip))
            layout.addWidget(button, row, 1)
            self.buttons[name] = button
        layout.setRowStretch(2, 1)
        self.buttons["add"].clicked.connect(self.add_recipient)
        self.buttons["remove"].clicked.connect(self.remove_recipient)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    # -- reading and filling ---------------------------------------------------------------
    def rows(self) -> list[dict[str, str]]:
        """Each row as the JSON object `domain.recipients.parse_recipients` reads; empty cells
        are left out."""
        out = []
        for row in range(self.table.rowCount()):
            values: dict[str, str] = {}
            for column, field in enumerate(FIELDS):
                if column == ROLE_COLUMN:
                    values[field] = str(self._role_combo(row).currentData())
                else:
                    item = self.table.item(row, column)
                    text = item.text().strip() if item is not None else ""
                    if text:
                        values[field] = text
            out.append(values)
        return out

    def set_recipients(self, recipients: Iterable[Recipient]) -> None:
        self.set_rows([as_json(r) for r in recipients])

    def set_rows(self, rows: Iterable[Mapping[str, object] | str]) -> None:
        """Fill the table with JSON objects (a plain name: the form before issue 13)."""
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self._append({"name": values} if isinstance(values, str) else values)
        self.table.blockSignals(blocked)
        self.table.resizeColumnsToContents()
        self.changed.emit()

    def _append(self, values: Mapping[str, object]) -> int:
        """A row for `values`; silent (a half-made row is no value yet): callers signal."""
        blocked = self.table.blockSignals(True)
        try:
            return self._fill_row(values)
        finally:
            self.table.blockSignals(blocked)

    def _fill_row(self, values: Mapping[str, object]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(FIELDS):
            text = str(values.get(field) or "")
            if column == ROLE_COLUMN:
                combo = QComboBox(self.table)
                for role, label in ROLES.items():
                    combo.addItem(tr(label), role.value)
                combo.setCurrentIndex(max(0, combo.findData(text.lower() or Role.PROCESSOR)))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, column, combo)
            else:
                self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def _role_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, ROLE_COLUMN)
        assert isinstance(combo, QComboBox)
        return combo

    # -- the buttons -----------------------------------------------------------------------
    def add_recipient(self) -> None:
        row = self._append({"name": tr(NEW_RECIPIENT)})
        self.table.setCurrentCell(row, 0)
        name = self.table.item(row, 0)
        if name is not None:
            self.table.editItem(name)
        self.changed.emit()

    def remove_recipient(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
