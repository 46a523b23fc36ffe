"""Issue 15, the DPO's day (dpo15 report): what the walk-through found, each as a test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from cluma_dpo.gui.dialogs.common import ok_button
from tests.gui.conftest import PASSPHRASE, register

NAME = "Jan Peeters"


def _readable(dialog: QWidget) -> str:
    """Every text a person could read on the dialog now: its title and visible widgets."""
    parts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
    return "\n".join(parts)


def _unlock(window: Any, data_dir: Path) -> None:
    from cluma_dpo.app import open_workbench

    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))


# -- finding 1: the idle lock keeps an open dialog and what was typed in it -------------------
def test_the_idle_lock_keeps_the_new_request_form_veiled_and_gives_it_back(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: Any, data_dir: Path
) -> None:
    from cluma_dpo.gui.dialogs.new_request import NewRequestDialog

    monkeypatch.setattr(window, "ask_unlock", lambda: None)  # no unlock dialog in the way
    window.acts["new"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, NAME)
    window.idle.idle.emit()  # ten idle minutes
    assert window.locked
    assert dialog.isVisible()  # kept, in memory only
    assert NAME not in _readable(dialog)  # and nothing of it readable
    assert not ui.nameEdit.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not throw it away while locked
    dialog.close()
    assert dialog.isVisible()
    _unlock(window, data_dir)
    assert dialog.isVisible() and ui.nameEdit.isVisible()
    assert ui.nameEdit.text() == NAME
    assert dialog.windowTitle() != "Cluma DPO"
    # and it registers into the database the unlock opened
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("post"))
    qtbot.mouseClick(ui.accessCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.streetEdit, "Kerkstraat 1")
    qtbot.keyClicks(ui.postcodeEdit, "8500")
    qtbot.keyClicks(ui.cityEdit, "Kortrijk")
    assert ok_button(ui.buttonBox).isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok_button(ui.buttonBox), Qt.MouseButton.LeftButton)
    assert window.wb.request(dialog.reference).subject.name == NAME


def test_the_idle_lock_keeps_the_extension_reason(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any, data_dir: Path
) -> None:
    reason = "Votre demande porte sur de nombreuses archives."
    ref = register(wb, NAME, days_ago=5)
    window.reload()
    assert window.list_panel.select_reference(ref)
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    dialog = window.commands.step("extend")
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.reasonEdit, reason)
    window.idle.idle.emit()
    assert window.locked and dialog.isVisible()
    assert reason not in _readable(dialog) and ref not in _readable(dialog)
    _unlock(window, data_dir)
    assert dialog.ui.reasonEdit.toPlainText() == reason
    assert ref in dialog.windowTitle()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok_button(dialog.ui.buttonBox), Qt.MouseButton.LeftButton)
    assert window.wb.request(ref).extended_on is not None


def test_the_veil_has_its_own_unlock_button(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: Any, data_dir: Path
) -> None:
    """The veiled dialog is modal over the window's lock page: it offers Unlock itself."""
    calls: list[int] = []
    monkeypatch.setattr(window, "ask_unlock", lambda: calls.append(1))
    window.acts["new"].trigger()
    dialog = window.commands.last_dialog
    qtbot.waitExposed(dialog)
    window.idle.idle.emit()
    veil = dialog.findChild(QWidget, "lockVeil")
    assert veil is not None and veil.isVisible()
    qtbot.mouseClick(veil.button, Qt.MouseButton.LeftButton)
    assert calls
    _unlock(window, data_dir)
    assert dialog.findChild(QWidget, "lockVeil") is None or not veil.isVisible()


# -- finding 4: the fee note's ground ---------------------------------------------------------
def _fee_dialog(qtbot: Any) -> Any:
    from cluma_dpo.gui.dialogs.fee_note import FeeNoteDialog

    dialog = FeeNoteDialog(
        "DSR-2026-0001",
        "10.00",
        lambda *a: None,
        grounds={"further-copy": "The first copy is free.", "excessive": None},
        language="nl",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_choosing_the_fee_ground_rechecks_the_form_and_its_refusal_sits_by_the_ground(
    qtbot: Any,
) -> None:
    dialog = _fee_dialog(qtbot)
    ui = dialog.ui
    ui.amountEdit.selectAll()
    qtbot.keyClicks(ui.amountEdit, "12.50")
    qtbot.keyClicks(ui.reasonEdit, "Vijfde identiek verzoek in drie weken")
    ok = ok_button(ui.buttonBox)
    assert not ok.isEnabled()
    assert dialog.ground_error.isVisible() and "ground" in dialog.ground_error.text()
    assert not ui.reasonError.isVisible()  # not under the description
    layout = ui.formLayout
    ground_row = layout.getWidgetPosition(dialog.ground_buttons["excessive"].parentWidget())[0]
    assert layout.getWidgetPosition(dialog.ground_error)[0] == ground_row + 1
    qtbot.mouseClick(dialog.ground_buttons["excessive"], Qt.MouseButton.LeftButton)
    assert dialog.ground == "excessive"
    assert ok.isEnabled()  # no other field had to be touched
    assert not dialog.ground_error.isVisible()


# -- finding 8 and 16: nothing moves, nothing is refused before it was touched ----------------
def _positions(dialog: Any) -> dict[str, int]:
    ui = dialog.ui
    widgets = {
        "channel": ui.channelCombo,
        "erasure": ui.erasureCheck,
        "name": ui.nameEdit,
        "email": ui.emailEdit,
        "street": ui.streetEdit,
        "language": ui.languageCombo,
        "register": ok_button(ui.buttonBox),
    }
    return {k: w.mapTo(dialog, w.rect().topLeft()).y() for k, w in widgets.items()}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_new_request_form_does_not_jump_when_a_refusal_appears(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, language: str
) -> None:
    from datetime import date, timedelta

    from cluma_dpo.gui import unsaved

    monkeypatch.setattr(unsaved, "ask_discard_form", lambda _parent: True)
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui.dialogs.common import qdate
    from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
    from cluma_dpo.gui.main import install_translations

    install_translations(QApplication.instance(), language)
    today = date(2026, 12, 2)
    dialog = NewRequestDialog(lambda c: "DSR-2026-0001", today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    before = _positions(dialog)
    ui = dialog.ui
    ui.receivedEdit.setDate(qdate(today + timedelta(days=3)))  # a future date: refused
    qtbot.keyClicks(ui.nameEdit, "J")
    ui.nameEdit.clear()  # the name is required: refused
    qtbot.keyClicks(ui.emailEdit, "jan@")  # not an address: refused
    qtbot.keyClicks(ui.postcodeEdit, "85")  # an incomplete address: refused
    ui.accessCheck.setChecked(True)
    ui.accessCheck.setChecked(False)  # no right: refused
    QApplication.processEvents()
    for label in (ui.receivedError, ui.nameError, ui.emailError, ui.addressError, ui.rightsError):
        assert label.isVisible() and label.text(), label.objectName()
    assert _positions(dialog) == before
    ui.receivedEdit.setDate(qdate(today))
    QApplication.processEvents()
    assert not ui.receivedError.isVisible()
    assert _positions(dialog) == before


# -- finding 15: a sort shows the most urgent row ---------------------------------------------
def test_sorting_on_days_keeps_the_most_urgent_row_in_view(
    qtbot: Any, wb: Any, window: Any
) -> None:
    from cluma_dpo.gui.models.requests_model import COL_DAYS, COL_RECEIVED

    for i in range(40):
        register(wb, f"Person {i:02d}", days_ago=2 + i)
    window.reload()
    table = window.list_panel.table
    table.sortByColumn(COL_DAYS, Qt.SortOrder.AscendingOrder)
    first, second = window.model.view_at(0).reference, window.model.view_at(1).reference
    table.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)  # the newest first
    assert window.list_panel.select_reference(second)
    table.scrollToBottom()
    table.sortByColumn(COL_DAYS, Qt.SortOrder.AscendingOrder)
    assert window.model.view_at(0).reference == first
    assert window.list_panel.selected_reference == second  # the selection is kept
    assert table.verticalScrollBar().value() == 0  # and the most urgent row is not hidden
    assert table.rowViewportPosition(0) >= 0


# -- finding 9: a wrong current passphrase is said beside its field ---------------------------
def test_a_wrong_current_passphrase_is_said_beside_the_field(qtbot: Any, wb: Any) -> None:
    from cluma_dpo.gui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog(wb)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "not the passphrase")
    new = "Zeven groene kikkers springen over 3 muren!"
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.repeat, new)
    assert dialog.ok.isEnabled(), dialog.passphrase_problem()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=20_000)
    assert "current passphrase is not correct" in dialog.current_error.text()
    assert "open" not in dialog.error.text()  # no talk of opening a database
    form = dialog.form
    assert form.getWidgetPosition(dialog.current_error)[0] == (
        form.getWidgetPosition(dialog.current)[0] + 1
    )
    assert dialog.isVisible()
    from cluma_dpo.app import open_workbench

    wb.close()
    bench = open_workbench(Path(wb.path).parent, PASSPHRASE, front_end="app")  # unchanged
    bench.close()


# -- finding 7 and 16: each button's word says what it does -----------------------------------
def _plain(text: str) -> str:
    return text.replace("&", "").strip()


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_person_panels_undo_is_not_the_questions_cancel(qtbot: Any, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui import unsaved
    from cluma_dpo.gui.main import install_translations
    from cluma_dpo.gui.subject_editor import SubjectEditor

    install_translations(QApplication.instance(), language)
    editor = SubjectEditor(lambda *a: None)
    qtbot.addWidget(editor)
    box = unsaved.unsaved_box(None, "x", can_save=True)
    qtbot.addWidget(box)
    words = {b.objectName(): _plain(b.text()) for b in box.buttons()}
    undo = _plain(editor.undo_button.text())
    # "Cancel" in the question means: keep editing; the panel's undo throws the edits away
    assert undo != words[unsaved.CANCEL]
    assert not undo.startswith(words[unsaved.CANCEL])


def test_the_discard_form_question_is_answered_by_its_own_words(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui import unsaved
    from cluma_dpo.gui.main import install_translations

    install_translations(QApplication.instance(), "nl")
    box = unsaved.discard_form_box(None)
    qtbot.addWidget(box)
    words = {b.objectName(): _plain(b.text()) for b in box.buttons()}
    assert words == {unsaved.DISCARD: "Weggooien", unsaved.CANCEL: "Verder invullen"}
    assert "Weggooien" in box.windowTitle() or "weggooien" in box.text().lower()


# -- finding 16: "identity verified" defaults to what fits the request ------------------------
def test_identity_verified_defaults_to_the_account_only_for_a_known_account(wb: Any) -> None:
    from cluma_dpo.gui.steps import likely_identity_method

    stranger = register(wb, "Mail Writer", channel="email", email="m@example.be")
    customer = register(
        wb, "Known Customer", channel="email", email="k@example.be", known_account=True
    )
    assert likely_identity_method(wb.request(stranger)).value == "id-document"
    assert likely_identity_method(wb.request(customer)).value == "account-email"


# -- finding 13: the documents tab -----------------------------------------------------------
def test_the_fee_note_row_names_its_folder_has_its_icon_and_enter_opens_it(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui.icons import icon

    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    ref = register(wb, NAME, days_ago=2, street="Kerkstraat 1", postcode="8500", city="Kortrijk")
    wb.verify_identity(ref, "account-email")
    wb.issue_fee_note(ref, "12.10", "Vijfde identiek verzoek", ground="excessive")
    wb.letter(ref, "acknowledgement")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    target = tmp_path / "nota" / "FN.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(window, "ask_save_path", lambda *a: target)
    window.commands.save_fee_pdf(window.detail.view.fee_notes[0])
    qtbot.waitUntil(
        lambda: any(d.saved_as == str(target) for d in wb.documents(ref)), timeout=20_000
    )
    qtbot.waitUntil(lambda: any(d.kind == "fee-note" for d in window.detail.view.documents))
    tab = window.detail.documents
    rows = {
        tab.docs[tab.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)].kind: (
            tab.tree.topLevelItem(i)
        )
        for i in range(tab.tree.topLevelItemCount())
    }
    fee = rows["fee-note"]
    assert fee.text(3) == f"FN.pdf — {target.parent}"  # as a letter's: name — folder

    def picture(i: Any) -> Any:
        return i.pixmap(16, 16).toImage()

    assert picture(fee.icon(1)) == picture(icon("fee-note"))
    assert picture(fee.icon(1)) != picture(rows["acknowledgement"].icon(1))
    opened: list[Any] = []
    tab.open_requested.connect(opened.append)
    tab.tree.setCurrentItem(fee)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert [d.kind for d in opened] == ["fee-note"]


# -- finding 16: nothing is refused before it was typed in ------------------------------------
def test_the_fee_note_refuses_nothing_before_typing(qtbot: Any) -> None:
    dialog = _fee_dialog(qtbot)
    ui = dialog.ui
    ok = ok_button(ui.buttonBox)
    for label in (ui.amountError, ui.reasonError, dialog.ground_error):
        assert not label.isVisible(), label.text()
    assert not ok.isEnabled()
    assert "ground" in ok.toolTip()  # why it is disabled, on the button
    qtbot.keyClicks(ui.reasonEdit, "x")
    ui.reasonEdit.clear()
    assert ui.reasonError.isVisible()  # touched and emptied: now it is said


def test_the_extension_refuses_nothing_before_typing(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, NAME, days_ago=5)
    window.reload()
    assert window.list_panel.select_reference(ref)
    dialog = window.commands.step("extend")
    qtbot.waitExposed(dialog)
    ok = ok_button(dialog.ui.buttonBox)
    assert not dialog.ui.messageLabel.isVisible(), dialog.ui.messageLabel.text()
    assert not ok.isEnabled() and ok.toolTip()
    qtbot.keyClicks(dialog.ui.reasonEdit, "x")
    dialog.ui.reasonEdit.clear()
    assert dialog.ui.messageLabel.isVisible()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Veel archieven")
    assert ok.isEnabled() and not ok.toolTip()
