"""The DPO's settings, in tabs, each field checked as it is typed; OK saves what changed.

Every key of domain.settings has a field here. OK stays disabled while a field is wrong,
the message under that field says what it accepts. Saving writes only the keys whose
value changed, one `set_setting` (one audit event) each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import Language
from cluma_dpo.domain.settings import SETTINGS, Settings
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import ok_button, set_message
from cluma_dpo.gui.dialogs.templates_tab import TemplatesTab
from cluma_dpo.gui.forms.ui_settings import Ui_SettingsDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.setting_fields import SettingField, label_for

Save = Callable[[str, str], object]  # (key, raw text) -> the stored value; DomainError if bad

ORGANISATION = (
    "organisation.name",
    "organisation.street",
    "organisation.postcode",
    "organisation.city",
    "organisation.country",
    "organisation.phone",
    "organisation.email",
    "organisation.website",
    "organisation.vat_number",
)
LETTERS = (
    "dpo.name",
    "dpo.email",
    "letters.signature_name",
    "letters.signature_title",
    "letters.default_language",
    "letters.window",
)
BANK = ("bank.iban", "bank.bic", "fees.copy_amount", "fees.vat_rate", "fees.payment_days")
LISTS = ("recipients", "sources")
ACCESS_PARTS = ("purposes", "categories", "retention", "automated_decisions")
ACCESS_LANGUAGES = ("nl", "fr", "en", "de")
DEADLINES = (
    "warnings.due_soon_days",
    "deadlines.pause_for_identity",
    "lock.idle_minutes",
    "backup.reminder_days",
    "backup.safety_copy_days",
    "retention.years",
    "reports.include_names",
    "calendar.alarm_days",
    "calendar.include_names",
    "calendar.feed_file",
    "interface.language",
)


FEED_FILE = "calendar.feed_file"


def choose_feed_file(parent: QWidget, current: str) -> Path | None:
    """Where the calendar (.ics) is kept: a file that may not exist yet, overwritten after
    every change, so no question about replacing it (tests replace this function)."""
    start = current or str(Path.home() / "cluma-dpo.ics")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SettingsDialog", "Calendar file kept up to date"),
        start,
        QCoreApplication.translate("SettingsDialog", "Calendar (*.ics)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class SettingsDialog(QDialog):
    def __init__(
        self,
        values: Settings,
        save: Save,
        templates_dir: Path,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.read_only = read_only
        self._save = save
        self.original = values.as_dict()
        self.saved: list[str] = []
        self.fields: dict[str, SettingField] = {}
        ui = self.ui
        self._tab_of: dict[str, QWidget] = {}
        for keys, form, tab in (
            (ORGANISATION, ui.organisationForm, ui.organisationTab),
            (LETTERS, ui.lettersForm, ui.lettersTab),
            (BANK, ui.bankForm, ui.bankTab),
            (DEADLINES, ui.deadlinesForm, ui.deadlinesTab),
        ):
            for key in keys:
                self._add_row(form, key, tab)
        self._build_lists()
        self._build_access()
        for key, field in self.fields.items():
            field.set_value(self.original[key])
            field.changed.connect(self._validate)
        self.templates = TemplatesTab(ui, templates_dir, self)
        ok = ok_button(ui.buttonBox)
        ok.setText(self.tr("&Save"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._validate()
        if read_only:
            self._read_only()

    def _read_only(self) -> None:
        """An assistant on a shared server reads the settings, a DPO changes them (the
        server refuses any change anyway): every field shows its value and takes none, no
        Save, no templates (DPO on the server, finding 10)."""
        for field in self.fields.values():
            editor = field.editor
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(True)  # still selectable, and read as text, not greyed
            else:
                editor.setEnabled(False)
        ui = self.ui
        ui.tabs.removeTab(ui.tabs.indexOf(ui.templatesTab))
        ok_button(ui.buttonBox).hide()
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("&Close"))
        ui.summaryLabel.setText(self.tr("Only a DPO changes the settings; your role reads them."))
        ui.summaryLabel.show()

    # -- building the tabs ----------------------------------------------------------------
    def _field(self, key: str, tab: QWidget) -> SettingField:
        field = SettingField(key, tab)
        self.fields[key] = field
        self._tab_of[key] = tab
        return field

    def _add_row(self, form: QFormLayout, key: str, tab: QWidget) -> None:
        field = self._field(key, tab)
        if SETTINGS[key].kind == "bool":  # a check box carries its own text
            form.addRow(field.cell)
            return
        caption = QLabel(label_for(key), tab)
        caption.setBuddy(field.editor)
        if key != FEED_FILE:
            form.addRow(caption, field.cell)
            return
        # a path is chosen, not typed (review h17): the field keeps what was chosen, editable
        row = QHBoxLayout()
        row.addWidget(field.cell, 1)
        self.feed_button = QToolButton(tab)
        self.feed_button.setObjectName("browse:" + key)
        self.feed_button.setText(self.tr("Choose…"))
        self.feed_button.setToolTip(self.tr("Choose where the calendar file is kept"))
        self.feed_button.clicked.connect(self.choose_feed_file)
        row.addWidget(self.feed_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, row)

    def choose_feed_file(self) -> None:
        field = self.fields[FEED_FILE]
        chosen = choose_feed_file(self, field.text())
        if chosen is not None:
            field.set_text(str(chosen))

    def _build_lists(self) -> None:
        # The recipients' table is wide (name, role, country, address, safeguard): it takes
        # the tab's width, the sources' list goes under it.
        grid: QGridLayout = self.ui.recipientsGrid
        tab = self.ui.recipientsTab
        for row, key in enumerate(LISTS):
            field = self._field(key, tab)
            grid.addWidget(QLabel(label_for(key), tab), 2 * row, 0)
            grid.addWidget(field.cell, 2 * row + 1, 0)
            grid.setRowStretch(2 * row + 1, 2 - row)

    def _build_access(self) -> None:
        ui = self.ui
        for language in ACCESS_LANGUAGES:
            page = QWidget(ui.accessStack)
            grid = QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            for col, part in enumerate(("purposes", "categories")):
                field = self._field(f"access.{part}.{language}", ui.accessTab)
                grid.addWidget(QLabel(label_for(field.key), page), 0, col)
                grid.addWidget(field.cell, 1, col)
            for row, part in ((2, "retention"), (4, "automated_decisions")):
                field = self._field(f"access.{part}.{language}", ui.accessTab)
                caption = QLabel(label_for(field.key), page)
                caption.setBuddy(field.editor)
                grid.addWidget(caption, row, 0, 1, 2)
                grid.addWidget(field.cell, row + 1, 0, 1, 2)
            grid.setRowStretch(1, 1)
            ui.accessStack.addWidget(page)
            ui.accessLanguageCombo.addItem(
                labels.label(labels.LANGUAGES, Language(language)), language
            )
        ui.accessLanguageCombo.currentIndexChanged.connect(ui.accessStack.setCurrentIndex)

    def show_access_language(self, language: str) -> None:
        combo = self.ui.accessLanguageCombo
        combo.setCurrentIndex(max(0, combo.findData(language)))

    # -- checking and saving --------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Key -> what it accepts, for every field that is wrong now."""
        out = {}
        for key, field in self.fields.items():
            problem = field.problem()
            if problem is not None:
                out[key] = problem
        return out

    def changed_keys(self) -> list[str]:
        """The keys whose (valid) value differs from the stored one."""
        out = []
        for key, field in self.fields.items():
            try:
                value = field.value()
            except DomainError:
                continue
            if value != self.original[key]:
                out.append(key)
        return out

    def _validate(self) -> None:
        problems = self.problems()
        tabs = self.ui.tabs
        wrong_tabs = {self._tab_of[key] for key in problems}
        for i in range(tabs.count()):
            page = tabs.widget(i)
            tabs.setTabIcon(i, icon("warning") if page in wrong_tabs else QIcon())
        names = [
            tabs.tabText(i).replace("&&", "&")
            for i in range(tabs.count())
            if tabs.widget(i) in wrong_tabs
        ]
        set_message(
            self.ui.summaryLabel,
            self.tr("Correct the marked fields first: {0}.").format(", ".join(names))
            if names
            else None,
        )
        ok_button(self.ui.buttonBox).setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():
            return
        for key in self.changed_keys():
            field = self.fields[key]
            try:
                self._save(key, field.text())
            except DomainError as exc:
                set_message(field.error, exc.msg)
                self.ui.tabs.setCurrentWidget(self._tab_of[key])
                return
            self.saved.append(key)
        super().accept()
