"""One editor per setting, checked as it is typed with the schema's own rule.

`domain.settings.validate` decides what is valid; the message under a field is written
here, in the screen language, and names the key and what it accepts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain import settings as schema
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import Language
from cluma_dpo.gui import i18n, labels
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.recipients_editor import RecipientsEditor

_C = "SettingFields"

# The label in front of each field (the access texts get theirs in the dialog).
LABELS = {
    "organisation.name": QT_TRANSLATE_NOOP("SettingFields", "&Name:"),
    "organisation.street": QT_TRANSLATE_NOOP("SettingFields", "&Street and number:"),
    "organisation.postcode": QT_TRANSLATE_NOOP("SettingFields", "&Postcode:"),
    "organisation.city": QT_TRANSLATE_NOOP("SettingFields", "&City:"),
    "organisation.country": QT_TRANSLATE_NOOP("SettingFields", "C&ountry (ISO code):"),
    "organisation.phone": QT_TRANSLATE_NOOP("SettingFields", "&Telephone:"),
    "organisation.email": QT_TRANSLATE_NOOP("SettingFields", "&E-mail:"),
    "organisation.website": QT_TRANSLATE_NOOP("SettingFields", "&Website:"),
    "organisation.vat_number": QT_TRANSLATE_NOOP("SettingFields", "&VAT number:"),
    "dpo.name": QT_TRANSLATE_NOOP("SettingFields", "&Data protection officer:"),
    "dpo.email": QT_TRANSLATE_NOOP("SettingFields", "E-&mail of the officer:"),
    "letters.signature_name": QT_TRANSLATE_NOOP("SettingFields", "Name under the &signature:"),
    "letters.signature_title": QT_TRANSLATE_NOOP("SettingFields", "&Title under the name:"),
    "letters.default_language": QT_TRANSLATE_NOOP("SettingFields", "Default &language:"),
    "letters.window": QT_TRANSLATE_NOOP("SettingFields", "Envelope &window:"),
    "bank.iban": QT_TRANSLATE_NOOP("SettingFields", "&IBAN:"),
    "bank.bic": QT_TRANSLATE_NOOP("SettingFields", "&BIC:"),
    "fees.copy_amount": QT_TRANSLATE_NOOP("SettingFields", "&Fee for a further copy (EUR):"),
    "fees.vat_rate": QT_TRANSLATE_NOOP("SettingFields", "V&AT rate (%):"),
    "fees.payment_days": QT_TRANSLATE_NOOP("SettingFields", "&Days to pay a fee note:"),
    "recipients": QT_TRANSLATE_NOOP("SettingFields", "Recipients (Art. 19)"),
    "sources": QT_TRANSLATE_NOOP("SettingFields", "Sources (Art. 15(1)(g))"),
    "warnings.due_soon_days": QT_TRANSLATE_NOOP("SettingFields", "&Warn before a due date (days):"),
    "deadlines.pause_for_identity": QT_TRANSLATE_NOOP(
        "SettingFields", "&Stop the clock while identity information is awaited"
    ),
    "lock.idle_minutes": QT_TRANSLATE_NOOP("SettingFields", "&Lock when idle for (minutes):"),
    "backup.reminder_days": QT_TRANSLATE_NOOP(
        "SettingFields", "Remind to make a &backup after (days, 0 = never):"
    ),
    "backup.safety_copy_days": QT_TRANSLATE_NOOP(
        "SettingFields", "Remove the program's safety &copies after (days):"
    ),
    "retention.years": QT_TRANSLATE_NOOP(
        "SettingFields", "&Anonymise finished requests after (years):"
    ),
    "reports.include_names": QT_TRANSLATE_NOOP(
        "SettingFields", "&Names and e-mail addresses in the quarterly report's workbook"
    ),
    "calendar.alarm_days": QT_TRANSLATE_NOOP(
        "SettingFields", "Calendar &reminder before a due date (days):"
    ),
    "calendar.include_names": QT_TRANSLATE_NOOP(
        "SettingFields", "Names of data subjects in the &calendar"
    ),
    "calendar.feed_file": QT_TRANSLATE_NOOP(
        "SettingFields", "Calendar &file kept up to date (.ics, empty: none):"
    ),
    "interface.language": QT_TRANSLATE_NOOP("SettingFields", "Language of the &screens:"),
    "purposes": QT_TRANSLATE_NOOP("SettingFields", "Purposes (a)"),
    "categories": QT_TRANSLATE_NOOP("SettingFields", "Categories of data (b)"),
    "retention": QT_TRANSLATE_NOOP("SettingFields", "Retention period (d):"),
    "automated_decisions": QT_TRANSLATE_NOOP("SettingFields", "Automated decisions (h):"),
}
_CHOICES = {
    ("letters.window", "left"): QT_TRANSLATE_NOOP("SettingFields", "left (DIN 5008)"),
    ("letters.window", "right"): QT_TRANSLATE_NOOP("SettingFields", "right"),
}
# The language of the screens is offered in its own name: whoever cannot read the
# current one still finds theirs.
_AUTONYMS = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """`text` (a QT_TRANSLATE_NOOP of this module) in the screen language."""
    return translate(_C, text)


def label_for(key: str) -> str:
    """The field label of `key`; the access texts are labelled by their part."""
    if key.startswith("access."):
        return tr(LABELS[key.split(".")[1]])
    return tr(LABELS[key])


def field_name(key: str) -> str:
    """The field's label as a name in a sentence ("VAT number"): never the key itself."""
    return (
        label_for(key).replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()
    )


def allowed_message(spec: schema.SettingSpec) -> str:
    """What `spec` accepts, naming its field by its label (the same limits
    domain.settings enforces)."""
    kind, key = spec.kind, field_name(spec.key)
    if kind == "text":
        if spec.required:
            return translate(
                "SettingFields",
                "{0} must be a text of at most {1} characters, on one line; it cannot be empty.",
            ).format(key, schema.MAX_TEXT)
        return translate(
            "SettingFields", "{0} must be a text of at most {1} characters, on one line."
        ).format(key, schema.MAX_TEXT)
    if kind == "int":
        return translate("SettingFields", "{0} must be a whole number from {1} to {2}.").format(
            key, spec.minimum, spec.maximum
        )
    if kind in ("decimal", "amount"):
        if spec.above_minimum:
            text = translate(
                "SettingFields",
                "{0} must be a number greater than {1} and at most {2}, with at most {3} decimals.",
            )
        else:
            text = translate(
                "SettingFields", "{0} must be a number from {1} to {2}, with at most {3} decimals."
            )
        return text.format(key, spec.minimum, spec.maximum, spec.places)
    if kind == "list":
        return translate(
            "SettingFields",
            "{0} may hold at most {1} items of at most {2} characters each, without line breaks.",
        ).format(key, schema.MAX_ITEMS, schema.MAX_TEXT)
    if kind == "recipients":
        return translate(
            "SettingFields",
            "{0}: each recipient needs a name; the country is a two-letter ISO code (e.g. BE, "
            "US); a recipient outside the EEA needs a safeguard; no name twice; at most {1}.",
        ).format(key, schema.MAX_ITEMS)
    if kind == "enum":
        return translate("SettingFields", "{0} must be one of: {1}.").format(
            key, ", ".join(choice_text(spec.key, c) for c in spec.choices)
        )
    if kind == "bool":
        return translate("SettingFields", "{0} must be on or off.").format(key)
    texts = {
        "iban": translate(
            "SettingFields", "{0} must be a valid IBAN (e.g. BE71 0961 2345 6769), or empty."
        ),
        "bic": translate(
            "SettingFields",
            "{0} must be a valid BIC of 8 or 11 characters (e.g. GEBABEBB), or empty.",
        ),
        "vat": translate(
            "SettingFields",
            "{0} must be a valid Belgian VAT number (e.g. BE 0403.019.261), or empty.",
        ),
        "email": translate(
            "SettingFields", "{0} must be a valid e-mail address (e.g. info@cluma.com)."
        ),
        "country": translate(
            "SettingFields", "{0} must be a two-letter ISO 3166 country code (e.g. BE, NL, FR)."
        ),
    }
    return texts[kind].format(key)


def choice_text(key: str, value: str) -> str:
    if key == "interface.language":
        return _AUTONYMS[value]
    if key == "letters.default_language":
        return labels.label(labels.LANGUAGES, Language(value))
    return tr(_CHOICES[(key, value)])


class ListEditor(QWidget):
    """A list of short texts: add, remove, move; an item is edited in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 0, 0, 5, 1)
        self.buttons: dict[str, QToolButton] = {}
        for row, (name, glyph, tip) in enumerate(
            (
                ("add", "new", QT_TRANSLATE_NOOP("SettingFields", "Add an item")),
                ("remove", "dismiss", QT_TRANSLATE_NOOP("SettingFields", "Remove the item")),
                ("up", "up", QT_TRANSLATE_NOOP("SettingFields", "Move up")),
                ("down", "down", QT_TRANSLATE_NOOP("SettingFields", "Move down")),
            )
        ):
            button = QToolButton(self)
            button.setIcon(icon(glyph))
            button.setToolTip(tr(tip))
            layout.addWidget(button, row, 1)
            self.buttons[name] = button
        layout.setRowStretch(4, 1)
        self.buttons["add"].clicked.connect(self.add_item)
        self.buttons["remove"].clicked.connect(self.remove_item)
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: list[str] | tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self._append(text)
        self.list.blockSignals(False)
        self.changed.emit()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_item(self) -> None:
        item = self._append(translate("SettingFields", "New item"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()


class SettingField(QObject):
    """The editor of one key, its message label, and its current text and problem."""

    changed = Signal()

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = schema.spec_for(key)
        self.key = key
        self.error = QLabel(parent)
        self.error.setWordWrap(True)
        self.error.setObjectName(f"error:{key}")
        kind = self.spec.kind
        self.editor: QWidget
        if kind == "bool":
            self.editor = QCheckBox(label_for(key), parent)
            self.editor.toggled.connect(self._changed)
        elif kind == "enum":
            self.editor = QComboBox(parent)
            for value in self.spec.choices:
                self.editor.addItem(choice_text(key, value), value)
            self.editor.currentIndexChanged.connect(self._changed)
        elif kind == "list":
            self.editor = ListEditor(parent)
            self.editor.changed.connect(self._changed)
        elif kind == "recipients":
            self.editor = RecipientsEditor(parent)
            self.editor.changed.connect(self._changed)
        elif key.startswith("access."):  # long texts: a paragraph, kept on one line
            self.editor = QPlainTextEdit(parent)
            self.editor.setTabChangesFocus(True)
            self.editor.setMaximumHeight(self.editor.fontMetrics().height() * 5)
            self.editor.textChanged.connect(self._changed)
        else:
            self.editor = QLineEdit(parent)
            self.editor.textChanged.connect(self._changed)
        self.editor.setObjectName(f"field:{key}")
        set_message(self.error, None)
        # The editor with its message right under it, for a form row or a grid cell.
        self.cell = QWidget(parent)
        column = QVBoxLayout(self.cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.editor, 1)
        column.addWidget(self.error)
        if not isinstance(self.editor, ListEditor | RecipientsEditor | QPlainTextEdit):
            self.cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The raw text `domain.settings.validate` reads."""
        e = self.editor
        if isinstance(e, QCheckBox):
            return "true" if e.isChecked() else "false"
        if isinstance(e, QComboBox):
            return str(e.currentData())
        if isinstance(e, ListEditor):
            return json.dumps(e.items(), ensure_ascii=False)
        if isinstance(e, RecipientsEditor):
            return json.dumps(e.rows(), ensure_ascii=False)
        if isinstance(e, QPlainTextEdit):
            # One line in letters: a line break typed here becomes a space.
            return " ".join(e.toPlainText().split("\n"))
        assert isinstance(e, QLineEdit)
        return e.text()

    def set_value(self, value: object) -> None:
        """Show a typed value (as loaded from the database)."""
        e = self.editor
        if isinstance(e, QCheckBox):
            e.setChecked(bool(value))
        elif isinstance(e, QComboBox):
            e.setCurrentIndex(max(0, e.findData(str(value))))
        elif isinstance(e, ListEditor):
            if not isinstance(value, Iterable):
                raise TypeError(f"a list setting's value must be iterable, not {value!r}")
            e.set_items([str(i) for i in value])
        elif isinstance(e, RecipientsEditor):
            if not isinstance(value, Iterable):
                raise TypeError(f"the recipients must be iterable, not {value!r}")
            e.set_recipients(value)
        elif self.spec.kind in ("decimal", "amount"):
            # 10,00 in Dutch and French: the comma is read back as well as the point.
            self.set_text(self.spec.to_text(value).replace(".", i18n.decimal_symbol()))
        else:
            self.set_text(self.spec.to_text(value))

    def set_text(self, raw: str) -> None:
        """Type `raw` into the field as the user would (lists: a JSON array)."""
        e = self.editor
        if isinstance(e, ListEditor):
            e.set_items(json.loads(raw))
        elif isinstance(e, RecipientsEditor):
            e.set_rows(json.loads(raw))
        elif isinstance(e, QPlainTextEdit):
            e.setPlainText(raw)
        elif isinstance(e, QLineEdit):
            e.setText(raw)
        else:
            self.set_value(self.spec.parse(raw))

    def value(self) -> object:
        return schema.validate(self.key, self.text())

    def problem(self) -> str | None:
        try:
            self.value()
        except DomainError:
            return allowed_message(self.spec)
        return None

    def _changed(self) -> None:
        set_message(self.error, self.problem())
        self.changed.emit()
