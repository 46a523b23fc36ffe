"""Issue 16, finding 8: everything the program itself does keeps the audit chain intact.

The chain now covers each request's state, so every change a flow makes must go through an
event: each step below is followed by `audit verify`. The head printed on the dossier and
the quarterly report is the one `audit verify --against` accepts; a passphrase change
(also one killed half-way) keeps the key, so printed heads stay valid; old databases verify
after the upgrade to schema 0006.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.hardening.audit_support import (
    assert_broken,
    head_of,
    ok,
    pdf_text,
    query,
    small_database,
    sql,
    verify,
)
from tests.hardening.support import PASSPHRASE, Env, call_cli

HEAD = re.compile(r"\b\d+:[0-9a-f]{4}(?:-[0-9a-f]{4}){3}\b")


def _intact(step: str) -> None:
    r = verify()
    assert r.code == 0, f"after {step}: {r}"


def test_every_step_of_the_lifecycle_keeps_the_chain_intact(env: Env) -> None:
    ok("init")
    ok("settings", "set", "bank.iban", "BE71096123456769")
    ref = ok("add", "--right", "access", "--right", "erasure", "--name", "Jan Peeters",
             "--email", "jan@example.org", "--received", "2026-11-02").out.strip()  # fmt: skip
    doc = env.root / "id.pdf"
    doc.write_bytes(b"%PDF-1.4 identity card copy")
    root = env.root
    steps: list[tuple[str, ...]] = [
        ("letter", ref, "acknowledgement", "--out", str(root / "ack.pdf")),
        ("identity", ref, "--requested-on", "2026-11-03"),
        ("identity", ref, "--received-on", "2026-11-05", "--document", str(doc)),
        ("identity", ref, "--verified", "--method", "id-document", "--on", "2026-11-05"),
        ("extend", ref, "--reason", "several systems", "--on", "2026-11-20"),
        ("letter", ref, "extension", "--out", str(root / "ext.pdf")),
        ("fee-note", ref, "--amount", "12.10", "--ground", "excessive",
         "--reason", "six identical requests", "--out", str(root / "fee.pdf")),
        ("dossier", ref, "--out", str(root / "dossier.pdf")),
        ("export", "--out", str(root / "register.xlsx")),
        ("report", "--quarter", "2026Q4", "--out", str(root / "q.pdf")),
        ("report", "--quarter", "2026Q4", "--out", str(root / "q.xlsx")),
        ("backup", "--out", str(root / "backup.db")),
    ]  # fmt: skip
    for step in steps:
        ok(*step)
        _intact(" ".join(step[:2]))
    assert query(env, "SELECT count(*) FROM identity_documents") == [(0,)]  # erased on verify
    [(number,)] = query(env, "SELECT number FROM fee_notes")
    ok("fee-paid", str(number), "--on", "2026-11-25")
    _intact("fee-paid")
    assert query(env, "SELECT count(*) FROM audit_events WHERE kind = 'identity-document-erased'")


def test_retention_and_erasure_keep_the_chain_intact(env: Env) -> None:
    """Anonymisation and the erasure of identity documents change requests legitimately."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.requests import NewRequest

    wb = open_workbench(env.data_dir, PASSPHRASE, create=True)
    try:
        a = wb.register(NewRequest(rights=["erasure"], name="Oud Persoon", received="2019-05-02",
                                   email="oud@example.org"))  # fmt: skip
        wb.request_identity(a, "2019-05-03")
        wb.receive_identity(a, "2019-05-10", b"%PDF-1.4 identity card", ".pdf")
        wb.fail_identity(a, "unreadable copy", "2019-05-12")  # erases the copy
        wb.reject(a, "identity could not be established", "2019-05-20", "unfounded")
        b = wb.register(NewRequest(rights=["access"], name="Ook Oud", received="2019-06-03"))
        wb.verify_identity(b, "known-customer", "2019-06-04")
        wb.close_request(b, "granted", on="2019-06-20")
        wb.register(NewRequest(rights=["access"], name="Nog Open", received="2026-11-20"))
        assert wb.verify_audit().ok
    finally:
        wb.close()
    r = ok("retention", "run", "--today", "2026-11-25", "--yes")
    assert "2" in r.out, r
    assert query(env, "SELECT count(*) FROM requests WHERE anonymised = 1") == [(2,)]
    _intact("retention")


def test_demo_data_verify(env: Env) -> None:
    ok("demo", "--requests", "40")
    _intact("demo")


def test_a_restored_backup_verifies(env: Env) -> None:
    small_database(env)
    printed = head_of(verify("--json"))
    backup = env.root / "backup.db"
    ok("backup", "--out", str(backup))
    ok("add", "--right", "access", "--name", "Na De Kopie", "--received", "2026-11-24")
    ok("restore", str(backup), "--force")
    _intact("restore")
    assert verify("--against", printed).code == 0
    ok("add", "--right", "access", "--name", "Na Het Terugzetten", "--received", "2026-11-24")
    _intact("an add after the restore")


def test_a_passphrase_change_keeps_the_key_and_printed_heads(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_database(env)
    printed = head_of(verify("--json"))
    new = "a new passphrase for the audit test"
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", new)
    ok("passwd")
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", new)
    _intact("passwd")
    assert verify("--against", printed).code == 0
    assert query_with(env, new, "SELECT pending FROM audit_key") == [(None,)]  # settled


def query_with(env: Env, passphrase: str, statement: str) -> list[tuple[object, ...]]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(env.data_dir / "cluma-dpo.db"))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return list(conn.execute(statement).fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("killed", ["before the rekey", "after the rekey"])
def test_a_passphrase_change_killed_half_way_leaves_a_chain_that_opens(
    env: Env, monkeypatch: pytest.MonkeyPatch, killed: str
) -> None:
    """The key is wrapped for the new passphrase before the rekey: whichever passphrase the
    file has after a kill, the chain opens, verifies and takes new events."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.storage import chain_key
    from cluma_dpo.storage import engine as eng

    small_database(env)
    printed = head_of(verify("--json"))
    new = "the passphrase a killed passwd left"
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        with wb.store.session(write=True) as session:
            chain_key.stage_passphrase(session, new)
        if killed == "after the rekey":
            eng.rekey(wb.store, new)  # and no event: the process died here
    finally:
        wb.close()
    if killed == "after the rekey":
        monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", new)
    _intact(f"passwd killed {killed}")
    ok("add", "--right", "access", "--name", "Daarna", "--received", "2026-11-24")
    _intact("an add after it")
    assert verify("--against", printed).code == 0


def test_the_dossier_and_the_report_print_the_head_verify_accepts(env: Env) -> None:
    refs = small_database(env)
    dossier, report = env.root / "dossier.pdf", env.root / "q.pdf"
    ok("dossier", refs[0], "--out", str(dossier))
    ok("report", "--quarter", "2026Q4", "--out", str(report))
    ok("add", "--right", "access", "--name", "Later", "--received", "2026-11-24")
    for pdf in (dossier, report):
        text = pdf_text(pdf)
        found = HEAD.search(text)
        assert found, text[:3000]
        r = verify("--against", found.group(0))
        assert r.code == 0, (pdf.name, r)
    # the dossier's head is the chain's before its own event; the report's after the dossier's
    d_head = HEAD.search(pdf_text(dossier))
    r_head = HEAD.search(pdf_text(report))
    assert d_head and r_head
    assert int(r_head.group(0).split(":")[0]) == int(d_head.group(0).split(":")[0]) + 1


def test_a_broken_chain_is_said_on_the_report_and_no_head_is_printed(env: Env) -> None:
    refs = small_database(env)
    sql(env, f"UPDATE requests SET subject_name = 'Iemand Anders' WHERE reference = '{refs[1]}'")
    report = env.root / "q.pdf"
    ok("report", "--quarter", "2026Q4", "--out", str(report))
    text = pdf_text(report)
    assert not HEAD.search(text)
    assert "NIET intact" in text or "NOT intact" in text, text[:2000]
    assert refs[1] in text


# -- upgrade of an existing database ------------------------------------------------------

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001.db"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


def _at_0005(folder: Path, tamper: str | None = None) -> None:
    """The fixture upgraded to schema 0005 (the head before this change), with a request
    that has no event and, optionally, a tampered old chain."""
    from cluma_dpo.storage import engine as eng
    from cluma_dpo.storage import migrate

    folder.mkdir(parents=True)
    shutil.copy(FIXTURE, folder / eng.DB_NAME)
    path = folder / eng.DB_NAME
    store = eng.Store(path, eng.make_engine(path, FIXTURE_PASSPHRASE))
    try:
        migrate.upgrade(store, "0005")
        with store.engine.begin() as c:
            c.exec_driver_sql(
                "INSERT INTO requests (reference, year, seq, received, channel, language,"
                " rights, account_deletion, status, subject_name, subject_country,"
                " subject_form, search_key, identity_status, paused, anonymised, kind_review,"
                " created_at, updated_at) VALUES ('DSR-2024-0077', 2024, 77, '2024-03-02',"
                " 'post', 'nl', 'access', 0, 'received', 'Zonder Spoor', 'BE', 'neutral',"
                " 'dsr-2024-0077 zonder spoor', 'not-checked', 0, 0, 0,"
                " '2024-03-02 10:00:00', '2024-03-02 10:00:00')"
            )
            if tamper:
                c.exec_driver_sql(tamper)
    finally:
        store.close()


@pytest.mark.real_kdf  # a file made by an earlier version
def test_an_old_database_verifies_after_the_upgrade(tmp_path: Path) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.storage.engine import text_query

    folder = tmp_path / "data"
    _at_0005(folder)
    wb = open_workbench(folder, FIXTURE_PASSPHRASE)  # upgrades to 0006
    try:
        report = wb.verify_audit()
        assert report.ok, report
        kinds = [k for (k,) in text_query(wb.store, "SELECT kind FROM audit_events ORDER BY id")]
        assert "audit-chain-upgraded" in kinds
        assert ("DSR-2024-0077",) in text_query(
            wb.store, "SELECT reference FROM audit_events WHERE kind = 'state-recorded'"
        )
        assert "audit-chain-upgraded-broken" not in kinds
    finally:
        wb.close()


@pytest.mark.real_kdf  # a file made by an earlier version
def test_an_old_chain_that_was_broken_stays_reported_after_the_upgrade(tmp_path: Path) -> None:
    from cluma_dpo.app import open_workbench

    folder = tmp_path / "data"
    _at_0005(folder, tamper="UPDATE audit_events SET kind = 'forged' WHERE id = 1")
    wb = open_workbench(folder, FIXTURE_PASSPHRASE)
    try:
        report = wb.verify_audit()
        assert not report.ok
        assert report.problem is not None and report.problem.code == "audit.problem.before_upgrade"
    finally:
        wb.close()


def test_verify_is_broken_with_exit_1_never_0(env: Env) -> None:
    refs = small_database(env)
    sql(env, f"UPDATE requests SET outcome = 'granted' WHERE reference = '{refs[0]}'")
    assert_broken(verify())
    r = call_cli(["audit", "verify", "--json"])
    assert r.code == 1
