"""`users passwd`: a login's password changed by the program, its wrap of the documents'
key made again under the new one in the same transaction (issue 18), so that no password
change orphans the key; and what a login hears when its password was changed outside.

The server is the session's throwaway cluster (tests/pg_cluster.py): its sockets are
trusted, so a password is tested over TCP (PGPASSWORD); without PostgreSQL's binaries these
tests are skipped, saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cluma_dpo.app import open_server_workbench
from cluma_dpo.storage.server_url import parse_server_url
from tests.integration.test_postgresql import PASSWORD, _events, ok, sql
from tests.integration.test_server_documents import SCAN, _request
from tests.pg_cluster import OWNER

NEW = "A new password, 25 letters"
RESET = "Reset by the dpo, 27 letters"


@pytest.fixture
def server(pg_cluster, run_as, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """An initialised database with a login of each role and a request with a document:
    (db, {role: login}, run(login, password, *argv) over TCP, reference, document id)."""
    db = pg_cluster.new_database()
    owner = pg_cluster.url(db)
    ok(run_as(owner, "init"))
    logins = {role: f"{db}_pw_{role[:4]}" for role in ("dpo", "assistant", "management")}
    for role, login in logins.items():
        ok(run_as(owner, "users", "add", login, "--role", role))
    ref, _ids = _request(run_as, pg_cluster.url(db, logins["assistant"]), tmp_path)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    [scan_id] = ok(run_as(pg_cluster.url(db, logins["dpo"]), "attach", ref, scan)).out.split()

    def run(login: str, password: str, *argv: object):  # type: ignore[no-untyped-def]
        monkeypatch.setenv("PGPASSWORD", password)
        try:
            return run_as(pg_cluster.url(db, login, tcp=True), *argv)
        finally:
            monkeypatch.delenv("PGPASSWORD", raising=False)

    return db, logins, run, ref, scan_id


def _changes(cluster, db: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(kind, login) of the trail's password events, in order."""
    return [
        (e["kind"], e["actor"].split(" (")[0])
        for e in _events(cluster, db)
        if e["kind"].startswith("password-")
    ]


def _opens(run, login: str, password: str, ref: str, scan_id: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    out.unlink(missing_ok=True)
    ok(run(login, password, "document", ref, scan_id, "--out", out))
    assert out.read_bytes() == SCAN


def test_own_change_then_the_new_password_signs_in_and_opens_documents(
    pg_cluster, server, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, ref, scan_id = server
    assistant = logins["assistant"]
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", NEW)
    r = ok(run(assistant, PASSWORD, "users", "passwd"))
    assert assistant in r.out
    _opens(run, assistant, NEW, ref, scan_id, tmp_path / "back.pdf")
    r = run(assistant, PASSWORD, "list")  # the old password no longer signs in
    assert r.rc == 2 and "refused the login" in r.err
    # the others' wraps are untouched: the dpo still opens the document
    _opens(run, logins["dpo"], PASSWORD, ref, scan_id, tmp_path / "dpo.pdf")
    # the change is in the trail, by the login itself, without the password
    assert _changes(pg_cluster, db) == [("password-changed", assistant)]
    dumped = sql(
        pg_cluster, db, OWNER, "SELECT coalesce(string_agg(note, ' '), '') FROM audit_events"
    )
    assert NEW not in dumped[0][0]
    log = (pg_cluster.root / "server.log").read_text(errors="replace")
    assert NEW not in log  # a SCRAM verifier made on the client, never the password


def test_a_dpo_resets_an_assistant_and_the_old_password_no_longer_works(
    pg_cluster, server, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, ref, scan_id = server
    assistant, dpo = logins["assistant"], logins["dpo"]
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", RESET)
    r = ok(run(dpo, PASSWORD, "users", "passwd", assistant))
    assert assistant in r.out
    _opens(run, assistant, RESET, ref, scan_id, tmp_path / "back.pdf")
    r = run(assistant, PASSWORD, "list")
    assert r.rc == 2 and "refused the login" in r.err
    _opens(run, dpo, PASSWORD, ref, scan_id, tmp_path / "dpo.pdf")  # the dpo's own: unchanged
    assert _changes(pg_cluster, db) == [("password-reset", dpo)]
    # the wrap is the new one: still one per login
    rows = sql(pg_cluster, db, OWNER, f"SELECT count(*) FROM user_keys WHERE login = '{assistant}'")
    assert rows == [(1,)]


def test_management_gets_a_password_and_no_wrap(pg_cluster, server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, _ref, _scan_id = server
    management = logins["management"]
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", RESET)
    ok(run(logins["dpo"], PASSWORD, "users", "passwd", management))
    ok(run(management, RESET, "users", "list"))  # signs in (management reads no register)
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", NEW)
    ok(run(management, RESET, "users", "passwd"))  # its own, too
    ok(run(management, NEW, "users", "list"))
    r = run(management, RESET, "users", "list")
    assert r.rc == 2 and "refused the login" in r.err
    keys = sql(
        pg_cluster, db, OWNER, f"SELECT count(*) FROM user_keys WHERE login = '{management}'"
    )
    assert keys == [(0,)]
    assert _changes(pg_cluster, db) == [
        ("password-reset", logins["dpo"]),
        ("password-changed", management),
    ]


def test_only_a_dpo_or_the_owner_sets_another_logins_password(
    pg_cluster, server, run_as, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, _ref, _scan_id = server
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", RESET)
    r = run(logins["assistant"], PASSWORD, "users", "passwd", logins["dpo"])
    assert r.rc == 2 and "your role may not do this" in r.err
    ok(run(logins["dpo"], PASSWORD, "list"))  # unchanged
    r = run(logins["dpo"], PASSWORD, "users", "passwd", OWNER)  # the owner is no user
    assert r.rc == 2, r.err
    ok(run_as(pg_cluster.url(db), "users", "passwd", logins["dpo"]))  # the owner may
    ok(run(logins["dpo"], RESET, "list"))
    assert _changes(pg_cluster, db) == [("password-reset", OWNER)]


def test_a_wrong_old_password_changes_nothing(
    pg_cluster, server, run_as, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, ref, scan_id = server
    assistant = logins["assistant"]
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", NEW)
    r = run(assistant, "not the password", "users", "passwd")  # the server refuses it
    assert r.rc == 2 and "refused the login" in r.err
    # through a socket the server trusts, the old password still has to open the wrap
    monkeypatch.setenv("PGPASSWORD", "not the password")
    r = run_as(pg_cluster.url(db, assistant), "users", "passwd")
    monkeypatch.delenv("PGPASSWORD")
    assert r.rc == 2 and "reset" in r.err, r.err
    _opens(run, assistant, PASSWORD, ref, scan_id, tmp_path / "back.pdf")
    assert run(assistant, NEW, "list").rc == 2
    assert _changes(pg_cluster, db) == []


def test_a_password_changed_outside_says_so_in_one_line_until_a_dpo_resets_it(
    pg_cluster, server, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins, run, ref, scan_id = server
    assistant = logins["assistant"]
    with pg_cluster.admin() as conn:  # as a server's administrator could
        conn.execute(f"ALTER ROLE {assistant} PASSWORD '{NEW}'")  # type: ignore[attr-defined]  # psycopg
    out = tmp_path / "back.pdf"
    r = run(assistant, NEW, "document", ref, scan_id, "--out", out)
    assert r.rc == 2 and not out.exists()
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert len(lines) == 1, r.err
    assert "changed outside the program" in lines[0] and "dpo" in lines[0]
    assert "reset" in lines[0]
    # the sign-in of the window asks this and says it at once, in the same words
    tcp = parse_server_url(pg_cluster.url(db, assistant, tcp=True))
    assert _key_problem(tcp, NEW, tmp_path) == "server.documents_key_refused"
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", RESET)
    ok(run(logins["dpo"], PASSWORD, "users", "passwd", assistant))
    _opens(run, assistant, RESET, ref, scan_id, out)
    assert _key_problem(tcp, RESET, tmp_path) is None


def _key_problem(address, password: str, tmp_path: Path) -> str | None:  # type: ignore[no-untyped-def]
    wb = open_server_workbench(address, tmp_path / "app", front_end="app", password=password)
    try:
        problem = wb.documents_key_problem()
        return None if problem is None else problem.code
    finally:
        wb.close()


def test_users_passwd_on_the_file_store_exits_2(cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
    for verb in (("users", "passwd"), ("users", "passwd", "anna")):
        r = cli(*verb)
        assert r.rc == 2, r.err
        assert "cluma-dpo passwd" in r.err


def test_a_session_goes_on_after_its_own_change(pg_cluster, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window stays signed in after its login changed its password (File ▸ Change
    password…): a connection the pool opens afterwards signs in with the new password, a
    wrong current password changes nothing."""
    from cluma_dpo import app
    from cluma_dpo.domain.errors import WrongPassphrase

    db, logins, run, ref, scan_id = server
    assistant = logins["assistant"]
    address = parse_server_url(pg_cluster.url(db, assistant, tcp=True))
    wb = open_server_workbench(address, tmp_path / "app", front_end="app", password=PASSWORD)
    try:
        with pytest.raises(WrongPassphrase):
            app.change_server_password(wb, "not the password", NEW)
        assert _changes(pg_cluster, db) == []
        app.change_server_password(wb, PASSWORD, NEW)
        wb.store.engine.dispose()  # every pooled connection gone: the next one is new
        assert wb.request(ref).reference == ref
        assert int(scan_id) in [d.id for d in wb.stored_documents(ref)]
    finally:
        wb.close()
    _opens(run, assistant, NEW, ref, scan_id, tmp_path / "back.pdf")
    assert _changes(pg_cluster, db) == [("password-changed", assistant)]


def test_management_on_a_trusted_socket_without_a_password_is_not_changed(
    pg_cluster, server, run_as, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Reviewer: management has no wrap to prove its current password with, and a socket the
    server trusts asks none; whoever sits at its keyboard must not set a new one."""
    db, logins, run, _ref, _scan_id = server
    management = logins["management"]
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", NEW)
    r = run_as(pg_cluster.url(db, management), "users", "passwd")
    assert r.rc == 2 and "cannot check your current one" in r.err, r.err
    ok(run(management, PASSWORD, "users", "list"))  # unchanged
    assert _changes(pg_cluster, db) == []
