"""Issue 16, attacker pass on main: numbers handed out are never handed out again, even when
the newest request (or fee note), its events and the record of the chain's end are all
rolled back with SQL.

Before, `audit verify` called such a database intact (every remaining request matched its
newest remaining event) and the next `add` reused the deleted request's reference: the
numbers were taken from max(seq) of the rows that were left. The highest numbers handed out
are now kept as a high-water mark that the record of the chain's end seals (an HMAC under
the chain key over the event count, the newest hash and the marks): rolling back the end,
or the marks, without the key is reported, and numbering goes on above the mark.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hardening.audit_support import (
    assert_broken,
    copy_into,
    made_once,
    ok,
    query,
    sql,
    verify,
)
from tests.hardening.support import Env

HEAD_BACK = (
    "UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_events),"
    " last_hash = (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1),"
    " count = (SELECT count(*) FROM audit_events)"
)


def _database(env: Env) -> list[str]:
    """Three requests (the third is the newest change), a fee note, then a backup."""
    ok("init")
    ok("settings", "set", "bank.iban", "BE71096123456769")
    refs = [_add("Persoon Een", "2026-11-02"), _add("Persoon Twee", "2026-11-03")]
    _fee(env, refs[0], "fee1.pdf")
    refs.append(_add("Persoon Drie", "2026-11-04"))
    ok("backup", "--out", str(env.root / "made.db"))  # an event that changes no request
    assert verify().code == 0
    return refs


def _add(name: str = "Nieuw", received: str = "2026-11-20") -> str:
    return ok("add", "--right", "access", "--name", name, "--received", received).out.strip()


def _fee(env: Env, reference: str, out: str) -> None:
    ok("identity", reference, "--verified", "--method", "account-email", "--on", "2026-11-05")
    ok("fee-note", reference, "--amount", "12.10", "--ground", "excessive", "--reason",
       "six identical requests", "--out", str(env.root / out))  # fmt: skip


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    refs: list[str] = []
    folder = made_once(tmp_path_factory, "numbers", lambda e: refs.extend(_database(e)))
    return folder, refs


@pytest.fixture
def refs(env: Env, made: tuple[Path, list[str]]) -> list[str]:
    copy_into(env, made[0])
    return made[1]


def _first_event_of(env: Env, reference: str) -> int:
    [(first,)] = query(env, f"SELECT min(id) FROM audit_events WHERE reference = '{reference}'")
    return int(first)  # type: ignore[call-overload]


def test_the_newest_request_rolled_back_is_reported_and_its_number_not_reused(
    env: Env, refs: list[str]
) -> None:
    """The attack: delete the newest request and every event from its registration on, and
    move the record of the chain's end back to the event before it."""
    newest = refs[-1]
    cut = _first_event_of(env, newest)
    sql(
        env,
        f"DELETE FROM requests WHERE reference = '{newest}'",
        f"DELETE FROM audit_events WHERE id >= {cut}",
        HEAD_BACK,
    )
    assert_broken(verify())
    assert json.loads(verify("--json").out)["ok"] is False
    again = _add()
    assert again != newest
    assert again == "DSR-2026-0004"  # above the mark: 0003 was handed out, and stays so
    assert_broken(verify())  # and the next event did not seal the rolled back end as true


def test_rolling_back_the_marks_too_is_reported(env: Env, refs: list[str]) -> None:
    newest = refs[-1]
    cut = _first_event_of(env, newest)
    sql(
        env,
        f"DELETE FROM requests WHERE reference = '{newest}'",
        f"DELETE FROM audit_events WHERE id >= {cut}",
        HEAD_BACK,
        """UPDATE settings SET value = '{"fee_notes": {"2026": 1}, "requests": {"2026": 2}}'"""
        " WHERE key = 'numbers.issued'",
    )
    assert_broken(verify())


@pytest.mark.parametrize("key", ["numbers.issued", "audit.seal"])
def test_a_mark_or_seal_removed_is_reported(env: Env, refs: list[str], key: str) -> None:
    assert query(env, f"SELECT count(*) FROM settings WHERE key = '{key}'") == [(1,)]
    sql(env, f"DELETE FROM settings WHERE key = '{key}'")
    assert_broken(verify())


def _row(env: Env, reference: str) -> dict[str, object]:
    names = [str(r[1]) for r in query(env, "PRAGMA table_info(requests)")]
    [values] = query(env, f"SELECT * FROM requests WHERE reference = '{reference}'")
    return dict(zip(names, values, strict=True))


def test_the_newest_fee_note_rolled_back_is_reported_and_its_number_not_reused(
    env: Env, refs: list[str]
) -> None:
    """The request's own columns (its status), the pause the fee note began and its PDF's
    record are put back as they were too."""
    ok("identity", refs[1], "--verified", "--method", "account-email", "--on", "2026-11-05")
    before = _row(env, refs[1])
    [(pauses,)] = query(env, "SELECT coalesce(max(id), 0) FROM pauses")
    [(documents,)] = query(env, "SELECT coalesce(max(id), 0) FROM documents")
    ok("fee-note", refs[1], "--amount", "12.10", "--ground", "excessive", "--reason",
       "six identical requests", "--out", str(env.root / "fee2.pdf"))  # fmt: skip
    assert query(env, "SELECT number FROM fee_notes ORDER BY id") == [
        ("FN-2026-0001",),
        ("FN-2026-0002",),
    ]
    [(fee_event,)] = query(env, "SELECT max(id) FROM audit_events WHERE kind = 'fee-note-issued'")
    columns = ", ".join(f"{name} = ?" for name in before)
    sql(env, f"UPDATE requests SET {columns} WHERE id = {before['id']}",
        params=list(before.values()))  # fmt: skip
    sql(
        env,
        "DELETE FROM fee_notes WHERE number = 'FN-2026-0002'",
        f"DELETE FROM pauses WHERE id > {pauses}",  # the fee note paused the deadline
        f"DELETE FROM document_contents WHERE document_id > {documents}",  # and its PDF
        f"DELETE FROM documents WHERE id > {documents}",  # was recorded and kept
        f"DELETE FROM audit_events WHERE id >= {fee_event}",
        HEAD_BACK,
    )
    assert_broken(verify())
    ok("fee-note", refs[1], "--amount", "5.00", "--ground", "excessive", "--reason",
       "again", "--out", str(env.root / "fee3.pdf"))  # fmt: skip
    numbers = query(env, "SELECT number FROM fee_notes ORDER BY id")
    assert numbers == [("FN-2026-0001",), ("FN-2026-0003",)]


def test_newest_events_that_changed_no_request_removed_are_reported(
    env: Env, refs: list[str]
) -> None:
    """The limit the README stated before: the tail `backup-made` removed, the end moved back."""
    [(last, kind)] = query(env, "SELECT id, kind FROM audit_events ORDER BY id DESC LIMIT 1")
    assert kind == "backup-made"
    sql(env, f"DELETE FROM audit_events WHERE id = {last}", HEAD_BACK)
    assert_broken(verify())


def test_everything_wiped_is_reported_and_numbering_goes_on(env: Env, refs: list[str]) -> None:
    sql(
        env,
        "DELETE FROM fee_notes",
        "DELETE FROM requests",
        "DELETE FROM audit_events",
        "DELETE FROM audit_head",
    )
    assert_broken(verify())
    assert _add() == "DSR-2026-0004"


def test_an_untouched_database_stays_intact_after_more_work(env: Env, refs: list[str]) -> None:
    assert _add() == "DSR-2026-0004"
    assert verify().code == 0
    [(value,)] = query(env, "SELECT value FROM settings WHERE key = 'numbers.issued'")
    assert json.loads(str(value)) == {"fee_notes": {"2026": 1}, "requests": {"2026": 4}}
