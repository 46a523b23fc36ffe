"""Objections registered before the two kinds were told apart (issue 13): the DPO says once,
per request, whether it was an Art. 21(1) objection or a marketing opt-out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import RequestView, Right
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import set_message

Confirm = Callable[[str, str], None]  # (reference, kind) -> None


class ObjectionReviewDialog(QDialog):
    confirmed_text = Signal(str)  # what was recorded, for the status bar (issue 15)

    def __init__(
        self, views: Sequence[RequestView], confirm: Confirm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.confirmed: dict[str, str] = {}
        self.setWindowTitle(self.tr("Objections to confirm"))
        intro = QLabel(
            self.tr(
                "These requests were registered as an objection before the two kinds were "
                "told apart. Say for each which it was: an objection to processing based on "
                "legitimate interests (Art. 21(1): one month, weighed against compelling "
                "grounds) or an objection to direct marketing (Art. 21(2)–(3): absolute). "
                "The suppression list stays as it is."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.states: dict[str, QLabel] = {}
        for row, view in enumerate(views):
            grid.addWidget(QLabel(view.reference, self), row, 0)
            grid.addWidget(QLabel(view.subject.name, self), row, 1)
            grid.addWidget(QLabel(labels.short_date(view.received), self), row, 2)
            objection = QPushButton(self.tr("Art. 21(1) objection"), self)
            marketing = QPushButton(self.tr("Marketing opt-out"), self)
            objection.clicked.connect(
                lambda _c=False, r=view.reference: self.confirm(r, Right.OBJECTION.value)
            )
            marketing.clicked.connect(
                lambda _c=False, r=view.reference: self.confirm(r, Right.MARKETING_OPT_OUT.value)
            )
            grid.addWidget(objection, row, 3)
            grid.addWidget(marketing, row, 4)
            state = QLabel(self)
            grid.addWidget(state, row, 5)
            self.buttons[view.reference] = (objection, marketing)
            self.states[view.reference] = state
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_message(self.error, None)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Later"))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def confirm(self, reference: str, kind: str) -> None:
        try:
            self._confirm(reference, kind)
        except DomainError as exc:
            set_message(self.error, exc.msg)
            return
        set_message(self.error, None)
        self.confirmed[reference] = kind
        for button in self.buttons[reference]:
            button.setEnabled(False)
        self.states[reference].setText(
            self.tr("confirmed: Art. 21(1) objection")
            if kind == Right.OBJECTION.value
            else self.tr("confirmed: marketing opt-out")
        )
        self.confirmed_text.emit(
            (
                self.tr("{0}: confirmed as an Art. 21(1) objection.")
                if kind == Right.OBJECTION.value
                else self.tr("{0}: confirmed as a marketing opt-out.")
            ).format(reference)
        )
        if len(self.confirmed) == len(self.buttons):
            self.close_button.setText(self.tr("&Close"))
