"""Issue 15: every letter and fee note produced is kept in the encrypted database exactly
as printed, with kind, language, date, who and where it was saved; it can be read back,
saved again, replaced on purpose, and it follows the request's retention."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.domain.errors import NotFound
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage import migrate

PASSPHRASE = "kept documents passphrase"
NAME = "Łukasz Żółć-Bewaard"


def _add(wb: Workbench, received: str = "2026-11-20", **extra: object) -> str:
    return wb.register(
        NewRequest(rights=["access"], name=NAME, received=received,  # type: ignore[arg-type]
                   street="Kachtemsestraat 161", postcode="8800", city="Roeselare", **extra)
    )  # fmt: skip


@pytest.fixture()
def wb(tmp_path: Path) -> Workbench:
    bench = open_workbench(tmp_path / "data", PASSPHRASE, create=True, front_end="app")
    yield bench  # type: ignore[misc]
    bench.close()


def _events(wb: Workbench, ref: str) -> list[str]:
    return [e.kind for e in wb.request(ref).events]


def test_a_letter_is_kept_as_printed_with_where_it_was_saved(wb: Workbench, tmp_path: Path) -> None:
    ref = _add(wb)
    target = tmp_path / "out" / "ontvangst.pdf"
    target.parent.mkdir()
    pdf = wb.letter(ref, "acknowledgement", "fr", filename=str(target),
                    deliver=target.write_bytes)  # fmt: skip
    [doc] = wb.documents(ref)
    assert (doc.kind, doc.language, doc.saved_as, doc.kept) == (
        "acknowledgement",
        "fr",
        str(target),
        True,
    )
    assert doc.made_by and "app" in doc.made_by
    assert doc.produced_at.date() == wb.today()
    assert wb.document_pdf(doc.id) == pdf == target.read_bytes()
    # the request's view lists the same
    assert wb.request(ref).documents == (doc,)
    # and it is inside the encrypted file, not beside it: the name is not readable there
    raw = (wb.path).read_bytes()
    assert NAME.encode() not in raw and b"%PDF" not in raw


def test_a_failed_write_keeps_nothing(wb: Workbench) -> None:
    ref = _add(wb)

    def broken(_data: bytes) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        wb.letter(ref, "acknowledgement", deliver=broken)
    assert wb.documents(ref) == []
    assert "document-produced" not in _events(wb, ref)


def test_saved_again_moves_where_it_is_saved(wb: Workbench, tmp_path: Path) -> None:
    ref = _add(wb)
    wb.letter(ref, "acknowledgement")  # printed: never saved
    [doc] = wb.documents(ref)
    assert doc.saved_as is None
    again = tmp_path / "again.pdf"
    again.write_bytes(wb.document_pdf(doc.id))
    shown = wb.document_saved(doc.id, again)
    assert shown.saved_as == str(again)
    assert wb.documents(ref)[0].saved_as == str(again)
    wb.document_printed(doc.id)
    assert _events(wb, ref)[-2:] == ["document-saved", "document-printed"]
    assert len(wb.documents(ref)) == 1  # saving or printing again is no new document


def test_a_replacing_letter_removes_the_first_in_the_same_step(wb: Workbench) -> None:
    ref = _add(wb)
    wb.letter(ref, "acknowledgement", "nl")
    [first] = wb.documents(ref)
    second_pdf = wb.letter(ref, "acknowledgement", "fr", replaces=first.id)
    [second] = wb.documents(ref)
    assert second.id != first.id and second.language == "fr"
    assert wb.document_pdf(second.id) == second_pdf
    with pytest.raises(NotFound):
        wb.document_pdf(first.id)
    assert "document-replaced" in _events(wb, ref)
    # keeping both is a choice too: then there are two
    wb.letter(ref, "acknowledgement", "nl")
    assert [d.language for d in wb.documents(ref)] == ["fr", "nl"]


def test_a_letter_cannot_replace_another_requests_document(wb: Workbench) -> None:
    from cluma_dpo.domain.errors import ValidationError

    a, b = _add(wb), _add(wb)
    wb.letter(a, "acknowledgement")
    [doc] = wb.documents(a)
    with pytest.raises(ValidationError):
        wb.letter(b, "acknowledgement", replaces=doc.id)
    assert len(wb.documents(a)) == 1 and wb.documents(b) == []


def test_fee_notes_are_kept_under_their_number(wb: Workbench) -> None:
    wb.set_setting("bank.iban", "BE71096123456769")
    wb.set_setting("bank.bic", "GKCCBEBB")
    ref = _add(wb)
    wb.verify_identity(ref, "account-email")
    fee, pdf = wb.issue_fee_note_pdf(ref, "12.10", "Vijfde identiek verzoek", ground="excessive")
    [doc] = wb.documents(ref)
    assert (doc.kind, doc.concerns, doc.kept) == ("fee-note", fee.number, True)
    assert wb.document_pdf(doc.id) == pdf


def test_a_dossier_is_recorded_but_not_kept(wb: Workbench) -> None:
    ref = _add(wb)
    wb.dossier(ref)
    [doc] = wb.documents(ref)
    assert doc.kind == "dossier" and not doc.kept
    with pytest.raises(NotFound):
        wb.document_pdf(doc.id)


def test_kept_documents_follow_the_requests_retention(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    wb = open_workbench(folder, PASSPHRASE, create=True, clock=FixedClock.on(date(2019, 6, 10)))
    try:
        old = _add(wb, "2019-06-03")
        wb.verify_identity(old, "known-customer", "2019-06-04")
        wb.letter(old, "acknowledgement", filename=f"/home/dpo/{NAME}.pdf")
        wb.close_request(old, "granted", on="2019-06-05")
    finally:
        wb.close()
    wb = open_workbench(folder, PASSPHRASE, clock=FixedClock.on(date(2025, 12, 1)))
    try:
        recent = _add(wb, "2025-11-20")
        wb.letter(recent, "acknowledgement")
        [old_doc] = wb.documents(old)
        assert wb.retention_run(date_confirmed=True) == 1
        [gone] = wb.documents(old)
        assert gone.id == old_doc.id and gone.kind == "acknowledgement"  # the fact stays
        assert (gone.kept, gone.saved_as, gone.filename) == (False, None, None)
        with pytest.raises(NotFound):
            wb.document_pdf(old_doc.id)
        [kept] = wb.documents(recent)  # the recent request keeps its letter
        assert wb.document_pdf(kept.id).startswith(b"%PDF")
        rows = eng.text_query(wb.store, "SELECT COUNT(*) FROM document_contents")
        assert rows == [(1,)]
        assert wb.verify_audit().ok
    finally:
        wb.close()


def test_a_database_of_schema_0004_with_documents_upgrades(tmp_path: Path) -> None:
    """The migration 0005 on a database made at the previous head, with data in it."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / eng.DB_NAME
    store = eng.Store(path, eng.make_engine(path, PASSPHRASE))
    try:
        migrate.upgrade(store, "0004")
        assert migrate.current_revision(store) == "0004"
        with store.engine.begin() as c:
            c.exec_driver_sql(
                "INSERT INTO requests (id, reference, year, seq, received, channel, language,"
                " rights, account_deletion, status, subject_name, subject_country,"
                " subject_form, search_key, identity_status, paused, anonymised, kind_review,"
                " created_at, updated_at) VALUES (1, 'DSR-2026-0001', 2026, 1, '2026-11-02',"
                " 'post', 'nl', 'access', 0, 'received', 'Oud Persoon', 'BE', 'neutral',"
                " 'dsr-2026-0001 oud persoon', 'not-checked', 0, 0, 0,"
                " '2026-11-02 10:00:00', '2026-11-02 10:00:00')"
            )
            c.exec_driver_sql(
                "INSERT INTO documents (id, request_id, kind, language, produced_at, sha256,"
                " filename) VALUES (1, 1, 'acknowledgement', 'nl', '2026-11-03 09:00:00',"
                f" '{'ab' * 32}', 'ontvangst.pdf')"
            )
    finally:
        store.close()
    wb = open_workbench(folder, PASSPHRASE)  # upgrades, after an encrypted backup
    try:
        assert migrate.current_revision(wb.store) == migrate.SCHEMA_HEAD == "0010"
        [doc] = wb.documents("DSR-2026-0001")
        assert (doc.kind, doc.saved_as, doc.kept, doc.made_by) == (
            "acknowledgement",
            "ontvangst.pdf",
            False,
            None,
        )
        with pytest.raises(NotFound):
            wb.document_pdf(doc.id)  # made before documents were kept: nothing to reopen
        wb.letter("DSR-2026-0001", "acknowledgement", replaces=doc.id)
        [new] = wb.documents("DSR-2026-0001")
        assert new.kept and wb.document_pdf(new.id).startswith(b"%PDF")
    finally:
        wb.close()
    assert list((folder / "backups").glob("pre-upgrade-0004-*.db"))
