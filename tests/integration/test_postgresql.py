"""A shared PostgreSQL server (issue 18): the URL, init, users, roles enforced by the server
(through the command line and through raw SQL), and four clients writing at once.

The server is the session's throwaway cluster (tests/pg_cluster.py); without PostgreSQL's
binaries these tests are skipped, saying why. The role tests share one database per module
(they change nothing but what each test adds); the others get a database of their own.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from tests.integration.cli_support import Run
from tests.pg_cluster import OWNER, USER_PASSWORD

PASSWORD = USER_PASSWORD  # what `users add` sets (CLUMA_DPO_NEW_PASSPHRASE)
ASSISTANT_SQL_REFUSED = ("permission denied", "row-level security", "never rewritten")


def ok(run: Run) -> Run:
    assert run.rc == 0, run.err
    return run


@pytest.fixture(scope="module")
def office(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One initialised database with a login of each role: {role: login}, and its name."""
    db = pg_cluster.new_database()
    logins = {role: f"{db}_{role[:4]}_1" for role in ("dpo", "assistant", "management")}
    env = {
        "CLUMA_DPO_DATA_DIR": str(tmp_path_factory.mktemp("office") / "local"),
        "CLUMA_DPO_DATABASE_URL": pg_cluster.url(db),
        "CLUMA_DPO_NEW_PASSPHRASE": PASSWORD,
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        mp.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
        assert main(["init"]) == 0
        for role, login in logins.items():
            assert main(["users", "add", login, "--role", role]) == 0
        assert main(["add", "--right", "access", "--name", "Jan Peeters",
                     "--email", "jan@example.be", "--received", "2026-10-01"]) == 0  # fmt: skip
    return db, logins


def sql(cluster, db: str, login: str, statement: str):  # type: ignore[no-untyped-def]
    """Run `statement` as `login` (raw SQL, as anyone with a SQL client could)."""
    with cluster.connect(login=login, database=db) as conn:
        rows = conn.execute(statement)
        result = rows.fetchall() if rows.description else None
        conn.commit()
        return result


def refused(cluster, db: str, login: str, statement: str) -> str:  # type: ignore[no-untyped-def]
    import psycopg

    with pytest.raises(psycopg.Error) as caught:
        sql(cluster, db, login, statement)
    return str(caught.value)


# -- the URL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "said"),
    [
        (
            "postgresql://anna:secret@db.example.be/office?sslmode=verify-full",
            "contains a password",
        ),
        ("postgresql://anna@db.example.be/office?password=secret", "contains a password"),
        ("postgresql://anna@db.example.be/office", "verified certificate"),
        ("postgresql://anna@db.example.be/office?sslmode=require", "verified certificate"),
        ("postgresql://db.example.be/office", "name a login and a database"),
        ("postgresql://anna@localhost/", "name a login and a database"),
        ("postgresql://anna@localhost/office?options=-csearch_path%3Devil", "does not pass on"),
    ],
)
def test_a_url_the_program_does_not_connect_to_exits_2(run_as, url: str, said: str) -> None:  # type: ignore[no-untyped-def]
    r = run_as(url, "list")
    assert r.rc == 2
    assert said in r.err
    assert "secret" not in r.err
    assert len(r.err.splitlines()) == 1


def test_local_and_verified_urls_are_accepted() -> None:
    from cluma_dpo.storage.server_url import parse_server_url

    remote = parse_server_url("postgresql://anna@db.example.be:6432/office?sslmode=verify-full")
    assert (remote.host, remote.port, remote.local) == ("db.example.be", 6432, False)
    assert remote.connect_args()["sslmode"] == "verify-full"
    for local in (
        "postgresql://anna@localhost/office",
        "postgresql://anna@127.0.0.1:5433/office",
        "postgresql://anna@[::1]/office",
        "postgresql://anna@/office",
        "postgresql://anna@/office?host=/run/postgresql",
    ):
        assert parse_server_url(local).local, local
    assert parse_server_url("postgresql://anna@/office?host=/run/postgresql").shown() == (
        "postgresql://anna@/office"
    )


@pytest.mark.parametrize("verb", [("backup", "list"), ("passwd",), ("restore", "x.db")])
def test_the_files_own_verbs_say_so_on_a_server(pg_cluster, run_as, verb) -> None:  # type: ignore[no-untyped-def]
    r = run_as(pg_cluster.url("anything"), *verb)  # refused before any connection
    assert r.rc == 2
    assert "local encrypted file only" in r.err


def test_users_on_the_file_store_exit_2(cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
    for verb in (("users", "list"), ("users", "add", "anna", "--role", "dpo")):
        r = cli(*verb)
        assert r.rc == 2, r.err
        assert "shared PostgreSQL server" in r.err


# -- init ---------------------------------------------------------------------------------


def test_init_makes_the_schema_and_roles_once(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    r = ok(run_as(url, "init"))
    assert f"{db}_dpo" in r.out and f"{db}_management" in r.out
    from cluma_dpo.storage.migrate import SCHEMA_HEAD

    assert sql(pg_cluster, db, OWNER, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    named = f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{db}\\_%' ORDER BY 1"
    groups = sql(pg_cluster, db, OWNER, named)
    assert [g[0] for g in groups] == [f"{db}_assistant", f"{db}_dpo", f"{db}_management"]
    again = run_as(url, "init")
    assert again.rc == 1 and "already holds" in again.err
    assert ok(run_as(url, "audit", "verify", "--json")).json()["count"] == 1


def test_a_database_not_set_up_says_so(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    r = run_as(pg_cluster.url(pg_cluster.new_database()), "list")
    assert r.rc == 2
    assert "no data of this program yet" in r.err and "cluma-dpo init" in r.err


def test_init_needs_a_login_that_may_create_roles(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    with pg_cluster.admin() as conn:
        conn.execute(f"CREATE ROLE {db}_plain LOGIN")
        conn.execute(f"ALTER DATABASE {db} OWNER TO {db}_plain")
    r = run_as(pg_cluster.url(db, f"{db}_plain"), "init")
    assert r.rc == 2 and "CREATEROLE" in r.err
    assert sql(pg_cluster, db, OWNER, "SELECT to_regclass('requests')") == [(None,)]


# -- users --------------------------------------------------------------------------------


def test_users_add_list_remove_and_sign_in_with_the_password(
    pg_cluster, run_as, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    login = f"{db}_anna"
    r = ok(run_as(url, "users", "add", login, "--role", "assistant"))
    assert login in r.out
    assert ok(run_as(url, "users", "list", "--json")).json() == [
        {"login": OWNER, "role": "owner"},
        {"login": login, "role": "assistant"},
    ]
    # the password set is the one that signs in, over TCP with PGPASSWORD (never argv)
    tcp = pg_cluster.url(db, login, tcp=True)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    r = run_as(tcp, "list")
    assert r.rc == 2 and "asks for a password" in r.err
    monkeypatch.setenv("PGPASSWORD", "not the password")
    r = run_as(tcp, "list")
    assert r.rc == 2 and "refused the login" in r.err
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    ok(run_as(tcp, "list"))
    # the server stored a SCRAM verifier, made on the client: the password never reached it
    log = (pg_cluster.root / "server.log").read_text(errors="replace")
    assert PASSWORD not in log
    # only a dpo manages users; the owner removes her, and she can no longer sign in
    r = run_as(tcp, "users", "add", f"{db}_eve", "--role", "dpo")
    assert r.rc == 2 and "your role may not do this" in r.err
    ok(run_as(url, "users", "remove", login))
    assert [u["login"] for u in ok(run_as(url, "users", "list", "--json")).json()] == [OWNER]
    r = run_as(tcp, "list")
    assert r.rc == 2 and "refused the login" in r.err
    kinds = [e["kind"] for e in _events(pg_cluster, db)]
    assert kinds == ["database-created", "user-added", "user-removed"]


def test_users_add_refuses_a_bad_login_before_asking_anything(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    r = run_as(url, "users", "add", 'Robert"; DROP TABLE requests; --', "--role", "dpo")
    assert r.rc == 1 and "lower-case letters" in r.err
    assert sql(pg_cluster, db, OWNER, "SELECT count(*) FROM requests") == [(0,)]


def _events(cluster, db: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    rows = sql(cluster, db, OWNER, "SELECT kind, actor FROM audit_events ORDER BY id")
    return [{"kind": k, "actor": a} for k, a in rows]


# -- roles, through the command line and through raw SQL ----------------------------------


def test_the_assistant_registers_but_may_not_change_settings(
    pg_cluster, office, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    url = pg_cluster.url(db, logins["assistant"])
    ref = ok(run_as(url, "add", "--right", "erasure", "--name", "Piet Janssens",
                    "--received", "2026-11-02")).out.strip()  # fmt: skip
    ok(run_as(url, "identity", ref, "--requested-on", "2026-11-03"))
    ok(run_as(url, "letter", ref, "acknowledgement", "--out", tmp_path / "ack.pdf"))
    assert (tmp_path / "ack.pdf").read_bytes().startswith(b"%PDF")
    r = run_as(url, "settings", "set", "interface.language", "fr")
    assert r.rc == 2 and "your role may not do this" in r.err
    said = refused(pg_cluster, db, logins["assistant"], "UPDATE settings SET value = '\"fr\"'")
    assert "permission denied" in said
    insert = "INSERT INTO settings (key, value) VALUES ('interface.language', '\"fr\"')"
    said = refused(pg_cluster, db, logins["assistant"], insert)
    assert "permission denied" in said
    # the function that writes the program's own rows for them writes nothing else
    forged = "SELECT cluma_write_internal('interface.language', '\"fr\"')"
    assert "permission denied" in refused(pg_cluster, db, logins["assistant"], forged)
    forged = "SELECT cluma_write_internal('numbers.issued', '{}')"
    assert "permission denied" in refused(pg_cluster, db, logins["management"], forged)
    r = run_as(url, "users", "add", f"{db}_x", "--role", "dpo")
    assert r.rc == 2 and "your role may not do this" in r.err
    actors = {e["actor"] for e in _events(pg_cluster, db) if e["kind"] != "database-created"}
    assert f"{logins['assistant']} (cli)" in actors


def test_the_assistant_may_not_anonymise_nor_rewrite_the_trail(pg_cluster, office) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    who = logins["assistant"]
    for statement in (
        "UPDATE requests SET anonymised = true, subject_name = 'x'",  # retention is the dpo's
        "DELETE FROM requests",
        "DELETE FROM audit_events",
        "UPDATE audit_events SET note = NULL",
        "UPDATE audit_events SET actor = 'someone else (cli)'",
        "UPDATE audit_key SET wrapped = wrapped",
        "INSERT INTO audit_events (id, at, actor, kind, note_salt, note_digest, state_digest,"
        " prev_hash, hash) VALUES (9999, 'x', 'office (cli)', 'note-added', '', '', '', '', '')",
    ):
        said = refused(pg_cluster, db, who, statement)
        assert any(s in said for s in (*ASSISTANT_SQL_REFUSED, "names the login")), statement
    assert sql(pg_cluster, db, OWNER, "SELECT count(*) FROM requests WHERE anonymised") == [(0,)]


def test_management_reads_figures_but_never_a_name(pg_cluster, office, run_as) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    who = logins["management"]
    for table in ("requests", "audit_events", "identity_documents", "suppression_list",
                  "fee_notes", "document_contents"):  # fmt: skip
        assert "permission denied" in refused(pg_cluster, db, who, f"SELECT * FROM {table}")
    assert "permission denied" in refused(pg_cluster, db, who, "SELECT subject_name FROM requests")
    rows = sql(pg_cluster, db, who, "SELECT reference, status FROM figures_requests")
    assert rows and all(re.fullmatch(r"DSR-\d{4}-\d{4}", r[0]) for r in rows)
    with pg_cluster.connect(login=who, database=db) as conn:
        columns = [d.name for d in conn.execute("SELECT * FROM figures_requests").description]
    assert not {"subject_name", "subject_email", "subject_street", "search_key"} & set(columns)
    assert "permission denied" in refused(pg_cluster, db, who, "UPDATE settings SET value = ''")
    # the program's list reads the figures view: the register, never a name
    # (tests/integration/test_server_management.py has the rest)
    r = ok(run_as(pg_cluster.url(db, who), "list"))
    assert re.search(r"DSR-\d{4}-\d{4}", r.out) and "Jan Peeters" not in r.out
    r = run_as(pg_cluster.url(db, who), "list", "--search", "Peeters")
    assert r.rc == 2 and r.out == ""


def test_a_dpo_login_does_everything_and_manages_users(pg_cluster, office, run_as) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    url = pg_cluster.url(db, logins["dpo"])
    ok(run_as(url, "settings", "set", "warnings.due_soon_days", "10"))
    ok(run_as(url, "users", "add", f"{db}_temp", "--role", "management"))
    ok(run_as(url, "users", "remove", f"{db}_temp"))
    r = run_as(url, "users", "remove", OWNER)  # not a login of this database's groups
    assert r.rc == 2
    assert ok(run_as(url, "audit", "verify", "--json")).json()["ok"] is True


# -- four clients at once -----------------------------------------------------------------

_CLIENT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.services.commands import NewRequest
    from cluma_dpo.storage.server_url import parse_server_url

    wb = open_server_workbench(parse_server_url(sys.argv[1]), Path(sys.argv[2]))
    refs = [
        wb.register(NewRequest(rights=["access"], name=f"Client {sys.argv[3]} {i}",
                               received="2026-11-02"))
        for i in range(int(sys.argv[4]))
    ]
    wb.close()
    print(" ".join(refs))
    """
)


def test_four_clients_adding_at_once_keep_the_chain_and_the_numbers(
    pg_cluster, office, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    before = int(sql(pg_cluster, db, OWNER, "SELECT count(*) FROM requests")[0][0])
    clients = [logins["dpo"], logins["assistant"], logins["dpo"], logins["assistant"]]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUMA_DPO_")}
    env["CLUMA_DPO_LOG_DIR"] = str(tmp_path / "logs")
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _CLIENT,
                pg_cluster.url(db, login),
                str(tmp_path / "l"),
                str(n),
                "8",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, login in enumerate(clients)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-800:] for o in outs]
    refs = sorted(ref for out, _ in outs for ref in out.split())
    assert refs == [f"DSR-2026-{n:04d}" for n in range(before + 1, before + 33)]
    registered = "SELECT actor FROM audit_events WHERE kind = 'request-registered'"
    rows = sql(pg_cluster, db, OWNER, registered)
    # each event names the login that made it (the server checks it: cluma_audit_guard)
    assert {f"{logins['dpo']} (cli)", f"{logins['assistant']} (cli)"} <= {a for (a,) in rows}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATABASE_URL", pg_cluster.url(db))
        mp.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "l"))
        from cluma_dpo.app import open_server_workbench
        from cluma_dpo.storage.server_url import parse_server_url

        wb = open_server_workbench(parse_server_url(pg_cluster.url(db)), tmp_path / "l")
        try:
            report = wb.verify_audit()
        finally:
            wb.close()
    assert report.ok, json.dumps(str(report.problem))


def test_retention_is_the_dpos_and_keeps_the_chain(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    """Retention erases the notes of old events (the chain holds their digests): the audit
    guard lets a dpo do that and nothing else; an assistant may not anonymise at all."""
    db = pg_cluster.new_database()
    owner = pg_cluster.url(db)
    ok(run_as(owner, "init"))
    ok(run_as(owner, "users", "add", f"{db}_d", "--role", "dpo"))
    ok(run_as(owner, "users", "add", f"{db}_a", "--role", "assistant"))
    dpo, assistant = pg_cluster.url(db, f"{db}_d"), pg_cluster.url(db, f"{db}_a")
    ref = ok(run_as(assistant, "add", "--right", "access", "--name", "Oud Verzoek",
                    "--received", "2019-01-07")).out.strip()  # fmt: skip
    ok(  # the dpo rejects: an assistant may not (tests/integration/test_server_decisions.py)
        run_as(
            dpo,
            "reject",
            ref,
            "--ground",
            "repetitive",
            "--reason",
            "asked five times",
            "--on",
            "2019-01-21",
        )
    )
    today = ("--today", "2026-11-25", "--yes")
    r = run_as(assistant, "retention", "run", *today)
    assert r.rc == 2 and "your role may not do this" in r.err
    assert not ok(run_as(dpo, "show", ref, "--json")).json()["anonymised"]
    r = ok(run_as(dpo, "retention", "run", *today))
    assert r.out.startswith("1 request(s) anonymised")
    shown = ok(run_as(dpo, "show", ref, "--json")).json()
    assert shown["anonymised"] and "Oud" not in json.dumps(shown)
    assert ok(run_as(dpo, "audit", "verify", "--json")).json()["ok"] is True


# -- moving up: migrate --to --------------------------------------------------------------


def test_migrate_copies_the_file_with_its_references_and_a_verifying_trail(
    pg_cluster, run_as, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A demo file (fee notes, letters, identity documents, pauses, recipients) copied into
    an empty server database: every request reads the same there, the trail verifies,
    and both trails say that the copy was made."""
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
    assert main(["demo", "--requests", "40"]) == 0
    file_list = _json_of(["list", "--json"])
    file_refs = [r["reference"] for r in file_list]
    file_head = _json_of(["audit", "verify", "--json"])
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    r = ok(run_as("", "migrate", "--to", url))  # the source is the file
    assert f"{len(file_refs)} requests" in r.out
    server_list = ok(run_as(url, "list", "--json")).json()
    assert server_list == file_list
    for ref in file_refs[:5]:
        assert ok(run_as(url, "show", ref, "--json")).json()["events"]
    verified = ok(run_as(url, "audit", "verify", "--json")).json()
    assert verified["ok"] is True
    assert verified["count"] == file_head["count"] + 1  # and "copied from the local file"
    # the head printed before the move is still found on the server
    ok(run_as(url, "audit", "verify", "--against", file_head["head"]))
    # the next reference follows the copied ones; the serial ids follow too
    ref = ok(run_as(url, "add", "--right", "access", "--name", "Na De Verhuis",
                    "--received", "2026-11-20")).out.strip()  # fmt: skip
    assert ref not in file_refs and ref.startswith("DSR-2026-")
    kinds = [e["kind"] for e in _events(pg_cluster, db)]
    assert "copied-from-file" in kinds
    # a second copy into the now-filled database changes nothing
    again = run_as("", "migrate", "--to", url)
    assert again.rc == 1 and "already holds" in again.err


def test_a_copy_that_fails_leaves_the_server_database_empty(
    pg_cluster, run_as, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
    assert main(["demo", "--requests", "5"]) == 0
    db = pg_cluster.new_database()
    from cluma_dpo.storage import server_copy

    def broken(conn, events):  # type: ignore[no-untyped-def]
        raise server_copy.StoreError(server_copy.msg("server.copy_not_verified"))

    monkeypatch.setattr(server_copy, "verify_copy", broken)
    r = run_as("", "migrate", "--to", pg_cluster.url(db))
    assert r.rc == 2 and "did not verify" in r.err
    assert sql(pg_cluster, db, OWNER, "SELECT to_regclass('requests')") == [(None,)]


def _json_of(argv: list[str]):  # type: ignore[no-untyped-def]
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return json.loads(out.getvalue())


# -- an older schema on a server ----------------------------------------------------------


def test_an_older_schema_is_upgraded_by_its_owner_and_the_grants_follow(
    pg_cluster, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Schema 0005 with its roles: a dpo login is told the owner must open it; the owner's
    open upgrades it and grants what the upgrade added (audit_key, new in 0006), so the
    dpo login then works."""
    from alembic import command

    from cluma_dpo.storage import migrate, server, server_roles, server_users
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    store = server.connect_server(parse_server_url(pg_cluster.url(db)), tmp_path)
    try:
        with store.engine.begin() as conn:
            command.upgrade(migrate._alembic_config(conn), "0005")
            server_users.create_groups(conn)
            server_roles.apply_privileges(conn)
            server_users.add_user(conn, f"{db}_dpo_login", PASSWORD, "dpo")
    finally:
        store.close()
    dpo = pg_cluster.url(db, f"{db}_dpo_login")
    r = run_as(dpo, "list")
    assert r.rc == 2 and "older layout" in r.err
    ok(run_as(pg_cluster.url(db), "list"))  # the owner: upgraded
    # and the documents' data key made, wrapped for the owner (schema 0009)
    assert sql(pg_cluster, db, OWNER, "SELECT login FROM user_keys") == [(OWNER,)]
    from cluma_dpo.storage.migrate import SCHEMA_HEAD

    assert sql(pg_cluster, db, OWNER, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    ok(
        run_as(
            dpo, "add", "--right", "access", "--name", "Na De Upgrade", "--received", "2026-11-02"
        )
    )
    assert ok(run_as(dpo, "audit", "verify", "--json")).json()["ok"] is True


def test_the_app_refuses_a_url_it_does_not_connect_to_before_any_window(run_as) -> None:  # type: ignore[no-untyped-def]
    """The app runs on a server now (tests/gui/test_office.py); a URL without verified TLS
    to a remote server still stops at the command line: exit 2, no window, no prompt."""
    r = run_as("postgresql://anna@db.example.be/office")
    assert r.rc == 2 and "verified certificate" in r.err


def test_a_writer_waits_for_the_write_lock_and_gives_up_with_busy(
    pg_cluster, run_as, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Every write takes the advisory write lock: while another client holds it, a write
    waits (here 300 ms instead of 60 s) and then says the database is busy; reads go on."""
    from cluma_dpo.storage import server
    from cluma_dpo.storage.server_lock import WRITE_LOCK

    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    monkeypatch.setattr(server, "BUSY_TIMEOUT_MS", 300)
    with pg_cluster.connect(login=OWNER, database=db) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        r = run_as(url, "add", "--right", "access", "--name", "Jan", "--received", "2026-11-02")
        assert r.rc == 2 and "busy" in r.err
        ok(run_as(url, "list"))
        other.rollback()
    ok(run_as(url, "add", "--right", "access", "--name", "Jan", "--received", "2026-11-02"))


def test_the_files_safety_services_refuse_a_server_store(pg_cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Behind the command line's refusal, the services refuse too (the app will call them)."""
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.domain.errors import StoreError
    from cluma_dpo.services import safety
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    wb = open_server_workbench(parse_server_url(pg_cluster.url(db)), tmp_path, create=True)
    try:
        for call in (
            lambda: safety.backup(wb, tmp_path / "b.db", PASSWORD),
            lambda: safety.verify_passphrase(wb, PASSWORD),
            lambda: safety.change_passphrase(wb, PASSWORD),
            lambda: safety.restore_open(wb, tmp_path / "b.db", PASSWORD),
        ):
            with pytest.raises(StoreError) as caught:
                call()
            assert caught.value.msg.code == "server.file_only"
    finally:
        wb.close()
    assert list(tmp_path.iterdir()) == []  # nothing written beside it


# -- moving back: backup --out from a server ----------------------------------------------


def test_a_server_backup_is_a_file_the_single_user_program_restores(
    pg_cluster, office, run_as, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, logins = office
    dpo = pg_cluster.url(db, logins["dpo"])
    ref = ok(run_as(dpo, "add", "--right", "access", "--name", "Terug Naar Bestand",
                    "--received", "2026-11-03")).out.strip()  # fmt: skip
    ok(run_as(dpo, "letter", ref, "acknowledgement", "--out", tmp_path / "ack.pdf"))
    server_list = ok(run_as(dpo, "list", "--json")).json()
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSWORD)
    out = tmp_path / "usb" / "server.db"
    r = ok(run_as(dpo, "backup", "--out", out))
    assert str(out) in r.out
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in out.parent.iterdir()) == ["server.db"]  # no leftovers
    again = run_as(dpo, "backup", "--out", out)
    assert again.rc == 1  # never over an existing file
    r = run_as(pg_cluster.url(db, logins["management"]), "backup", "--out", tmp_path / "m.db")
    assert r.rc == 2 and "your role may not do this" in r.err
    assert not (tmp_path / "m.db").exists()
    # the single-user program: restore it into a data dir of its own, and read it there
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "single"))
    ok(run_as("", "restore", out))
    assert ok(run_as("", "list", "--json")).json() == server_list
    verified = ok(run_as("", "audit", "verify", "--json")).json()
    assert verified["ok"] is True
    docs = ok(run_as("", "documents", ref, "--json")).json()
    assert [d["kind"] for d in docs] == ["letter"]


def test_management_makes_the_quarterly_report_without_a_name(
    pg_cluster, office, run_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Management's quarterly report: the same figures as the DPO's, read from the figures
    views, no name even when the DPO's setting asks for names; its one event is recorded
    under its own login and the trail still verifies."""
    import zipfile

    db, logins = office
    dpo, boss = pg_cluster.url(db, logins["dpo"]), pg_cluster.url(db, logins["management"])
    ok(run_as(dpo, "add", "--right", "erasure", "--name", "Xantippe Quarterly",
              "--received", "2026-08-03"))  # fmt: skip
    ok(run_as(dpo, "settings", "set", "reports.include_names", "true"))
    try:
        for fmt in ("pdf", "xlsx"):
            ok(run_as(dpo, "report", "--quarter", "2026Q3", "--out", tmp_path / f"dpo.{fmt}"))
            ok(run_as(boss, "report", "--quarter", "2026Q3", "--out", tmp_path / f"m.{fmt}"))

        def sheets(path: Path) -> str:
            with zipfile.ZipFile(path) as z:
                return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())

        assert "Xantippe" in sheets(tmp_path / "dpo.xlsx")  # the DPO asked for names
        assert "Xantippe" not in sheets(tmp_path / "m.xlsx")
        assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    finally:
        ok(run_as(dpo, "settings", "set", "reports.include_names", "false"))
    assert _figures(boss, tmp_path) == _figures(dpo, tmp_path)  # the same numbers
    events = _events(pg_cluster, db)
    assert {"kind": "quarterly-report", "actor": f"{logins['management']} (cli)"} in events
    forged = (
        "INSERT INTO audit_events (id, at, actor, kind, note_salt, note_digest, state_digest,"
        f" prev_hash, hash) VALUES (99999, 'x', '{logins['management']} (cli)', 'note-added',"
        " '', '', '', '', '')"
    )
    said = refused(pg_cluster, db, logins["management"], forged)
    assert "nothing else" in said
    assert ok(run_as(dpo, "audit", "verify", "--json")).json()["ok"] is True


def _figures(url: str, local: Path):  # type: ignore[no-untyped-def]
    """The quarterly figures of 2026Q3 (and Q2) as the login of `url` computes them."""
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.domain import statistics
    from cluma_dpo.services import documents
    from cluma_dpo.storage.server_url import parse_server_url
    from tests.conftest import TODAY

    wb = open_server_workbench(parse_server_url(url), local)
    try:
        quarter = statistics.parse_quarter("2026Q3", today=TODAY)
        with wb.reading() as uow:
            views = documents.quarter_views(uow, quarter)
        return (
            statistics.quarter_figures(views, quarter, TODAY),
            statistics.quarter_figures(views, quarter.previous(), TODAY),
        )
    finally:
        wb.close()
