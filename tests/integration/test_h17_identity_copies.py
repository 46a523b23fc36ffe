"""Issue 17, review h17 (finding 1): a copy of an identity document that came as an attachment
or a scan never outlives the identity check silently (GDPR Art. 5(1)(c), the privacy
statement: identity copies are erased right after the check).

When the check is recorded the DPO names the kept attachments that are identity documents
(`identity REF --verified|--failed --erase-attachment ID`); they are erased with the check,
and so is their copy inside the kept message they came with. What is left in PDF, JPEG or
PNG is listed with a hint. A file can be attached as an identity document outright
(`attach REF FILE --kind identity`): then it is the request's identity document, erased
when the check ends, as `identity --received-on --document` keeps one.
"""

from __future__ import annotations

import email
import hashlib
import io
from email import policy
from email.message import EmailMessage
from pathlib import Path

from tests.integration.test_intake import MSG, NL, ok
from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _docs(cli, ref: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {d["filename"]: d for d in ok(cli, "documents", ref, "--json").json()}


def _parts(data: bytes) -> list[bytes]:
    """The decoded bytes of every leaf part of a message."""
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    out = []
    for part in parsed.walk():
        if not part.is_multipart():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                out.append(payload)
    return out


def _show(cli, ref: str) -> dict:  # type: ignore[no-untyped-def]
    return ok(cli, "show", ref, "--json").json()


def test_the_check_erases_the_attachment_named_and_its_copy_in_the_message(
    cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    docs = _docs(cli, ref)
    card, letter = docs["identiteitskaart.jpg"], docs["brief-inzage.pdf"]
    [message] = [d for d in docs.values() if d["kind"] == "email"]
    jpeg = tmp_path / "card.jpg"
    ok(cli, "document", ref, card["id"], "--out", jpeg)
    card_bytes = jpeg.read_bytes()
    r = ok(cli, "identity", ref, "--verified", "--method", "id-document",
           "--erase-attachment", card["id"])  # fmt: skip
    # what is still kept in PDF, JPEG or PNG is listed, with how to erase one of them
    assert "brief-inzage.pdf" in r.out and "identiteitskaart.jpg" not in r.out
    assert "--erase-attachment" in r.out
    left = _docs(cli, ref)
    assert "identiteitskaart.jpg" not in left and "brief-inzage.pdf" in left
    # the kept message no longer holds the card either; the other attachment stays in it
    back = tmp_path / "message.eml"
    ok(cli, "document", ref, message["id"], "--out", back)
    parts = _parts(back.read_bytes())
    assert card_bytes not in parts
    pdf = tmp_path / "letter.pdf"
    ok(cli, "document", ref, letter["id"], "--out", pdf)
    assert pdf.read_bytes() in parts
    parsed = email.message_from_bytes(back.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    text = parsed.get_body(preferencelist=("plain",))
    assert text is not None and "artikel 15 AVG" in text.get_content()  # the rest as it was
    view = _show(cli, ref)
    assert view["identity"]["status"] == "verified"
    erased = [e for e in view["events"] if e["kind"] == "identity-document-erased"]
    assert len(erased) == 2  # the attachment, and its copy in the message
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_a_failed_check_erases_them_too(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    card = _docs(cli, ref)["identiteitskaart.jpg"]
    ok(cli, "identity", ref, "--failed", "--reason", "foto onleesbaar",
       "--erase-attachment", card["id"])  # fmt: skip
    assert "identiteitskaart.jpg" not in _docs(cli, ref)
    assert _show(cli, ref)["identity"]["status"] == "failed"


def test_what_is_not_an_identity_candidate_is_refused_and_nothing_changes(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    [message] = [d for d in _docs(cli, ref).values() if d["kind"] == "email"]
    for wrong in (message["id"], 9999):
        r = cli("identity", ref, "--verified", "--method", "id-document",
                "--erase-attachment", wrong)  # fmt: skip
        assert r.rc == 1, r
        assert _show(cli, ref)["identity"]["status"] == "not-checked"
    assert len(_docs(cli, ref)) == 3


def test_erase_alone_once_the_check_is_over(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    card = _docs(cli, ref)["identiteitskaart.jpg"]
    # while the check is open, the copy is needed for it: it goes when the check is recorded
    r = cli("identity", ref, "--erase-attachment", card["id"])
    assert r.rc == 1 and "--verified" in r.err, r.err
    assert "identiteitskaart.jpg" in _docs(cli, ref)
    r = ok(cli, "identity", ref, "--verified", "--method", "account-email")
    assert "identiteitskaart.jpg" in r.out  # flagged: still kept, an image
    ok(cli, "identity", ref, "--erase-attachment", card["id"])
    assert "identiteitskaart.jpg" not in _docs(cli, ref)
    assert "identity-document-erased" in [e["kind"] for e in _show(cli, ref)["events"]]


def test_the_erase_option_goes_with_the_end_of_the_check_only(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", NL, "--register").out.strip()
    card = _docs(cli, ref)["identiteitskaart.jpg"]
    r = cli("identity", ref, "--requested-on", "2026-11-24", "--erase-attachment", card["id"])
    assert r.rc == 1
    assert _show(cli, ref)["identity"]["status"] == "not-checked"


def test_an_outlook_message_loses_the_copy_too(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "intake", MSG, "--register").out.strip()
    docs = _docs(cli, ref)
    pdf = docs["signed-request.pdf"]
    out = tmp_path / "signed.pdf"
    ok(cli, "document", ref, pdf["id"], "--out", out)
    ok(cli, "identity", ref, "--failed", "--erase-attachment", pdf["id"])
    [message] = [d for d in _docs(cli, ref).values() if d["kind"] == "email"]
    # an Outlook file cannot be rewritten: the message is kept as an .eml without the copy
    assert message["filename"].endswith(".eml")
    assert message["content_type"] == "message/rfc822"
    back = tmp_path / "message.eml"
    ok(cli, "document", ref, message["id"], "--out", back)
    parsed = email.message_from_bytes(back.read_bytes(), policy=policy.default)
    assert "pieter.claes@example.com" in str(parsed["From"])
    assert out.read_bytes() not in _parts(back.read_bytes())
    assert b"\xd0\xcf\x11\xe0" not in back.read_bytes()[:8]


def test_attach_as_identity_document_is_erased_after_the_check(
    cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "add", "--right", "access", "--name", "An Peeters", "--received",
             "2026-11-20", "--email", "an@example.com").out.strip()  # fmt: skip
    card = tmp_path / "id-kaart.png"
    card.write_bytes(_png())
    r = ok(cli, "attach", ref, card, "--kind", "identity")
    assert r.out.strip() and not r.out.strip().isdigit()  # says what became of it
    assert _docs(cli, ref) == {}  # not with the correspondence: it is the identity document
    assert _show(cli, ref)["identity"]["document_stored"] is True
    ok(cli, "identity", ref, "--verified", "--method", "id-document")
    view = _show(cli, ref)
    assert view["identity"]["document_stored"] is False
    assert "identity-document-erased" in [e["kind"] for e in view["events"]]
    # once the check is over an identity document is not kept at all
    r = cli("attach", ref, card, "--kind", "identity")
    assert r.rc == 1
    assert _show(cli, ref)["identity"]["document_stored"] is False
    # a message is no identity document
    r = cli("attach", ref, NL, "--kind", "identity")
    assert r.rc == 1 and _docs(cli, ref) == {}


def test_an_image_attached_after_the_check_is_flagged(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "add", "--right", "access", "--name", "An Peeters", "--received",
             "2026-11-20", "--email", "an@example.com").out.strip()  # fmt: skip
    ok(cli, "identity", ref, "--verified", "--method", "account-email")
    scan = tmp_path / "scan.png"
    scan.write_bytes(_png())
    r = ok(cli, "attach", ref, scan)
    [doc_id] = r.out.split()  # the output stays the ids, for scripts
    assert f"--erase-attachment {doc_id}" in r.err


def test_the_same_bytes_kept_twice_go_together(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The card that came in the message and was also attached as a scan is one document."""
    ref = ok(cli, "intake", NL, "--register").out.strip()
    card = _docs(cli, ref)["identiteitskaart.jpg"]
    copy = tmp_path / "scan-van-kaart.jpg"
    ok(cli, "document", ref, card["id"], "--out", copy)
    ok(cli, "attach", ref, copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    ok(cli, "identity", ref, "--verified", "--method", "id-document",
       "--erase-attachment", card["id"])  # fmt: skip
    left = _docs(cli, ref)
    assert "scan-van-kaart.jpg" not in left and "identiteitskaart.jpg" not in left
    assert digest  # (the same SHA-256)


def test_a_copy_handed_to_the_check_leaves_the_kept_message_too(tmp_path: Path) -> None:
    """ "Use as identity document" (issue 17) moved the attachment to the identity check, but
    the kept message still held the card until retention: the erasure reaches it now."""
    from datetime import date

    from cluma_dpo.app import open_workbench
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.services import mail_in
    from cluma_dpo.services.requests import NewRequest

    wb = open_workbench(tmp_path / "d", "copies passphrase", create=True,
                        clock=FixedClock.on(date(2026, 11, 25)))  # fmt: skip
    try:
        cmd = NewRequest(rights=["access"], name="Els Vermeulen",  # type: ignore[arg-type]
                         received="2026-11-24")  # fmt: skip
        ref = wb.register_message(cmd, mail_in.read(NL.read_bytes(), name=NL.name))
        by_name = {d.filename: d for d in wb.stored_documents(ref)}
        card = wb.stored_document(ref, by_name["identiteitskaart.jpg"].id)[1]
        message_id = by_name["nl-inzage-bijlagen.eml"].id
        assert card in _parts(wb.stored_document(ref, message_id)[1])  # control
        wb.use_as_identity_document(ref, by_name["identiteitskaart.jpg"].id)
        wb.verify_identity(ref, "id-document")
        kept = wb.stored_document(ref, message_id)[1]
        assert card not in _parts(kept)
        assert "brief-inzage.pdf" in kept.decode("ascii", "replace")
        notes = [e.note or "" for e in wb.request(ref).events
                 if e.kind == "identity-document-erased"]  # fmt: skip
        assert len(notes) == 2  # the identity document, and its copy in the message
        assert wb.verify_audit().ok
    finally:
        wb.close()
