"""Issue 17, review h17: a copy of an identity document that came as an e-mail attachment is
erased after the check as the identity documents of issue 8 are: from every page of the
database and every frame of its WAL, the attachment kept on its own and its copy inside
the kept message alike, while the app keeps the database open.

The marker is plain ASCII in a 7bit part, so the kept message holds it as it is (not
base64): searching the decrypted pages for it finds the copy in the message too. A
positive control first shows both copies are found while they are kept.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hardening.sqlcipher_pages import plaintext_image
from tests.hardening.support import PASSPHRASE, Env, open_wb, run_cli

pytestmark = pytest.mark.slow


def _message(marker: bytes) -> bytes:
    """An e-mail with a "PDF" attachment of 64 KiB of ASCII holding the marker three times
    (it spans many overflow pages: every part of it must go)."""
    filler = os.urandom(24 * 1024).hex().encode()
    lines = [marker, filler[:16000], marker, filler[16000:], marker]
    body = b"%PDF-1.4\r\n" + b"\r\n".join(
        chunk[i : i + 76] for chunk in lines for i in range(0, len(chunk), 76)
    )
    head = (
        b"From: Ida Document <ida@example.be>\r\n"
        b"To: info@cluma.com\r\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
        b"Subject: Inzage\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Ik vraag inzage in mijn gegevens. Mijn identiteitskaart zit erbij.\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="id-kaart.pdf"\r\n'
        b"Content-Transfer-Encoding: 7bit\r\n\r\n"
    )
    return head + body + b"\r\n--b1--\r\n"


def test_the_attachment_and_its_copy_in_the_message_leave_every_page(env: Env) -> None:
    assert run_cli(["init"], env).code == 0
    marker = b"ID-ATTACHMENT-MARKER-" + os.urandom(12).hex().encode()
    db = env.data_dir / "cluma-dpo.db"
    app = open_wb(env)  # the desktop app: one long-lived connection
    try:
        from cluma_dpo.services.requests import NewRequest

        ref = app.register(NewRequest(rights=["access"], name="Ida Document",  # type: ignore[arg-type]
                                      received=app.today(), email="ida@example.be"))  # fmt: skip
        ids = app.attach(ref, "inzage.eml", _message(marker), "email")
        [card] = [d for d in app.stored_documents(ref) if d.filename == "id-kaart.pdf"]
        assert card.id in ids
        copies = plaintext_image(db, PASSPHRASE).count(marker)
        assert copies >= 6, f"control: the decrypted files hold {copies} of 6 markers"
        app.verify_identity(ref, "id-document", erase=[card.id])
        app.request(ref)
        left = plaintext_image(db, PASSPHRASE)
        assert marker not in left, "the erased copy is still in a page of the database or WAL"
        message = next(d for d in app.stored_documents(ref) if d.kind == "email")
        assert marker not in app.stored_document(ref, message.id)[1]
        assert app.verify_audit().ok
    finally:
        app.close()
    assert marker not in plaintext_image(db, PASSPHRASE)
    assert not [p for p in Path(env.root).rglob("*") if p.is_file() and marker in p.read_bytes()]
