"""The close and reject dialogs ask for the one legal ground the letter will state (the
Belgian privacy lawyer's second pass, findings 6 and 8)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate

from cluma_dpo.domain import grounds
from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.reason import ReasonDialog
from tests.gui.conftest import register
from tests.gui.test_actions import _select


def _open(qtbot: Any, window: Any, name: str) -> Any:
    window.acts[name].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, ReasonDialog)
    return dialog


def test_a_refused_objection_is_closed_only_with_its_ground(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Marc Willems", rights=("objection",), known_account=True)
    _select(qtbot, window, ref)
    dialog = _open(qtbot, window, "close")
    assert isinstance(dialog, CloseDialog)
    combo = dialog.ui.choiceCombo
    combo.setCurrentIndex(combo.findData("granted"))
    assert not dialog.objection_ground.isVisibleTo(dialog)  # nothing refused: no ground
    combo.setCurrentIndex(combo.findData("refused"))
    dialog.ui.reasonEdit.setPlainText("We need the data for the pending court case.")
    assert dialog.objection_ground.isVisibleTo(dialog)
    assert not ok_button(dialog.ui.buttonBox).isEnabled()  # Art. 21(1): which ground?
    dialog.objection_ground.setCurrentIndex(dialog.objection_ground.findData("legal-claims"))
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert grounds.of(wb.request(ref)).objection == "legal-claims"


def test_a_rejection_is_recorded_only_with_its_ground(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Koen Maes", rights=("access",), known_account=True)
    _select(qtbot, window, ref)
    dialog = _open(qtbot, window, "reject")
    dialog.ui.reasonEdit.setPlainText("The sixth identical request in three weeks.")
    assert not ok_button(dialog.ui.buttonBox).isEnabled()  # Art. 12(5): which ground?
    combo = dialog.ui.choiceCombo
    combo.setCurrentIndex(combo.findData("repetitive"))
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert grounds.of(wb.request(ref)).rejection == "repetitive"


def test_an_erasure_refused_under_a_legal_obligation_says_which_and_until_when(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Bart Peeters", rights=("erasure",), known_account=True)
    _select(qtbot, window, ref)
    dialog = _open(qtbot, window, "close")
    combo = dialog.ui.choiceCombo
    combo.setCurrentIndex(combo.findData("refused"))
    dialog.ui.reasonEdit.setPlainText("We keep your invoices.")
    assert dialog.kept_for.isVisibleTo(dialog) and not dialog.kept_until.isVisibleTo(dialog)
    dialog.kept_for.setCurrentIndex(dialog.kept_for.findData("accounting"))
    assert dialog.kept_until.isVisibleTo(dialog)
    dialog.kept_until.setDate(QDate(2033, 12, 31))
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    kept = grounds.of(wb.request(ref))
    assert (kept.retention.value, kept.kept_until) == ("accounting", date(2033, 12, 31))
