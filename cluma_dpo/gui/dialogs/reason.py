"""One dialog for every lifecycle step that needs a date, a choice or a reason.

Extend, close, withdraw, reject, the identity steps, a fee paid or cancelled: each is a
`Step` (what to ask, how to check it) over the same Designer form, ui/reason.ui.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo import texts
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message
from cluma_dpo.gui import date_fields, i18n
from cluma_dpo.gui.dialogs.common import ok_button, pydate, qdate, set_message
from cluma_dpo.gui.forms.ui_reason import Ui_ReasonDialog
from cluma_dpo.gui.i18n import say


@dataclass(frozen=True)
class StepInput:
    choice: str | None
    on: date | None
    reason: str | None
    file: Path | None
    parts: Mapping[str, str] = field(default_factory=dict)  # close: right -> outcome
    done: str | None = None  # close, partly granted: what was done
    erase: tuple[int, ...] = ()  # the end of the identity check: copies to erase with it
    # close: the ground chosen when refusing (domain.grounds), e.g. {"objection_ground": ..}
    grounds: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Step:
    title: str
    intro: str
    ok_text: str
    apply: Callable[[StepInput], object]  # runs the step; DomainError is shown inline
    choice_label: str | None = None
    choices: Sequence[tuple[str, str]] = ()  # (label, value)
    with_date: bool = True
    earliest: date | None = None  # e.g. the day the request was received
    with_file: bool = False
    reason_label: str | None = None  # None: no reason field
    reason_required: Callable[[StepInput], bool] | bool = False
    check: Callable[[StepInput], None] | None = None  # extra domain rule, as you type
    # what the status bar says once the step is recorded (issue 15)
    done: Callable[[StepInput], str] | None = None
    default_choice: str | None = None  # the choice that fits this request, if one does
    # a rule on the choice alone, its refusal shown beside the choice (issue 15)
    choice_check: Callable[[StepInput], None] | None = None
    # the end of the identity check: the kept scans and attachments that may be copies of
    # an identity document, (id, title); the DPO ticks those that are (h17)
    attachments: Sequence[tuple[int, str]] = ()


class ReasonDialog(QDialog):
    def __init__(self, step: Step, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        # typed as the lists show dates: 04/01/2027, in German 04.01.2027
        self.ui.dateEdit.setDisplayFormat(texts.numeric_date_pattern(i18n.active_language()))
        self.step = step
        self.today = today
        self.result_value: object = None
        ui = self.ui
        self.setWindowTitle(step.title)
        ui.introLabel.setText(step.intro)
        form = ui.formLayout
        form.setRowVisible(0, step.choice_label is not None)
        if step.choice_label is not None:
            ui.choiceLabel.setText(step.choice_label)
            for text, value in step.choices:
                ui.choiceCombo.addItem(text, value)
            if step.default_choice is not None:
                ui.choiceCombo.setCurrentIndex(max(0, ui.choiceCombo.findData(step.default_choice)))
        form.setRowVisible(1, step.with_date)
        self.earliest = step.earliest or v.GDPR_APPLIES_FROM
        # a date out of range is kept and refused beside the field, never silently
        date_fields.explain_range(ui.dateEdit, self.earliest, self.today)
        ui.dateEdit.setDate(qdate(self.today))
        form.setRowVisible(2, step.with_file)
        form.setRowVisible(3, step.reason_label is not None)
        self.date_error = date_fields.error_label(self)
        form.insertRow(2, "", self.date_error)
        self.choice_error = date_fields.error_label(self)
        form.insertRow(1, "", self.choice_error)
        # A refusal takes room under its field only while it is shown: no empty bands kept
        # for messages (h15, DPO finding 9). The window grows for it and shrinks when it
        # goes, keeping its place on the screen and all that lies above the message (the
        # field being typed in among it).
        for label in (self.date_error, self.choice_error, ui.messageLabel):
            form.setRowVisible(label, False)
            # right under its field: a row taller than the lines leaves its spare at the
            # bottom, not as a gap between the field and what is said of it
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.erase_boxes = self._attachment_boxes(step.attachments)
        ui.mainLayout.insertStretch(ui.mainLayout.indexOf(ui.buttonBox), 1)
        # five lines, then it scrolls: a field that took whatever height the window had
        # shrank and grew as messages came and went, moving everything under it
        lines = ui.reasonEdit.fontMetrics().lineSpacing()
        ui.reasonEdit.setFixedHeight(lines * 5 + 12)
        self.done_text: str | None = None  # what the status bar says once recorded
        if step.reason_label is not None:
            ui.reasonLabel.setText(step.reason_label)
        self._file: Path | None = None
        # the field as wide as its placeholder, which says what it is for (issue 15)
        hint = ui.fileEdit.fontMetrics().horizontalAdvance(ui.fileEdit.placeholderText())
        ui.fileEdit.setMinimumWidth(hint + 16)
        ui.browseButton.clicked.connect(self._choose_file)
        ok = ok_button(ui.buttonBox)
        ok.setText(step.ok_text)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.choiceCombo.currentIndexChanged.connect(self._validate)
        ui.dateEdit.dateChanged.connect(self._validate)
        # a required reason is refused only once typed in (or confirmed): before, the button
        # says why it is disabled in its tooltip (issue 15, dpo15 finding 16)
        self._reason_touched = False  # typed in, or a choice made that asks a reason
        ui.reasonEdit.textChanged.connect(self._touch_reason)
        ui.choiceCombo.currentIndexChanged.connect(self._touch_reason)
        self._validate()
        self.resize(self.sizeHint().width(), 0)
        self.make_room()
        (
            ui.reasonEdit if step.reason_label and not step.choice_label else ui.choiceCombo
        ).setFocus()

    def _attachment_boxes(self, attachments: Sequence[tuple[int, str]]) -> dict[int, QCheckBox]:
        """One check box per kept file that may be a copy of an identity document, under the
        question; ticked ones are erased with the check (none is ticked for the DPO)."""
        if not attachments:
            return {}
        group = QGroupBox(
            self.tr("Is one of these attachments an identity document? It will be erased now."),
            self,
        )
        group.setObjectName("identityCopies")
        column = QVBoxLayout(group)
        boxes = {}
        for document_id, title in attachments:
            box = QCheckBox(title, group)
            box.setToolTip(
                self.tr(
                    "Ticked: erased with the check, with its copy in the e-mail it came with "
                    "(GDPR Art. 5(1)(c)). Not ticked: kept with the correspondence."
                )
            )
            column.addWidget(box)
            boxes[document_id] = box
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.buttonBox), group)
        return boxes

    def values(self) -> StepInput:
        ui = self.ui
        text = ui.reasonEdit.toPlainText().strip() if self.step.reason_label else ""
        return StepInput(
            choice=ui.choiceCombo.currentData() if self.step.choice_label else None,
            on=pydate(ui.dateEdit.date()) if self.step.with_date else None,
            reason=text or None,
            file=self._file,
            erase=tuple(i for i, box in self.erase_boxes.items() if box.isChecked()),
        )

    def date_problem(self) -> str | None:
        if not self.step.with_date:
            return None
        return date_fields.out_of_range(pydate(self.ui.dateEdit.date()), self.earliest, self.today)

    def choice_problem(self) -> str | None:
        if self.step.choice_label is None or self.step.choice_check is None:
            return None
        try:
            self.step.choice_check(self.values())
        except DomainError as exc:
            return say(exc.msg)
        return None

    def problem(self) -> str | None:
        values = self.values()
        if self.date_problem() is not None:
            return self.date_problem()
        if self.choice_problem() is not None:
            return self.choice_problem()
        required = self.step.reason_required
        if callable(required):
            required = required(values)
        try:
            if self.step.reason_label is not None:
                v.reason(values.reason, required=bool(required))
            if self.step.check is not None:
                self.step.check(values)
        except DomainError as exc:
            return say(exc.msg)
        return None

    def _touch_reason(self) -> None:
        self._reason_touched = True
        self._validate()

    def say(self, label: QLabel, message: Message | str | None) -> None:
        """A message under its field, in a row that is there only while it is shown."""
        before = label.text()
        set_message(label, message)
        shown = bool(label.text())
        if shown != self.ui.formLayout.isRowVisible(label):
            self.ui.formLayout.setRowVisible(label, shown)
        if label.text() != before:
            self.make_room(shrink=True)

    def make_room(self, *, shrink: bool = False) -> None:
        """As tall as the rows need at this width (word-wrapped messages included), and no
        taller when `shrink`; the window keeps its place on the screen."""
        # a text changed in a box of its own (the summary) has asked for a new layout: done
        # first, else the height is computed from the box's old size and the box squeezed
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self.ui.mainLayout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed < 0:
            needed = layout.totalSizeHint().height()
        if self.height() < needed or (shrink and self.height() > needed):
            self.resize(self.width(), needed)

    def _validate(self) -> None:
        problem = self.problem()
        dated, chosen = self.date_problem(), self.choice_problem()
        self.say(self.date_error, dated)
        self.say(self.choice_error, chosen)
        untouched = not self._reason_touched and not self.ui.reasonEdit.toPlainText().strip()
        self.say(self.ui.messageLabel, None if dated or chosen or untouched else problem)
        ok = ok_button(self.ui.buttonBox)
        ok.setEnabled(problem is None)
        ok.setToolTip(f"⚠ {problem}" if problem else "")

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Identity document"),
            "",
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        self._file = path
        self.ui.fileEdit.setText(path.name if path else "")
        self._validate()

    def accept(self) -> None:
        if self.problem() is not None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            values = self.values()
            self.result_value = self.step.apply(values)
            self.done_text = self.step.done(values) if self.step.done else None
        except DomainError as exc:
            self.say(self.ui.messageLabel, exc.msg)
            return
        except OSError as exc:
            self.say(self.ui.messageLabel, exc.strerror or str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
