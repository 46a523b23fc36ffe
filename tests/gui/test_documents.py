"""Letters, fee notes and reports from the window: made off the GUI thread, written only
where the user chose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.fee_note import FeeNoteDialog
from cluma_dpo.gui.dialogs.letter import LetterDialog, preview_available
from cluma_dpo.gui.dialogs.quarter import QuarterDialog, last_full_quarter
from cluma_dpo.gui.dialogs.task import TaskDialog
from tests.gui.conftest import register


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def test_letter_preview_and_save(qtbot: Any, wb: Any, window: Any, tmp_path: Path) -> None:
    ref = register(
        wb,
        "Ann Peeters",
        days_ago=2,
        street="Kachtemsestraat 161",
        postcode="8800",
        city="Roeselare",
        language="fr",
    )
    _select(qtbot, window, ref)
    window.acts["letter"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    assert dialog.language == "fr"  # the person's language by default
    assert not dialog.ui.saveButton.isEnabled()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("acknowledgement"))
    dialog.make()
    qtbot.waitUntil(
        lambda: dialog.pdf is not None or "⚠" in dialog.ui.statusLabel.text(), timeout=15_000
    )
    assert dialog.pdf is not None, dialog.ui.statusLabel.text()
    assert dialog.pdf.startswith(b"%PDF")
    if preview_available():
        qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1)
        assert dialog.ui.printButton.isEnabled()
    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    dialog.save_to(target)
    assert target.read_bytes() == dialog.pdf
    dialog.reject()
    qtbot.waitUntil(lambda: any(d.kind == "acknowledgement" for d in window.detail.view.documents))


def test_fee_note_then_paid(
    qtbot: Any, wb: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    ref = register(wb, "Copy Again", days_ago=3)
    wb.verify_identity(ref, "account-email")
    _select(qtbot, window, ref)
    assert window.acts["fee_note"].isEnabled(), window.acts["fee_note"].toolTip()
    assert not window.acts["mark_paid"].isEnabled()
    monkeypatch.setattr(window, "ask_save_path", lambda *a: None)  # no PDF this time
    window.acts["fee_note"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, FeeNoteDialog)
    ui = dialog.ui
    assert ui.amountEdit.text() == "10.00"  # the tariff setting fees.copy_amount
    # Issue 13: a first access request's copy is free; only Art. 12(5)(a) may carry a fee
    further = dialog.ground_buttons["further-copy"]
    assert not further.isEnabled()
    assert "first copy" in further.toolTip()
    # Art. 12(5) is the DPO's decision, with its reason: never chosen or worded for him
    assert dialog.ground is None
    assert not ok_button(ui.buttonBox).isEnabled()
    dialog.ground_buttons["excessive"].setChecked(True)
    assert ui.reasonEdit.toPlainText() == ""
    assert not ok_button(ui.buttonBox).isEnabled()
    ui.reasonEdit.setPlainText("Vijfde identiek verzoek in drie weken")
    ui.amountEdit.setText("0")
    assert not ok_button(ui.buttonBox).isEnabled()
    ui.amountEdit.setText("12.50")
    assert ok_button(ui.buttonBox).isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok_button(ui.buttonBox).click()
    qtbot.waitUntil(lambda: len(window.detail.view.fee_notes) == 1)
    assert window.detail.view.status.value == "awaiting-fee-payment"
    assert window.dashboard.counts["awaiting-fee"] == 1
    assert window.acts["mark_paid"].isEnabled()
    window.acts["mark_paid"].trigger()
    paid = window.commands.last_dialog
    with qtbot.waitSignal(paid.accepted, timeout=5000):
        ok_button(paid.ui.buttonBox).click()
    qtbot.waitUntil(lambda: window.detail.view.fee_notes[0].status.value == "paid")
    assert not window.acts["mark_paid"].isEnabled()


def test_reports_are_written_where_chosen(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = register(wb, "Report Person", days_ago=40)
    _select(qtbot, window, ref)
    targets = iter([tmp_path / "register.xlsx", tmp_path / "dossier.pdf", tmp_path / "report.xlsx"])
    monkeypatch.setattr(window, "ask_save_path", lambda *a: next(targets))

    window.acts["export_register"].trigger()
    task = window.commands.last_dialog
    assert isinstance(task, TaskDialog)
    qtbot.waitUntil(lambda: task.finished_ok is not None, timeout=20_000)
    assert task.finished_ok, task.ui.statusLabel.text()
    assert task.ui.openButton.isEnabled()
    assert (tmp_path / "register.xlsx").read_bytes()[:2] == b"PK"
    task.close()

    window.acts["dossier"].trigger()
    task = window.commands.last_dialog
    qtbot.waitUntil(lambda: task.finished_ok is not None, timeout=20_000)
    assert task.finished_ok, task.ui.statusLabel.text()
    assert (tmp_path / "dossier.pdf").read_bytes()[:4] == b"%PDF"
    task.close()

    window.acts["quarterly"].trigger()
    picker = window.commands.last_dialog
    assert isinstance(picker, QuarterDialog)
    year, quarter = last_full_quarter(window.today())
    assert picker.quarter == f"{year}Q{quarter}"
    picker.ui.formatCombo.setCurrentIndex(picker.ui.formatCombo.findData("xlsx"))
    picker.accept()
    task = window.commands.last_dialog
    assert isinstance(task, TaskDialog)
    qtbot.waitUntil(lambda: task.finished_ok is not None, timeout=30_000)
    assert task.finished_ok, task.ui.statusLabel.text()
    assert (tmp_path / "report.xlsx").read_bytes()[:2] == b"PK"
    task.close()
    # nothing else was written next to the chosen files
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "dossier.pdf",
        "register.xlsx",
        "report.xlsx",
    ]


def test_recipients_checklist(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Erase Me", days_ago=4, rights=("erasure",))
    _select(qtbot, window, ref)
    tab = window.detail.recipients
    assert tab.tree.topLevelItemCount() == 4  # Combell, Google Analytics, PayPal, Mollie
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert tab.told.isEnabled()
    tab.told.click()
    qtbot.waitUntil(lambda: window.detail.view.recipients[0].state == "notified")
    assert window.detail.tabs.tabText(2) == "Recipients (3)"


def test_recipient_notice_letter_from_the_checklist(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Erase Me Too", days_ago=4, rights=("erasure",))
    wb.verify_identity(ref, "account-email")  # issue 13: no data to a recipient before
    # issue 13: and the decision recorded first (answered, the recipients to be told)
    assert wb.close_request(ref, "granted", answered=True) is False
    _select(qtbot, window, ref)
    tab = window.detail.recipients
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))
    recipient = tab.tree.topLevelItem(2).text(0)
    tab.notice.click()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    assert dialog.kind == "recipient-notice"
    assert dialog.recipient == recipient
    assert dialog.ui.recipientCombo.isVisibleTo(dialog)
    dialog.make()
    qtbot.waitUntil(
        lambda: dialog.pdf is not None or "⚠" in dialog.ui.statusLabel.text(), timeout=15_000
    )
    assert dialog.pdf is not None, dialog.ui.statusLabel.text()
    dialog.reject()


def test_a_recipient_marked_not_applicable_gets_no_notice(qtbot: Any, wb: Any, window: Any) -> None:
    """Issue 13: a notice only to a recipient the request still has to (or did) tell."""
    ref = register(wb, "Erase Me Three", days_ago=4, rights=("erasure",))
    wb.mark_recipient(ref, "PayPal", "not-applicable", note="never paid online")
    _select(qtbot, window, ref)
    tab = window.detail.recipients
    paypal = next(
        tab.tree.topLevelItem(i)
        for i in range(tab.tree.topLevelItemCount())
        if tab.tree.topLevelItem(i).text(0) == "PayPal"
    )
    tab.tree.setCurrentItem(paypal)
    assert not tab.notice.isEnabled()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert tab.notice.isEnabled()
    tab.notice.click()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    combo = dialog.ui.recipientCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "Combell", "Google Analytics", "Mollie",
    ]  # fmt: skip
    dialog.reject()
