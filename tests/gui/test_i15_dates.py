"""Issue 15, dates: a date typed over the one shown is taken as typed, in every date field
(the new-request form, the step dialogs); a date out of range stays visible and is
refused beside the field. And closing never leads to a dead end: a granting outcome for a
request whose identity was never verified is refused beside the outcome (no answer letter
could ever be made for it), a refusal stays possible."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.dialogs.reason import ReasonDialog
from cluma_dpo.gui.main import install_translations
from tests.gui.conftest import register
from tests.gui.test_actions import _select

DEC_2 = date(2026, 12, 2)  # the day the DPO found it: the month of "today" is December


@pytest.fixture
def december(monkeypatch: pytest.MonkeyPatch) -> None:
    from cluma_dpo import app

    monkeypatch.setattr(app, "CLOCK", FixedClock.on(DEC_2))


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    from cluma_dpo import texts

    before = texts.current_language()
    assert install_translations(qapp, "nl")
    texts.set_language("nl")
    yield
    texts.set_language(before)


def _shot(widget: Any, name: str) -> None:
    """A screenshot for the one who reviews the screens, only when asked for:
    CLUMA_DPO_SHOTS=<folder> (a test writes nowhere but its temporary folders)."""
    folder = os.environ.get("CLUMA_DPO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def type_over(qtbot: Any, edit: QDateEdit, typed: str, how: str = "select-all") -> None:
    """Type `typed` over the date shown, as a person does: select it all, or click in it."""
    edit.setFocus()
    if how == "select-all":
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:  # the cursor at the start, nothing selected (a click before the day)
        edit.lineEdit().deselect()
        edit.lineEdit().setCursorPosition(0)
    qtbot.keyClicks(edit, typed)


def _new(window: Any, monkeypatch: pytest.MonkeyPatch) -> NewRequestDialog:
    monkeypatch.setattr("cluma_dpo.gui.unsaved.ask_discard_form", lambda _parent: True)
    dialog = window.commands.new_request()
    assert isinstance(dialog, NewRequestDialog)
    return dialog


@pytest.mark.parametrize("how", ["select-all", "cursor-at-start"])
def test_a_typed_receipt_date_is_taken_as_typed(
    qtbot: Any, december: None, dutch: None, window: Any, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    dialog = _new(window, monkeypatch)
    ui = dialog.ui
    assert dialog.today == DEC_2
    assert ui.receivedEdit.displayFormat() == "dd/MM/yyyy"
    for typed, expected in (
        ("15/10/2026", date(2026, 10, 15)),  # day 15 while the month is still 12
        ("01/11/2026", date(2026, 11, 1)),
        ("31/01/2026", date(2026, 1, 31)),
        ("02/12/2026", DEC_2),
    ):
        type_over(qtbot, ui.receivedEdit, typed, how)
        assert ui.receivedEdit.date().toPython() == expected, typed
        assert ui.receivedEdit.text() == typed
        assert not ui.receivedError.isVisible(), typed
    dialog.reject()


def test_a_typed_future_receipt_date_stays_and_is_refused_beside_the_field(
    qtbot: Any, december: None, dutch: None, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _new(window, monkeypatch)
    ui = dialog.ui
    ui.accessCheck.setChecked(True)
    qtbot.keyClicks(ui.nameEdit, "Ann Peeters")
    qtbot.keyClicks(ui.emailEdit, "ann@example.be")
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("email"))
    assert ok_button(ui.buttonBox).isEnabled()
    type_over(qtbot, ui.receivedEdit, "15/12/2026")
    assert ui.receivedEdit.text() == "15/12/2026"  # kept as typed, never changed
    assert ui.receivedEdit.date().toPython() == date(2026, 12, 15)
    assert ui.receivedError.isVisible()
    assert "toekomst" in ui.receivedError.text()
    assert not ok_button(ui.buttonBox).isEnabled()
    dialog.show()
    qtbot.wait(50)  # the layout follows the longer hint
    _shot(dialog, "new_request_future_nl.png")
    # a year typed before the GDPR applied: kept, and refused with why
    type_over(qtbot, ui.receivedEdit, "15/10/1999")
    assert ui.receivedEdit.text() == "15/10/1999"
    assert ui.receivedError.isVisible()
    assert not ok_button(ui.buttonBox).isEnabled()
    type_over(qtbot, ui.receivedEdit, "15/10/2026")
    assert not ui.receivedError.isVisible()
    assert ok_button(ui.buttonBox).isEnabled()
    dialog.reject()


def test_a_date_typed_in_a_step_dialog_is_taken_or_refused_beside_the_field(
    qtbot: Any, december: None, dutch: None, wb: Any, window: Any
) -> None:
    ref = register(wb, "Typed Step", days_ago=60)
    _select(qtbot, window, ref)
    window.acts["withdraw"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, ReasonDialog)
    edit = dialog.ui.dateEdit
    type_over(qtbot, edit, "15/10/2026")
    assert edit.date().toPython() == date(2026, 10, 15)
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    type_over(qtbot, edit, "03/12/2026")
    assert edit.text() == "03/12/2026"
    assert dialog.date_error.isVisible()
    assert "toekomst" in dialog.date_error.text()
    assert not ok_button(dialog.ui.buttonBox).isEnabled()
    dialog.reject()


# -- closing never leads to a dead end ----------------------------------------------------
def _close_dialog(qtbot: Any, wb: Any, window: Any, ref: str) -> Any:
    from cluma_dpo.gui.dialogs.close import CloseDialog

    _select(qtbot, window, ref)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, CloseDialog)
    return dialog


def _choose(dialog: Any, outcome: str) -> None:
    combo = dialog.ui.choiceCombo
    combo.setCurrentIndex(combo.findData(outcome))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_grant_without_a_verified_identity_is_refused_beside_the_outcome(
    qtbot: Any, qapp: Any, wb: Any, window: Any, language: str
) -> None:
    from cluma_dpo import texts

    before = texts.current_language()
    assert install_translations(qapp, language)
    texts.set_language(language)
    try:
        ref = register(wb, "Eraser Unverified", days_ago=10, rights=("erasure",))
        dialog = _close_dialog(qtbot, wb, window, ref)
        ok = ok_button(dialog.ui.buttonBox)
        dialog.show()
        for outcome in ("granted", "partly-granted"):
            _choose(dialog, outcome)
            dialog.ui.reasonEdit.setPlainText("Facturen bewaard (art. 17, lid 3, b)")
            assert dialog.choice_error.isVisible(), outcome
            assert ("identiteit" if language == "nl" else "identité") in (
                dialog.choice_error.text()
            )
            assert not ok.isEnabled(), outcome
            assert not dialog.ui.messageLabel.isVisible()  # said once, beside the outcome
            # and not contradicted: "you can still close now" does not stand under it
            assert not dialog.letter_warning.isVisible(), outcome
        _choose(dialog, "granted")
        dialog.ui.reasonEdit.clear()
        _shot(dialog, f"close_identity_{language}.png")
        # a refusal stays possible: it has its letter
        _choose(dialog, "refused")
        dialog.ui.reasonEdit.setPlainText("Art. 17(3)(b)")
        assert not dialog.choice_error.isVisible()
        assert ok.isEnabled()
        dialog.reject()
        # verified: the grant is allowed
        wb.verify_identity(ref, "account-email")
        dialog = _close_dialog(qtbot, wb, window, ref)
        _choose(dialog, "granted")
        assert not dialog.choice_error.isVisible()
        # its recipients are still to tell (Art. 19): the DPO confirms first (issue 15)
        assert not ok_button(dialog.ui.buttonBox).isEnabled()
        dialog.art19_confirm.setChecked(True)
        assert ok_button(dialog.ui.buttonBox).isEnabled()
        dialog.reject()
    finally:
        texts.set_language(before)


def test_a_typed_future_date_is_refused_beside_the_field_in_french(
    qtbot: Any, qapp: Any, december: None, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo import texts

    before = texts.current_language()
    assert install_translations(qapp, "fr")
    texts.set_language("fr")
    qtbot.wait(10)  # the language change reaches the window before the form opens
    try:
        dialog = _new(window, monkeypatch)
        edit = dialog.ui.receivedEdit
        assert edit.displayFormat() == "dd/MM/yyyy"
        type_over(qtbot, edit, "15/12/2026")
        assert edit.text() == "15/12/2026"
        assert dialog.ui.receivedError.isVisible()
        assert "futur" in dialog.ui.receivedError.text()
        assert not ok_button(dialog.ui.buttonBox).isEnabled()
        dialog.show()
        qtbot.wait(50)
        _shot(dialog, "new_request_future_fr.png")
        dialog.reject()
        ref = register(wb, "Typed Step", days_ago=60)
        _select(qtbot, window, ref)
        window.acts["withdraw"].trigger()
        step = window.commands.last_dialog
        assert isinstance(step, ReasonDialog)
        type_over(qtbot, step.ui.dateEdit, "03/12/2026")
        assert step.ui.dateEdit.text() == "03/12/2026"
        assert step.date_error.isVisible()
        assert not ok_button(step.ui.buttonBox).isEnabled()
        step.show()
        qtbot.wait(50)
        _shot(step, "withdraw_future_fr.png")
        step.reject()
    finally:
        texts.set_language(before)


def test_a_marketing_opt_out_is_granted_in_the_app_without_an_identity_check(
    qtbot: Any, qapp: Any, wb: Any, window: Any
) -> None:
    """Art. 21(3), 12(2): the opt-out needs no identity check; the close dialog follows the
    same rule as the command line (domain.lifecycle.check_outcome_identity with the rights)."""
    ref = register(wb, "Opt Out Unverified", days_ago=3, rights=("marketing-opt-out",))
    dialog = _close_dialog(qtbot, wb, window, ref)
    dialog.show()
    _choose(dialog, "granted")
    assert not dialog.choice_error.isVisible()
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    dialog.reject()
