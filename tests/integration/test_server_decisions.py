"""On a shared server the decisions that limit a right are the DPO's (lawyer on the server,
finding 1): an assistant does not refuse or partly refuse an answer, reject a request
(Art. 12(5)) nor extend the period (Art. 12(3)), through the program or raw SQL; a dpo does,
and an assistant goes on working on a request a dpo extended or refused."""

from __future__ import annotations

import pytest

from tests.integration import test_postgresql
from tests.integration.test_postgresql import ok, refused, sql

office = test_postgresql.office  # the module's database with a login of each role (fixture)

DECIDED = "refusing, rejecting or extending is the DPO's decision"


def _request(run_as, url: str, name: str) -> str:  # type: ignore[no-untyped-def]
    """A request registered by `url`, its identity verified (an assistant's step)."""
    ref = ok(run_as(url, "add", "--right", "access", "--name", name,
                    "--received", "2026-11-02")).out.strip()  # fmt: skip
    ok(run_as(url, "identity", ref, "--verified", "--method", "account-email", "--on",
              "2026-11-03"))  # fmt: skip
    return str(ref)


@pytest.mark.parametrize(
    "step",
    [
        ("reject", "--reason", "Twentieth identical request", "--ground", "repetitive"),
        ("close", "--outcome", "refused", "--reason", "No data found"),
        ("close", "--outcome", "partly-granted", "--reason", "Not the mails", "--done", "A copy"),
        ("extend", "--reason", "Many systems to search", "--on", "2026-11-20"),
    ],
)
def test_the_assistant_may_not_take_the_dpos_decisions(pg_cluster, office, run_as, step) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    assistant = pg_cluster.url(db, logins["assistant"])
    ref = _request(run_as, assistant, "Piet Janssens")
    verb, *rest = step
    r = run_as(assistant, verb, ref, *rest)
    assert r.rc == 2 and "your role may not do this" in r.err, r.err
    shown = ok(run_as(assistant, "show", ref, "--json")).out
    assert '"outcome": null' in shown and '"extended_on": null' in shown
    assert '"status": "rejected"' not in shown
    dpo = pg_cluster.url(db, logins["dpo"])
    ok(run_as(dpo, verb, ref, *rest))  # the DPO decides
    # and the assistant goes on with the request: a letter, an edit of the address
    ok(run_as(assistant, "edit", ref, "--email", "piet@example.be"))


def test_raw_sql_holds_the_rule_too(pg_cluster, office, run_as) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    assistant, dpo = logins["assistant"], logins["dpo"]
    ref = _request(run_as, pg_cluster.url(db, assistant), "An Claes")
    where = f"WHERE reference = '{ref}'"
    for change in (
        "status = 'rejected'",
        "outcome = 'refused'",
        "outcome = 'partly-granted'",
        "extended_on = '2026-11-20'",
    ):
        said = refused(pg_cluster, db, assistant, f"UPDATE requests SET {change} {where}")
        assert DECIDED in said, said
    columns = "(reference, year, seq, received, channel, language, rights, status, subject_name)"
    values = "('DSR-2026-9999', 2026, 9999, '2026-11-02', 'post', 'nl', 'access', 'rejected', 'X')"
    said = refused(pg_cluster, db, assistant, f"INSERT INTO requests {columns} VALUES {values}")
    assert DECIDED in said, said  # the trigger runs before any constraint is checked
    sql(pg_cluster, db, dpo, f"UPDATE requests SET extended_on = '2026-11-20' {where}")
    sql(pg_cluster, db, assistant, f"UPDATE requests SET subject_city = 'Roeselare' {where}")
    # nor does the assistant undo what the DPO decided (reviewer's finding)
    sql(pg_cluster, db, dpo, f"UPDATE requests SET outcome = 'refused' {where}")
    for undo in ("extended_on = NULL", "outcome = 'granted'", "outcome = NULL"):
        said = refused(pg_cluster, db, assistant, f"UPDATE requests SET {undo} {where}")
        assert DECIDED in said, (undo, said)
    sql(pg_cluster, db, dpo, f"UPDATE requests SET status = 'rejected' {where}")
    said = refused(pg_cluster, db, assistant, f"UPDATE requests SET status = 'received' {where}")
    assert DECIDED in said, said
    sql(pg_cluster, db, assistant, f"UPDATE requests SET subject_street = 'Markt 1' {where}")


def test_the_assistant_deletes_no_suppressed_address_nor_fee_note(pg_cluster, office) -> None:  # type: ignore[no-untyped-def]
    """Lawyer on the server, F9: an address on the marketing suppression list stays
    (Art. 21(3)) and an issued fee note stays in its numbered series, also in raw SQL."""
    db, logins = office
    for table in ("suppression_list", "fee_notes"):
        said = refused(pg_cluster, db, logins["assistant"], f"DELETE FROM {table}")
        assert "permission denied" in said, said
