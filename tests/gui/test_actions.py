"""Actions follow the domain: enabled only when allowed; a disabled one says why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.reason import ReasonDialog
from cluma_dpo.gui.i18n import say
from tests.gui.conftest import register


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def test_nothing_selected_says_so(window: Any) -> None:
    extend = window.acts["extend"]
    assert not extend.isEnabled()
    assert "Select a request" in extend.toolTip()
    assert window.acts["new"].isEnabled()


def test_extend_is_disabled_after_the_first_month_with_the_reason(
    qtbot: Any, wb: Any, window: Any
) -> None:
    late = register(wb, "Late Person", days_ago=45)
    _select(qtbot, window, late)
    extend = window.acts["extend"]
    assert not extend.isEnabled()
    reason = wb.available_actions(late)["extend"]
    assert reason
    assert extend.toolTip() == say(reason)
    assert "too late" in extend.toolTip()
    # the toolbar button shows the same tooltip
    button = window.toolbar.widgetForAction(extend)
    assert button.toolTip() == say(reason)


def test_extend_within_the_first_month(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Complex Case", days_ago=10)
    _select(qtbot, window, ref)
    extend = window.acts["extend"]
    assert extend.isEnabled()
    extend.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, ReasonDialog)
    ok = ok_button(dialog.ui.buttonBox)
    assert not ok.isEnabled()  # a reason is required (Art. 12(3))
    qtbot.keyClicks(dialog.ui.reasonEdit, "Numerous requests from the same person")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.view.extended_due_date is not None)
    assert window.detail.view.status.value == "extended"
    assert not window.acts["extend"].isEnabled()
    assert "one extension" in window.acts["extend"].toolTip()
    assert window.model.view_at(window.model.row_of(ref)).status.value == "extended"
    events = [e.kind for e in window.detail.view.events]
    assert "extended" in events
    assert window.detail.timeline.tree.topLevelItemCount() == len(events)


def test_close_validates_the_reason_for_a_refusal(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Refused Person", days_ago=5)
    _select(qtbot, window, ref)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    ui = dialog.ui
    ok = ok_button(ui.buttonBox)
    ui.choiceCombo.setCurrentIndex(ui.choiceCombo.findData("refused"))
    assert not ok.isEnabled()
    assert "12(4)" in ui.messageLabel.text()
    qtbot.keyClicks(ui.reasonEdit, "No data about this person is held.")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    qtbot.waitUntil(lambda: window.detail.view.status.value == "closed")
    for name in ("extend", "close", "withdraw", "reject"):
        assert not window.acts[name].isEnabled()
        assert "already closed" in window.acts[name].toolTip()


def test_subject_edit_is_saved_and_audited(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Jan Janssens", days_ago=2)
    _select(qtbot, window, ref)
    editor = window.detail.subject
    assert not editor.save_button.isEnabled()
    editor.edits["email"].setText("not an address")
    assert not editor.save_button.isEnabled()
    assert "e-mail" in editor.message.text()
    editor.edits["email"].setText("jan@example.be")
    editor.edits["city"].setText("Roeselare")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.view.subject.email == "jan@example.be")
    edits = [e for e in window.detail.view.events if e.kind == "subject-edited"]
    assert len(edits) == 2  # one audit event per changed field
    assert not editor.save_button.isEnabled()


def test_identity_steps_pause_and_resume(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Unsure Identity", days_ago=3)
    _select(qtbot, window, ref)
    window.acts["request_identity"].trigger()
    dialog = window.commands.last_dialog
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    qtbot.waitUntil(lambda: window.detail.view.paused)
    assert window.dashboard.counts["paused"] == 1
    assert not window.acts["close"].isEnabled()
    assert window.acts["receive_identity"].isEnabled()
    window.acts["receive_identity"].trigger()
    dialog = window.commands.last_dialog
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    qtbot.waitUntil(lambda: not window.detail.view.paused)
    assert window.acts["verify_identity"].isEnabled()
