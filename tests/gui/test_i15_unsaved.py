"""Issue 15, "nothing typed is lost": the data subject editor asks Save / Discard / Cancel
before a row switch or closing the window, keeps its edits in memory over a lock; the
new-request form asks before it is discarded; closing a request shows a summary and warns
when no answer letter was produced."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluma_dpo.domain.model import DocumentView
from cluma_dpo.gui import unsaved
from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.steps import close as close_step
from tests.gui.conftest import PASSPHRASE, register

STREET = "Nieuwe Straat 77"


class Asker:
    """Stands in for the Save / Discard / Cancel question: answers `choice`, counts asks."""

    def __init__(self, choice: str) -> None:
        self.choice = choice
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, _parent: Any, text: str, *, can_save: bool = True) -> str:
        self.asked.append((text, can_save))
        return self.choice


@pytest.fixture
def two(qtbot: Any, wb: Any, window: Any) -> tuple[str, str]:
    """Two requests; the older one (second row) selected, its street edited, not saved."""
    older = register(wb, "Ann Peeters", days_ago=5, street="Oude Straat 1", postcode="8500")
    newer = register(wb, "Bert Claes", days_ago=1)
    window.reload()
    assert window.list_panel.select_reference(older)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert window.detail.view.reference == older
    window.detail.subject.edits["street"].setText(STREET)
    assert window.detail.subject.save_button.isEnabled()
    return older, newer


def _clean(window: Any) -> None:
    """Leave nothing unsaved, so that the fixture's close asks nothing."""
    window.unsaved.kept = None
    if window.detail.subject.view is not None:
        window.detail.subject.show_request(window.detail.subject.view)


def test_row_switch_cancel_keeps_the_row_and_the_edit(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    older, newer = two
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.list_panel.select_reference(newer)
    assert len(ask.asked) == 1
    assert older in ask.asked[0][0]
    assert window.list_panel.selected_reference == older
    current = window.list_panel.table.currentIndex()
    assert window.model.view_at(current.row()).reference == older
    assert window.detail.view.reference == older
    assert window.detail.subject.edits["street"].text() == STREET
    assert window.detail.subject.save_button.isEnabled()
    assert wb.request(older).subject.street == "Oude Straat 1"  # nothing saved
    _clean(window)


def test_row_switch_save_saves_then_switches(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    older, newer = two
    ask = Asker(unsaved.SAVE)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.list_panel.select_reference(newer)
    assert len(ask.asked) == 1
    assert window.detail.view.reference == newer
    assert wb.request(older).subject.street == STREET
    assert not window.detail.subject.save_button.isEnabled()


def test_row_switch_discard_drops_the_edit(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    older, newer = two
    ask = Asker(unsaved.DISCARD)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.list_panel.select_reference(newer)
    assert len(ask.asked) == 1
    assert window.detail.view.reference == newer
    assert wb.request(older).subject.street == "Oude Straat 1"
    window.list_panel.select_reference(older)
    assert window.detail.subject.edits["street"].text() == "Oude Straat 1"


def test_an_invalid_edit_cannot_be_saved_from_the_question(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    older, newer = two
    window.detail.subject.edits["email"].setText("not an address")
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.list_panel.select_reference(newer)
    assert ask.asked and ask.asked[0][1] is False  # Save is not offered
    assert window.detail.view.reference == older
    _clean(window)


def test_a_refresh_of_the_same_request_keeps_the_edit(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    older, _newer = two
    monkeypatch.setattr(unsaved, "ask_unsaved", Asker(unsaved.CANCEL))
    window.acts["refresh"].trigger()  # F5
    window.request_changed(older)  # a step on the same request
    assert window.detail.subject.edits["street"].text() == STREET
    assert window.detail.subject.save_button.isEnabled()
    _clean(window)


def _never_on_disk(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert STREET.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("how", ["ctrl-l", "idle"])
def test_a_lock_keeps_the_edit_in_memory_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    wb: Any,
    window: Any,
    two: Any,
    data_dir: Path,
    tmp_path: Path,
    how: str,
) -> None:
    from cluma_dpo.app import open_workbench

    older, _newer = two
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    monkeypatch.setattr(window, "ask_unlock", lambda: None)  # no unlock dialog in the way
    if how == "ctrl-l":
        window.acts["lock"].trigger()
    else:
        window.idle.idle.emit()
    assert window.locked
    assert window.detail.subject.edits["street"].text() == ""  # nothing personal shown
    assert not ask.asked  # locking never waits for an answer
    _never_on_disk(tmp_path)
    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))
    assert window.detail.view.reference == older
    assert window.list_panel.selected_reference == older
    assert window.detail.subject.edits["street"].text() == STREET
    assert window.detail.subject.save_button.isEnabled()
    assert window.wb.request(older).subject.street == "Oude Straat 1"
    assert not ask.asked
    assert "kept" in window.statusBar().currentMessage()
    _clean(window)


def test_closing_the_window_asks(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any, data_dir: Path
) -> None:
    from cluma_dpo.app import open_workbench

    older, _newer = two
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.close()
    assert len(ask.asked) == 1
    assert window.isVisible()
    assert window.wb is wb
    ask.choice = unsaved.SAVE
    window.close()
    assert not window.isVisible()
    bench = open_workbench(data_dir, PASSPHRASE, front_end="app")
    try:
        assert bench.request(older).subject.street == STREET
    finally:
        bench.close()


def test_closing_the_window_unchanged_asks_nothing(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any
) -> None:
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *a, **k: pytest.fail("asked"))
    register(wb, "Ann Peeters")
    window.reload()
    window.close()
    assert not window.isVisible()


# -- the new-request form ------------------------------------------------------------------


@pytest.fixture
def form(qtbot: Any) -> NewRequestDialog:
    from datetime import date

    dialog = NewRequestDialog(lambda _cmd: "DSR-2026-0001", today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_untouched_form_closes_at_once(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, form: NewRequestDialog
) -> None:
    monkeypatch.setattr(unsaved, "ask_discard_form", lambda _p: pytest.fail("asked"))
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


@pytest.mark.parametrize("how", ["cancel-button", "escape", "close-button"])
def test_a_filled_form_asks_before_it_is_discarded(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, form: NewRequestDialog, how: str
) -> None:
    answers: list[bool] = []

    def ask(_parent: Any) -> bool:
        return answers.pop(0)

    monkeypatch.setattr(unsaved, "ask_discard_form", ask)
    qtbot.keyClicks(form.ui.nameEdit, "Carla Dewitte")

    def leave() -> None:
        if how == "cancel-button":
            form.ui.buttonBox.button(form.ui.buttonBox.StandardButton.Cancel).click()
        elif how == "escape":
            qtbot.keyClick(form, Qt.Key.Key_Escape)
        else:
            form.close()

    answers.append(False)  # keep editing
    leave()
    assert form.isVisible()
    assert form.ui.nameEdit.text() == "Carla Dewitte"
    answers.append(True)  # discard
    leave()
    assert not form.isVisible()
    assert not answers


def test_a_ticked_right_alone_counts_as_filled(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, form: NewRequestDialog
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(unsaved, "ask_discard_form", lambda _p: asked.append(True) or True)
    form.ui.accessCheck.setChecked(True)
    form.reject()
    assert asked == [True]


# -- close with care ---------------------------------------------------------------------


def _close_dialog(qtbot: Any, wb: Any, window: Any, ref: str) -> CloseDialog:
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.acts["close"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, CloseDialog)
    return dialog


def test_the_close_dialog_summarises_and_warns_without_an_answer_letter(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Dirk Maes", days_ago=10, rights=("access", "erasure"))
    # a grant needs a verified identity (issue 15: else no answer letter could be made)
    wb.verify_identity(ref, "account-email")
    dialog = _close_dialog(qtbot, wb, window, ref)
    ui = dialog.ui
    ui.choiceCombo.setCurrentIndex(ui.choiceCombo.findData("granted"))
    text = dialog.summary.text()
    assert ref in text
    assert "Dirk Maes" in text
    assert "access" in text and "erasure" in text
    assert "granted" in text  # the outcome chosen
    assert "received" in text and "closed on" in text
    assert "Fee notes" in text and "none" in text
    assert "Recipients" in text
    assert dialog.letter_warning.isVisible()
    assert "No answer letter" in dialog.letter_warning.text()
    ui.choiceCombo.setCurrentIndex(ui.choiceCombo.findData("refused"))
    assert "refused" in dialog.summary.text()  # follows the choice
    ui.choiceCombo.setCurrentIndex(ui.choiceCombo.findData("granted"))
    ok = ok_button(ui.buttonBox)
    # the erasure's recipients are still to tell (Art. 19): the DPO confirms (issue 15)
    assert dialog.art19_warning.isVisible() and not ok.isEnabled()
    dialog.art19_confirm.setChecked(True)
    assert ok.isEnabled()  # closing is still possible after the warning
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    # answered: the erasure waits for the Art. 19 notices before it is closed
    qtbot.waitUntil(lambda: window.detail.view.status.value in ("answered", "closed"))


def test_no_warning_when_an_answer_letter_was_produced(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Els Wouters", days_ago=10)
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    view = window.detail.view
    letter = DocumentView(
        kind="answer", language="nl", produced_at=datetime(2026, 11, 20, tzinfo=UTC), sha256="0"
    )
    view = dataclasses.replace(view, documents=(letter,))
    dialog = CloseDialog(close_step(wb, view, window.today()), view, window, today=window.today())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.letter_warning.isVisible()
    assert "Answer" in dialog.summary.text()


def test_closing_an_answered_request_shows_the_summary_too(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Frank Smet", days_ago=10, rights=("erasure",))
    wb.verify_identity(ref, "account-email")  # a grant needs it (issue 15)
    wb.close_request(ref, "granted", on=window.today(), answered=True)
    assert wb.request(ref).status.value == "answered"  # the Art. 19 notices still to go
    dialog = _close_dialog(qtbot, wb, window, ref)
    assert dialog.letter_warning.isVisible()
    assert "Frank Smet" in dialog.summary.text()


def test_the_question_names_its_buttons(qtbot: Any) -> None:
    """The real question box: Save, Discard and Cancel in the screen language."""
    box = unsaved.unsaved_box(None, "text", can_save=True)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Save", "Discard", "Cancel"} <= texts
    box = unsaved.unsaved_box(None, "text", can_save=False)
    qtbot.addWidget(box)
    assert "Save" not in {b.text().replace("&", "") for b in box.buttons()}
    assert QApplication.instance() is not None


def test_the_idle_lock_during_the_question_keeps_the_edit(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any, data_dir: Path
) -> None:
    from cluma_dpo.app import open_workbench

    older, newer = two
    monkeypatch.setattr(window, "ask_unlock", lambda: None)

    def lock_while_asking(_parent: Any, _text: str, *, can_save: bool = True) -> str:
        window.idle.idle.emit()  # ten minutes pass with the question open
        return unsaved.CANCEL

    monkeypatch.setattr(unsaved, "ask_unsaved", lock_while_asking)
    window.list_panel.select_reference(newer)
    assert window.locked
    assert window.detail.subject.edits["street"].text() == ""
    monkeypatch.setattr(unsaved, "ask_unsaved", Asker(unsaved.CANCEL))
    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))
    assert window.detail.view.reference == older
    assert window.detail.subject.edits["street"].text() == STREET
    _clean(window)


def test_closing_while_locked_with_kept_edits_asks_without_save(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any
) -> None:
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    window.lock()
    ask = Asker(unsaved.CANCEL)
    monkeypatch.setattr(unsaved, "ask_unsaved", ask)
    window.close()
    assert ask.asked and ask.asked[0][1] is False  # saving needs the database unlocked
    assert window.isVisible()
    ask.choice = unsaved.DISCARD
    window.close()
    assert not window.isVisible()
    assert window.unsaved.kept is None


def test_edits_are_never_saved_into_another_database(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any, tmp_path: Path
) -> None:
    """Another database (the demo) opened under unsaved edits: they are not written there."""
    from cluma_dpo.app import open_workbench

    older, _newer = two
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *a, **k: unsaved.SAVE)
    other = open_workbench(tmp_path / "other", PASSPHRASE, create=True)
    register(other, "Demo Person", days_ago=5)  # the same reference in the other database
    window.wb = None  # the fixture closes its own database
    window.switch_to(tmp_path / "other", other)
    assert other.request(older).subject.street is None
    assert "dropped" in window.statusBar().currentMessage()


# -- an edit is only given back to the data it was typed over (attacker, issue 15) ----------
def test_kept_edits_are_dropped_when_the_request_changed_while_locked(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any, data_dir: Path
) -> None:
    """Locked with an unsaved street; meanwhile a restore (or another command) put another
    person under the same reference: the street must not land on that person."""
    from cluma_dpo.app import open_workbench

    older, _newer = two
    monkeypatch.setattr(unsaved, "ask_unsaved", Asker(unsaved.DISCARD))
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    window.acts["lock"].trigger()
    assert window.locked
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    other.update_subject(older, name="Bob Foreign", street="Elders 9")
    other.close()
    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))
    assert window.detail.view.reference == older
    assert window.detail.subject.edits["name"].text() == "Bob Foreign"
    assert window.detail.subject.edits["street"].text() == "Elders 9"
    assert not window.detail.subject.save_button.isEnabled()
    assert "dropped" in window.statusBar().currentMessage()
    _clean(window)


def test_unsaved_edits_do_not_follow_a_restore_to_another_person(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, two: Any, data_dir: Path
) -> None:
    """The window goes on with another database file in the same folder (what a restore
    does): the same reference now holds someone else."""
    from cluma_dpo.app import open_workbench

    older, _newer = two
    monkeypatch.setattr(unsaved, "ask_unsaved", Asker(unsaved.DISCARD))
    window.wb.update_subject(older, name="Bob Foreign")  # the restored file's person
    window.switch_to(data_dir, open_workbench(data_dir, PASSPHRASE, front_end="app"))
    window.list_panel.select_reference(older)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert window.detail.subject.edits["name"].text() == "Bob Foreign"
    assert window.detail.subject.edits["street"].text() == "Oude Straat 1"
    assert not window.detail.subject.save_button.isEnabled()
    _clean(window)
