"""Identity documents and kept correspondence on a server are sealed by the program before
they reach it (issue 18, item 5): AES-256-GCM under a data key the server holds only wrapped
per login (storage.sealed, storage.server_keys).

The server is the session's throwaway cluster (tests/pg_cluster.py; its logins' passwords
in the PGPASSFILE the fixture sets); without PostgreSQL's binaries these tests are skipped,
saying why.
"""

from __future__ import annotations

import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.integration.test_postgresql import ok, sql
from tests.pg_cluster import OWNER, SUPERUSER

# distinctive bytes: none of them may be found in a dump of the server
CARD = b"\x89PNG\r\n\x1a\n" + b"IDCARD-Qwhxzj-7731-Vermeulen" + bytes(range(256))
MAIL_WORDS = "Zygomorphic-request-body-4419"
ATTACHMENT = b"%PDF-1.4\n% signed letter Xylophone-9902 \x00\xff\n%%EOF\n"
SCAN = b"%PDF-1.4\n% scanned Quokka-5521 \x00\x80\n%%EOF\n"


def _mail(path: Path) -> Path:
    message = EmailMessage()
    message["From"] = "Els Vermeulen <els@example.net>"
    message["To"] = "privacy@cluma.com"
    message["Subject"] = "Inzage"
    message["Date"] = "Mon, 23 Nov 2026 09:00:00 +0000"
    message.set_content(f"Geachte, ik vraag inzage. {MAIL_WORDS}")
    message.add_attachment(ATTACHMENT, maintype="application", subtype="pdf", filename="brief.pdf")
    path.write_bytes(bytes(message))
    return path


def _request(run, url: str, tmp_path: Path) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """A request with an attached e-mail (and its attachment) and an identity document."""
    ref = ok(run(url, "add", "--right", "access", "--name", "Els Vermeulen",
                 "--email", "els@example.net", "--received", "2026-11-23")).out.strip()  # fmt: skip
    ids = ok(run(url, "attach", ref, _mail(tmp_path / "mail.eml"))).out.split()
    card = tmp_path / "card.png"
    card.write_bytes(CARD)
    ok(run(url, "identity", ref, "--requested-on", "2026-11-23"))
    ok(run(url, "identity", ref, "--received-on", "2026-11-24", "--document", card))
    return ref, ids


def _dump(cluster, db: str) -> bytes:  # type: ignore[no-untyped-def]
    pg_dump = cluster.bindir / "pg_dump"  # next to the initdb the fixture ran
    if not pg_dump.is_file():
        pytest.skip(f"no pg_dump beside {cluster.bindir / 'initdb'}")
    done = subprocess.run(
        [str(pg_dump), "-h", str(cluster.sockets), "-p", str(cluster.port), "-U", SUPERUSER,
         "--no-password", db],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout


def _found(dump: bytes, secret: bytes) -> bool:
    """In the dump as bytes, or as the hex that COPY writes a bytea column in."""
    return secret in dump or secret.hex().encode() in dump.lower()


def test_a_dump_of_the_server_holds_no_identity_document_nor_letter(
    pg_cluster, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    ref, ids = _request(run_as, url, tmp_path)
    ok(run_as(url, "letter", ref, "acknowledgement", "--out", tmp_path / "ack.pdf"))
    dump = _dump(pg_cluster, db)
    assert b"Els Vermeulen" in dump  # the dump is searchable: the register is plain there
    for secret in (b"IDCARD-Qwhxzj-7731", MAIL_WORDS.encode(), b"Xylophone-9902",
                   b"%PDF-1.4"):  # fmt: skip
        assert not _found(dump, secret), secret
    # yet they come back whole for the login that holds the key
    for document_id in ids:
        ok(run_as(url, "document", ref, document_id, "--out", tmp_path / f"d{document_id}"))
    backs = [(tmp_path / f"d{i}").read_bytes() for i in ids]
    assert ATTACHMENT in backs and any(MAIL_WORDS.encode() in b for b in backs)


def test_documents_round_trip_for_dpo_and_assistant_and_never_open_for_management(
    pg_cluster, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.domain.errors import StoreError
    from cluma_dpo.storage.records import IdentityDocumentRecord
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    owner = pg_cluster.url(db)
    ok(run_as(owner, "init"))
    logins = {role: f"{db}_u_{role[:4]}" for role in ("dpo", "assistant", "management")}
    for role, login in logins.items():
        ok(run_as(owner, "users", "add", login, "--role", role))
    dpo, assistant = (pg_cluster.url(db, logins[r]) for r in ("dpo", "assistant"))
    ref, _ids = _request(run_as, assistant, tmp_path)  # the assistant seals
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    [scan_id] = ok(run_as(dpo, "attach", ref, scan)).out.split()  # the dpo seals
    for url in (dpo, assistant):
        out = tmp_path / "back.pdf"
        out.unlink(missing_ok=True)
        ok(run_as(url, "document", ref, scan_id, "--out", out))
        assert out.read_bytes() == SCAN
    # each login reads its own wrap only; management has none
    assert sql(pg_cluster, db, logins["dpo"], "SELECT login FROM user_keys") == [(logins["dpo"],)]
    assert sql(pg_cluster, db, logins["management"], "SELECT login FROM user_keys") == []
    # through the ORM the identity document is the plain card again (a deferred column)
    for login in (logins["dpo"], logins["assistant"]):
        wb = open_server_workbench(parse_server_url(pg_cluster.url(db, login)), tmp_path / "l")
        try:
            with wb.reading() as uow:
                [card] = uow.session.query(IdentityDocumentRecord).all()
                assert card.content == CARD
        finally:
            wb.close()
    # management: no wrap, so no key, even with the right password
    wb = open_server_workbench(
        parse_server_url(pg_cluster.url(db, logins["management"])), tmp_path / "m"
    )
    try:
        with pytest.raises(StoreError) as caught:
            wb.store.data_key()  # type: ignore[attr-defined]
        assert caught.value.msg.code == "server.documents_no_key"
    finally:
        wb.close()
    # a login removed loses its wrap with it
    ok(run_as(owner, "users", "remove", logins["assistant"]))
    kept = {login for (login,) in sql(pg_cluster, db, OWNER, "SELECT login FROM user_keys")}
    assert kept == {OWNER, logins["dpo"]}
    # the trail still verifies; the identity check erases the card (read through the key)
    ok(run_as(dpo, "identity", ref, "--verified", "--method", "id-document", "--on", "2026-11-25"))
    assert ok(run_as(dpo, "audit", "verify", "--json")).json()["ok"] is True


def test_a_ciphertext_moved_to_another_row_does_not_open(pg_cluster, run_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    ref, ids = _request(run_as, url, tmp_path)
    first, second = int(ids[0]), int(ids[1])
    swap = (
        "UPDATE document_contents d SET content = o.content FROM document_contents o"
        f" WHERE (d.document_id, o.document_id) IN (({first}, {second}), ({second}, {first}))"
    )
    sql(pg_cluster, db, OWNER, swap)  # as the server's administrator could
    for document_id in (first, second):
        r = run_as(url, "document", ref, document_id, "--out", tmp_path / f"x{document_id}")
        assert r.rc != 0 and "does not open" in r.err, r.err
        assert not (tmp_path / f"x{document_id}").exists()


def test_migrate_seals_while_copying_and_backup_opens_into_the_file(
    pg_cluster, run_as, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "A passphrase of the file 1")
    ok(run_as("", "init"))
    ref, ids = _request(run_as, "", tmp_path)  # on the local file
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    [scan_id] = ok(run_as("", "attach", ref, scan)).out.split()
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as("", "migrate", "--to", url))
    out = tmp_path / "from-server.pdf"
    ok(run_as(url, "document", ref, scan_id, "--out", out))
    assert out.read_bytes() == SCAN
    dump = _dump(pg_cluster, db)
    for secret in (b"IDCARD-Qwhxzj-7731", MAIL_WORDS.encode(), b"Quokka-5521"):
        assert not _found(dump, secret), secret
    # and back: the server's backup is a file whose documents open with its passphrase
    backup = tmp_path / "usb" / "office.db"
    ok(run_as(url, "backup", "--out", backup))
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "single"))
    ok(run_as("", "restore", backup))
    again = tmp_path / "from-file.pdf"
    ok(run_as("", "document", ref, scan_id, "--out", again))
    assert again.read_bytes() == SCAN
    for document_id in ids:
        ok(run_as("", "document", ref, document_id, "--out", tmp_path / f"f{document_id}"))
    assert ATTACHMENT in [(tmp_path / f"f{i}").read_bytes() for i in ids]
    from cluma_dpo.app import open_workbench
    from cluma_dpo.storage.records import IdentityDocumentRecord

    wb = open_workbench(tmp_path / "single", "A passphrase of the file 1")
    try:
        with wb.reading() as uow:
            assert [d.content for d in uow.session.query(IdentityDocumentRecord)] == [CARD]
            assert not uow.session.execute(
                __import__("sqlalchemy").text("SELECT count(*) FROM user_keys")
            ).scalar()
    finally:
        wb.close()
