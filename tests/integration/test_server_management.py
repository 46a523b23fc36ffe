"""Management's register on a shared server (issue 18, item 2): `list`, `show`, `due` and
`export` as a management login read the figures views, never a table with personal data,
and show no name, contact data, search key or note; a filter that needs personal data
(a name search) is refused with one line, exit 2 (the role may not: the input is fine).

The names checked are the ones registered here; the counts are compared with what a dpo
login sees on the same database.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from tests.integration.cli_support import Run, assert_one_line_error
from tests.integration.test_postgresql import PASSWORD, _events, ok, refused, sql

# Everything personal registered below: none of it may reach a management login.
PEOPLE = (
    ("Zoltan Registerproef", "zoltan.proef@example.org", "Kerkstraat 99", "Wervik"),
    ("Griet Vandenaamloos", "griet.naamloos@voorbeeld.be", "Molenweg 7", "Poperinge"),
    ("Hercule Figurenvrij", "hercule@exemple.fr", "Rue des Chiffres 3", "Mouscron"),
)
PERSONAL = tuple(part for person in PEOPLE for part in person)
RIGHTS = ("rectification", "erasure", "access")
RECEIVED = ("2026-10-20", "2026-09-01", "2026-10-01")


@pytest.fixture(scope="module")
def desk(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A database with three requests (one overdue, one closed): (db, dpo url, management url)."""
    db = pg_cluster.new_database()
    dpo, boss = f"{db}_dpo_1", f"{db}_mgmt_1"
    env = {
        "CLUMA_DPO_DATA_DIR": str(tmp_path_factory.mktemp("desk") / "local"),
        "CLUMA_DPO_DATABASE_URL": pg_cluster.url(db),
        "CLUMA_DPO_NEW_PASSPHRASE": PASSWORD,
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        mp.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
        assert main(["init"]) == 0
        assert main(["users", "add", dpo, "--role", "dpo"]) == 0
        assert main(["users", "add", boss, "--role", "management"]) == 0
        for (name, email, street, city), right, received in zip(
            PEOPLE, RIGHTS, RECEIVED, strict=True
        ):
            address = ["--street", street, "--postcode", "8940", "--city", city]
            argv = ["add", "--right", right, "--name", name, "--email", email, *address]
            assert main([*argv, "--received", received]) == 0
        identity = ["--verified", "--method", "known-customer", "--on", "2026-10-02"]
        assert main(["identity", "DSR-2026-0003", *identity]) == 0
        assert main(["close", "DSR-2026-0003", "--outcome", "granted", "--on",
                     "2026-10-15"]) == 0  # fmt: skip
    return db, pg_cluster.url(db, dpo), pg_cluster.url(db, boss)


def no_personal_data(text: str) -> None:
    for part in PERSONAL:
        assert part not in text, part
    assert "@" not in text  # no e-mail address of any kind


def test_management_lists_the_register_without_a_name(desk, run_as) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    seen = ok(run_as(dpo, "list"))
    assert "Zoltan Registerproef" in seen.out  # the dpo's list names them
    shown = ok(run_as(boss, "list"))
    no_personal_data(shown.out)
    for ref in ("DSR-2026-0001", "DSR-2026-0002", "DSR-2026-0003"):
        assert ref in shown.out
    assert len(shown.out.splitlines()) == len(seen.out.splitlines()) == 3


def test_management_list_json_has_the_figures_and_no_personal_keys(desk, run_as) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    theirs = ok(run_as(dpo, "list", "--json")).json()
    mine_run = ok(run_as(boss, "list", "--json"))
    no_personal_data(mine_run.out)
    mine = mine_run.json()
    assert [r["reference"] for r in mine] == [r["reference"] for r in theirs]
    for row, full in zip(mine, theirs, strict=True):
        assert not {"subject", "form_of_address", "outcome_reason", "events"} & set(row)
        for key in ("rights", "status", "received", "due_date", "effective_due_date",
                    "outcome", "paused"):  # fmt: skip
            assert row[key] == full[key], key
        assert row["identity"]["status"] == full["identity"]["status"]
        assert "needed" not in row["identity"]
    closed = next(r for r in mine if r["reference"] == "DSR-2026-0003")
    assert closed["outcome"] == "granted"


@pytest.mark.parametrize(
    "argv",
    [
        ("--status", "received"),
        ("--right", "erasure"),
        ("--overdue",),
        ("--due-within", "30"),
        ("--limit", "2"),
    ],
)
def test_management_filters_count_what_the_dpo_counts(desk, run_as, argv) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    theirs = ok(run_as(dpo, "list", "--json", *argv)).json()
    mine = ok(run_as(boss, "list", "--json", *argv)).json()
    assert [r["reference"] for r in mine] == [r["reference"] for r in theirs]


def test_management_may_not_search_by_name(desk, run_as, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    assert ok(run_as(dpo, "list", "--search", "Zoltan")).out  # the dpo finds them
    for term in ("Zoltan", "DSR-2026"):  # whatever the term: a search reads the names
        r: Run = run_as(boss, "list", "--search", term)
        assert r.rc == 2, r.err
        assert r.out == ""
        assert_one_line_error(r)
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    assert "personal data" in run_as(boss, "list", "--search", "Zoltan").err


def test_management_show_is_the_names_free_record(desk, run_as) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    assert "Zoltan" in ok(run_as(dpo, "show", "DSR-2026-0001")).out
    text = ok(run_as(boss, "show", "DSR-2026-0001"))
    no_personal_data(text.out)
    assert "DSR-2026-0001" in text.out
    record = ok(run_as(boss, "show", "DSR-2026-0001", "--json"))
    no_personal_data(record.out)
    assert record.json()["reference"] == "DSR-2026-0001"
    assert "subject" not in record.json()
    missing = run_as(boss, "show", "DSR-2026-0099")
    assert missing.rc == 1


def test_management_sees_the_deadlines_without_names(desk, run_as) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss = desk
    theirs = ok(run_as(dpo, "due", "--json")).json()
    mine = ok(run_as(boss, "due", "--json"))
    no_personal_data(mine.out)
    assert mine.json() == theirs
    assert any(w["level"] == "overdue" for w in theirs)  # DSR-2026-0002, received 1 Sept
    no_personal_data(ok(run_as(boss, "due")).out)


def _sheets(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_management_exports_a_register_without_names(pg_cluster, desk, run_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    _, dpo, boss = desk
    ok(run_as(dpo, "export", "--out", tmp_path / "dpo.xlsx"))
    ok(run_as(boss, "export", "--out", tmp_path / "m.xlsx"))
    assert "Zoltan Registerproef" in _sheets(tmp_path / "dpo.xlsx")
    no_personal_data(_sheets(tmp_path / "m.xlsx"))
    full = load_workbook(tmp_path / "dpo.xlsx", read_only=True)
    mine = load_workbook(tmp_path / "m.xlsx", read_only=True)
    theirs_rows = list(full.worksheets[0].iter_rows(values_only=True))
    my_rows = list(mine.worksheets[0].iter_rows(values_only=True))
    heads = list(theirs_rows[0])
    # the name and e-mail columns are gone, not left blank; the rest is the dpo's register
    assert len(my_rows[0]) == len(heads) - 2
    kept = [i for i, h in enumerate(heads) if i not in (1, 2)]
    assert [tuple(row[i] for i in kept) for row in theirs_rows] == [
        tuple(row) for row in my_rows[: len(theirs_rows)]
    ]
    # the sheet says why: personal data is left out by role; no suppression list (e-mails)
    said = " ".join(str(c) for row in my_rows[len(theirs_rows) :] for c in row if c)
    assert "personal data" in said.lower() or "persoonsgegevens" in said.lower()
    assert len(mine.worksheets) == 1
    # the export is in the trail under management's own login, and the trail still holds
    db, login = desk[0], _login(boss)
    assert {"kind": "register-exported", "actor": f"{login} (cli)"} in _events(pg_cluster, db)
    assert ok(run_as(dpo, "audit", "verify", "--json")).json()["ok"] is True
    forged = (
        "INSERT INTO audit_events (id, at, actor, kind, reference, note_salt, note_digest,"
        f" state_digest, prev_hash, hash) VALUES (99998, 'x', '{login} (cli)',"
        " 'register-exported', 'DSR-2026-0001', '', '', '', '', '')"
    )
    assert "nothing else" in refused(pg_cluster, db, login, forged)  # never of a request


def _login(url: str) -> str:
    return url.removeprefix("postgresql://").split("@")[0]


def test_raw_sql_still_shows_management_no_name(pg_cluster, desk) -> None:  # type: ignore[no-untyped-def]
    db, _, boss = desk
    login = _login(boss)
    rows = sql(pg_cluster, db, login, "SELECT * FROM figures_requests")
    assert len(rows) == 3
    no_personal_data(repr(rows))
