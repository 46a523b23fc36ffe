"""The screens the walk visits: demo-like data, the main window and every dialog it opens.

`fill(wb)` makes six requests in different states, one of them with a long timeline
(registered, identity asked, received and verified, extended, letter made, fee note).
Everything the user typed is Dutch, so that English on a screen can only come from the
program. `visit(qtbot, window, folder)` opens each screen in turn and returns its texts,
keyed "screen/path" (the same keys in every language, to compare with English).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tests.i18n.walk import texts_of

PASSPHRASE = "test passphrase 123"
# Settings' values are the organisation's data, not the program's words: the texts of the
# letters in each letter language, and what the recipients' table says of each (but for
# their role, a choice the program names).
DATA = re.compile(r"field:access\.[\w.]+\.(?:nl|fr|en|de)/|field:recipients/.*:r\d+c(?!1\b)\d+")


def fill(wb: Any) -> dict[str, str]:
    from cluma_dpo.services.requests import NewRequest

    today = wb.today()

    def ago(days: int) -> Any:
        return today - timedelta(days=days)

    def register(name: str, days: int, rights: tuple[str, ...] = ("access",), **kw: Any) -> str:
        return str(
            wb.register(NewRequest(rights=list(rights), name=name, received=ago(days), **kw))
        )

    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    full = register(
        "An Peeters",
        12,
        email="an.peeters@example.be",
        street="Kachtemsestraat 161",
        postcode="8800",
        city="Roeselare",
    )
    wb.request_identity(full, on=ago(11))
    wb.receive_identity(full, on=ago(9))
    wb.verify_identity(full, "id-document", on=ago(9))
    wb.extend(full, "Complex verzoek met veel gegevens", on=ago(8))
    wb.letter(full, "extension")
    wb.issue_fee_note(full, "12.50", "Vijfde identiek verzoek in drie weken", ground="excessive")
    overdue = register("Lukas Schmitz", 40, ("access", "erasure"), language="fr")
    refused = register("Marie Dubois", 20, ("rectification",))
    wb.close_request(refused, "refused", "Geen gegevens over deze persoon gevonden")
    withdrawn = register("Jan Janssens", 5)
    wb.withdraw(withdrawn, "Ingetrokken per e-mail")
    erasure = register("Sofie Maes", 3, ("erasure",), account_deletion=True, known_account=True)
    objection = register("Pieter De Smet", 2, ("objection",))
    return {
        "full": full,
        "overdue": overdue,
        "refused": refused,
        "withdrawn": withdrawn,
        "erasure": erasure,
        "objection": objection,
    }


def _select(qtbot: Any, window: Any, reference: str) -> None:
    assert window.list_panel.select_reference(reference), reference
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def _dialog_texts(name: str, dialog: QWidget | None) -> dict[str, str]:
    if dialog is None:
        return {f"{name}/(not opened)": f"{name}: the dialog did not open"}
    texts = {f"{name}/{k}": t for k, t in texts_of(dialog).items()}
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    dialog.deleteLater()  # not found again by the walks that follow
    return {k: t for k, t in texts.items() if not DATA.search(k)}


def _message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox's static functions block: record what they would show instead."""
    shown: list[tuple[str, str]] = []

    def record(answer: Any) -> Callable[..., Any]:
        def box(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
            shown.append((title, text))
            return answer

        return box

    no = QMessageBox.StandardButton.No
    for name, answer in (("about", None), ("question", no), ("warning", no), ("information", no)):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record(answer)))
    return shown


def _steps(qtbot: Any, window: Any, reference: str, label: str) -> Iterator[tuple[str, str]]:
    _select(qtbot, window, reference)
    for name in (
        "request_identity",
        "receive_identity",
        "verify_identity",
        "fail_identity",
        "extend",
        "close",
        "withdraw",
        "reject",
    ):
        yield from _dialog_texts(f"{label}-{name}", window.commands.step(name)).items()


def visit(
    qtbot: Any, window: Any, folder: Path, refs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Every screen's texts, keyed by screen and widget path."""
    from cluma_dpo.gui import steps
    from cluma_dpo.gui.dialogs.close import CloseDialog
    from cluma_dpo.gui.dialogs.first_run import FirstRunDialog
    from cluma_dpo.gui.dialogs.objections import ObjectionReviewDialog
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    texts: dict[str, str] = {}
    boxes = _message_boxes(monkeypatch)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()) or window.banner.isVisible())
    qtbot.waitUntil(lambda: window.notices.last_retention is not None)
    c, w = window.commands, window
    # the main window with each request shown: its tabs, tool tips and why-nots differ
    for label, reference in refs.items():
        _select(qtbot, window, reference)
        texts.update({f"main-{label}/{k}": t for k, t in texts_of(window).items()})
    w.copy_text("DSR-2026-0001")
    texts["main/status after copy"] = w.statusBar().currentMessage()
    # what the data subject's editor says of a bad e-mail address; the status after saving
    _select(qtbot, window, refs["erasure"])
    editor = w.detail.subject
    editor.edits["email"].setText("geen adres")
    texts["main/subject editor message"] = editor.message.text()
    editor.edits["email"].setText("")
    c.save_subject(refs["erasure"], {"city": "Gent"})
    texts["main/status after saving the subject"] = w.statusBar().currentMessage()
    timeline = w.detail.timeline.tree
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    texts["main/timeline after saving the subject"] = last.text(2)
    # dialogs of a request with its whole history, then of one with two rights
    _select(qtbot, window, refs["full"])
    view = w.detail.view
    texts.update(_dialog_texts("new", c.new_request()))
    texts.update(_dialog_texts("settings", c.settings()))
    texts.update(_dialog_texts("letter", c.letter()))
    texts.update(_dialog_texts("fee-note", c.fee_note()))
    fee = view.fee_notes[0]
    texts.update(_dialog_texts("fee-paid", c.fee_paid(fee)))
    texts.update(_dialog_texts("fee-cancel", c.cancel_fee(fee)))
    if view.recipients:
        c.recipient_not_applicable(view, view.recipients[0].recipient)
        texts.update(_dialog_texts("recipient-na", c.last_dialog))
    texts.update(_steps(qtbot, window, refs["full"], "full"))
    texts.update(_steps(qtbot, window, refs["overdue"], "two-rights"))
    two = w.detail.view
    close = CloseDialog(steps.close(w.workbench, two, w.today()), two, w, today=w.today())
    texts.update(_dialog_texts("close-per-right", close))
    texts.update(_dialog_texts("quarter", c.quarterly()))
    monkeypatch.setattr(w, "ask_save_path", lambda *_a: folder / "register.xlsx")
    task = c.export_register()
    assert task is not None
    qtbot.waitUntil(lambda: task.finished_ok is not None, timeout=15_000)
    texts.update(_dialog_texts("task", task))
    objections = ObjectionReviewDialog(
        [w.workbench.request(refs["objection"])], lambda *_a: None, w
    )
    texts.update(_dialog_texts("objections", objections))
    texts.update(_file_dialog(w, folder))
    c.about()
    w.notices.confirm_retention(3)
    for i, (title, text) in enumerate(boxes):
        texts[f"message-box{i}/title"] = title
        texts[f"message-box{i}/text"] = text
    first = FirstRunDialog(folder / "new", lambda *_a: None, w)
    first.show()
    for edit, bad in (("orgEmailEdit", "x@"), ("dpoNameEdit", ""), ("ibanEdit", "BE00 1234")):
        getattr(first.ui, edit).setText(bad)
    texts.update(_dialog_texts("first-run", first))
    # locked: the lock page, the unlock dialog and what it says to a wrong passphrase
    w.lock()
    qtbot.waitUntil(lambda: isinstance(w.findChild(UnlockDialog), UnlockDialog))
    texts.update({f"locked/{k}": t for k, t in texts_of(window).items() if "UnlockDialog" not in k})
    unlock = w.findChild(UnlockDialog)
    unlock.ui.passphraseEdit.setText("wrong passphrase 123")
    unlock.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: bool(unlock.ui.errorLabel.text()))
    texts.update(_dialog_texts("unlock", unlock))
    return texts


def _file_dialog(window: QWidget, folder: Path) -> dict[str, str]:
    """Qt's own save dialog (the widget one, as on a desktop without a native one)."""
    empty = folder / "empty"
    empty.mkdir(exist_ok=True)
    pdf = QCoreApplication.translate("Commands", "PDF (*.pdf)")  # the app's own filter
    dialog = QFileDialog(window, "Cluma DPO", str(empty), pdf)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.open()
    texts = {
        k: t
        for k, t in _dialog_texts("save-file", dialog).items()
        if ":r" not in k  # the folders and files themselves are the user's names
    }
    return texts
