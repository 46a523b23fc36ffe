"""Issue a fee note (GDPR Art. 12(5), 15(3)): on a ground the law allows for the request,
the amount from the tariff, a description in the fee note's language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.fees import fee_description
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import FeeGround, Language
from cluma_dpo.gui import i18n, labels
from cluma_dpo.gui.dialogs.common import ok_button, set_message
from cluma_dpo.gui.forms.ui_fee_note import Ui_FeeNoteDialog

Issue = Callable[[str, str, str], Any]  # (amount, description, ground) -> FeeNoteView


class FeeNoteDialog(QDialog):
    def __init__(
        self,
        reference: str,
        default_amount: object,
        issue: Issue,
        parent: QWidget | None = None,
        *,
        grounds: Mapping[str, Message | str | None],
        language: str,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeNoteDialog()
        self.ui.setupUi(self)
        self._issue = issue
        self.language = language
        self.fee_note: Any = None
        self.setWindowTitle(self.tr("Fee note for {0}").format(reference))
        amount = Decimal(str(default_amount or "0")).quantize(Decimal("0.01"))
        self.ui.amountEdit.setText(format(amount, "f").replace(".", i18n.decimal_symbol()))
        self._add_grounds(grounds)
        self.ui.reasonLabel.setText(self.tr("&Description:"))
        self.ui.reasonEdit.setToolTip(
            self.tr("Printed on the fee note, which is in {0}: write it in {0}.").format(
                labels.label(labels.LANGUAGES, Language(language))
            )
        )
        self._default = ""
        # a refusal shows once its field was typed in; before, the button's tooltip says
        # why it is disabled (issue 15, dpo15 finding 16: "verplicht" before any typing)
        self._touched: set[str] = set()
        self._setting = True
        self._ground_changed()
        self._setting = False
        ok_button(self.ui.buttonBox).setText(self.tr("&Issue fee note"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.amountEdit.textEdited.connect(lambda _t: self._touched.add("amount"))
        self.ui.amountEdit.textChanged.connect(self._validate)
        self.ui.reasonEdit.textChanged.connect(self._reason_typed)
        self.ui.reasonEdit.textChanged.connect(self._validate)
        set_message(self.ui.errorLabel, None)
        self._validate()
        self.ui.amountEdit.setFocus()
        self.ui.amountEdit.selectAll()

    def _add_grounds(self, grounds: Mapping[str, Message | str | None]) -> None:
        """One choice per ground; a ground the law does not allow here is greyed, with why."""
        texts = {
            FeeGround.FURTHER_COPY: self.tr("Further copy (Art. 15(3))"),
            # Art. 12(5)(a): one ground, the one the note states (lawyer's second pass, 8)
            FeeGround.UNFOUNDED: self.tr("Manifestly unfounded (Art. 12(5)(a))"),
            FeeGround.EXCESSIVE: self.tr("Excessive (Art. 12(5)(a))"),
            FeeGround.REPETITIVE: self.tr("Excessive, because repetitive (Art. 12(5)(a))"),
        }
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grounds = QButtonGroup(self)
        self.ground_buttons: dict[str, QRadioButton] = {}
        for ground, text in texts.items():
            button = QRadioButton(text, box)
            why = grounds.get(ground.value)
            button.setEnabled(why is None)
            if why is not None:
                button.setToolTip(i18n.say(why))
            self.grounds.addButton(button)
            self.ground_buttons[ground.value] = button
            layout.addWidget(button)
        # A further copy is the usual case and is chosen for the DPO; Art. 12(5) never is:
        # calling a request manifestly unfounded or excessive is a decision with its reason.
        further = FeeGround.FURTHER_COPY.value
        if grounds.get(further, "") is None and further in self.ground_buttons:
            self.ground_buttons[further].setChecked(True)
        self.grounds.buttonToggled.connect(self._toggled)
        label = QLabel(self.tr("Ground:"), self)
        self.ui.formLayout.insertRow(0, label, box)
        # the refusal of a missing ground sits next to the ground (issue 15, dpo15 finding 4)
        self.ground_error = QLabel(self)
        self.ground_error.setObjectName("groundError")
        self.ground_error.setWordWrap(True)
        self.ui.formLayout.insertRow(1, "", self.ground_error)

    @property
    def ground(self) -> str | None:
        for value, button in self.ground_buttons.items():
            if button.isChecked():
                return value
        return None

    def _reason_typed(self) -> None:
        if not self._setting:
            self._touched.add("reason")

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._touched.add("ground")
            self._setting = True
            self._ground_changed()
            self._setting = False
            self._validate()  # choosing the ground re-checks the form (dpo15 finding 4)

    def _ground_changed(self) -> None:
        """The description follows the ground while the DPO has not reworded it."""
        ground = self.ground
        if ground is None:
            return
        current = self.ui.reasonEdit.toPlainText().strip()
        if not current or current == self._default:
            excessive = FeeGround(ground).art_12_5
            # Art. 12(5): the reason is the DPO's to write (the burden of proof is ours)
            self._default = "" if excessive else fee_description(ground, self.language)
            self.ui.reasonEdit.setPlainText(self._default)
            self.ui.reasonEdit.setPlaceholderText(
                self.tr("Why the request is manifestly unfounded or excessive (printed)")
                if excessive
                else ""
            )

    @property
    def save_pdf(self) -> bool:
        checked: bool = self.ui.savePdfCheck.isChecked()  # the generated form is untyped
        return checked

    def _problems(self) -> tuple[str | None, str | None, str | None]:
        """(amount, ground, description): what each still lacks."""
        amount = reason = ground = None
        try:
            # the service's own rule: more than 0, at most v.MAX_FEE (1000), two decimals
            v.fee_amount(self.ui.amountEdit.text())
        except DomainError:
            amount = self.tr("Give an amount in euro greater than 0 and at most 1000, e.g. 10.00.")
        try:
            v.fee_reason(self.ui.reasonEdit.toPlainText())
        except DomainError as exc:
            reason = i18n.say(exc.msg)
        if self.ground is None:
            ground = self.tr("Choose the ground on which the fee is charged.")
        return amount, ground, reason

    def _validate(self) -> None:
        if not hasattr(self, "ground_error"):
            return  # still being built
        amount, ground, reason = self._problems()
        touched: set[str] = getattr(self, "_touched", set())
        set_message(self.ui.amountError, amount if "amount" in touched else None)
        set_message(self.ground_error, ground if touched else None)
        set_message(self.ui.reasonError, reason if "reason" in touched else None)
        why = [f"⚠ {p}" for p in (amount, ground, reason) if p]
        ok_button(self.ui.buttonBox).setToolTip("\n".join(why))
        ok_button(self.ui.buttonBox).setEnabled(
            amount is None and ground is None and reason is None
        )

    def accept(self) -> None:
        if any(self._problems()):
            return
        amount = self.ui.amountEdit.text().strip().replace(",", ".")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.fee_note = self._issue(
                amount, self.ui.reasonEdit.toPlainText().strip(), self.ground or ""
            )
        except DomainError as exc:
            set_message(self.ui.errorLabel, exc.msg)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
