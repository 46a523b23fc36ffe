"""Pick a quarter for the management report; the last full quarter by default."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from cluma_dpo.gui.forms.ui_quarter import Ui_QuarterDialog


def last_full_quarter(today: date) -> tuple[int, int]:
    q = (today.month - 1) // 3 + 1
    return (today.year, q - 1) if q > 1 else (today.year - 1, 4)


class QuarterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.ui = Ui_QuarterDialog()
        self.ui.setupUi(self)
        year, quarter = last_full_quarter(today)
        self.ui.yearSpin.setMaximum(today.year)
        self.ui.yearSpin.setValue(year)
        for q in range(1, 5):
            self.ui.quarterCombo.addItem(
                self.tr("Q{0} (months {1}–{2})").format(q, 3 * q - 2, 3 * q), q
            )
        self.ui.quarterCombo.setCurrentIndex(quarter - 1)
        self.ui.formatCombo.addItem(self.tr("PDF with charts"), "pdf")
        self.ui.formatCombo.addItem(self.tr("Excel workbook (XLSX) with the figures"), "xlsx")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def quarter(self) -> str:
        return f"{self.ui.yearSpin.value()}Q{self.ui.quarterCombo.currentData()}"

    @property
    def fmt(self) -> str:
        return str(self.ui.formatCombo.currentData())
