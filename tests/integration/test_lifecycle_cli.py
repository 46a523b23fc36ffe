"""Issue #3 "Must show": the request lifecycle through the command line.

Every test works in its own tmp data dir (CLUMA_DPO_DATA_DIR), with its own passphrase
(CLUMA_DPO_PASSPHRASE) and log dir (CLUMA_DPO_LOG_DIR): never the user's real folders.
Calls run in-process (`cluma_dpo.cli.main`) with capsys.

The tests that take `office` run on both stores (issue 18): the local file and a new
database on the session's PostgreSQL cluster (tests/integration/conftest.py); those that
take `db` are about the file itself (its bytes) or about input refused before any store.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from tests import kdf
from tests.integration.cli_support import Run, assert_one_line_error, sql_quote
from tests.integration.conftest import StoreUnderTest

PASSPHRASE = "Lifecycle 'pass' @/: phrase 2026"
DOC_MARKER = b"IDCARD-MARKER-7f3a9c-Quellenbach"


# -- helpers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `init` per module (Alembic makes it the slow step); each test gets a copy."""
    base = tmp_path_factory.mktemp("initialised")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(base / "data"))
        mp.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
        mp.setenv("CLUMA_DPO_LOG_DIR", str(base / "logs"))
        assert main(["init"]) == 0
    files = sorted(p.name for p in (base / "data").iterdir())
    assert files == ["cluma-dpo.db"], files
    return base / "data"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialised: Path) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(d))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CLUMA_DPO_NEW_PASSPHRASE", raising=False)
    shutil.copytree(initialised, d)
    return d


def ok(cli, *args: object) -> Run:  # type: ignore[no-untyped-def]
    r = cli(*args)
    assert r.rc == 0, (args, r.err)
    return r


def add(
    cli, received: str, *rights: str, name: str = "Jan Peeters", extra: tuple[str, ...] = ()
) -> str:
    argv: list[str] = ["add", "--name", name, "--received", received]
    for right in rights or ("access",):
        argv += ["--right", right]
    ref = ok(cli, *argv, *extra).out.strip()
    assert re.fullmatch(r"DSR-\d{4}-\d{4}", ref), ref
    return ref


def show(cli, ref: str) -> dict:  # type: ignore[no-untyped-def]
    return ok(cli, "show", ref, "--json").json()


def audit_count(cli) -> int:  # type: ignore[no-untyped-def]
    r = ok(cli, "audit", "verify", "--json")
    assert r.json()["ok"] is True
    return r.json()["count"]


# -- the worked examples of design.md -----------------------------------------------------


def test_worked_example_end_of_month_on_a_saturday_and_the_extension(
    office: StoreUnderTest, cli
) -> None:
    ref = add(cli, "2026-01-31")
    s = show(cli, ref)
    assert s["due_date"] == "2026-03-02"
    assert s["effective_due_date"] == "2026-03-02"
    assert s["extended_due_date"] is None
    assert s["paused"] is False

    ok(cli, "extend", ref, "--reason", "many systems to search", "--on", "2026-02-20")
    s = show(cli, ref)
    assert s["status"] == "extended"
    assert s["due_date"] == "2026-03-02"
    assert s["extended_due_date"] == "2026-04-30"
    assert s["effective_due_date"] == "2026-04-30"
    assert "extended" in [e["kind"] for e in s["events"]]


def test_worked_example_pause_for_identity(office: StoreUnderTest, cli) -> None:
    ref = add(cli, "2026-03-05")
    assert show(cli, ref)["due_date"] == "2026-04-07"  # Easter Sunday and Monday skipped

    ok(cli, "identity", ref, "--requested-on", "2026-03-06")
    s = show(cli, ref)
    assert s["paused"] is True
    assert s["due_date"] is None
    assert s["status"] == "awaiting-information"

    ok(cli, "identity", ref, "--received-on", "2026-03-16")
    s = show(cli, ref)
    assert s["paused"] is False
    assert s["due_date"] == "2026-04-15"
    assert s["effective_due_date"] == "2026-04-15"


# -- identity documents -------------------------------------------------------------------


def _sqlcipher4_plain_pages(path: Path, passphrase: str) -> list[bytes]:
    """Decrypt every page of a SQLCipher 4 file (default settings), HMAC not checked."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw = path.read_bytes()
    page_size, reserve = 4096, 80  # 16-byte IV + 64-byte HMAC-SHA512
    salt = raw[:16]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, kdf.current(), 32)
    pages = []
    for start in range(0, len(raw), page_size):
        page = raw[start : start + page_size]
        offset = 16 if start == 0 else 0
        iv = page[page_size - reserve : page_size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(dec.update(page[offset : page_size - reserve]) + dec.finalize())
    return pages


def test_identity_document_is_stored_then_erased_and_never_audited(
    db: Path, cli, tmp_path: Path
) -> None:
    ref = add(cli, "2026-03-05", name="Zyxwvut Quellenbach")
    doc = tmp_path / "identity-card.pdf"
    doc.write_bytes(b"%PDF-1.4\n" + DOC_MARKER * 400)  # large enough for overflow pages
    ok(cli, "identity", ref, "--requested-on", "2026-03-06")
    ok(cli, "identity", ref, "--received-on", "2026-03-16", "--document", doc)
    s = show(cli, ref)
    assert s["identity"]["document_stored"] is True
    assert s["identity"]["status"] == "received"

    ok(cli, "identity", ref, "--verified", "--method", "id-document", "--on", "2026-03-17")
    s = show(cli, ref)
    assert s["identity"]["document_stored"] is False
    assert s["identity"]["status"] == "verified"
    assert s["identity"]["method"] == "id-document"
    kinds = [e["kind"] for e in s["events"]]
    assert "identity-document-stored" in kinds
    assert "identity-document-erased" in kinds
    assert kinds.index("identity-document-erased") > kinds.index("identity-verified")
    marker = DOC_MARKER.decode()
    for e in s["events"]:
        assert marker not in (e["note"] or "")
        assert "identity-card" not in (e["note"] or "")  # not even the file name

    import sqlcipher3

    conn = sqlcipher3.connect(str(db / "cluma-dpo.db"))
    try:
        conn.execute(f"PRAGMA key = {sql_quote(PASSPHRASE)}")
        assert conn.execute("SELECT count(*) FROM identity_documents").fetchone()[0] == 0
        for row in conn.execute("SELECT * FROM audit_events"):
            for value in row:
                assert marker not in str(value)
    finally:
        conn.close()
    assert audit_count(cli) > 0

    # The bytes are gone from the file itself, not just unreachable (secure_delete).
    assert sorted(p.name for p in db.iterdir()) == ["cluma-dpo.db"]
    pages = _sqlcipher4_plain_pages(db / "cluma-dpo.db", PASSPHRASE)
    # bytes 16-20 of SQLite's header: page size 4096, WAL (2, 2), 80 reserved bytes
    assert pages[0][:5] == b"\x10\x00\x02\x02\x50"
    assert any(b"Zyxwvut Quellenbach" in p for p in pages)  # the decryption works
    assert not any(DOC_MARKER in p for p in pages)


# -- company targets ----------------------------------------------------------------------
# Date arithmetic only, on the file: a target stored and read back on both stores is in
# test_two_stores_office (the marketing opt-out of its quarter).


@pytest.mark.parametrize(
    ("received", "statutory", "target", "effective"),
    [
        ("2026-05-01", "2026-06-01", "2026-05-31", "2026-05-31"),  # target first, on a Sunday
        ("2026-02-01", "2026-03-02", "2026-03-03", "2026-03-02"),  # statutory first
    ],
)
def test_erasure_after_account_deletion_has_a_30_day_company_target(
    db: Path, cli, received: str, statutory: str, target: str, effective: str
) -> None:
    ref = add(cli, received, "erasure", extra=("--account-deletion",))
    s = show(cli, ref)
    assert s["due_date"] == statutory
    assert s["company_target_date"] == target
    assert s["effective_due_date"] == effective


def test_erasure_without_account_deletion_has_no_company_target(db: Path, cli) -> None:
    s = show(cli, add(cli, "2026-05-01", "erasure"))
    assert s["company_target_date"] is None
    assert s["effective_due_date"] == s["due_date"] == "2026-06-01"


@pytest.mark.parametrize(
    ("received", "target"),
    [
        ("2026-04-03", "2026-04-07"),  # Friday; Monday 6 April is Easter Monday
        ("2026-03-05", "2026-03-06"),  # Thursday -> Friday
        ("2026-07-18", "2026-07-20"),  # Saturday -> Monday
        ("2026-07-20", "2026-07-22"),  # Monday; 21 July is the National Day
    ],
)
def test_marketing_opt_out_target_is_the_next_working_day(
    db: Path, cli, received: str, target: str
) -> None:
    s = show(cli, add(cli, received, "marketing-opt-out"))
    assert s["company_target_date"] == target
    assert s["effective_due_date"] == target
    assert s["due_date"] > target


# -- due warnings -------------------------------------------------------------------------

D = "2026-06-15"  # a Monday


@pytest.fixture
def due_set(office: StoreUnderTest, cli) -> dict[str, str]:  # type: ignore[no-untyped-def]
    refs = {
        "overdue": add(cli, "2026-05-01"),  # due Mon 1 June
        "today": add(cli, "2026-05-15"),  # due Mon 15 June
        "soon": add(cli, "2026-05-19"),  # due Fri 19 June
        "extended": add(cli, "2026-03-20"),  # statutory 20 Apr; extended 20 Jun (Sat) -> 22
        "target": add(cli, "2026-06-12", "marketing-opt-out"),  # target Mon 15 June
        "later": add(cli, "2026-06-10"),  # due Fri 10 July
        "closed": add(cli, "2026-05-01"),
        "withdrawn": add(cli, "2026-05-01"),
        "paused": add(cli, "2026-05-01"),
        "rejected": add(cli, "2026-05-01"),
    }
    ok(cli, "extend", refs["extended"], "--reason", "complex", "--on", "2026-04-01")
    # a grant needs a verified identity (issue 15: else no answer letter could be made)
    ok(
        cli,
        "identity",
        refs["closed"],
        "--verified",
        "--method",
        "account-email",
        "--on",
        "2026-05-05",
    )
    ok(cli, "close", refs["closed"], "--outcome", "granted", "--on", "2026-05-10")
    ok(cli, "withdraw", refs["withdrawn"], "--on", "2026-05-10")
    ok(cli, "identity", refs["paused"], "--requested-on", "2026-05-02")
    ok(
        cli,
        "reject",
        refs["rejected"],
        "--reason",
        "the same request for the fifth time",
        "--ground",  # Art. 12(5): the one ground the letter states (lawyer's second pass)
        "repetitive",
        "--on",
        "2026-05-10",
    )
    assert show(cli, refs["extended"])["extended_due_date"] == "2026-06-22"
    return refs


def _due(cli) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    r = ok(cli, "due", "--today", D, "--json")
    items = r.json()
    assert isinstance(items, list)
    for i in items:
        assert {"reference", "level", "date"} <= set(i)
    return sorted((i["reference"], i["level"], i["date"]) for i in items)


def test_due_lists_exactly_the_expected_warnings(due_set: dict[str, str], cli) -> None:
    r = due_set
    assert "warnings.due_soon_days = 7" in ok(cli, "settings", "show").out.splitlines()
    assert _due(cli) == sorted(
        [
            (r["overdue"], "overdue", "2026-06-01"),
            (r["today"], "due-today", "2026-06-15"),
            (r["today"], "extension-decision", "2026-06-15"),
            (r["soon"], "due-soon", "2026-06-19"),
            (r["soon"], "extension-decision", "2026-06-19"),
            (r["extended"], "due-soon", "2026-06-22"),
            (r["target"], "due-today", "2026-06-15"),
        ]
    )

    ok(cli, "settings", "set", "warnings.due_soon_days", "3")
    assert "warnings.due_soon_days = 3" in ok(cli, "settings", "show").out.splitlines()
    assert _due(cli) == sorted(
        [
            (r["overdue"], "overdue", "2026-06-01"),
            (r["today"], "due-today", "2026-06-15"),
            (r["today"], "extension-decision", "2026-06-15"),
            (r["soon"], "extension-decision", "2026-06-19"),
            (r["target"], "due-today", "2026-06-15"),
        ]
    )


def test_due_never_warns_for_finished_or_paused_requests(due_set: dict[str, str], cli) -> None:
    quiet = {due_set[k] for k in ("closed", "withdrawn", "paused", "rejected")}
    for today in ("2026-05-20", "2026-06-01", D, "2026-07-10", "2026-12-31"):
        items = ok(cli, "due", "--today", today, "--json").json()
        assert quiet.isdisjoint(i["reference"] for i in items), today
    # the open ones do warn in the end (so the quiet ones are quiet for the right reason)
    late = {i["reference"] for i in ok(cli, "due", "--today", "2026-12-31", "--json").json()}
    assert due_set["later"] in late and due_set["overdue"] in late


def test_settings_show_json_is_one_json_document(db: Path, cli) -> None:
    """design.md: `--json` output is one JSON document on stdout (and no crash)."""
    r = cli("settings", "show", "--json")
    assert r.rc == 0, r.err
    values = r.json()
    assert values["warnings.due_soon_days"] == 7
    ok(cli, "settings", "set", "warnings.due_soon_days", "3")
    assert ok(cli, "settings", "show", "--json").json()["warnings.due_soon_days"] == 3


def test_due_rejects_a_malformed_today(db: Path, cli) -> None:
    r = cli("due", "--today", "15/06/2026", "--json")
    assert r.rc == 1
    assert_one_line_error(r)


# -- illegal transitions: refused, one line, nothing changed ------------------------------

REF = "DSR-2026-0001"
CLOSE = ("close", REF, "--outcome", "granted", "--on", "2026-02-05")
# a grant needs a verified identity (issue 15: else no answer letter could be made)
VERIFY = ("identity", REF, "--verified", "--method", "account-email", "--on", "2026-02-02")

ILLEGAL = [
    # (id, rights, setup commands, refused command, message pattern)
    (
        "extend-closed",
        ("access",),
        [VERIFY, CLOSE],
        ("extend", REF, "--reason", "complex", "--on", "2026-02-10"),
        r"closed",
    ),
    (
        "close-twice",
        ("access",),
        [VERIFY, CLOSE],
        ("close", REF, "--outcome", "granted", "--on", "2026-02-06"),
        r"closed",
    ),
    (
        "verify-after-close",
        ("access",),
        [VERIFY, CLOSE],
        ("identity", REF, "--verified", "--method", "in-person", "--on", "2026-02-06"),
        r"closed",
    ),
    (
        "extend-twice",
        ("access",),
        [("extend", REF, "--reason", "complex", "--on", "2026-02-05")],
        ("extend", REF, "--reason", "even more complex", "--on", "2026-02-06"),
        r"already",
    ),
    (
        "extend-too-late",
        ("access",),
        [],
        ("extend", REF, "--reason", "complex", "--on", "2026-03-03"),
        r"too late|on or before",
    ),
    (
        "close-awaiting-identity",
        ("access",),
        [("identity", REF, "--requested-on", "2026-02-02")],
        ("close", REF, "--outcome", "granted", "--on", "2026-02-05"),
        r"awaited",
    ),
    ("reject-without-reason", ("access",), [], ("reject", REF), r"--reason"),
    (
        "close-refused-without-reason",
        ("access",),
        [],
        ("close", REF, "--outcome", "refused", "--on", "2026-02-05"),
        r"reason",
    ),
    (
        "close-granted-open-recipients",
        ("erasure",),
        [VERIFY],
        ("close", REF, "--outcome", "granted", "--on", "2026-02-05"),
        r"Art\. 19",
    ),
]


# On the server too (its rollback), for a refusal of each verb: the others take the same path.
ON_THE_SERVER = (
    "close-twice",
    "extend-twice",
    "close-awaiting-identity",
    "close-granted-open-recipients",
)
ILLEGAL_ON = [
    pytest.param(kind, *c[1:], id=f"{kind}-{c[0]}")
    for kind in ("sqlcipher", "postgresql")
    for c in ILLEGAL
    if kind == "sqlcipher" or c[0] in ON_THE_SERVER
]


@pytest.mark.parametrize(
    ("store", "rights", "setup", "command", "message"), ILLEGAL_ON, indirect=["store"]
)
def test_illegal_transition_is_refused_and_changes_nothing(
    office: StoreUnderTest,
    cli,
    rights: tuple[str, ...],
    setup: list[tuple[str, ...]],
    command: tuple[str, ...],
    message: str,
) -> None:
    assert add(cli, "2026-01-31", *rights) == REF  # statutory due date Mon 2 March 2026
    for step in setup:
        ok(cli, *step)
    before, events_before = show(cli, REF), audit_count(cli)

    r = cli(*command)
    assert r.rc == 1, (r.rc, r.out, r.err)
    assert_one_line_error(r)
    assert re.search(message, r.err), r.err

    assert show(cli, REF) == before
    assert audit_count(cli) == events_before


# -- Art. 19 recipients -------------------------------------------------------------------


def test_recipients_checklist_then_close_granted(office: StoreUnderTest, cli) -> None:
    ref = add(cli, "2026-03-05", "erasure")
    # a grant needs a verified identity (issue 15: else no answer letter could be made)
    ok(cli, "identity", ref, "--verified", "--method", "account-email", "--on", "2026-03-06")
    s = show(cli, ref)
    assert sorted(i["recipient"] for i in s["recipients"]) == sorted(
        ["Combell", "Google Analytics", "PayPal", "Mollie"]
    )
    assert {i["state"] for i in s["recipients"]} == {"open"}

    ok(cli, "recipient", ref, "Combell", "--notified", "--on", "2026-03-10")
    before, count = show(cli, ref), audit_count(cli)
    r = cli("recipient", ref, "PayPal", "--not-applicable")
    assert r.rc == 1
    assert_one_line_error(r)
    assert "note" in r.err.lower()
    assert show(cli, ref) == before and audit_count(cli) == count

    ok(cli, "recipient", ref, "PayPal", "--not-applicable", "--note", "never paid online")
    ok(cli, "recipient", ref, "Google Analytics", "--notified", "--on", "2026-03-10")
    # three of four: still refused
    r = cli("close", ref, "--outcome", "granted", "--on", "2026-03-12")
    assert r.rc == 1
    assert_one_line_error(r)
    assert "1 recipient" in r.err

    ok(cli, "recipient", ref, "mollie", "--not-applicable", "--note", "no payments")
    s = show(cli, ref)
    states = {i["recipient"]: i["state"] for i in s["recipients"]}
    assert states == {
        "Combell": "notified",
        "Google Analytics": "notified",
        "PayPal": "not-applicable",
        "Mollie": "not-applicable",
    }
    ok(cli, "close", ref, "--outcome", "granted", "--on", "2026-03-12")
    s = show(cli, ref)
    assert s["status"] == "closed"
    kinds = [e["kind"] for e in s["events"]]
    assert kinds.count("recipient-notified") == 2
    assert kinds.count("recipient-not-applicable") == 2
    assert kinds[-1] == "closed"


def test_unknown_recipient_is_refused(db: Path, cli) -> None:
    ref = add(cli, "2026-03-05", "rectification")
    r = cli("recipient", ref, "Nonexistent Corp", "--notified")
    assert r.rc == 1
    assert_one_line_error(r)


# -- Art. 21(3) suppression list ----------------------------------------------------------


def test_marketing_objection_goes_on_the_suppression_list_at_once_and_stays(
    office: StoreUnderTest, cli
) -> None:
    # Issue 13 split the objection: only the marketing opt-out (Art. 21(2)-(3)) goes on the
    # list at once; an Art. 21(1) objection is weighed first (test below).
    assert ok(cli, "suppression", "list", "--json").json() == []
    ref = add(cli, "2026-03-05", "marketing-opt-out", extra=("--email", "stop.mailing@example.be"))
    entries = ok(cli, "suppression", "list", "--json").json()
    assert [(e["email"], e["reference"]) for e in entries] == [("stop.mailing@example.be", ref)]
    ok(cli, "identity", ref, "--verified", "--method", "account-email", "--on", "2026-03-06")
    ok(cli, "close", ref, "--outcome", "granted", "--on", "2026-03-06")
    assert show(cli, ref)["status"] == "closed"
    assert ok(cli, "suppression", "list", "--json").json() == entries


def test_an_article_21_1_objection_is_weighed_not_suppressed(office: StoreUnderTest, cli) -> None:
    ref = add(cli, "2026-03-05", "objection", extra=("--email", "weigh.me@example.be"))
    assert ok(cli, "suppression", "list", "--json").json() == []
    assert show(cli, ref)["company_target_date"] is None  # the month of Art. 12(3)
    # compelling legitimate grounds override: a refusal with its reasons
    bad = cli("close", ref, "--outcome", "refused", "--on", "2026-03-06")
    assert bad.rc == 1 and "reasons" in bad.err
    # the lawyer's second pass (finding 6): a refused objection names its one ground
    bad = cli("close", ref, "--outcome", "refused", "--reason", "Compelling grounds: safety",
              "--on", "2026-03-06")  # fmt: skip
    assert bad.rc == 1 and "Art. 21(1)" in bad.err
    ok(cli, "close", ref, "--outcome", "refused", "--reason", "Compelling grounds: safety",
       "--objection-ground", "compelling-grounds", "--on", "2026-03-06")  # fmt: skip
    assert ok(cli, "show", ref, "--json").json()["grounds"] == {"objection": "compelling-grounds"}
    assert ok(cli, "suppression", "list", "--json").json() == []


def test_a_marketing_opt_out_cannot_be_refused(db: Path, cli) -> None:
    ref = add(cli, "2026-03-05", "marketing-opt-out", extra=("--email", "no.ads@example.be"))
    bad = cli("close", ref, "--outcome", "refused", "--reason", "We like ads", "--on", "2026-03-06")
    assert bad.rc == 1 and "absolute" in bad.err
    assert show(cli, ref)["status"] != "closed"


def test_access_request_is_not_put_on_the_suppression_list(db: Path, cli) -> None:
    add(cli, "2026-03-05", "access", extra=("--email", "curious@example.be"))
    assert ok(cli, "suppression", "list", "--json").json() == []
