"""Issue 16, finding 8: the audit chain covers the data.

Each attack of the finding, done behind the program's back with the passphrase and SQL, is
reported by `audit verify` with exit 1; a head printed earlier (`--against`) catches even a
chain rewritten with the key. The normal flows are in test_audit_chain_flows.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cluma_dpo.domain import audit
from tests.hardening.audit_support import (
    assert_broken,
    copy_into,
    head_of,
    made_once,
    ok,
    query,
    small_database,
    sql,
    verify,
)
from tests.hardening.support import PASSPHRASE, Env, call_cli


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    refs: list[str] = []
    folder = made_once(tmp_path_factory, "small", lambda e: refs.extend(small_database(e)))
    return folder, refs


@pytest.fixture
def refs(env: Env, made: tuple[Path, list[str]]) -> list[str]:
    copy_into(env, made[0])
    return made[1]


@pytest.mark.parametrize(
    "change",
    [
        "outcome = 'granted'",
        "answered_on = '2026-11-09'",
        "ended_on = '2026-11-30'",
        "subject_name = 'Someone Else'",
        "subject_email = 'other@example.org'",
        "status = 'received'",
        "received = '2026-10-01'",
        "outcome_reason = 'a better reason'",
    ],
)
def test_a_direct_edit_of_a_request_is_reported(env: Env, refs: list[str], change: str) -> None:
    sql(env, f"UPDATE requests SET {change} WHERE reference = '{refs[0]}'")
    assert_broken(verify(), refs[0])
    assert json.loads(verify("--json").out)["ok"] is False


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE pauses SET started = '2026-11-01'",
        "INSERT INTO pauses (request_id, started, ended) SELECT id, '2026-11-22', NULL "
        "FROM requests WHERE seq = 3",
        "UPDATE identity_documents SET stored_on = '2026-01-01'",
        "DELETE FROM identity_documents",
        "UPDATE documents SET sha256 = '" + "cd" * 32 + "'",
    ],
)
def test_a_direct_edit_of_what_belongs_to_a_request_is_reported(
    env: Env, refs: list[str], statement: str
) -> None:
    """Pauses, identity documents and documents produced are part of a request's state."""
    doc = env.root / "id.pdf"
    doc.write_bytes(b"%PDF-1.4 identity card copy")
    ok("identity", refs[2], "--requested-on", "2026-11-21")  # pauses the deadline
    ok("identity", refs[2], "--received-on", "2026-11-23", "--document", str(doc))
    ok("letter", refs[2], "acknowledgement", "--out", str(env.root / "ack.pdf"))
    assert query(env, "SELECT count(*) FROM pauses") == [(1,)]
    assert query(env, "SELECT count(*) FROM identity_documents") == [(1,)]
    assert verify().code == 0
    sql(env, statement)
    assert_broken(verify(), refs[2])


def test_a_request_added_with_sql_is_reported(env: Env, refs: list[str]) -> None:
    sql(
        env,
        "INSERT INTO requests (reference, year, seq, received, channel, language, rights,"
        " account_deletion, status, subject_name, subject_country, subject_form, search_key,"
        " identity_status, paused, anonymised, kind_review, created_at, updated_at)"
        " SELECT 'DSR-2026-0099', year, 99, received, channel, language, rights,"
        " account_deletion, status, 'Ghost', subject_country, subject_form, search_key,"
        f" identity_status, paused, anonymised, kind_review, created_at, updated_at"
        f" FROM requests WHERE reference = '{refs[2]}'",
    )
    assert_broken(verify(), "DSR-2026-0099")


def test_a_request_removed_with_sql_is_reported(env: Env, refs: list[str]) -> None:
    sql(env, f"DELETE FROM requests WHERE reference = '{refs[2]}'")
    assert_broken(verify(), refs[2])


def test_a_wiped_trail_is_reported_while_requests_exist(env: Env, refs: list[str]) -> None:
    sql(env, "DELETE FROM audit_events", "DELETE FROM audit_head")
    r = verify()
    assert_broken(r)
    assert any(ref in r.err for ref in refs), r
    assert json.loads(verify("--json").out)["ok"] is False


def test_a_truncated_tail_with_the_head_moved_back_is_reported(env: Env, refs: list[str]) -> None:
    """The finding's attack: delete the newest events and make the head agree."""
    [(last,)] = query(env, "SELECT max(id) FROM audit_events")
    sql(
        env,
        f"DELETE FROM audit_events WHERE id > {int(last) - 2}",
        "UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_events),"
        " last_hash = (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1),"
        " count = (SELECT count(*) FROM audit_events)",
    )
    assert_broken(verify(), refs[1])  # its closing was cut off: its state is not chained


def _append(env: Env, hash_of: object) -> None:
    """A row appended the way the chain was built, with `hash_of(id, prev)` as its hash."""
    [(last_id, last_hash, count)] = query(env, "SELECT last_id, last_hash, count FROM audit_head")
    new_id = int(last_id) + 1  # type: ignore[call-overload]
    at = "2026-11-25T09:00:00.000000+00:00"
    h = hash_of(new_id, at, last_hash)  # type: ignore[operator]
    sql(
        env,
        "INSERT INTO audit_events (id, at, actor, kind, reference, note, note_salt,"
        " note_digest, state_digest, prev_hash, hash) VALUES"
        f" ({new_id}, '{at}', 'dpo (cli)', 'backup-made', NULL, NULL, '', '', '',"
        f" '{last_hash}', '{h}')",
        f"UPDATE audit_head SET last_id = {new_id}, last_hash = '{h}', count = {int(count) + 1}",  # type: ignore[call-overload]
    )


def test_a_row_appended_with_the_old_unkeyed_hash_is_reported(env: Env, refs: list[str]) -> None:
    _append(
        env,
        lambda i, at, prev: audit.legacy_entry_hash(
            i, at, "dpo (cli)", "backup-made", None, "", prev
        ),
    )
    assert_broken(verify(), "hash")


def test_a_row_appended_under_a_guessed_key_is_reported(env: Env, refs: list[str]) -> None:
    """The HMAC key is not the passphrase, nor anything stored in clear in the file."""
    for guess in (PASSPHRASE.encode(), b"", bytes(32)):
        sql(env, "SELECT 1")  # the file opens
        _append(
            env,
            lambda i, at, prev, k=guess: audit.entry_hash(
                k, i, at, "dpo (cli)", "backup-made", None, "", "", prev
            ),
        )
        assert_broken(verify(), "hash")
        sql(
            env,
            "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)",
            "UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_events),"
            " last_hash = (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1),"
            " count = (SELECT count(*) FROM audit_events)",
        )
        assert verify().code == 0


def test_the_chain_key_is_not_in_the_file_in_clear(env: Env, refs: list[str]) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.storage.chain_key import load_key

    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        with wb.reading() as uow:
            key = load_key(uow.session)
    finally:
        wb.close()
    assert key is not None and len(key) == 32
    dump = "".join(str(row) for row in query(env, "SELECT * FROM audit_key"))
    assert key.hex() not in dump
    # a key swapped for another is reported, and nothing is written on a chain that does
    # not open (the event could never verify)
    sql(env, f"UPDATE audit_key SET wrapped = '{'ab' * 32}'")
    assert_broken(verify(), "key")
    r = call_cli(["add", "--right", "access", "--name", "Nog Iemand", "--received", "2026-11-20"])
    assert r.code != 0, r
    assert query(env, "SELECT count(*) FROM requests") == [(3,)]


def _rewrite_with_the_key(env: Env, change_event: int) -> None:
    """What someone holding the passphrase and the program can do: change an event and chain
    everything after it again with the real key."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.storage.chain_key import load_key

    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        with wb.reading() as uow:
            key = load_key(uow.session)
    finally:
        wb.close()
    assert key is not None
    rows = query(
        env,
        "SELECT id, at, actor, kind, reference, note_digest, state_digest FROM audit_events"
        " ORDER BY id",
    )
    prev, updates = audit.GENESIS, []
    for id_, at, actor, kind, reference, digest, state in rows:
        if id_ == change_event:
            at = "2026-11-01T08:00:00.000000+00:00"  # back-dated
        h = audit.entry_hash(key, id_, at, actor, kind, reference, digest, state, prev)  # type: ignore[arg-type]
        updates.append(
            f"UPDATE audit_events SET at = '{at}', prev_hash = '{prev}', hash = '{h}'"
            f" WHERE id = {id_}"
        )
        prev = h
    updates.append(f"UPDATE audit_head SET last_hash = '{prev}'")
    sql(env, *updates)
    from cluma_dpo.storage.chain_head import reseal

    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:  # and seals the new end with the key too (schema 0007)
        with wb.store.session(write=True) as session:
            reseal(session, key, {})
    finally:
        wb.close()


def test_against_a_printed_head_holds_after_more_work(env: Env, refs: list[str]) -> None:
    printed = head_of(verify("--json"))
    ok("close", refs[2], "--outcome", "refused", "--reason", "ongegrond", "--on", "2026-11-24")
    r = verify("--against", printed)
    assert r.code == 0, r
    assert printed in r.out
    # as printed on paper, with spaces, and as the compact form
    count, digits = audit.parse_head(printed) or (0, "")
    assert verify("--against", f" {count} : {digits[:8]} {digits[8:]} ").code == 0
    j = json.loads(verify("--json", "--against", printed).out)
    assert j["ok"] is True and j["against"] == {"head": printed, "held": True}


def test_against_reports_a_chain_rewritten_with_the_key(env: Env, refs: list[str]) -> None:
    printed = head_of(verify("--json"))
    _rewrite_with_the_key(env, change_event=2)
    assert verify().code == 0  # the limit the README states: the key holder rewrote it all
    r = verify("--against", printed)
    assert r.code == 1, r
    assert printed in r.err
    j = json.loads(verify("--json", "--against", printed).out)
    assert j["ok"] is False and j["against"]["held"] is False


def test_against_reports_a_head_beyond_the_end(env: Env, refs: list[str]) -> None:
    count, digits = audit.parse_head(head_of(verify("--json"))) or (0, "")
    assert verify("--against", f"{count + 5}:{digits}").code == 1


@pytest.mark.parametrize(
    "bad", ["", "abc", "12", "12:xyz0123456789abcd", "12:0123", "-1:" + "0" * 16]
)
def test_against_something_that_is_no_head_is_bad_input(
    env: Env, refs: list[str], bad: str
) -> None:
    r = verify("--against", bad)
    assert r.code == 1, r
    assert "--against" in r.err
