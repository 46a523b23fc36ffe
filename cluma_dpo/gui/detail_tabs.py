"""The detail panel's lists: identity, recipients (Art. 19), fee notes, timeline (the
documents: gui/documents_tab.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import FeeNoteView, FeeStatus, RequestView
from cluma_dpo.gui import i18n, labels, timeline
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.tab_parts import plain_tree, tool_buttons


class DetailCommands(Protocol):
    """What the tabs ask of the window's controller (it talks to the workbench); what a
    command returns (the dialog it opened, if any) is not the tabs' concern."""

    def mark_recipient(self, view: RequestView, recipient: str, state: str) -> None: ...
    def recipient_not_applicable(self, view: RequestView, recipient: str) -> None: ...
    def letter(self, kind: str | None = None, recipient: str | None = None) -> object: ...
    def fee_paid(self, fee: FeeNoteView) -> object: ...
    def cancel_fee(self, fee: FeeNoteView) -> object: ...
    def save_fee_pdf(self, fee: FeeNoteView) -> object: ...


def _action_buttons(parent: QWidget, actions: list[QAction]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in tool_buttons(parent, actions):
        row.addWidget(button)
    row.addStretch(1)
    return row


def _button_grid(buttons: list[QWidget], columns: int) -> QGridLayout:
    """Buttons in rows of `columns`, each as wide as its text (a row of four long captions
    in French or German does not fit the detail panel, and was cut: issue 15)."""
    grid = QGridLayout()
    for i, button in enumerate(buttons):
        grid.addWidget(button, i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
    grid.setColumnStretch(columns, 1)
    return grid


class IdentityTab(QWidget):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.status = QLabel(self)
        self.method = QLabel(self)
        self.checked_on = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.document = QLabel(self)
        self.pauses = QLabel(self)
        self.pauses.setWordWrap(True)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Checked on:"), self.checked_on)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Document copy:"), self.document)
        form.addRow(self.tr("Clock paused:"), self.pauses)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(_button_grid(list(tool_buttons(self, actions)), 1))
        layout.addStretch(1)

    def show_request(self, view: RequestView) -> None:
        ident = view.identity
        self.status.setText(labels.label(labels.IDENTITY_STATUSES, ident.status))
        self.method.setText(
            labels.label(labels.IDENTITY_METHODS, ident.method) if ident.method else "—"
        )
        self.checked_on.setText(labels.long_date(ident.checked_on))
        self.note.setText(ident.note or "—")
        self.document.setText(
            self.tr("stored encrypted; erased when the check ends")
            if ident.document_stored
            else self.tr("none stored")
        )
        lines = []
        for p in view.pauses:
            if p.ended is None:
                lines.append(
                    self.tr("since {0} (the clock is stopped)").format(labels.long_date(p.started))
                )
            else:
                lines.append(
                    self.tr("{0} – {1} (days: %n)", "", (p.ended - p.started).days).format(
                        labels.long_date(p.started), labels.long_date(p.ended)
                    )
                )
        self.pauses.setText("\n".join(lines) or self.tr("never"))


class RecipientsTab(QWidget):
    def __init__(self, commands: DetailCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self.view: RequestView | None = None
        self.intro = QLabel(self._told_text(), self)
        self.intro.setWordWrap(True)
        self.tree = plain_tree(
            self, [self.tr("Recipient"), self.tr("State"), self.tr("On"), self.tr("Note")]
        )
        self.told = QPushButton(icon("ok"), self.tr("&Told"), self)
        self.not_applicable = QPushButton(self.tr("&Not applicable…"), self)
        # finding 32: "never had the data" is a state of its own, not Art. 19's exception
        self.not_received = QPushButton(self.tr("Received n&othing"), self)
        self.reopen = QPushButton(icon("undo"), self.tr("&Reopen"), self)
        self.notice = QPushButton(icon("letter"), self.tr("Notice &letter…"), self)
        row = _button_grid(
            [self.told, self.reopen, self.not_applicable, self.not_received, self.notice], 2
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.told.clicked.connect(lambda: self._mark("notified"))
        self.reopen.clicked.connect(lambda: self._mark("open"))
        self.not_applicable.clicked.connect(self._not_applicable)
        self.not_received.clicked.connect(lambda: self._mark("not-received"))
        self.notice.clicked.connect(self._notice)

    def show_request(self, view: RequestView) -> None:
        # the chosen recipient stays when the same request is shown anew (after a step);
        # another request starts with none chosen (issue 15: nothing carries over)
        same = self.view is not None and self.view.reference == view.reference
        current = self.tree.currentItem()
        keep = current.text(0) if current and same else None
        self.view = view
        self.tree.clear()
        for item in view.recipients:
            row = QTreeWidgetItem(
                [
                    item.recipient,
                    labels.label(labels.RECIPIENT_STATES, item.state),
                    labels.short_date(item.on),
                    item.note or "",
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.state)
            row.setIcon(1, icon("ok") if item.state != "open" else icon("recipients"))
            self.tree.addTopLevelItem(row)
            if item.recipient == keep:
                self.tree.setCurrentItem(row)
        # the line says what holds for this request (it stayed from the previous one)
        if view.recipients:
            intro = self._told_text()
        elif any(r.notifies_recipients for r in view.rights):
            intro = self.tr(
                "GDPR Art. 19 applies to this request, but no recipients were listed when it "
                "was registered (File ▸ Settings ▸ Recipients)."
            )
        else:
            intro = self.tr(
                "No recipients to tell: Art. 19 applies to "
                "rectification, erasure and restriction only."
            )
        self.intro.setText(intro)
        self._update_buttons()

    def _told_text(self) -> str:
        return self.tr(
            "GDPR Art. 19: tell every recipient of the rectification, "
            "erasure or restriction, or record why not."
        )

    def open_count(self) -> int:
        return sum(1 for r in self.view.recipients if r.state == "open") if self.view else 0

    def clear(self) -> None:
        """Nothing shown (no selection, or locked): no rows, no button active."""
        self.view = None
        self.tree.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem() if self.view is not None else None
        live = self.view is not None and not lc.checklist_frozen(self.view.status)
        state = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        self.told.setEnabled(live and state == "open")
        self.not_applicable.setEnabled(live and state == "open")
        self.not_received.setEnabled(live and state == "open")
        self.reopen.setEnabled(live and state in ("notified", *lc.RECIPIENT_NOT_TOLD))
        self.notice.setEnabled(item is not None and state not in lc.RECIPIENT_NOT_TOLD)

    def _mark(self, state: str) -> None:
        item = self.tree.currentItem()
        if item is not None and self.view is not None:
            self.commands.mark_recipient(self.view, item.text(0), state)

    def _notice(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.commands.letter(kind=LetterKind.RECIPIENT_NOTICE.value, recipient=item.text(0))

    def _not_applicable(self) -> None:
        item = self.tree.currentItem()
        if item is not None and self.view is not None:
            self.commands.recipient_not_applicable(self.view, item.text(0))


class FeesTab(QWidget):
    def __init__(
        self, commands: DetailCommands, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.commands = commands
        self.fees: dict[str, FeeNoteView] = {}
        self.tree = plain_tree(
            self,
            [
                self.tr("Number"),
                self.tr("Amount"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Paid on"),
            ],
        )
        # under the tree, not a seventh column: the panel has no room for it
        self.reference = QLabel(self)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paid = QPushButton(icon("fee-paid"), self.tr("Mark &paid…"), self)
        self.cancel = QPushButton(icon("fee-cancel"), self.tr("&Cancel…"), self)
        self.save_pdf = QPushButton(icon("save"), self.tr("&Save PDF…"), self)
        row = _button_grid([*tool_buttons(self, actions), self.paid, self.save_pdf, self.cancel], 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reference)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.paid.clicked.connect(lambda: self._with_fee(self.commands.fee_paid))
        self.cancel.clicked.connect(lambda: self._with_fee(self.commands.cancel_fee))
        self.save_pdf.clicked.connect(lambda: self._with_fee(self.commands.save_fee_pdf))

    def show_request(self, view: RequestView) -> None:
        self.tree.clear()
        self.fees = {f.number: f for f in view.fee_notes}
        for f in view.fee_notes:
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        f.number,
                        labels.money(f.amount),
                        labels.short_date(f.issued_on),
                        labels.short_date(f.due_on),
                        labels.label(labels.FEE_STATUSES, f.status),
                        labels.short_date(f.paid_on),
                    ]
                )
            )
        last = self.tree.topLevelItem(self.tree.topLevelItemCount() - 1)
        if last is not None:  # None when there are no fee notes
            self.tree.setCurrentItem(last)
        self._update_buttons()

    def current_fee(self) -> FeeNoteView | None:
        item = self.tree.currentItem()
        return self.fees.get(item.text(0)) if item else None

    def _update_buttons(self) -> None:
        fee = self.current_fee()
        unpaid = fee is not None and fee.status is FeeStatus.UNPAID
        self.paid.setEnabled(unpaid)
        self.cancel.setEnabled(unpaid)
        self.save_pdf.setEnabled(fee is not None)
        # management on a server reads no payment reference (storage.figures)
        reference = fee.structured_reference if fee is not None else ""
        self.reference.setText(
            self.tr("Payment reference: {0}").format(reference) if reference else ""
        )

    def _with_fee(self, command: Callable[[FeeNoteView], object]) -> None:
        fee = self.current_fee()
        if fee is not None:
            command(fee)


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officer = ""  # the DPO's name (settings dpo.name): who "By" shows for this login
        self.tree = plain_tree(
            self, [self.tr("When"), self.tr("Event"), self.tr("By"), self.tr("Details")]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_request(self, view: RequestView) -> None:
        self.tree.clear()
        for e in view.events:
            note = timeline.event_note(e.note)
            item = QTreeWidgetItem(
                [
                    labels.timestamp(e.at),
                    timeline.event_name(e.kind),
                    timeline.actor_name(e.actor, self.officer),
                    note,  # last: the column that stretches, a note can be long
                ]
            )
            item.setToolTip(2, timeline.actor_tip(e.actor))
            item.setToolTip(3, i18n.plain_tip(note))
            self.tree.addTopLevelItem(item)
