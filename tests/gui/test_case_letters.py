"""Issue 13 in the workbench: the case decides which letter, which texts in which language,
which fee ground, what each right of a partly granted request became."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cluma_dpo.domain.model import Channel, DataSubject, Outcome, RequestView, Right, Status
from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.fee_note import FeeNoteDialog
from cluma_dpo.gui.dialogs.letter import LetterDialog
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.dialogs.objections import ObjectionReviewDialog
from tests.gui.conftest import register


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def _letter(window: Any, kind: str | None = None) -> LetterDialog:
    window.commands.letter(kind=kind)
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    return dialog


def _kind_item(dialog: LetterDialog, kind: str) -> tuple[bool, str]:
    combo = dialog.ui.kindCombo
    row = combo.findData(kind)
    item = combo.model().item(row)
    return item.isEnabled(), str(combo.itemData(row, Qt.ItemDataRole.ToolTipRole) or "")


def _wait_made(qtbot: Any, dialog: LetterDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.pdf is not None or "⚠" in dialog.ui.statusLabel.text(), timeout=15_000
    )
    assert dialog.pdf is not None, dialog.ui.statusLabel.text()


def test_a_kind_that_does_not_fit_is_greyed_with_the_reason(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Not Answered Yet", days_ago=2)
    _select(qtbot, window, ref)
    dialog = _letter(window)
    enabled, why = _kind_item(dialog, "answer")
    assert not enabled
    assert "has not been answered yet" in why
    enabled, why = _kind_item(dialog, "withdrawal-confirmation")
    assert not enabled and "has not been withdrawn" in why
    assert _kind_item(dialog, "acknowledgement") == (True, "")
    assert dialog.kind == "acknowledgement"  # the first that fits is offered
    # asked for a kind that does not fit (e.g. from elsewhere): no letter, the reason shown
    dialog.reject()
    dialog = _letter(window, "refusal")
    assert not dialog.ui.makeButton.isEnabled()
    assert "has not been refused" in dialog.ui.statusLabel.text()
    dialog.reject()


def test_a_withdrawn_request_gets_the_confirmation_only(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Changed Mind", days_ago=5)
    wb.withdraw(ref, reason="Betrokkene trekt verzoek in per e-mail")
    _select(qtbot, window, ref)
    dialog = _letter(window)
    assert dialog.kind == "withdrawal-confirmation"
    enabled, why = _kind_item(dialog, "refusal")
    assert not enabled and "withdrawn, not refused" in why
    assert dialog.texts.edits == {}  # nothing to write: no reason is printed
    assert "Letter in Dutch" in dialog.texts.note.text()
    dialog.reject()


def test_texts_follow_the_letters_language_and_the_preview_records_nothing(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path
) -> None:
    ref = register(wb, "Refused Person", days_ago=6)
    wb.verify_identity(ref, "account-email")
    wb.close_request(ref, "refused", reason="Geen gegevens gevonden op uw naam")
    _select(qtbot, window, ref)
    dialog = _letter(window, "refusal")
    assert set(dialog.texts.edits) == {"reason"}
    assert dialog.texts.edits["reason"].toPlainText() == "Geen gegevens gevonden op uw naam"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    edit = dialog.texts.edits["reason"]
    assert edit.toPlainText() == ""  # never Dutch in a French letter
    assert "French" in edit.placeholderText() and "Dutch" in edit.placeholderText()
    assert "Letter in French" in dialog.texts.note.text()
    dialog.make()
    assert dialog.pdf is None
    assert "French" in dialog.texts.error.text()
    edit.setPlainText("Aucune donnée trouvée à votre nom")
    dialog.make()
    _wait_made(qtbot, dialog)
    assert dialog.made is not None and dialog.made.texts == {
        "reason": "Aucune donnée trouvée à votre nom"
    }
    assert not any(d.kind == "refusal" for d in wb.request(ref).documents)  # a look only
    target = tmp_path / "refusal.pdf"
    dialog.save_to(target)
    assert target.read_bytes() == dialog.pdf
    assert [d.kind for d in wb.request(ref).documents].count("refusal") == 1
    # back to Dutch: the recorded text again
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("nl"))
    assert dialog.texts.edits["reason"].toPlainText() == "Geen gegevens gevonden op uw naam"
    dialog.reject()


def test_a_late_extension_notice_needs_confirmation(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = register(wb, "Slow Case", days_ago=45)
    wb.verify_identity(ref, "account-email", on=wb.today() - timedelta(days=44))
    wb.extend(ref, "Veel gegevens in drie systemen", on=wb.today() - timedelta(days=30))
    _select(qtbot, window, ref)
    dialog = _letter(window, "extension")
    assert dialog.texts.edits["reason"].toPlainText() == "Veel gegevens in drie systemen"
    asked: list[Any] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def warning(*args: Any) -> QMessageBox.StandardButton:
            asked.append(args)
            assert args[-1] == QMessageBox.StandardButton.No  # the default
            return reply

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    dialog.make()
    assert len(asked) == 1 and dialog.pdf is None
    assert "Making" not in dialog.ui.statusLabel.text()
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    dialog.make()
    _wait_made(qtbot, dialog)
    assert len(asked) == 2
    assert dialog.made is not None and dialog.made.late
    dialog.reject()


def test_an_extension_in_time_is_not_questioned(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = register(wb, "Quick Extension", days_ago=10)
    wb.verify_identity(ref, "account-email")
    wb.extend(ref, "Veel gegevens")
    _select(qtbot, window, ref)
    dialog = _letter(window, "extension")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("asked"))
    dialog.make()
    _wait_made(qtbot, dialog)
    assert dialog.made is not None and not dialog.made.late
    dialog.reject()


def test_partly_granted_per_right(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Two Rights", days_ago=8, rights=("access", "portability"))
    wb.verify_identity(ref, "account-email")
    _select(qtbot, window, ref)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, CloseDialog)
    ui, ok = dialog.ui, ok_button(dialog.ui.buttonBox)
    assert not dialog.rights_box.isVisibleTo(dialog)  # only for partly granted
    ui.choiceCombo.setCurrentIndex(ui.choiceCombo.findData("partly-granted"))
    assert dialog.rights_box.isVisibleTo(dialog)
    assert set(dialog.parts) == {"access", "portability"}
    access, portability = dialog.parts["access"], dialog.parts["portability"]
    ui.reasonEdit.setPlainText("Gegevens van derden blijven weg")
    # both granted in part by default: "what was done" is needed
    assert not ok.isEnabled()
    assert "--done" in ui.messageLabel.text() or "done" in ui.messageLabel.text()
    access.setCurrentIndex(access.findData("granted"))
    portability.setCurrentIndex(portability.findData("granted"))
    assert not ok.isEnabled()
    assert "close as granted" in ui.messageLabel.text()  # the domain's word, inline
    portability.setCurrentIndex(portability.findData("partly-granted"))
    dialog.done_edit.setPlainText("Uw klantgegevens in CSV")
    assert ok.isEnabled(), ui.messageLabel.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok.click()
    view = wb.request(ref)
    assert view.outcome is Outcome.PARTLY_GRANTED
    assert view.outcome_of(Right.ACCESS) is Outcome.GRANTED
    assert view.outcome_of(Right.PORTABILITY) is Outcome.PARTLY_GRANTED
    assert view.outcome_done == "Uw klantgegevens in CSV"
    assert view.outcome_reason == "Gegevens van derden blijven weg"


def test_an_answered_request_is_closed_with_its_recorded_answer(
    qtbot: Any, wb: Any, window: Any
) -> None:
    """The DPO's day: closing again after the Art. 19 notices must not turn the recorded
    'partly granted' into whatever the dialog happens to show."""
    ref = register(wb, "Told Later", days_ago=8, rights=("rectification", "erasure"))
    wb.verify_identity(ref, "account-email")
    answered = wb.close_request(
        ref, "partly-granted", reason="Facturen blijven 7 jaar", granted=("rectification",),
        refused=("erasure",), answered=True,
    )  # fmt: skip
    assert answered is False and wb.request(ref).status.value == "answered"
    for item in wb.request(ref).recipients:
        wb.mark_recipient(ref, item.recipient, "notified")
    _select(qtbot, window, ref)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    # nothing to choose again: it is recorded (issue 15: the close dialog, for its summary,
    # shows neither the outcome choice nor the choice per right)
    assert isinstance(dialog, CloseDialog)
    assert not dialog.ui.choiceCombo.isVisibleTo(dialog)
    assert not dialog.rights_box.isVisibleTo(dialog)
    assert "partly granted" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok_button(dialog.ui.buttonBox).click()
    view = wb.request(ref)
    assert view.status.value == "closed" and view.outcome is Outcome.PARTLY_GRANTED
    assert view.outcome_of(Right.ERASURE) is Outcome.REFUSED
    assert view.outcome_reason == "Facturen blijven 7 jaar"


def test_identity_request_says_what_is_needed(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Who Are You", days_ago=2, language="fr")
    _select(qtbot, window, ref)
    window.acts["request_identity"].trigger()
    dialog = window.commands.last_dialog
    assert "French" in dialog.ui.reasonLabel.text()
    dialog.ui.reasonEdit.setPlainText("Une copie recto de votre carte d'identité")
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert wb.request(ref).identity.needed == "Une copie recto de votre carte d'identité"


def test_fee_grounds_follow_the_request(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_save_path", lambda *a: None)  # no PDF this time
    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    first = register(wb, "Copy Twice", days_ago=60, email="twice@example.be", language="fr")
    wb.verify_identity(first, "account-email", on=wb.today() - timedelta(days=59))
    wb.close_request(first, "granted", on=wb.today() - timedelta(days=40))
    again = register(wb, "Copy Twice", days_ago=3, email="twice@example.be", language="fr")
    wb.verify_identity(again, "account-email")
    _select(qtbot, window, again)
    window.acts["fee_note"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, FeeNoteDialog)
    assert dialog.ground_buttons["further-copy"].isEnabled()
    assert dialog.ground_buttons["excessive"].isEnabled()
    assert dialog.ground == "further-copy"
    # the fee note is in French (the person's language): so is its description
    assert dialog.ui.reasonEdit.toPlainText().startswith("Copie supplémentaire")
    dialog.ground_buttons["excessive"].setChecked(True)
    # Art. 12(5): the DPO writes why; the ground's name is no reason (no pre-filled text)
    assert dialog.ui.reasonEdit.toPlainText() == ""
    dialog.ui.reasonEdit.setPlainText("Cinquième demande identique en un mois")
    dialog.ground_buttons["further-copy"].setChecked(True)
    assert dialog.ui.reasonEdit.toPlainText() == "Cinquième demande identique en un mois"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok_button(dialog.ui.buttonBox).click()
    assert wb.request(again).fee_notes[0].ground.value == "further-copy"


def test_no_fee_for_a_marketing_opt_out(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "No Mail Please", days_ago=1, rights=("marketing-opt-out",))
    _select(qtbot, window, ref)
    action = window.acts["fee_note"]
    assert not action.isEnabled()
    assert "always free" in action.toolTip()


def test_form_of_address_is_recorded_and_edited(qtbot: Any, wb: Any, window: Any) -> None:
    window.acts["new"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, NewRequestDialog)
    ui = dialog.ui
    assert ui.objectionCheck.text() == "Objection (Art. 21(1))"
    assert ui.marketingCheck.text() == "Marketing opt-out (Art. 21(2)–(3))"
    assert dialog.form_combo.currentData() == "neutral"
    ui.accessCheck.setChecked(True)
    ui.nameEdit.setText("Chloé Dubois")
    ui.emailEdit.setText("chloe@example.be")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("fr"))
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("female"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok_button(ui.buttonBox).click()
    ref = dialog.reference
    assert wb.request(ref).subject.form.value == "female"
    _select(qtbot, window, ref)
    editor = window.detail.subject
    assert editor.form_of_address.currentData() == "female"
    assert not editor.save_button.isEnabled()
    editor.form_of_address.setCurrentIndex(editor.form_of_address.findData("male"))
    assert editor.changes() == {"form": "male"}
    editor.save()
    qtbot.waitUntil(lambda: window.detail.view.subject.form.value == "male")


def _old_objection(reference: str) -> RequestView:
    from datetime import date

    return RequestView(
        reference=reference,
        rights=(Right.OBJECTION,),
        channel=Channel.EMAIL,
        received=date(2026, 3, 5),
        status=Status.CLOSED,
        subject=DataSubject(name="Old Objector"),
    )


def test_old_objections_are_confirmed_once_each(qtbot: Any) -> None:
    confirmed: list[tuple[str, str]] = []
    dialog = ObjectionReviewDialog(
        [_old_objection("DSR-2026-0001"), _old_objection("DSR-2026-0002")],
        lambda ref, kind: confirmed.append((ref, kind)),
    )
    qtbot.addWidget(dialog)
    assert dialog.close_button.text() == "&Later"
    dialog.buttons["DSR-2026-0001"][1].click()  # marketing opt-out
    assert confirmed == [("DSR-2026-0001", "marketing-opt-out")]
    assert not any(b.isEnabled() for b in dialog.buttons["DSR-2026-0001"])
    assert "marketing" in dialog.states["DSR-2026-0001"].text()
    dialog.buttons["DSR-2026-0002"][0].click()
    assert confirmed[-1] == ("DSR-2026-0002", "objection")
    assert dialog.close_button.text() == "&Close"


def test_the_window_lists_old_objections_on_opening(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wb, "objections_to_review", lambda: [_old_objection("DSR-2026-0009")])
    window.notices.check_objections()
    dialog = window.notices.objection_review
    assert isinstance(dialog, ObjectionReviewDialog)
    assert list(dialog.buttons) == ["DSR-2026-0009"]
    dialog.reject()
