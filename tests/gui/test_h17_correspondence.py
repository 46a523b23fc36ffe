"""Issue 17, review h17, in the desktop app:

1. recording the identity check asks which kept attachments are identity documents (erased
   with it); once the check is over the Documents tab erases one at once;
3. an e-mail draft can be saved where the DPO chooses, beside opening it in the mail program;
4. the calendar file of the settings has a file picker;
5. "Send by e-mail" is disabled, with the reason, for a request not made by electronic means;
6. files (the copy of the data) go with the draft, the PDFs encrypted under one password.

CLUMA_DPO_SHOTS=<folder> saves a screenshot of each new element there.
"""

from __future__ import annotations

import email
import io
import os
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtWidgets import QCheckBox, QGroupBox, QMessageBox

from cluma_dpo.gui import send_by_email
from cluma_dpo.gui.dialogs import email_draft
from cluma_dpo.gui.dialogs.letter import LetterDialog
from cluma_dpo.gui.dialogs.reason import ReasonDialog
from cluma_dpo.services import mail_in
from cluma_dpo.services.commands import NewRequest
from tests.gui.conftest import register

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("CLUMA_DPO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def _from_message(wb: Any) -> str:
    cmd = NewRequest(rights=["access"], name="Els Vermeulen", received="2026-11-24",  # type: ignore[arg-type]
                     email="els.vermeulen@example.net", channel="email")  # fmt: skip
    message = MAIL / "nl-inzage-bijlagen.eml"
    return wb.register_message(cmd, mail_in.read(message.read_bytes(), name=message.name))


def _names(wb: Any, ref: str) -> list[str]:
    return [d.filename for d in wb.stored_documents(ref)]


# -- 1. the identity check asks ----------------------------------------------------------------


def test_the_check_asks_which_attachments_are_identity_documents(
    qtbot: Any, window: Any, wb: Any
) -> None:
    ref = _from_message(wb)
    _select(qtbot, window, ref)
    dialog = window.commands.step("verify_identity")
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitExposed(dialog)
    group = dialog.findChild(QGroupBox, "identityCopies")
    assert group is not None and group.isVisible()
    assert "identity document" in group.title() and "erased" in group.title()
    boxes = {b.text(): b for b in group.findChildren(QCheckBox)}
    assert set(boxes) == {"Attachment – identiteitskaart.jpg", "Attachment – brief-inzage.pdf"}
    assert not any(b.isChecked() for b in boxes.values())  # the DPO decides, nothing for him
    boxes["Attachment – identiteitskaart.jpg"].setChecked(True)
    _shot(dialog, "identity-check-asks.png")
    dialog.ui.choiceCombo.setCurrentIndex(dialog.ui.choiceCombo.findData("id-document"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert "identiteitskaart.jpg" not in _names(wb, ref)
    assert "brief-inzage.pdf" in _names(wb, ref)
    assert wb.request(ref).identity.status.value == "verified"
    assert "identiteitskaart.jpg" in (dialog.done_text or "")
    assert wb.verify_audit().ok


def test_a_failed_check_asks_too_and_nothing_ticked_keeps_them(
    qtbot: Any, window: Any, wb: Any
) -> None:
    ref = _from_message(wb)
    _select(qtbot, window, ref)
    dialog = window.commands.step("fail_identity")
    assert isinstance(dialog, ReasonDialog)
    group = dialog.findChild(QGroupBox, "identityCopies")
    assert group is not None and len(group.findChildren(QCheckBox)) == 2
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert len(_names(wb, ref)) == 3
    # a request without such attachments is not asked
    other = register(wb, "Jan Peeters", email="jan@example.net")
    _select(qtbot, window, other)
    dialog = window.commands.step("verify_identity")
    assert dialog is not None and dialog.findChild(QGroupBox, "identityCopies") is None
    dialog.reject()


def test_after_the_check_the_documents_tab_erases_at_once(
    qtbot: Any, window: Any, wb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _from_message(wb)
    wb.verify_identity(ref, "account-email")
    _select(qtbot, window, ref)
    window.detail.tabs.setCurrentWidget(window.detail.documents)
    tab = window.detail.documents
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 3)
    items = {tab.tree.topLevelItem(i).text(1): tab.tree.topLevelItem(i) for i in range(3)}
    tab.tree.setCurrentItem(items["Attachment – identiteitskaart.jpg"])
    assert tab.identity_button.isEnabled()
    assert "Erase" in tab.identity_button.text()
    assert "over" in tab.identity_button.toolTip()
    _shot(window.detail, "documents-erase-after-check.png")
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    tab.identity_button.click()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2)
    assert "cannot be undone" in asked[0]
    assert "identiteitskaart.jpg" not in _names(wb, ref)
    assert "identity-document-erased" in [e.kind for e in wb.request(ref).events]


# -- 5, 6, 3: the answer by e-mail -----------------------------------------------------------------


def _made_letter(qtbot: Any, window: Any) -> LetterDialog:
    window.commands.letter(kind="acknowledgement")
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    return dialog


def _pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def _parse(data: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


@pytest.mark.parametrize(
    ("channel", "address", "why"),
    [("phone", "jan@example.net", "electronic"), ("web", None, "e-mail address")],
)
def test_send_by_email_is_disabled_with_the_reason(
    qtbot: Any, window: Any, wb: Any, channel: str, address: str | None, why: str
) -> None:
    ref = register(wb, "Jan Peeters", email=address, channel=channel)
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None
    assert sender.button.isVisible() and not sender.button.isEnabled()
    assert why in sender.button.toolTip()
    if channel == "phone" and os.environ.get("CLUMA_DPO_SHOTS"):
        from PySide6.QtWidgets import QApplication, QToolTip

        _shot(dialog, "send-by-email-disabled.png")
        at = sender.button.mapToGlobal(sender.button.rect().center())
        QToolTip.showText(at, sender.button.toolTip(), sender.button)
        tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")]
        qtbot.waitUntil(lambda: any(t.isVisible() for t in tips))
        _shot(next(t for t in tips if t.isVisible()), "send-by-email-tooltip.png")
        QToolTip.hideText()
    dialog.reject()


def test_a_web_form_request_is_answered_by_email(qtbot: Any, window: Any, wb: Any) -> None:
    ref = register(wb, "Jan Peeters", email="jan@example.net", channel="web")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None and sender.button.isEnabled()
    assert "jan@example.net" in sender.button.toolTip()
    dialog.reject()


def test_files_go_with_the_draft_and_it_is_saved_where_chosen(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(send_by_email, "show_password", lambda parent, pw, copy: shown.append(pw))
    export = tmp_path / "gegevens.csv"
    export.write_text("naam\nEls\n", encoding="utf-8")
    copy = _pdf(tmp_path / "kopie.pdf")
    monkeypatch.setattr(email_draft, "choose_files", lambda _parent: [export, copy])
    target = tmp_path / "out" / "antwoord.eml"
    target.parent.mkdir()
    monkeypatch.setattr(window, "ask_save_path", lambda *_a: target)
    ref = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None
    sender.button.click()
    draft = sender.draft_dialog
    assert isinstance(draft, email_draft.EmailDraftDialog)
    qtbot.waitExposed(draft)
    draft.add_button.click()
    assert draft.list.count() == 2 and draft.open_button.isEnabled()
    draft.encrypt.setChecked(True)  # a CSV cannot be encrypted: refused, said why
    assert not draft.open_button.isEnabled() and not draft.save_button.isEnabled()
    assert "gegevens.csv" in draft.problem.text() and draft.problem.isVisible()
    _shot(draft, "email-draft-refused.png")
    draft.list.setCurrentRow(0)
    draft.remove_button.click()
    assert draft.list.count() == 1 and draft.save_button.isEnabled()
    _shot(draft, "email-draft-files.png")
    draft.save_button.click()
    qtbot.waitUntil(target.exists)
    [password] = shown
    message = _parse(target.read_bytes())
    assert message["X-Unsent"] == "1"
    parts = {str(p.get_filename()): p.get_payload(decode=True) for p in message.iter_attachments()}
    assert len(parts) == 2 and "kopie.pdf" in parts
    for data in parts.values():
        reader = PdfReader(io.BytesIO(data))
        assert reader.is_encrypted and reader.decrypt(password)
    assert str(target) in dialog.ui.statusLabel.text()
    kinds = [e.kind for e in wb.request(ref).events]
    assert "email-draft-made" in kinds and "email-sent" not in kinds  # saved, not sent
    outbox = window.directory / "outbox"  # nothing of it in the data folder
    assert not outbox.exists() or not list(outbox.glob("*.eml"))
    dialog.reject()


def test_open_in_the_mail_program_with_a_file(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bytes] = []
    monkeypatch.setattr(send_by_email, "open_in_mail_program",
                        lambda path: opened.append(path.read_bytes()) or True)  # fmt: skip
    monkeypatch.setattr(send_by_email, "ask_sent", lambda parent: True)
    export = tmp_path / "gegevens.csv"
    export.write_text("naam\nEls\n", encoding="utf-8")
    monkeypatch.setattr(email_draft, "choose_files", lambda _parent: [export])
    ref = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None
    draft = sender.ask()
    assert draft is not None
    draft.add_button.click()
    draft.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    names = [p.get_filename() for p in _parse(opened[0]).iter_attachments()]
    assert names[1:] == ["gegevens.csv"]
    assert "email-sent" in [e.kind for e in wb.request(ref).events]
    dialog.reject()


# -- 4. the calendar file is chosen ------------------------------------------------------------


def test_the_calendar_file_has_a_file_picker(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui.dialogs import settings as settings_dialog

    chosen = tmp_path / "agenda"  # typed without its suffix: .ics is added
    monkeypatch.setattr(settings_dialog, "choose_feed_file",
                        lambda _parent, _current: chosen.with_suffix(".ics"))  # fmt: skip
    dialog = window.commands.settings()
    assert isinstance(dialog, settings_dialog.SettingsDialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.deadlinesTab)
    qtbot.waitExposed(dialog)
    assert dialog.feed_button.isVisible()
    dialog.feed_button.click()
    field = dialog.fields["calendar.feed_file"]
    assert field.text() == str(tmp_path / "agenda.ics")
    assert field.problem() is None
    _shot(dialog, "settings-calendar-file.png")
    dialog.reject()


def test_the_picker_adds_the_suffix(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from cluma_dpo.gui.dialogs import settings as settings_dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: ("/tmp/x/agenda", "")))  # fmt: skip
    assert settings_dialog.choose_feed_file(window, "") == Path("/tmp/x/agenda.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: ("", "")))  # fmt: skip
    assert settings_dialog.choose_feed_file(window, "") is None


def test_a_scan_dropped_after_the_check_is_flagged(
    qtbot: Any, window: Any, wb: Any, tmp_path: Path
) -> None:
    from tests.gui.test_i17_attach_drop import PNG, _drag, _drop, _mime

    ref = register(wb, "Jan Peeters", email="jan@example.net")
    wb.verify_identity(ref, "account-email")
    _select(qtbot, window, ref)
    scan = tmp_path / "id-kaart.png"
    scan.write_bytes(PNG)
    assert _drag(window.detail, _mime(scan))
    _drop(window.detail, _mime(scan))
    assert _names(wb, ref) == ["id-kaart.png"]
    said = window.statusBar().currentMessage()
    assert "id-kaart.png" in said and "identity check is over" in said
