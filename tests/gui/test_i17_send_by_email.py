"""Issue 17: "Send by e-mail" in the letter dialog for a request that came by e-mail: the draft
made as `email-draft` makes it, kept in the data folder's outbox (0600, never the system temp)
while the mail program opens it, "sent by e-mail" recorded in the timeline only when the DPO
says it was sent, the draft deleted after the answer, an encryption password shown once."""

from __future__ import annotations

import email
import io
import stat
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cluma_dpo.gui import send_by_email
from cluma_dpo.gui.dialogs.letter import LetterDialog
from tests.gui.conftest import register


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


def _made_letter(qtbot: Any, window: Any) -> LetterDialog:
    window.commands.letter(kind="acknowledgement")
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    return dialog


class MailProgram:
    """Stands in for the default mail program: reads the draft it is handed."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.drafts: list[EmailMessage] = []
        self.modes: list[int] = []

    def __call__(self, path: Path) -> bool:
        self.opened.append(path)
        self.modes.append(stat.S_IMODE(path.stat().st_mode))
        parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.drafts.append(parsed)
        return True


@pytest.fixture
def mail(monkeypatch: pytest.MonkeyPatch) -> MailProgram:
    program = MailProgram()
    monkeypatch.setattr(send_by_email, "open_in_mail_program", program)
    return program


def _kinds(wb: Any, reference: str) -> list[str]:
    return [e.kind for e in wb.request(reference).events]


def test_sent_by_email_is_recorded_once_the_dpo_says_so(
    qtbot: Any, window: Any, wb: Any, data_dir: Path, mail: MailProgram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(send_by_email, "ask_sent", lambda parent: asked.append("?") or True)
    ref = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None
    assert sender.button.isVisible() and sender.button.isEnabled()
    assert sender.send()
    [path] = mail.opened
    assert path.parent == data_dir / "outbox"  # the data folder, never the system temp
    assert mail.modes == [0o600]
    draft = mail.drafts[0]
    assert draft["X-Unsent"] == "1"
    assert draft["To"].addresses[0].addr_spec == "els@example.net"
    [pdf] = list(draft.iter_attachments())
    assert not PdfReader(io.BytesIO(pdf.get_payload(decode=True))).is_encrypted
    assert asked == ["?"]
    assert not path.exists()  # personal data: gone once answered
    kinds = _kinds(wb, ref)
    assert "email-draft-made" in kinds and kinds.count("email-sent") == 1
    assert wb.verify_audit().ok
    assert "e-mail" in dialog.ui.statusLabel.text()
    # the letter is kept once, as printing or saving keeps it
    assert [d.kind for d in wb.documents(ref) if d.kept] == ["acknowledgement"]
    dialog.reject()


def test_not_sent_records_nothing_and_the_draft_goes(
    qtbot: Any, window: Any, wb: Any, data_dir: Path, mail: MailProgram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(send_by_email, "ask_sent", lambda parent: False)
    ref = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None and not sender.send()
    assert len(mail.opened) == 1 and not mail.opened[0].exists()
    assert list((data_dir / "outbox").iterdir()) == []
    assert "email-sent" not in _kinds(wb, ref)
    dialog.reject()


def test_the_password_is_shown_once_and_kept_nowhere(
    qtbot: Any, window: Any, wb: Any, data_dir: Path, mail: MailProgram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown: list[str] = []
    monkeypatch.setattr(send_by_email, "ask_sent", lambda parent: True)
    monkeypatch.setattr(send_by_email, "show_password", lambda parent, pw, copy: shown.append(pw))
    ref = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None
    assert sender.send(encrypt=True)
    [password] = shown
    [pdf] = list(mail.drafts[0].iter_attachments())
    reader = PdfReader(io.BytesIO(pdf.get_payload(decode=True)))
    assert reader.is_encrypted and reader.decrypt(password)
    assert "email-sent" in _kinds(wb, ref)
    for event in wb.request(ref).events:
        assert password not in (event.note or "")
    assert password not in dialog.ui.statusLabel.text()
    dialog.reject()


def test_the_password_dialog_can_be_copied_from(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    password = "ABCD-EFGH-JKMN-PQRT-UVWX"
    dialog = send_by_email.PasswordDialog(password, window, window.clipboard.copy)
    assert dialog.field.text() == password
    assert dialog.field.isReadOnly()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == password
    window.clipboard.clear_now()  # the guard clears it again (after 30 s in use)
    assert QApplication.clipboard().text() == ""
    dialog.reject()


def test_a_request_by_post_is_not_offered_it(qtbot: Any, window: Any, wb: Any) -> None:
    """Offered but disabled, the reason in its tooltip (review h17, finding 5): the same rule
    as `email-draft` (a request made by electronic means, with an address)."""
    ref = register(wb, "Jan Peeters", email="jan@example.net", channel="post")
    _select(qtbot, window, ref)
    dialog = _made_letter(qtbot, window)
    sender = dialog.findChild(send_by_email.EmailSending)
    assert sender is not None and sender.button.isVisible()
    assert not sender.button.isEnabled()
    assert "electronic" in sender.button.toolTip() and "post" in sender.button.toolTip()
    assert sender.ask() is None
    dialog.reject()
