"""What each action does: open its dialog, call the workbench, refresh what changed.

Dialogs open window-modal with `open()` (not `exec()`), so the event loop keeps running
(the idle lock still works) and tests drive them like a user would.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import FeeNoteView, FeeStatus, RequestView
from cluma_dpo.domain.recipients import notice_languages
from cluma_dpo.gui import file_dialogs, steps
from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.dialogs.fee_note import FeeNoteDialog
from cluma_dpo.gui.dialogs.letter import LetterDialog
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.dialogs.quarter import QuarterDialog
from cluma_dpo.gui.dialogs.reason import ReasonDialog, Step
from cluma_dpo.gui.dialogs.settings import SettingsDialog
from cluma_dpo.gui.dialogs.task import Make, TaskDialog
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.kept_documents import LetterKeeper, kept_fee_note
from cluma_dpo.gui.lock import KEEP_OVER_LOCK, LiveWorkbench
from cluma_dpo.gui.send_by_email import EmailSending
from cluma_dpo.services.api import WorkbenchApi

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

D = TypeVar("D", bound=QDialog)

_STEPS: dict[str, Callable[..., Step]] = {
    "request_identity": steps.request_identity,
    "receive_identity": steps.receive_identity,
    "verify_identity": steps.verify_identity,
    "fail_identity": steps.fail_identity,
    "extend": steps.extend,
    "close": steps.close,
    "withdraw": steps.withdraw,
    "reject": steps.reject,
}


class Commands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.last_dialog: QDialog | None = None
        # what the dialogs call: the database open at the time, also after a lock (issue 15)
        self.live = cast(WorkbenchApi, LiveWorkbench(window))

    @property
    def wb(self) -> WorkbenchApi | None:
        return self.w.wb

    def _open(
        self,
        dialog: D,
        on_accept: Callable[[D], None] | None = None,
    ) -> D:
        self.last_dialog = dialog
        dialog.setProperty(KEEP_OVER_LOCK, True)  # a lock veils it, with what was typed
        if on_accept is not None:
            dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _view(self) -> RequestView | None:
        return self.w.detail.view if self.wb is not None else None

    # -- requests -------------------------------------------------------------------------
    def new_request(self) -> QDialog | None:
        if self.wb is None:
            return None
        dialog = NewRequestDialog(self.live.register, self.w, today=self.w.today())

        def registered(d: NewRequestDialog) -> None:
            reference = d.reference
            self.w.show_message(self.tr("{0} registered.").format(reference))
            self.w.detail.tabs.setCurrentIndex(0)  # a new request: its Overview first
            self.w.reload(select=reference)

        return self._open(dialog, registered)

    def new_request_from_message(self, path: Path) -> QDialog | None:
        """A message dropped on the window: the form filled from it (issue 17)."""
        from cluma_dpo.gui.dialogs.message_request import MessageRequestDialog, read_message

        if self.wb is None:
            return None
        message = read_message(path, self.w)
        if message is None:
            return None
        dialog = MessageRequestDialog(message, self.live.register_message, self.w,
                                      today=self.w.today())  # fmt: skip

        def registered(d: NewRequestDialog) -> None:
            self.w.show_message(self.tr("{0} registered.").format(d.reference))
            self.w.reload(select=d.reference)

        return self._open(dialog, registered)

    def step(self, name: str) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        step = _STEPS[name](self.live, view, self.w.today())
        dialog = (  # closing, answered or not, shows its summary (issue 15)
            CloseDialog(step, view, self.w, today=self.w.today())
            if name == "close"
            else ReasonDialog(step, self.w, today=self.w.today())
        )
        if isinstance(dialog, CloseDialog) and not self.w.office.may_refuse():
            dialog.granted_only(self.w.office.dpo_decides())
        dialog.setObjectName(f"step-{name}")  # its section of the manual (gui/help.py)
        self._open(dialog, self._recorded(view.reference))
        if isinstance(dialog, CloseDialog):  # then the answer letter, if the DPO wants it
            dialog.accepted.connect(lambda: self._letter_after_closing(dialog, view.reference))
        return dialog

    def _letter_after_closing(self, dialog: CloseDialog, reference: str) -> None:
        """Closed: the letter dialog on the answer or the refusal, as the close dialog
        offered (h15: the advice to make the letter could not be followed before closing)."""
        if not dialog.letter_wanted:
            return
        shown = self.w.detail.view
        if self.wb is not None and shown is not None and shown.reference == reference:
            QTimer.singleShot(0, self, self.letter)  # once the close dialog is gone

    def _recorded(self, reference: str) -> Callable[[ReasonDialog], None]:
        """After a step: show the request anew, and say in the status bar what was done."""

        def done(dialog: ReasonDialog) -> None:
            self.w.request_changed(reference)
            if dialog.done_text:
                self.w.show_message(dialog.done_text)

        return done

    def save_subject(self, reference: str, changes: dict[str, str | None]) -> str | None:
        try:
            self.w.workbench.update_subject(reference, **changes)
        except DomainError as exc:
            if exc.msg.code == "request.changed_meanwhile":
                # the version that refused it, what was typed on top: the colleague's change
                # can be read before saving again (dpo-server finding 17)
                self.w.detail.subject.typed_wins = True
                self.w.request_changed(reference)
            return say(exc.msg)
        self.w.show_message(self.tr("Data subject saved; each change is in the timeline."))
        self.w.request_changed(reference)
        return None

    # -- recipients (Art. 19) -------------------------------------------------------------
    def mark_recipient(self, view: RequestView, recipient: str, state: str) -> None:
        try:
            self.w.workbench.mark_recipient(view.reference, recipient, state, on=self.w.today())
        except DomainError as exc:
            self.w.show_message(exc.msg, error=True)
            return
        self.w.request_changed(view.reference)
        self.w.show_message(
            (
                self.tr("{0}: {1} recorded as told.")
                if state == "notified"
                else self.tr("{0}: {1} to be told again.")
            ).format(view.reference, recipient)
        )

    def recipient_not_applicable(self, view: RequestView, recipient: str) -> None:
        step = steps.recipient_not_applicable(self.live, view, recipient)
        self._open(ReasonDialog(step, self.w, today=self.w.today()), self._recorded(view.reference))

    # -- documents ------------------------------------------------------------------------
    def letter(self, kind: str | None = None, recipient: str | None = None) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        wb, reference = self.live, view.reference
        keeper = LetterKeeper(wb, reference, self.w)  # kept once; a second of a kind asks
        dialog = LetterDialog(
            view,
            lambda c: wb.letter_preview(
                reference, c.kind, c.language, recipient=c.recipient, texts=c.texts, late=c.late
            ),
            keeper.produce,
            self.w,
            today=self.w.today(),
            kind=kind,
            recipient=recipient,
            confirm=keeper.confirm,
            names_taken=keeper.names_taken,
            notice_languages=notice_languages(
                self.w.settings.recipients, self.w.settings.letters.default_language
            ),
        )
        EmailSending(dialog, wb, keeper, self.w)  # for a request by e-mail (i. 17)
        dialog.finished.connect(lambda _r: self.w.request_changed(reference))
        return self._open(dialog)

    def fee_note(self) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        wb, reference = self.live, view.reference
        amount = self.w.settings.fees.copy_amount
        dialog = FeeNoteDialog(
            reference,
            amount,
            lambda amt, reason, ground: wb.issue_fee_note(
                reference, amt, reason, on=self.w.today(), ground=ground
            ),
            self.w,
            grounds=wb.fee_grounds(reference),
            language=view.subject.language.value,
        )

        def issued(d: FeeNoteDialog) -> None:
            fee = d.fee_note
            self.w.show_message(self.tr("Fee note {0} issued.").format(fee.number))
            self.w.request_changed(reference)
            if d.save_pdf:
                self.save_fee_pdf(fee)

        return self._open(dialog, issued)

    def mark_paid(self) -> QDialog | None:
        view = self._view()
        unpaid = [f for f in (view.fee_notes if view else ()) if f.status is FeeStatus.UNPAID]
        return self.fee_paid(unpaid[-1]) if unpaid else None

    def fee_paid(self, fee: FeeNoteView) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        return self._open(
            ReasonDialog(
                steps.fee_paid(self.live, fee, self.w.today()), self.w, today=self.w.today()
            ),
            self._recorded(view.reference),
        )

    def cancel_fee(self, fee: FeeNoteView) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        return self._open(
            ReasonDialog(
                steps.cancel_fee(self.live, fee, self.w.today()),
                self.w,
                today=self.w.today(),
            ),
            self._recorded(view.reference),
        )

    def save_fee_pdf(self, fee: FeeNoteView) -> QDialog | None:
        kept = kept_fee_note(self.w.detail.view.documents if self.w.detail.view else (), fee.number)
        if kept is not None:  # the PDF as issued, saved again: no second document (issue 15)
            self.w.kept.save_again(kept)
            return None
        target = self.w.ask_save_path(
            self.tr("Save fee note"), f"{fee.number}.pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return None
        wb, shown = self.w.workbench, self.w.detail.view
        reference = shown.reference if shown else None
        dialog = self._task(
            self.tr("Fee note"),
            lambda deliver: wb.fee_note_pdf(fee.number, filename=target.name, deliver=deliver),
            target,
            reference,
        )
        if isinstance(dialog, TaskDialog) and reference is not None:
            dialog.succeeded.connect(lambda _p: self._fee_saved_at(reference, fee.number, target))
        return dialog

    def _fee_saved_at(self, reference: str, number: str, target: Path) -> None:
        """Where the fee note was saved, whole: its row shows "name — folder" as the letters'
        do (dpo15 finding 13; the service knows only the file's name)."""
        if self.w.wb is None:
            return
        kept = kept_fee_note(tuple(self.w.wb.documents(reference)), number)
        if kept is not None and kept.id is not None and kept.saved_as != str(target):
            self.w.wb.document_saved(kept.id, target)
            self.w.request_changed(reference)

    # -- reports --------------------------------------------------------------------------
    def _task(self, title: str, make: Make, target: Path, reference: str | None = None) -> QDialog:
        dialog = TaskDialog(title, make, target, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if reference is not None:
            dialog.finished.connect(lambda _r: self.w.request_changed(reference))
        self.last_dialog = dialog
        dialog.show()
        return dialog

    def export_register(self) -> QDialog | None:
        target = self.w.ask_save_path(
            self.tr("Export the register"),
            file_dialogs.register_name(self.w.today()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return None
        wb = self.w.workbench
        return self._task(
            self.tr("Register of requests"),
            lambda deliver: wb.export_register(deliver=deliver),
            target,
        )

    def dossier(self) -> QDialog | None:
        view = self._view()
        if view is None:
            return None
        target = self.w.ask_save_path(
            self.tr("Save the dossier"),
            file_dialogs.dossier_name(view.reference),
            self.tr("PDF (*.pdf)"),
        )
        if target is None:
            return None
        wb, reference = self.w.workbench, view.reference
        return self._task(
            self.tr("Dossier {0}").format(reference),
            lambda deliver: wb.dossier(reference, filename=target.name, deliver=deliver),
            target,
            reference,
        )

    def quarterly(self) -> QDialog | None:
        if self.wb is None:
            return None
        dialog = QuarterDialog(self.w, today=self.w.today())

        def chosen(d: QuarterDialog) -> None:
            quarter, fmt = d.quarter, d.fmt
            filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
            target = self.w.ask_save_path(
                self.tr("Save the quarterly report"),
                file_dialogs.report_name(quarter, fmt),
                filters[fmt],
            )
            if target is not None:
                wb = self.w.workbench
                self._task(
                    self.tr("Quarterly report {0}").format(quarter),
                    lambda deliver: wb.quarterly_report(quarter, fmt, deliver=deliver),
                    target,
                )

        return self._open(dialog, chosen)

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> QDialog | None:
        if self.wb is None:
            return None
        wb = self.live
        dialog = SettingsDialog(
            wb.settings(),
            wb.set_setting,
            Path(wb.path).parent / "templates",
            self.w,
            read_only=not self.w.office.may_change_settings(),
        )

        def saved(d: SettingsDialog) -> None:
            changed = d.saved
            if changed:
                self.w.show_message(
                    self.tr(
                        "Settings saved: %n change(s), each recorded in the audit trail.",
                        "",
                        len(changed),
                    )
                )
            self.w.apply_settings()

        return self._open(dialog, saved)

    def about(self) -> None:
        from cluma_dpo import __version__

        QMessageBox.about(
            self.w,
            self.tr("About Cluma DPO"),
            self.tr(
                "<b>Cluma DPO</b> {0}<br>The rights-request workbench of the data protection "
                "officer of Cluma Engineering NV.<br>Every request, letter and step is kept in "
                "one encrypted database; the audit trail is hash-chained."
            ).format(__version__)
            + "<br><br>"
            + self.tr("Your data is kept in {0}").format(
                "<nobr>" + html.escape(str(self.w.directory)) + "</nobr>"
            ),
        )
