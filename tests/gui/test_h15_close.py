"""h15, the DPO's day under Xvfb, closing a request: the advice about the answer letter is
one the DPO can follow (the letter is made right after closing), an unpaid fee note is
warned about and confirmed, and the dialog keeps no empty room for messages not shown."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cluma_dpo.domain.letters import why_not
from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.dialogs.common import ok_button, qdate
from cluma_dpo.gui.dialogs.letter import LetterDialog
from tests.gui.conftest import register


def _close_dialog(qtbot: Any, window: Any, ref: str) -> CloseDialog:
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, CloseDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: CloseDialog, outcome: str) -> None:
    dialog.ui.choiceCombo.setCurrentIndex(dialog.ui.choiceCombo.findData(outcome))


# -- 3. the answer letter: advice that can be followed, and the letter right after ----------
@pytest.mark.parametrize(("outcome", "kind"), [("refused", "refusal"), ("granted", "answer")])
def test_closing_offers_the_answer_letter_right_after(
    qtbot: Any, wb: Any, window: Any, outcome: str, kind: str
) -> None:
    ref = register(wb, "Dirk Maes", days_ago=10, rights=("access",))
    wb.verify_identity(ref, "account-email")
    assert why_not(kind, wb.request(ref)) is not None  # not yet: only once answered
    dialog = _close_dialog(qtbot, window, ref)
    _choose(dialog, outcome)
    dialog.ui.reasonEdit.setPlainText("We hold no other data.")
    warning = dialog.letter_warning.text()
    assert dialog.letter_warning.isVisible()
    assert "Documents ▸ Letter" not in warning  # impossible before closing: not advised
    assert "after closing" in warning
    after = dialog.letter_after
    assert after.isVisible() and after.isChecked()  # the letter is made unless untick
    ok = ok_button(dialog.ui.buttonBox)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, LetterDialog))
    letter = window.commands.last_dialog
    assert letter.kind == kind
    assert letter.ui.makeButton.isEnabled()
    assert window.detail.view.status.value == "closed"
    letter.reject()


def test_unticked_no_letter_dialog_follows(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Els Wouters", days_ago=10, rights=("access",))
    dialog = _close_dialog(qtbot, window, ref)
    _choose(dialog, "refused")
    dialog.ui.reasonEdit.setPlainText("Identity never shown.")
    dialog.letter_after.setChecked(False)
    ok_button(dialog.ui.buttonBox).click()
    qtbot.waitUntil(lambda: window.detail.view.status.value == "closed")
    QApplication.processEvents()
    assert not isinstance(window.commands.last_dialog, LetterDialog)


def test_an_answered_request_says_its_letter_can_be_made_now_or_after_closing(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Frank Smet", days_ago=10, rights=("erasure",))
    wb.verify_identity(ref, "account-email")
    wb.close_request(ref, "granted", on=window.today(), answered=True)
    assert why_not("answer", wb.request(ref)) is None  # answered: the letter can be made
    dialog = _close_dialog(qtbot, window, ref)
    assert dialog.letter_warning.isVisible() and dialog.letter_after.isVisible()
    assert "Documents ▸ Letter" in dialog.letter_warning.text()
    dialog.reject()


# -- 4. an unpaid fee note ------------------------------------------------------------------
def test_closing_with_an_unpaid_fee_note_warns_and_needs_a_tick(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Greet Mertens", days_ago=10, rights=("access",))
    wb.verify_identity(ref, "account-email")
    wb.set_setting("bank.iban", "BE71096123456769")
    fee = wb.issue_fee_note(ref, "12.10", "The sixth identical request", ground="excessive")
    dialog = _close_dialog(qtbot, window, ref)
    _choose(dialog, "refused")
    dialog.ui.reasonEdit.setPlainText("Excessive.")
    warning, tick = dialog.fee_warning, dialog.fee_confirm
    assert warning.isVisible() and fee.number in warning.text() and "not paid" in warning.text()
    ok = ok_button(dialog.ui.buttonBox)
    assert tick.isVisible() and not tick.isChecked()
    assert not ok.isEnabled()
    assert "fee note" in ok.toolTip()  # the button says why it waits
    tick.setChecked(True)
    assert ok.isEnabled()
    dialog.reject()
    wb.cancel_fee_note(fee.number, "Not due after all")
    dialog = _close_dialog(qtbot, window, ref)
    _choose(dialog, "refused")
    assert not dialog.fee_warning.isVisible() and not dialog.fee_confirm.isVisible()
    dialog.reject()


# -- 9. no empty room kept for messages; room appears with one, nothing jumps ---------------
def _box(w: QWidget, dialog: QWidget) -> tuple[int, int]:
    top = w.mapTo(dialog, w.rect().topLeft()).y()
    return top, top + w.height()


def _nothing_squeezed(dialog: QWidget) -> None:
    """Every wrapped text as tall as its lines (the summary follows the date as it changes)."""
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:60]


def test_the_close_dialog_keeps_no_empty_room_and_grows_for_a_message(
    qtbot: Any, wb: Any, window: Any
) -> None:
    from datetime import timedelta

    ref = register(wb, "Hilde Verbruggen", days_ago=10, rights=("access",))
    wb.verify_identity(ref, "account-email")
    dialog = _close_dialog(qtbot, window, ref)
    ui = dialog.ui
    _choose(dialog, "refused")
    QApplication.processEvents()
    spacing = max(ui.formLayout.verticalSpacing(), 6)
    rows = [ui.choiceCombo, ui.dateEdit, ui.reasonEdit]
    spans = [_box(w, dialog) for w in rows]
    for (_top, bottom), (below, _b) in itertools.pairwise(spans):
        assert below - bottom <= spacing + 2, spans  # no room kept for a hidden message
    # under the form, the summary; under it, the buttons: no big empty band
    summary_end = _box(dialog.summary_box, dialog)[1]
    assert _box(ui.buttonBox, dialog)[0] - summary_end <= 3 * spacing
    # a refused date: its message takes room under the field; the field does not move,
    # the window stays where it is, nothing overlaps
    where, date_at = dialog.pos(), _box(ui.dateEdit, dialog)
    size, buttons = dialog.size(), _box(ui.buttonBox, dialog)
    ui.dateEdit.setDate(qdate(window.today() + timedelta(days=5)))
    QApplication.processEvents()
    assert dialog.date_error.isVisible()
    assert dialog.pos() == where and _box(ui.dateEdit, dialog) == date_at
    order = [ui.dateEdit, dialog.date_error, ui.reasonEdit, dialog.summary_box, ui.buttonBox]
    spans = [_box(w, dialog) for w in order]
    for (_top, bottom), (below, _b) in itertools.pairwise(spans):
        assert bottom <= below, spans
    _nothing_squeezed(dialog)
    # the message goes: its room goes with it, the window as it was, in its place
    ui.dateEdit.setDate(qdate(window.today()))
    QApplication.processEvents()
    assert not dialog.date_error.isVisible()
    _nothing_squeezed(dialog)
    assert dialog.pos() == where and dialog.size() == size and _box(ui.buttonBox, dialog) == buttons
    dialog.reject()
