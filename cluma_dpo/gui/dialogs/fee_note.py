"""Issue a fee note (GDPR Art. 12(5), 15(3)): the amount from the tariff, a reason."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.gui import i18n
from cluma_dpo.gui.dialogs.common import ok_button, set_message
from cluma_dpo.gui.forms.ui_fee_note import Ui_FeeNoteDialog

Issue = Callable[[str, str], Any]  # (amount, reason) -> FeeNoteView


class FeeNoteDialog(QDialog):
    def __init__(
        self, reference: str, default_amount: object, issue: Issue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeNoteDialog()
        self.ui.setupUi(self)
        self._issue = issue
        self.fee_note: Any = None
        self.setWindowTitle(self.tr("Fee note for {0}").format(reference))
        amount = Decimal(str(default_amount or "0")).quantize(Decimal("0.01"))
        self.ui.amountEdit.setText(format(amount, "f").replace(".", i18n.decimal_symbol()))
        self.ui.reasonEdit.setPlainText(
            self.tr("Further copy of the personal data (GDPR Art. 15(3))")
        )
        ok_button(self.ui.buttonBox).setText(self.tr("&Issue fee note"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.amountEdit.textChanged.connect(self._validate)
        self.ui.reasonEdit.textChanged.connect(self._validate)
        set_message(self.ui.errorLabel, None)
        self._validate()
        self.ui.amountEdit.setFocus()
        self.ui.amountEdit.selectAll()

    @property
    def save_pdf(self) -> bool:
        checked: bool = self.ui.savePdfCheck.isChecked()  # the generated form is untyped
        return checked

    def _problems(self) -> tuple[str | None, str | None]:
        amount = reason = None
        try:
            # the service's own rule: more than 0, at most v.MAX_FEE (1000), two decimals
            v.fee_amount(self.ui.amountEdit.text())
        except DomainError:
            amount = self.tr("Give an amount in euro greater than 0 and at most 1000, e.g. 10.00.")
        try:
            v.fee_reason(self.ui.reasonEdit.toPlainText())
        except DomainError as exc:
            reason = exc.message
        return amount, reason

    def _validate(self) -> None:
        amount, reason = self._problems()
        set_message(self.ui.amountError, amount)
        set_message(self.ui.reasonError, reason)
        ok_button(self.ui.buttonBox).setEnabled(amount is None and reason is None)

    def accept(self) -> None:
        if any(self._problems()):
            return
        amount = self.ui.amountEdit.text().strip().replace(",", ".")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.fee_note = self._issue(amount, self.ui.reasonEdit.toPlainText().strip())
        except DomainError as exc:
            set_message(self.ui.errorLabel, exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
