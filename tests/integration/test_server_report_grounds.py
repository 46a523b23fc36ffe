"""Management reads no reason in words and no payment reference (issue 18: the attacker's
finding 14, the lawyer's finding 10).

The DPO's reason for a refusal or rejection is free text: it may name someone ("Jan Peeters
already got a copy"). The payment reference (OGM) of a fee note stands on the payer's bank
statement beside the payer's name. Neither is in the figures views a management login
reads, by the program or by raw SQL; its quarterly report counts the refusals and
rejections by their legal ground (requests.grounds) instead. The DPO's own report is as
it was: his reasons, in his words.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from tests.integration.test_postgresql import OWNER, PASSWORD, ok, refused, sql

NAME = "Jan Peeters"
WORDS = f"{NAME} already got a copy"  # the DPO's reason for refusing, with a name in it
OTHER_WORDS = ("Twintigste identieke vraag in twee maanden", "Beveiliging van de site")
VERIFIED = ["--verified", "--method", "known-customer", "--on", "2026-08-04"]


@pytest.fixture(scope="module")
def office(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Q3 2026: an access request refused for a reason in words only (it names someone),
    one rejected as repetitive, an objection refused on compelling grounds, and a fee note.
    (db, dpo url, management url, management login)."""
    db = pg_cluster.new_database()
    dpo, boss = f"{db}_dpo_1", f"{db}_mgmt_1"
    env = {
        "CLUMA_DPO_DATA_DIR": str(tmp_path_factory.mktemp("grounds") / "local"),
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
        for right in ("access", "access", "objection", "access"):
            argv = ["add", "--right", right, "--name", NAME, "--email", "jan@example.be"]
            assert main([*argv, "--received", "2026-08-03"]) == 0
        for ref in ("DSR-2026-0001", "DSR-2026-0003", "DSR-2026-0004"):
            assert main(["identity", ref, *VERIFIED]) == 0
        assert main(["close", "DSR-2026-0001", "--outcome", "refused", "--reason", WORDS,
                     "--on", "2026-08-20"]) == 0  # fmt: skip
        assert main(["reject", "DSR-2026-0002", "--ground", "repetitive", "--reason",
                     OTHER_WORDS[0], "--on", "2026-08-21"]) == 0  # fmt: skip
        assert main(["close", "DSR-2026-0003", "--outcome", "refused", "--objection-ground",
                     "compelling-grounds", "--reason", OTHER_WORDS[1],
                     "--on", "2026-08-22"]) == 0  # fmt: skip
        assert main(["settings", "set", "bank.iban", "BE71096123456769"]) == 0
        assert main(["fee-note", "DSR-2026-0004", "--amount", "10.00", "--ground",
                     "excessive", "--reason", "Derde volledige kopie", "--on",
                     "2026-08-05"]) == 0  # fmt: skip
    return db, pg_cluster.url(db, dpo), pg_cluster.url(db, boss), boss


def _columns(cluster, db: str, login: str, view: str) -> list[str]:  # type: ignore[no-untyped-def]
    with cluster.connect(login=login, database=db) as conn:
        return [d.name for d in conn.execute(f"SELECT * FROM {view}").description]


def test_raw_sql_shows_management_no_reason_in_words_nor_payment_reference(
    pg_cluster, office
) -> None:  # type: ignore[no-untyped-def]
    db, _, _, boss = office
    assert "outcome_reason" not in _columns(pg_cluster, db, boss, "figures_requests")
    assert "grounds" in _columns(pg_cluster, db, boss, "figures_requests")
    assert "structured_reference" not in _columns(pg_cluster, db, boss, "figures_fee_notes")
    for view in ("figures_requests", "figures_fee_notes", "figures_pauses"):
        rows = sql(pg_cluster, db, boss, f"SELECT * FROM {view}")
        assert NAME not in repr(rows) and "+++" not in repr(rows)
        assert not any(words in repr(rows) for words in OTHER_WORDS)
    said = refused(pg_cluster, db, boss, "SELECT outcome_reason FROM figures_requests")
    assert "outcome_reason" in said and "does not exist" in said
    said = refused(pg_cluster, db, boss, "SELECT structured_reference FROM figures_fee_notes")
    assert "does not exist" in said
    fee = sql(pg_cluster, db, boss, "SELECT number, amount FROM figures_fee_notes")
    assert [n for n, _ in fee] == ["FN-2026-0001"]  # the figures stay


def test_management_shows_a_fee_note_without_its_payment_reference(office, run_as) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss, _ = office
    theirs = ok(run_as(dpo, "show", "DSR-2026-0004", "--json")).json()
    assert theirs["fee_notes"][0]["structured_reference"].startswith("+++")
    mine = ok(run_as(boss, "show", "DSR-2026-0004", "--json")).json()
    assert mine["fee_notes"][0]["number"] == "FN-2026-0001"
    assert not mine["fee_notes"][0]["structured_reference"]
    text = ok(run_as(boss, "show", "DSR-2026-0004")).out
    assert "FN-2026-0001" in text and "+++" not in text and "None" not in text
    shown = ok(run_as(boss, "show", "DSR-2026-0001")).out
    assert NAME not in shown and "copy" not in shown


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(path.read_bytes())) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _figure_rows(path: Path) -> dict[str, tuple[object, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    return {str(row[0]): tuple(row[1:]) for row in rows if row and row[0]}


def _sheets(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_managements_report_counts_by_ground_and_the_dpos_keeps_his_words(
    office, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _, dpo, boss, _ = office
    for who, url in (("dpo", dpo), ("m", boss)):
        for fmt in ("pdf", "xlsx"):
            ok(run_as(url, "report", "--quarter", "2026Q3", "--out", tmp_path / f"{who}.{fmt}"))
    mine = _pdf_text(tmp_path / "m.pdf")
    for words in (WORDS, NAME, "already got", *OTHER_WORDS):
        assert words not in mine, words
    flat = " ".join(mine.split())
    # one row per ground: kind, ground, this quarter, the previous (a long cell wraps)
    assert "Weigering reden in het dossier van de DPO 1 0" in flat
    assert "Weigering bezwaar: dwingende gerechtvaardigde gronden (art. 1 0" in flat
    assert "buitensporig door herhaling (art. 12 lid 5) 1 0" in flat
    assert "geen reden vermeld" not in flat  # there was one: in the DPO's file
    assert "per wettelijke grond" in flat  # the reading guide says so
    # the XLSX: the same counts by ground, no word of the DPO's
    assert NAME not in _sheets(tmp_path / "m.xlsx")
    assert not any(words in _sheets(tmp_path / "m.xlsx") for words in OTHER_WORDS)
    rows = _figure_rows(tmp_path / "m.xlsx")
    assert rows["Weigering: reden in het dossier van de DPO"][:3] == (
        1, 0, "reasons.refused.file"
    )  # fmt: skip
    compelling = "Weigering: bezwaar: dwingende gerechtvaardigde gronden (art. 21 lid 1)"
    assert rows[compelling][:3] == (1, 0, "reasons.refused.objection.compelling-grounds")
    repeated = "Afwijzing (art. 12 lid 5): buitensporig door herhaling (art. 12 lid 5)"
    assert rows[repeated][:3] == (1, 0, "reasons.rejected.rejection.repetitive")
    # the DPO's report on the same server: his words, as before
    theirs = " ".join(_pdf_text(tmp_path / "dpo.pdf").split())
    assert WORDS in theirs and OTHER_WORDS[0] in theirs
    assert "reden in het dossier" not in theirs and "per wettelijke grond" not in theirs
    assert f"Weigering: {WORDS}" in _figure_rows(tmp_path / "dpo.xlsx")


def test_a_database_with_the_old_views_gets_the_new_ones_at_its_owners_open(
    pg_cluster, run_as, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Schema 0009 with the views as they were made before (outcome_reason and
    structured_reference in them): the owner's open (migration 0010) makes them again
    without, and management can read them."""
    from alembic import command

    from cluma_dpo.storage import migrate, server, server_roles, server_users
    from cluma_dpo.storage.figures import VIEWS
    from cluma_dpo.storage.server_url import parse_server_url

    requests, fees = VIEWS["figures_requests"][1], VIEWS["figures_fee_notes"][1]
    old = {
        "figures_requests": ("requests", (*requests, "outcome_reason")),
        "figures_fee_notes": ("fee_notes", (*fees, "structured_reference")),
        "figures_pauses": VIEWS["figures_pauses"],
    }
    db = pg_cluster.new_database()
    boss = f"{db}_mgmt_old"
    store = server.connect_server(parse_server_url(pg_cluster.url(db)), tmp_path)
    try:
        with store.engine.begin() as conn, monkeypatch.context() as mp:
            command.upgrade(migrate._alembic_config(conn), "0009")
            server_users.create_groups(conn)
            mp.setattr(server_roles, "VIEWS", old)
            server_roles.apply_privileges(conn)
            server_users.add_user(conn, boss, PASSWORD, "management")
    finally:
        store.close()
    assert "outcome_reason" in _columns(pg_cluster, db, boss, "figures_requests")
    ok(run_as(pg_cluster.url(db), "list"))  # the owner: upgraded
    assert sql(pg_cluster, db, OWNER, "SELECT version_num FROM alembic_version") != [("0009",)]
    assert "outcome_reason" not in _columns(pg_cluster, db, boss, "figures_requests")
    assert "grounds" in _columns(pg_cluster, db, boss, "figures_requests")
    assert "structured_reference" not in _columns(pg_cluster, db, boss, "figures_fee_notes")
    ok(run_as(pg_cluster.url(db, boss), "list"))  # and the grants followed
    assert "permission denied" in refused(pg_cluster, db, boss, "SELECT * FROM requests")
