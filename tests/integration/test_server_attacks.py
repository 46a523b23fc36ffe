"""A shared server attacked with raw SQL by its own logins and by another office's (the
attacker's findings on issue 18, /work/notes/attacker-server.md): the audit guard, the
group roles at `init`, `users remove`, and where the URL really connects to.

The server is the session's throwaway cluster (tests/pg_cluster.py); without PostgreSQL's
binaries these tests are skipped, saying why.
"""

from __future__ import annotations

import pytest

from cluma_dpo.cli import main
from tests.pg_cluster import OWNER, OWNER_PASSWORD, USER_PASSWORD


def _ok(run) -> None:  # type: ignore[no-untyped-def]
    assert run.rc == 0, run.err


@pytest.fixture(scope="module")
def office(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An initialised database with a dpo and an assistant login and one request."""
    db = pg_cluster.new_database()
    logins = {role: f"{db}_{role[:4]}_x" for role in ("dpo", "assistant")}
    env = {
        "CLUMA_DPO_DATA_DIR": str(tmp_path_factory.mktemp("attacked") / "local"),
        "CLUMA_DPO_DATABASE_URL": pg_cluster.url(db),
        "CLUMA_DPO_NEW_PASSPHRASE": USER_PASSWORD,
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        mp.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
        assert main(["init"]) == 0
        for role, login in logins.items():
            assert main(["users", "add", login, "--role", role]) == 0
        assert main(["add", "--right", "access", "--name", "Jan Peeters",
                     "--received", "2026-10-01"]) == 0  # fmt: skip
    return db, logins


def _transaction(cluster, db: str, login: str, *statements: str) -> None:  # type: ignore[no-untyped-def]
    """`statements` in one transaction as `login`, committed (raw SQL, psql's way)."""
    with cluster.connect(login=login, database=db) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _events(cluster, db: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with cluster.connect(login=OWNER, database=db) as conn:
        return list(
            conn.execute("SELECT id, actor, kind, note, hash FROM audit_events ORDER BY id")
        )


def _refused(cluster, db: str, login: str, *statements: str) -> str:  # type: ignore[no-untyped-def]
    import psycopg

    with pytest.raises(psycopg.Error) as caught:
        _transaction(cluster, db, login, *statements)
    return str(caught.value)


# -- the audit guard ----------------------------------------------------------------------


def test_a_temporary_audit_events_table_does_not_open_the_guard(pg_cluster, office) -> None:  # type: ignore[no-untyped-def]
    """The guard looked up `audit_events` through the caller's search_path, where pg_temp
    comes first: a temp table of that name holding an old event's id passed it off as
    written by this transaction, and an assistant rewrote it."""
    db, logins = office
    before = _events(pg_cluster, db)
    said = _refused(
        pg_cluster, db, logins["assistant"],
        "CREATE TEMP TABLE audit_events (id int)",
        "INSERT INTO pg_temp.audit_events SELECT id FROM public.audit_events",
        "UPDATE public.audit_events SET note = 'forged' WHERE id = 1",
    )  # fmt: skip
    assert "never rewritten" in said
    assert _events(pg_cluster, db) == before


def test_a_temporary_pg_class_does_not_make_an_assistant_the_owner(pg_cluster, office) -> None:  # type: ignore[no-untyped-def]
    """...and a temp `pg_class`, first in a search_path the caller sets, named the caller
    as the table's owner, whom the guard lets do anything: forge another login's event."""
    db, logins = office
    who = logins["assistant"]
    before = _events(pg_cluster, db)
    said = _refused(
        pg_cluster, db, who,
        "CREATE TEMP TABLE pg_class (oid oid, relowner oid)",
        "INSERT INTO pg_temp.pg_class SELECT 'public.audit_events'::regclass,"
        f" (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = '{who}')",
        "SET LOCAL search_path = pg_temp, public, pg_catalog",
        "INSERT INTO public.audit_events (id, at, actor, kind, note_salt, note_digest,"
        " prev_hash, hash) VALUES (9999, 'x', 'someone else (cli)', 'note-added', '', '', '', '')",
    )  # fmt: skip
    assert "names the login" in said
    said = _refused(
        pg_cluster, db, who,
        "CREATE TEMP TABLE pg_class (oid oid, relowner oid)",
        "INSERT INTO pg_temp.pg_class SELECT 'public.audit_events'::regclass,"
        f" (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = '{who}')",
        "SET LOCAL search_path = pg_temp, public, pg_catalog",
        "UPDATE public.audit_events SET kind = 'forged' WHERE id = 1",
    )  # fmt: skip
    assert "never rewritten" in said
    assert _events(pg_cluster, db) == before


def test_a_dpo_does_not_rewrite_an_old_event_in_two_steps(pg_cluster, office) -> None:  # type: ignore[no-untyped-def]
    """Erasing an old event's note is retention (a dpo's); it gave the row a version of
    this transaction, which the guard took for an event being sealed: a second UPDATE
    then rewrote the note, its digest and the hash."""
    db, logins = office
    before = _events(pg_cluster, db)
    first = before[1][0]
    said = _refused(
        pg_cluster, db, logins["dpo"],
        f"UPDATE audit_events SET note = NULL WHERE id = {first}",
        f"UPDATE audit_events SET note = 'rewritten', note_digest = 'x' WHERE id = {first}",
    )  # fmt: skip
    assert "never rewritten" in said
    said = _refused(
        pg_cluster, db, logins["dpo"],
        f"UPDATE audit_events SET note = NULL WHERE id = {first}",
        f"UPDATE audit_events SET hash = 'x', prev_hash = 'y' WHERE id = {first}",
    )  # fmt: skip
    assert "never rewritten" in said
    assert _events(pg_cluster, db) == before


# -- roles of the cluster -----------------------------------------------------------------


def test_init_refuses_group_roles_another_office_made_first(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    """Role names are the cluster's: a login named `<db>_dpo`, made before `init` (by a dpo
    of another database: `users add`), was kept as the dpo group, and whoever knew its
    password read the new office's register."""
    db = pg_cluster.new_database()
    with pg_cluster.admin() as conn:
        conn.execute(f"CREATE ROLE {db}_dpo LOGIN PASSWORD 'squatter password'")
    r = run_as(pg_cluster.url(db), "init")
    assert r.rc == 2, r.err
    assert f"{db}_dpo" in r.err and len(r.err.splitlines()) == 1
    with pg_cluster.connect(login=OWNER, database=db) as conn:
        assert conn.execute("SELECT to_regclass('requests')").fetchone() == (None,)
        assert conn.execute(
            f"SELECT count(*) FROM pg_roles WHERE rolname IN ('{db}_assistant', '{db}_management')"
        ).fetchone() == (0,)


def test_removing_a_login_keeps_it_for_the_other_office_it_works_for(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    """DROP ROLE does not fail for a login that is only a member of another database's
    group (membership is no dependency): `users remove` took it from every office."""
    db, other = pg_cluster.new_database(), pg_cluster.new_database()
    _ok(run_as(pg_cluster.url(db), "init"))
    _ok(run_as(pg_cluster.url(other), "init"))
    login = f"{db}_shared"
    _ok(run_as(pg_cluster.url(db), "users", "add", login, "--role", "assistant"))
    with pg_cluster.admin() as conn:
        conn.execute(f"GRANT {other}_assistant TO {login}")
    _ok(run_as(pg_cluster.url(db), "users", "remove", login))
    with pg_cluster.admin() as conn:
        member = conn.execute(
            f"SELECT pg_has_role('{login}', '{other}_assistant', 'MEMBER'),"
            f" pg_has_role('{login}', '{db}_assistant', 'MEMBER')"
        ).fetchone()
    assert member == (True, False)
    _ok(run_as(pg_cluster.url(other, login), "list"))


# -- where the URL connects to ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://anna@/office?host=/tmp,db.example.be",
        "postgresql://anna@%2Ftmp%2Cdb.example.be/office",
        "postgresql://anna@/office?host=localhost,db.example.be&sslmode=require",
    ],
)
def test_a_list_of_hosts_is_local_only_when_every_host_is(url: str) -> None:
    """libpq tries a comma-separated list of hosts in turn: one socket folder first made
    the whole list 'this computer', and the next host was reached without a verified
    certificate."""
    from cluma_dpo.domain.errors import ValidationError
    from cluma_dpo.storage.server_url import parse_server_url

    with pytest.raises(ValidationError):
        parse_server_url(url)
    assert parse_server_url("postgresql://anna@/office?host=/tmp,localhost").local


def test_libpqs_environment_does_not_choose_the_host(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A URL without a host went where PGHOST (or PGHOSTADDR, or a PGSERVICE entry) said,
    judged as a unix socket: a remote server without TLS checked."""
    from cluma_dpo.domain.errors import ValidationError
    from cluma_dpo.storage.server_url import parse_server_url

    monkeypatch.setenv("PGHOST", "db.example.be")
    with pytest.raises(ValidationError):
        parse_server_url("postgresql://anna@/office")
    verified = parse_server_url("postgresql://anna@/office?sslmode=verify-full")
    assert verified.connect_args()["host"] == "db.example.be"
    monkeypatch.setenv("PGHOST", "/run/postgresql")
    assert parse_server_url("postgresql://anna@/office").connect_args()["host"] == "/run/postgresql"
    monkeypatch.delenv("PGHOST")
    monkeypatch.setenv("PGHOSTADDR", "192.0.2.7")
    args = parse_server_url("postgresql://anna@localhost/office").connect_args()
    assert (args["host"], args["hostaddr"]) == ("localhost", "")
    args = parse_server_url("postgresql://anna@/office").connect_args()
    assert (args["host"], args["hostaddr"]) == ("", "")  # libpq's socket folder


def test_the_password_is_never_sent_in_clear(pg_cluster, run_as, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A server that asks for the password in clear (`password` in pg_hba.conf: its
    administrator's choice) would learn what opens the login's wrap of the documents' key:
    the program answers SCRAM only, and says the login was refused."""
    import psycopg

    if psycopg.pq.version() < 160000:
        pytest.skip("libpq before 16 has no require_auth")
    db = pg_cluster.new_database()
    hba = pg_cluster.data / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"host {db} all 127.0.0.1/32 password\n" + before)
    try:
        with pg_cluster.admin() as conn:
            conn.execute("SELECT pg_reload_conf()")
        monkeypatch.setenv("PGPASSWORD", OWNER_PASSWORD)
        r = run_as(pg_cluster.url(db, tcp=True), "init")
    finally:
        hba.write_text(before)
        with pg_cluster.admin() as conn:
            conn.execute("SELECT pg_reload_conf()")
    assert r.rc == 2 and "refused the login" in r.err, r.err
    with pg_cluster.connect(login=OWNER, database=db) as conn:
        assert conn.execute("SELECT to_regclass('requests')").fetchone() == (None,)


def test_a_dpo_does_not_set_the_password_of_a_login_another_office_uses(pg_cluster, run_as) -> None:  # type: ignore[no-untyped-def]
    """cluma_set_password let a dpo set the password of any login of its database's groups:
    one that also works for another office (a member of that office's groups) was then the
    dpo's to sign in as, over there too."""
    import psycopg

    db, other = pg_cluster.new_database(), pg_cluster.new_database()
    _ok(run_as(pg_cluster.url(db), "init"))
    _ok(run_as(pg_cluster.url(other), "init"))
    dpo, shared = f"{db}_boss", f"{db}_consultant"
    _ok(run_as(pg_cluster.url(db), "users", "add", dpo, "--role", "dpo"))
    _ok(run_as(pg_cluster.url(db), "users", "add", shared, "--role", "assistant"))
    with pg_cluster.admin() as conn:
        conn.execute(f"GRANT {other}_dpo TO {shared}")
        before = conn.execute(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{shared}'")
        verifier = before.fetchone()
    with pg_cluster.connect(login=dpo, database=db) as conn:
        raw = conn.pgconn.encrypt_password(b"chosen by the dpo", shared.encode(), b"scram-sha-256")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(
                "SELECT cluma_set_password(%s, %s, NULL, NULL)", (shared, bytes(raw).decode())
            )
    assert caught.value.sqlstate == "42501"
    with pg_cluster.admin() as conn:
        after = conn.execute(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{shared}'")
        assert after.fetchone() == verifier
