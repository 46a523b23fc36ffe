"""Issue 17: an identity document that came as an attachment is handed to the identity
check ("Use as identity document" in the Documents tab): it leaves the kept correspondence,
becomes the request's identity document, and the erase-after-check rule removes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.services import mail_in
from cluma_dpo.services.commands import NewRequest

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _with_attachments(wb: Any) -> tuple[str, int, int]:
    cmd = NewRequest(rights=["access"], name="Els Vermeulen", received="2026-11-24",  # type: ignore[arg-type]
                     email="els.vermeulen@example.net", channel="email")  # fmt: skip
    message = (MAIL / "nl-inzage-bijlagen.eml").read_bytes()
    ref = wb.register_message(cmd, mail_in.read(message, name="nl-inzage-bijlagen.eml"))
    by_name = {d.filename: d.id for d in wb.stored_documents(ref)}
    return ref, by_name["identiteitskaart.jpg"], by_name["nl-inzage-bijlagen.eml"]


def test_handed_over_then_erased_after_the_check(wb: Any) -> None:
    ref, card, _message = _with_attachments(wb)
    jpeg = wb.stored_document(ref, card)[1]
    wb.use_as_identity_document(ref, card)
    assert card not in {d.id for d in wb.stored_documents(ref)}  # no second copy kept
    assert wb.request(ref).identity.document_stored
    kinds = [e.kind for e in wb.request(ref).events]
    assert "identity-document-stored" in kinds
    assert jpeg  # (the bytes were a JPEG attachment)
    wb.verify_identity(ref, "id-document")
    assert not wb.request(ref).identity.document_stored  # erased once the check is done
    assert "identity-document-erased" in [e.kind for e in wb.request(ref).events]
    assert wb.verify_audit().ok


def test_while_identity_information_was_asked_it_is_the_answer(wb: Any) -> None:
    ref, card, _message = _with_attachments(wb)
    wb.request_identity(ref)
    wb.use_as_identity_document(ref, card)
    view = wb.request(ref)
    assert view.identity.status.value == "received" and view.identity.document_stored


def test_only_a_scan_or_attachment_and_only_before_the_check(wb: Any) -> None:
    ref, card, message = _with_attachments(wb)
    with pytest.raises(ValidationError):
        wb.use_as_identity_document(ref, message)  # the e-mail itself is no identity document
    wb.verify_identity(ref, "account-email")
    with pytest.raises(ValidationError):
        wb.use_as_identity_document(ref, card)  # the check is done: nothing to hand it to
    assert card in {d.id for d in wb.stored_documents(ref)}  # refused: nothing changed


def test_the_documents_tab_offers_it_for_an_attachment(
    qtbot: Any, window: Any, wb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ref, card, _message = _with_attachments(wb)
    window.reload()
    assert window.list_panel.select_reference(ref)
    tab = window.detail.documents
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 3)
    items = {tab.tree.topLevelItem(i).text(1): tab.tree.topLevelItem(i) for i in range(3)}
    tab.tree.setCurrentItem(items["E-mail – nl-inzage-bijlagen.eml"])
    assert not tab.identity_button.isEnabled()
    tab.tree.setCurrentItem(items["Attachment – identiteitskaart.jpg"])
    assert tab.identity_button.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    tab.identity_button.click()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2)
    assert wb.request(ref).identity.document_stored
    assert card not in {d.id for d in wb.stored_documents(ref)}
