"""Issue 15, the detail part: every tab follows the selection, defaults are chosen for the
request at hand, a refused input says why beside its field, each step confirms itself in
the status bar, nothing is active while locked, the extension line says what it means,
and every saved document starts in one remembered folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QToolButton

from cluma_dpo.gui import file_dialogs, labels
from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.dialogs.reason import ReasonDialog
from cluma_dpo.gui.ui_settings import ui_settings
from tests.gui.conftest import register
from tests.gui.test_actions import _select


def _step(qtbot: Any, window: Any, name: str, reason: str = "") -> ReasonDialog:
    window.acts[name].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, ReasonDialog)
    if reason:
        dialog.ui.reasonEdit.setPlainText(reason)
    if name == "reject":  # Art. 12(5): the one ground is chosen (lawyer's second pass, 8)
        combo = dialog.ui.choiceCombo
        combo.setCurrentIndex(combo.findData("repetitive"))
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    return dialog


# -- every tab follows the selection ------------------------------------------------------
def test_every_tab_follows_the_selection_between_kinds(qtbot: Any, wb: Any, window: Any) -> None:
    access = register(wb, "Access Person", days_ago=3, rights=("access",))
    erase = register(wb, "Erase Person", days_ago=4, rights=("erasure",), email="e@example.be")
    other = register(wb, "Other Eraser", days_ago=5, rights=("erasure",))
    wb.request_identity(access, on=wb.today())
    wb.verify_identity(erase, "account-email")
    wb.extend(erase, "Many systems to search")
    wb.mark_recipient(other, "PayPal", "notified", on=wb.today())
    detail = window.detail
    tab = detail.recipients
    detail.tabs.setCurrentWidget(tab)

    def shown(ref: str) -> None:
        _select(qtbot, window, ref)
        view = wb.request(ref, language="en")
        assert detail.view.reference == ref
        # identity
        assert detail.identity.status.text() == labels.label(
            labels.IDENTITY_STATUSES, view.identity.status
        )
        assert detail.identity.method.text() == (
            labels.label(labels.IDENTITY_METHODS, view.identity.method)
            if view.identity.method
            else "—"
        )
        # recipients: the line, the rows, the count in the tab
        assert tab.tree.topLevelItemCount() == len(view.recipients)
        if view.recipients:
            assert "No recipients" not in tab.intro.text()
            open_items = sum(1 for r in view.recipients if r.state == "open")
            assert detail.tabs.tabText(2) == f"Recipients ({open_items})"
        else:
            assert "No recipients" in tab.intro.text()
            assert detail.tabs.tabText(2) == "Recipients"
        # nothing of the previous request is selected in this one
        assert tab.tree.currentItem() is None, ref
        assert not tab.told.isEnabled() and not tab.notice.isEnabled()
        # the other lists
        assert detail.fees.tree.topLevelItemCount() == len(view.fee_notes)
        assert detail.documents.tree.topLevelItemCount() == len(view.documents)
        assert detail.timeline.tree.topLevelItemCount() == len(view.events)
        # the dates
        assert detail.dates.received.text().startswith(labels.long_date(view.received))
        if view.extended_due_date is not None:
            assert labels.long_date(view.extended_due_date) in detail.dates.extended.text()

    for ref in (access, erase, access, other, erase, other, access):
        shown(ref)
        if ref != access:  # a recipient chosen here stays here
            tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    # the same request shown anew (after a step) keeps its chosen recipient
    shown(erase)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    window.request_changed(erase)
    assert tab.tree.currentItem() is not None
    assert tab.tree.currentItem().text(0) == wb.request(erase).recipients[1].recipient


def test_an_erasure_without_recipients_does_not_say_art_19_does_not_apply(
    qtbot: Any, wb: Any, window: Any
) -> None:
    wb.set_setting("recipients", "[]")
    ref = register(wb, "Nobody Told", days_ago=2, rights=("erasure",))
    _select(qtbot, window, ref)
    text = window.detail.recipients.intro.text()
    assert "applies to rectification, erasure and restriction only" not in text
    assert "Settings" in text


# -- defaults chosen for the request at hand ----------------------------------------------
@pytest.fixture
def new_dialog(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> NewRequestDialog:
    ui_settings().setValue("new_request/channel", "post")  # what an older version kept
    # closing a filled form asks first (the unsaved part of issue 15): these tests discard
    monkeypatch.setattr("cluma_dpo.gui.unsaved.ask_discard_form", lambda _parent: True)
    dialog = window.commands.new_request()
    assert isinstance(dialog, NewRequestDialog)
    return dialog


def test_the_channel_is_not_carried_over_but_follows_what_is_typed(
    qtbot: Any, new_dialog: NewRequestDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # closing a filled form asks first (the unsaved part of issue 15): here, discard
    monkeypatch.setattr("cluma_dpo.gui.unsaved.ask_discard_form", lambda _parent: True)
    ui = new_dialog.ui
    assert ui.channelCombo.currentData() is None  # nothing chosen yet, and it shows
    assert "channel" in ui.hintLabel.text()
    qtbot.keyClicks(ui.emailEdit, "ann@example.be")
    assert ui.channelCombo.currentData() == "email"
    assert new_dialog.channel_hint.isVisible()
    assert "e-mail address" in new_dialog.channel_hint.text()
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.streetEdit, "Kerkstraat 1")
    assert ui.channelCombo.currentData() == "post"
    # chosen by hand: it stays, whatever is typed next
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("web"))
    qtbot.keyClicks(ui.emailEdit, "ann@example.be")
    assert ui.channelCombo.currentData() == "web"
    assert not new_dialog.channel_hint.isVisible()
    new_dialog.reject()


def test_the_identity_method_follows_the_request(qtbot: Any, wb: Any, window: Any) -> None:
    by_post = register(
        wb, "Post Writer", days_ago=2, channel="post", street="Kerkstraat 1", postcode="8500"
    )
    by_mail = register(wb, "Mail Writer", days_ago=2, channel="email", email="m@example.be")
    _select(qtbot, window, by_post)
    window.acts["verify_identity"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.ui.choiceCombo.currentData() != "account-email"
    dialog.reject()
    _select(qtbot, window, by_mail)
    window.acts["verify_identity"].trigger()
    dialog = window.commands.last_dialog
    # an e-mail not marked as from a known account: an identity document (dpo15 finding 16)
    assert dialog.ui.choiceCombo.currentData() == "id-document"
    dialog.reject()


# -- every refusal says why, next to the field --------------------------------------------
def test_a_future_date_is_refused_with_the_reason_beside_the_field(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Future Date", days_ago=3)
    _select(qtbot, window, ref)
    window.acts["withdraw"].trigger()
    dialog = window.commands.last_dialog
    tomorrow = window.today() + timedelta(days=1)
    # the calendar (made on the first click) shows the days after today as not to be
    # chosen, and says why
    qtbot.mouseClick(dialog.ui.dateEdit, Qt.MouseButton.LeftButton)
    calendar = dialog.ui.dateEdit.calendarWidget()
    q_tomorrow = QDate(tomorrow.year, tomorrow.month, tomorrow.day)
    assert calendar.dateTextFormat(q_tomorrow).toolTip()
    # typed: kept in the field, refused with the reason beside it
    dialog.ui.dateEdit.setDate(q_tomorrow)
    assert dialog.ui.dateEdit.date() == q_tomorrow
    assert not ok_button(dialog.ui.buttonBox).isEnabled()
    assert dialog.date_error.isVisible()
    assert "future" in dialog.date_error.text()
    # before the request was received: the same
    early = wb.request(ref).received - timedelta(days=1)
    dialog.ui.dateEdit.setDate(QDate(early.year, early.month, early.day))
    assert not ok_button(dialog.ui.buttonBox).isEnabled()
    assert labels.long_date(early + timedelta(days=1)) in dialog.date_error.text()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 25))
    assert ok_button(dialog.ui.buttonBox).isEnabled()
    assert not dialog.date_error.isVisible()
    dialog.reject()


def test_a_future_receipt_date_is_refused_with_the_reason(
    qtbot: Any, new_dialog: NewRequestDialog
) -> None:
    ui = new_dialog.ui
    tomorrow = new_dialog.today + timedelta(days=1)
    ui.receivedEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert ui.receivedEdit.date().toPython() == tomorrow
    assert ui.receivedError.isVisible()
    assert "future" in ui.receivedError.text()
    new_dialog.reject()


def test_the_register_hint_says_what_is_missing_while_register_is_disabled(
    qtbot: Any, new_dialog: NewRequestDialog
) -> None:
    ui = new_dialog.ui
    ui.accessCheck.setChecked(True)
    qtbot.keyClicks(ui.nameEdit, "Ann Peeters")
    qtbot.keyClicks(ui.emailEdit, "not an address")
    assert not ok_button(ui.buttonBox).isEnabled()
    assert "Ctrl+Enter" not in ui.hintLabel.text()
    assert "e-mail" in ui.hintLabel.text()
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "ann@example.be")
    assert ok_button(ui.buttonBox).isEnabled()
    assert "Ctrl+Enter" in ui.hintLabel.text()
    new_dialog.reject()


# -- every completed step confirms itself -------------------------------------------------
def test_each_step_confirms_itself_in_the_status_bar(qtbot: Any, wb: Any, window: Any) -> None:
    bar = window.statusBar()
    ref = register(wb, "Step Person", days_ago=3, rights=("erasure",))
    _select(qtbot, window, ref)
    for name, reason, words in (
        ("request_identity", "", "asked"),
        ("receive_identity", "", "received"),
        ("verify_identity", "", "verified"),
        ("extend", "Numerous systems", "extended"),
    ):
        bar.clearMessage()
        _step(qtbot, window, name, reason)
        assert ref in bar.currentMessage() and words in bar.currentMessage(), name
    tab = window.detail.recipients
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    bar.clearMessage()
    tab.told.click()
    assert tab.tree.topLevelItem(0).text(0) in bar.currentMessage()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    tab.not_applicable.click()
    dialog = window.commands.last_dialog
    dialog.ui.reasonEdit.setPlainText("Never held this person's data")
    bar.clearMessage()
    with qtbot.waitSignal(dialog.accepted):
        ok_button(dialog.ui.buttonBox).click()
    assert tab.tree.topLevelItem(1).text(0) in bar.currentMessage()
    for name, reason, words in (
        ("fail_identity", "", "failed"),
        ("reject", "Manifestly excessive: the fifth request this week", "rejected"),
    ):
        other = register(wb, f"Other {name}", days_ago=2)
        _select(qtbot, window, other)
        bar.clearMessage()
        _step(qtbot, window, name, reason)
        assert other in bar.currentMessage() and words in bar.currentMessage(), name
    gone = register(wb, "Gone Person", days_ago=2)
    _select(qtbot, window, gone)
    bar.clearMessage()
    _step(qtbot, window, "withdraw")
    assert gone in bar.currentMessage() and "withdrawn" in bar.currentMessage()


def test_the_objection_kind_confirms_itself(qtbot: Any, wb: Any, window: Any) -> None:
    from cluma_dpo.gui.dialogs.objections import ObjectionReviewDialog

    ref = register(wb, "Objector", days_ago=2)
    confirmed: list[tuple[str, str]] = []
    dialog = ObjectionReviewDialog([wb.request(ref)], lambda r, k: confirmed.append((r, k)), window)
    window.notices.watch_objections(dialog)
    window.statusBar().clearMessage()
    dialog.confirm(ref, "marketing-opt-out")
    assert confirmed == [(ref, "marketing-opt-out")]
    assert ref in window.statusBar().currentMessage()
    assert "marketing" in window.statusBar().currentMessage()
    dialog.reject()


# -- nothing active while locked ----------------------------------------------------------
def test_nothing_is_active_while_locked(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb.set_setting("bank.iban", "BE71096123456769")
    ref = register(wb, "Locked Person", days_ago=3, rights=("access", "erasure"))
    wb.verify_identity(ref, "id-document")
    wb.issue_fee_note(ref, "10.00", "The sixth identical request this month", ground="excessive")
    _select(qtbot, window, ref)
    window.detail.recipients.tree.setCurrentItem(window.detail.recipients.tree.topLevelItem(0))
    identity = next(
        b for b in window.toolbar.findChildren(QToolButton) if b.menu() is window.acts.identity_menu
    )
    assert identity.isEnabled()
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    window.wb = wb  # the fixture closes it; lock() would close it twice
    monkeypatch.setattr(wb, "close", lambda: None)
    window.lock()
    assert not identity.isEnabled()
    active = [b.text() for b in window.detail.findChildren(QAbstractButton) if b.isEnabled()]
    assert active == []
    allowed = {"quit", "about", "reset_layout", "manual"}  # the manual holds no personal data
    enabled = [n for n, a in window.acts.actions.items() if a.isEnabled() and n not in allowed]
    assert enabled == []


# -- the extension line -------------------------------------------------------------------
def test_the_extension_line_says_it_is_the_day_to_decide(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Extendable", days_ago=3)
    _select(qtbot, window, ref)
    view = window.detail.view
    from cluma_dpo.gui.steps import extended_date

    until = extended_date(view, window.today(), pause_for_identity=True)
    text = window.detail.dates.extended.text()
    assert "possible until" not in text
    assert labels.long_date(view.due_date) in text and "decide" in text
    assert labels.long_date(until) in text


# -- one remembered folder for saved documents --------------------------------------------
def test_the_letter_and_the_fee_note_start_in_the_same_folder(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    chosen = tmp_path / "letters"
    chosen.mkdir()

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(chosen / Path(suggested).name)

    monkeypatch.setattr(file_dialogs, "ask_save_file", ask)
    ref = register(wb, "Folder Person", days_ago=3)
    _select(qtbot, window, ref)
    assert window.ask_save_path("Save fee note", "FN-1.pdf", "PDF (*.pdf)") == chosen / "FN-1.pdf"
    dialog = window.commands.letter()
    dialog.pdf = b"%PDF-1.4"
    dialog.made = dialog.choice()  # previewed: saving now asks first whether it replaces one
    monkeypatch.setattr(
        dialog, "save_to", lambda path, confirmed=False: asked.append(f"saved {path}")
    )
    dialog.save_as()
    assert Path(asked[1]).parent == chosen  # the letter's dialog starts where the fee note went
    assert asked[2] == f"saved {chosen / Path(asked[1]).name}"
    dialog.reject()


def test_the_first_save_starts_in_the_documents_folder(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        file_dialogs, "ask_save_file", lambda _p, _t, suggested, _f: asked.append(suggested)
    )
    assert window.ask_save_path("Save", "x.pdf", "PDF (*.pdf)") is None
    assert Path(asked[0]).parent == file_dialogs.start_folder()


# -- lawyer's finding 32: "received nothing" is its own state, not Art. 19's exception --------
def test_received_nothing_is_recorded_apart_from_not_applicable(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Nothing Received", days_ago=3, rights=("erasure",))
    _select(qtbot, window, ref)
    tab = window.detail.recipients
    window.detail.tabs.setCurrentWidget(tab)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    name = tab.tree.topLevelItem(0).text(0)
    assert tab.not_received.isEnabled()
    tab.not_received.click()
    states = {i.recipient: i.state for i in wb.request(ref).recipients}
    assert states[name] == "not-received"
    row = next(
        tab.tree.topLevelItem(i)
        for i in range(tab.tree.topLevelItemCount())
        if tab.tree.topLevelItem(i).text(0) == name
    )
    tab.tree.setCurrentItem(row)
    assert row.text(1) == labels.label(labels.RECIPIENT_STATES, "not-received")
    assert tab.reopen.isEnabled() and not tab.not_received.isEnabled()
    assert not tab.notice.isEnabled()  # nothing to tell a recipient that received nothing
