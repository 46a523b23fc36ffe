"""Issue 17: scanned post and messages attached to a request, listed with its letters, given
back byte for byte, and gone with the request's retention."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.domain.errors import NotFound, ValidationError
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import engine as eng
from tests.integration.test_intake import NL, ok
from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised

PASSPHRASE = "correspondence passphrase"


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _add(cli) -> str:  # type: ignore[no-untyped-def]
    return ok(cli, "add", "--right", "access", "--name", "An Peeters", "--received",
              "2026-11-20", "--email", "an@example.com").out.strip()  # fmt: skip


def test_attach_a_scan_and_get_it_back(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _add(cli)
    scan = tmp_path / "brief.png"
    scan.write_bytes(_png())
    [doc_id] = [int(x) for x in ok(cli, "attach", ref, scan).out.split()]
    pdf_path = tmp_path / "aangetekend.pdf"
    pdf_path.write_bytes(b"%PDF-1.4\n% a scanned letter\n%%EOF\n")
    ok(cli, "attach", ref, pdf_path, "--kind", "other")
    ok(cli, "letter", ref, "acknowledgement", "--out", tmp_path / "ontvangst.pdf")
    docs = ok(cli, "documents", ref, "--json").json()
    assert [(d["kind"], d["filename"], d["content_type"]) for d in docs] == [
        ("scan", "brief.png", "image/png"),
        ("other", "aangetekend.pdf", "application/pdf"),
        ("letter", "ontvangst.pdf", "application/pdf"),
    ]
    assert docs[2]["letter_kind"] == "acknowledgement"
    assert docs[0]["id"] == doc_id and docs[0]["size"] == scan.stat().st_size
    assert docs[0]["added"].startswith("2026-11-25")  # the pinned day
    back = tmp_path / "back.png"
    ok(cli, "document", ref, doc_id, "--out", back)
    assert back.read_bytes() == scan.read_bytes()
    letter = tmp_path / "letter-again.pdf"
    ok(cli, "document", ref, docs[2]["id"], "--out", letter)
    assert letter.read_bytes() == (tmp_path / "ontvangst.pdf").read_bytes()
    text = ok(cli, "documents", ref).out
    assert "brief.png" in text and "image/png" in text


def test_attach_an_eml_keeps_its_attachments(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _add(cli)
    ids = ok(cli, "attach", ref, NL).out.split()
    assert len(ids) == 3
    kinds = [d["kind"] for d in ok(cli, "documents", ref, "--json").json()]
    assert kinds == ["email", "attachment", "attachment"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("notes.txt", b"hello", "Only these files"),
        ("fake.pdf", b"MZ\x90\x00 an executable", "not what its name"),
        ("fake.jpg", b"%PDF-1.4", "not what its name"),
        ("empty.png", b"", "empty"),
        ("bad.eml", b"no message here", "no sender"),
    ],
)
def test_attach_refuses_what_it_cannot_keep(
    cli, db: Path, tmp_path: Path, name: str, data: bytes, problem: str
) -> None:  # type: ignore[no-untyped-def]
    ref = _add(cli)
    path = tmp_path / name
    path.write_bytes(data)
    r = cli("attach", ref, path)
    assert r.rc == 1 and problem in r.err, r.err
    assert ok(cli, "documents", ref, "--json").json() == []


def test_a_document_of_another_request_is_not_found(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = _add(cli), _add(cli)
    [doc_id] = ok(cli, "attach", first, _write(tmp_path / "a.png", _png())).out.split()
    r = cli("document", second, doc_id, "--out", tmp_path / "x.png")
    assert r.rc == 1 and "no document" in r.err
    assert not (tmp_path / "x.png").exists()
    r = cli("documents", "DSR-2026-9999", "--json")
    assert r.rc == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_stored_correspondence_follows_the_requests_retention(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    message = NL.read_bytes()
    wb = open_workbench(folder, PASSPHRASE, create=True, clock=FixedClock.on(date(2019, 6, 10)))
    try:
        old = wb.register(NewRequest(rights=["access"], name="Oud Persoon",  # type: ignore[arg-type]
                                     received="2019-06-03"))  # fmt: skip
        wb.attach(old, "Oud_Persoon_identiteit.png", _png(), "scan")
        wb.attach(old, "bericht.eml", message, "email")
        wb.verify_identity(old, "known-customer", "2019-06-04")
        wb.close_request(old, "granted", on="2019-06-05")
        assert len(wb.stored_documents(old)) == 4
    finally:
        wb.close()
    wb = open_workbench(folder, PASSPHRASE, clock=FixedClock.on(date(2025, 12, 1)))
    try:
        recent = wb.register(NewRequest(rights=["access"], name="Nieuw Persoon",  # type: ignore[arg-type]
                                        received="2025-11-20"))  # fmt: skip
        [keep] = wb.attach(recent, "scan.png", _png(), "scan")
        assert wb.retention_run(date_confirmed=True) == 1
        assert wb.stored_documents(old) == []  # nothing of it is kept any more
        facts = wb.documents(old)  # the facts stay, without names
        assert [d.kind for d in facts] == ["scan", "email", "attachment", "attachment"]
        assert all(d.filename is None and not d.kept for d in facts)
        with pytest.raises(NotFound):
            wb.stored_document(old, facts[0].id)
        assert wb.stored_document(recent, keep)[1] == _png()
        rows = eng.text_query(wb.store, "SELECT COUNT(*) FROM document_contents")
        assert rows == [(1,)]
        assert wb.verify_audit().ok
    finally:
        wb.close()


def test_the_service_refuses_an_unknown_kind(tmp_path: Path) -> None:
    wb: Workbench = open_workbench(tmp_path / "d", PASSPHRASE, create=True)
    try:
        ref = wb.register(NewRequest(rights=["access"], name="X Y",  # type: ignore[arg-type]
                                     received="2026-11-20"))  # fmt: skip
        with pytest.raises(ValidationError):
            wb.attach(ref, "a.png", _png(), "letter")
        assert wb.stored_documents(ref) == []
    finally:
        wb.close()
