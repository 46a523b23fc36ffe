"""Issue 17: the answer by e-mail: a draft Outlook and Thunderbird open as a new message, to
the data subject, with the letter's PDF (AES-256 encrypted on request, the password shown
once and kept nowhere)."""

from __future__ import annotations

import email
import io
import shutil
import subprocess
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised
from tests.integration.test_intake import ok


def _qpdf() -> str | None:
    import sys

    beside = Path(sys.executable).parent / "qpdf"  # a venv's own tools first
    return str(beside) if beside.is_file() else shutil.which("qpdf")


def _request(cli, language: str = "nl") -> str:  # type: ignore[no-untyped-def]
    return ok(cli, "add", "--right", "access", "--name", "Łukasz Żółć", "--received",
              "2026-11-20", "--email", "lukasz@example.com", "--language", language,
              "--street", "Kerkstraat 1", "--postcode", "8800", "--city", "Roeselare",
              ).out.strip()  # fmt: skip


def _parse(path: Path) -> EmailMessage:
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _pdf_of(message: EmailMessage) -> tuple[str, bytes]:
    [part] = list(message.iter_attachments())
    assert part.get_content_type() == "application/pdf"
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return str(part.get_filename()), data


def _qpdf_check(tmp_path: Path, data: bytes, password: str | None = None) -> None:
    qpdf = _qpdf()
    if qpdf is None:
        pytest.skip("qpdf is not installed (apt install qpdf)")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    argv = [qpdf, "--check", str(path)]
    if password:
        argv.insert(1, f"--password={password}")
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_draft_to_the_data_subject_with_the_letter(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    out = tmp_path / "concept.eml"
    r = ok(cli, "email-draft", ref, "acknowledgement", "--out", out)
    assert str(out) in r.out and "assword" not in r.out
    message = _parse(out)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "lukasz@example.com"
    assert message["To"].addresses[0].display_name == "Łukasz Żółć"
    assert message["From"].addresses[0].addr_spec == "info@cluma.com"  # dpo.email
    assert message["Subject"] == f"Uw verzoek {ref}: ontvangstbevestiging"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Geachte Łukasz Żółć,") and ref in text
    name, pdf = _pdf_of(message)
    assert name.startswith(ref) and name.endswith(".pdf")
    assert pdf.startswith(b"%PDF")
    assert not PdfReader(io.BytesIO(pdf)).is_encrypted
    _qpdf_check(tmp_path, pdf)
    # the letter is recorded and kept as the letter verb keeps it, and the draft is an event
    docs = ok(cli, "documents", ref, "--json").json()
    assert [(d["kind"], d.get("letter_kind")) for d in docs] == [("letter", "acknowledgement")]
    stored = tmp_path / "stored.pdf"
    ok(cli, "document", ref, docs[0]["id"], "--out", stored)
    assert stored.read_bytes() == pdf
    kinds = [e["kind"] for e in ok(cli, "show", ref, "--json").json()["events"]]
    assert "document-produced" in kinds and "email-draft-made" in kinds


@pytest.mark.parametrize(
    ("language", "subject"),
    [("fr", "Votre demande"), ("en", "Your request"), ("de", "Ihr Antrag")],
)
def test_the_draft_speaks_the_letters_language(
    cli, db: Path, tmp_path: Path, language: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli, "nl")
    out = tmp_path / "draft.eml"
    ok(cli, "email-draft", ref, "acknowledgement", "--language", language, "--out", out)
    assert _parse(out)["Subject"].startswith(subject)


def test_an_encrypted_pdf_needs_the_password_shown_once(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    ok(cli, "identity", ref, "--verified", "--method", "account-email")
    ok(cli, "close", ref, "--outcome", "granted")
    out = tmp_path / "antwoord.eml"
    r = ok(cli, "email-draft", ref, "answer", "--encrypt-pdf", "--out", out)
    [line] = [x for x in r.out.splitlines() if "wachtwoord" in x.lower() or "password" in x.lower()]
    password = line.rsplit(" ", 1)[-1]
    assert len(password) == 24 and password.count("-") == 4
    _name, pdf = _pdf_of(_parse(out))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    assert reader.decrypt(password) != 0
    assert "/AESV3" in str(reader.trailer["/Encrypt"]["/CF"])  # AES-256 (PDF 2.0)
    assert len(reader.pages) >= 1
    _qpdf_check(tmp_path, pdf, password)
    # the password is kept nowhere: not in the database, the audit, the log
    body = _parse(out).get_body(preferencelist=("plain",))
    assert body is not None and password not in body.get_content()
    for path in [*db.rglob("*"), *(tmp_path / "logs").rglob("*")]:
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path
    events = ok(cli, "show", ref, "--json").json()["events"]
    assert not any(password in (e.get("note") or "") for e in events)


def test_no_email_address_no_draft(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = ok(cli, "add", "--right", "access", "--name", "Post Alleen", "--received",
             "2026-11-20").out.strip()  # fmt: skip
    out = tmp_path / "x.eml"
    r = cli("email-draft", ref, "acknowledgement", "--out", out)
    assert r.rc == 1 and "e-mail address" in r.err
    assert not out.exists()
    assert ok(cli, "documents", ref, "--json").json() == []


def test_a_letter_that_does_not_fit_makes_no_draft(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _request(cli)
    out = tmp_path / "x.eml"
    r = cli("email-draft", ref, "withdrawal-confirmation", "--out", out)
    assert r.rc == 1
    assert not out.exists()
    r = cli("email-draft", ref, "acknowledgement", "--out", tmp_path / "x.pdf")
    assert r.rc == 1
