"""Close a request: the outcome, and for a partly granted one what became of each right.

The reason dialog with, under "partly granted", one choice per right (granted, granted in
part, refused) and a field for what was done; the domain (`domain.outcomes`) checks the
split as you type, and its message is shown in the dialog. Under the form, a summary of what
closing records, with a warning when no answer letter was produced (issue 15) and the offer
to make it right after closing, and a warning, to be ticked, about an unpaid fee note (h15).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDateEdit, QGroupBox, QLabel, QPlainTextEdit, QWidget
from PySide6.QtWidgets import QFormLayout as Form

from cluma_dpo.domain import outcomes as oc
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.grounds import ObjectionGround, RetentionLaw
from cluma_dpo.domain.lifecycle import RECIPIENT_OPEN
from cluma_dpo.domain.model import Outcome, RequestView, Right
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.close_summary import CloseSummary
from cluma_dpo.gui.dialogs.common import ok_button, pydate, qdate
from cluma_dpo.gui.dialogs.reason import ReasonDialog, Step, StepInput


class CloseDialog(ReasonDialog):
    def __init__(
        self, step: Step, view: RequestView, parent: QWidget | None = None, *, today: date
    ) -> None:
        self.view = view
        self.parts: dict[str, QComboBox] = {}
        self.done_edit: QPlainTextEdit | None = None
        super().__init__(step, parent, today=today)
        self.rights_box = QGroupBox(self.tr("What became of each right"), self)
        form = Form(self.rights_box)
        for right in view.rights:
            combo = QComboBox(self.rights_box)
            for outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED, Outcome.REFUSED):
                text = (
                    self.tr("granted in part")
                    if outcome is Outcome.PARTLY_GRANTED
                    else labels.label(labels.OUTCOMES, outcome)
                )
                combo.addItem(text, outcome.value)
            combo.setCurrentIndex(1)  # granted in part until the DPO says otherwise
            combo.currentIndexChanged.connect(self._validate)
            form.addRow(labels.label(labels.RIGHTS, right).capitalize() + ":", combo)
            self.parts[right.value] = combo
        self.done_edit = QPlainTextEdit(self.rights_box)
        self.done_edit.setTabChangesFocus(True)
        self.done_edit.setFixedHeight(self.done_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.done_edit.setPlaceholderText(
            self.tr("Needed when a right was granted in part; the letter tells the person.")
        )
        self.setMinimumWidth(max(self.minimumWidth(), 600))
        self.done_edit.textChanged.connect(self._validate)
        done_label = QLabel(self.tr("What was &done:"), self.rights_box)
        done_label.setBuddy(self.done_edit)
        form.addRow(done_label, self.done_edit)
        # under the outcome and what is said of it
        below, _role = self.ui.formLayout.getWidgetPosition(self.choice_error)
        self.ui.formLayout.insertRow(below + 1, self.rights_box)
        # a refused Art. 21(1) objection: the one ground the letter states (finding 6)
        self.objection_ground = QComboBox(self)
        self.objection_ground.addItem(self.tr("(choose the ground)"), "")
        for ground, text in (
            (
                ObjectionGround.COMPELLING,
                self.tr("Compelling legitimate grounds that override the person's interests"),
            ),
            (
                ObjectionGround.LEGAL_CLAIMS,
                self.tr("Establishment, exercise or defence of legal claims"),
            ),
        ):
            self.objection_ground.addItem(text, ground.value)
        self.objection_ground.currentIndexChanged.connect(self._validate)
        # as wide as its longest choice where the screen has room, narrower where it has
        # not: never at the cost of its label (dpo-final)
        self.objection_ground.setMinimumWidth(240)
        self.ground_label = QLabel(self.tr("Ground (Art. 21(1)):"), self)
        self.ground_label.setBuddy(self.objection_ground)
        # under the outcome, what is said of it and what became of each right
        after, _role = self.ui.formLayout.getWidgetPosition(self.rights_box)
        self.ui.formLayout.insertRow(after + 1, self.ground_label, self.objection_ground)
        # an erasure not granted in full: the Art. 17(3)(b) obligation, and until when
        self.kept_for = QComboBox(self)
        self.kept_for.addItem(self.tr("(no legal obligation to keep data)"), "")
        for law, text in (
            (RetentionLaw.ACCOUNTING, self.tr("Accounting (art. III.86 Code of Economic Law)")),
            (RetentionLaw.VAT, self.tr("Invoices (art. 60 VAT Code)")),
            (RetentionLaw.SOCIAL, self.tr("Social documents (Royal Decree No. 5 of 1978)")),
        ):
            self.kept_for.addItem(text, law.value)
        self.kept_until = QDateEdit(self)
        self.kept_until.setCalendarPopup(True)
        self.kept_until.setDisplayFormat(self.ui.dateEdit.displayFormat())
        self.kept_until.setDate(qdate(date(today.year + 7, 12, 31)))  # the DPO checks it
        self.kept_for.currentIndexChanged.connect(self._validate)
        self.kept_for.setMinimumWidth(240)
        self.kept_until.dateChanged.connect(self._validate)
        self.kept_label = QLabel(self.tr("Kept under (Art. 17(3)(b)):"), self)
        self.kept_label.setBuddy(self.kept_for)
        self.until_label = QLabel(self.tr("Kept until:"), self)
        self.until_label.setBuddy(self.kept_until)
        self.ui.formLayout.insertRow(after + 2, self.kept_label, self.kept_for)
        self.ui.formLayout.insertRow(after + 3, self.until_label, self.kept_until)
        # room for the summary on a 768-pixel screen: the reasons scroll after six lines
        lines = self.ui.reasonEdit.fontMetrics().lineSpacing()
        self.ui.reasonEdit.setMaximumHeight(lines * 6 + 12)
        self.summary_box = CloseSummary(view, self)
        self.summary, self.letter_warning = self.summary_box.text, self.summary_box.warning
        self.letter_after = self.summary_box.letter_after
        self.fee_warning, self.fee_confirm = self.summary_box.fees, self.summary_box.fee_confirm
        self.art19_warning = self.summary_box.art19
        self.art19_confirm = self.summary_box.art19_confirm
        self.art19_confirm.toggled.connect(self._validate)
        self.fee_confirm.toggled.connect(self._validate)
        self.letter_wanted = False  # after closing: make the answer letter (h15)
        main = self.ui.mainLayout
        # above the stretch the reason dialog keeps over its buttons
        main.insertWidget(main.indexOf(self.ui.buttonBox) - 1, self.summary_box)
        self.ui.choiceCombo.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _fit_width(self) -> None:
        """Wider when a refusal's rows appear (a ground, a legal obligation), up to the
        screen: their labels are never squeezed by the width of the longest choice."""
        layout = self.layout()
        if layout is None or not self.isVisible():  # the DPO chose a refusal
            return
        layout.activate()
        wanted = self.sizeHint().width()
        room = self.screen().availableGeometry().width() - 40 if self.screen() else 1240
        if self.width() < wanted:
            self.resize(min(wanted, room), self.height())
            if hasattr(self, "summary_box"):
                self.make_room(shrink=True)  # the height that goes with the new width

    def granted_only(self, why: str) -> None:
        """An assistant on a shared server: refusing (wholly or in part) is the DPO's
        decision (lawyer on the server, finding 1; the server refuses it anyway), so only
        "granted" can be chosen, each other choice greyed out with `why`."""
        combos = [self.ui.choiceCombo, *self.parts.values()]
        for combo in combos:
            model = combo.model()
            for row in range(combo.count()):
                if combo.itemData(row) != Outcome.GRANTED.value:
                    item = model.item(row) if isinstance(model, QStandardItemModel) else None
                    if item is not None:
                        item.setEnabled(False)
                        item.setToolTip(why)
            granted = combo.findData(Outcome.GRANTED.value)
            if granted >= 0:
                combo.setCurrentIndex(granted)
        self.ui.choiceCombo.setToolTip(why)
        self._validate()

    def _validate(self) -> None:
        if hasattr(self, "objection_ground"):
            shown = self.objection_refused()
            self.objection_ground.setVisible(shown)
            self.ground_label.setVisible(shown)
        if hasattr(self, "kept_until"):
            kept = self.erasure_not_granted()
            self.kept_for.setVisible(kept)
            self.kept_label.setVisible(kept)
            dated = kept and bool(self.kept_for.currentData())
            self.kept_until.setVisible(dated)
            self.until_label.setVisible(dated)
        super()._validate()
        self._fit_width()
        self._summarise()
        if not hasattr(self, "summary_box"):
            return
        self.make_room(shrink=True)  # the summary's lines follow the outcome and the date
        ok = ok_button(self.ui.buttonBox)
        if self.art19_warning.isVisibleTo(self.summary_box):
            # the DPO confirms that the request stays open for the Art. 19 notices
            ok.setEnabled(ok.isEnabled() and self.art19_confirm.isChecked())
        if ok.isEnabled() and self.summary_box.fee_unconfirmed():
            ok.setEnabled(False)
            ok.setToolTip(
                "⚠ "
                + self.tr("Tick “{0}” first, or cancel the fee note.").format(
                    self.fee_confirm.text().replace("&", "")
                )
            )

    def art19_pending(self) -> bool:
        """The outcome chosen grants a right whose recipients must be told, with some still
        to tell (GDPR Art. 19): then closing records the answer and the request waits."""
        if not self.step.choices:
            return False
        choice = self.ui.choiceCombo.currentData()
        if not choice:
            return False
        parts = {r: str(c.currentData()) for r, c in self.parts.items()}
        granted = tuple(r for r, o in parts.items() if o == Outcome.GRANTED.value)
        refused = tuple(r for r, o in parts.items() if o == Outcome.REFUSED.value)
        try:
            items = oc.right_outcomes(
                self.view.rights,
                Outcome(choice),
                granted=granted if self.partly else (),
                refused=refused if self.partly else (),
                done="…",
            )
        except DomainError:
            return False
        open_items = sum(1 for i in self.view.recipients if i.state == RECIPIENT_OPEN)
        return oc.art19_pending(items, open_items) is not None

    def _summarise(self) -> None:
        """The summary follows the outcome, the split per right and the date chosen."""
        if not hasattr(self, "summary_box"):
            return  # the base dialog validates before the summary exists
        choice = self.ui.choiceCombo.currentData()
        if self.step.choices:  # the outcome being chosen
            outcome = Outcome(choice) if choice else None
            parts = {r: str(c.currentData()) for r, c in self.parts.items()}
        else:  # an answered request: the recorded answer, as it is
            outcome = self.view.outcome
            parts = {i.right.value: i.outcome.value for i in self.view.right_outcomes}
        if outcome is not Outcome.PARTLY_GRANTED:
            parts = {}
        # a refused date (in the future, before receipt) is never previewed as the closing day
        closed_on = None if self.date_problem() else pydate(self.ui.dateEdit.date())
        self.summary_box.update_summary(outcome, parts, closed_on)
        # the letter's advice must not stand under a refusal to close with this outcome
        self.summary_box.show_letter_warning(self.choice_problem() is None)
        self.summary_box.show_art19(self.choice_problem() is None and self.art19_pending())

    @property
    def partly(self) -> bool:
        return bool(self.ui.choiceCombo.currentData() == Outcome.PARTLY_GRANTED.value)

    def erasure_not_granted(self) -> bool:
        """Whether the outcome chosen leaves the erasure of this request not granted in full
        (data may then be kept under a legal obligation, Art. 17(3)(b))."""
        if Right.ERASURE not in self.view.rights or not self.step.choices:
            return False
        if self.partly:
            combo = self.parts.get(Right.ERASURE.value)
            return combo is not None and combo.currentData() != Outcome.GRANTED.value
        return bool(self.ui.choiceCombo.currentData() == Outcome.REFUSED.value)

    def objection_refused(self) -> bool:
        """Whether the outcome chosen refuses the Art. 21(1) objection of this request."""
        if Right.OBJECTION not in self.view.rights or not self.step.choices:
            return False
        if self.partly:
            combo = self.parts.get(Right.OBJECTION.value)
            return combo is not None and combo.currentData() == Outcome.REFUSED.value
        return bool(self.ui.choiceCombo.currentData() == Outcome.REFUSED.value)

    def _outcome_changed(self) -> None:
        self.rights_box.setVisible(self.partly)
        self.ui.reasonLabel.setText(
            self.tr("What was not done, and &why:")
            if self.partly
            else (self.step.reason_label or "")
        )
        self._validate()
        # the box for each right came or went: as tall as the form now is, never clipped
        self.make_room(shrink=True)

    def accept(self) -> None:
        self.letter_wanted = self.summary_box.letter_wanted()
        super().accept()

    def values(self) -> StepInput:
        base = super().values()
        chosen: dict[str, str] = {}
        if hasattr(self, "objection_ground") and self.objection_refused():
            ground = str(self.objection_ground.currentData() or "")
            chosen.update({"objection_ground": ground} if ground else {})
        if hasattr(self, "kept_for") and self.erasure_not_granted() and self.kept_for.currentData():
            chosen["kept_for"] = str(self.kept_for.currentData())
            chosen["kept_until"] = pydate(self.kept_until.date()).isoformat()
        base = replace(base, grounds=chosen)
        if not self.parts or not self.partly or self.done_edit is None:
            return base
        done = self.done_edit.toPlainText().strip() or None
        parts = {right: str(combo.currentData()) for right, combo in self.parts.items()}
        return replace(base, parts=parts, done=done)
