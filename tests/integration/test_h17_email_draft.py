"""Issue 17, review h17: who gets an answer by e-mail (finding 5: a request made by electronic
means, e-mail or web form, with an e-mail address: GDPR Art. 12(3)) and the data copy in
the draft (finding 6: `email-draft --attach FILE`, encrypted with the letter's password
under --encrypt-pdf; a file that cannot be encrypted is refused then)."""

from __future__ import annotations

import email
import io
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised
from tests.integration.test_intake import ok


def _request(cli, channel: str = "email", mail: str | None = "an@example.com") -> str:  # type: ignore[no-untyped-def]
    extra = ["--email", mail] if mail else []
    return ok(cli, "add", "--right", "access", "--name", "An Peeters", "--received",
              "2026-11-20", "--channel", channel, *extra).out.strip()  # fmt: skip


def _pdf_file(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": "Kopie van uw gegevens"})
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def _parse(path: Path) -> EmailMessage:
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _attachments(message: EmailMessage) -> dict[str, bytes]:
    out = {}
    for part in message.iter_attachments():
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        out[str(part.get_filename())] = data
    return out


@pytest.mark.parametrize("channel", ["post", "phone", "in-person"])
def test_no_draft_for_a_request_not_made_by_electronic_means(
    cli, db: Path, tmp_path: Path, channel: str
) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli, channel)
    out = tmp_path / "x.eml"
    r = cli("email-draft", ref, "acknowledgement", "--out", out)
    assert r.rc == 1 and "electronic" in r.err, r.err
    assert not out.exists()
    assert ok(cli, "documents", ref, "--json").json() == []


def test_a_web_form_is_electronic_means(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli, "web")
    out = tmp_path / "x.eml"
    ok(cli, "email-draft", ref, "acknowledgement", "--out", out)
    assert _parse(out)["To"].addresses[0].addr_spec == "an@example.com"
    r = cli("email-draft", _request(cli, "web", None), "acknowledgement", "--out", out)
    assert r.rc == 1 and "e-mail address" in r.err


def test_the_data_copy_goes_with_the_letter(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    export = tmp_path / "gegevens An Peeters.csv"
    export.write_text("naam;e-mail\nAn Peeters;an@example.com\n", encoding="utf-8")
    copy = _pdf_file(tmp_path / "kopie.pdf")
    out = tmp_path / "x.eml"
    ok(cli, "email-draft", ref, "acknowledgement", "--attach", export, "--attach", copy,
       "--out", out)  # fmt: skip
    message = _parse(out)
    files = _attachments(message)
    assert len(files) == 3  # the letter, then the files in the order given
    assert list(files)[1:] == ["gegevens An Peeters.csv", "kopie.pdf"]
    assert files["gegevens An Peeters.csv"] == export.read_bytes()
    assert files["kopie.pdf"] == copy.read_bytes()
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "kopie.pdf" in body.get_content()
    # recorded: how many files went with the draft (their digests), never their names
    [note] = [e["note"] for e in ok(cli, "show", ref, "--json").json()["events"]
              if e["kind"] == "email-draft-made"]  # fmt: skip
    assert "2" in note and "kopie" not in note and "An Peeters" not in note


def test_with_encryption_each_pdf_gets_the_same_password(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    ok(cli, "identity", ref, "--verified", "--method", "account-email")
    ok(cli, "close", ref, "--outcome", "granted")
    copy = _pdf_file(tmp_path / "kopie.pdf")
    out = tmp_path / "x.eml"
    r = ok(cli, "email-draft", ref, "answer", "--encrypt-pdf", "--attach", copy, "--out", out)
    password = r.out.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    files = _attachments(_parse(out))
    assert len(files) == 2
    for data in files.values():
        reader = PdfReader(io.BytesIO(data))
        assert reader.is_encrypted and reader.decrypt("wrong") == 0
        assert reader.decrypt(password) != 0
    reader = PdfReader(io.BytesIO(files["kopie.pdf"]))
    reader.decrypt(password)
    assert len(reader.pages) == 1
    assert copy.read_bytes() not in out.read_bytes()


def test_with_encryption_a_file_that_is_no_pdf_is_refused(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    export = tmp_path / "gegevens.csv"
    export.write_text("naam\nAn\n", encoding="utf-8")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all")
    out = tmp_path / "x.eml"
    for wrong in (export, fake):
        r = cli("email-draft", ref, "acknowledgement", "--encrypt-pdf", "--attach", wrong,
                "--out", out)  # fmt: skip
        assert r.rc == 1 and wrong.name in r.err, r.err
        assert not out.exists()
    assert ok(cli, "documents", ref, "--json").json() == []  # no letter recorded either


@pytest.mark.parametrize("what", ["missing", "empty"])
def test_an_attachment_that_cannot_be_read_is_refused(
    cli, db: Path, tmp_path: Path, what: str
) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    path = tmp_path / "kopie.pdf"
    if what == "empty":
        path.write_bytes(b"")
    out = tmp_path / "x.eml"
    r = cli("email-draft", ref, "acknowledgement", "--attach", path, "--out", out)
    assert r.rc == 1 and not out.exists()
    assert ok(cli, "documents", ref, "--json").json() == []
