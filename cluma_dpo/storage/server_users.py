"""The logins of a shared server and their roles (issue 18): `users add | list | remove`.

Logins are PostgreSQL roles that are members of one of the database's group roles
(storage.server_roles). Creating a role needs CREATEROLE, which a group does not pass on to
its members: `init` (run by the owner, who has it) creates two SECURITY DEFINER functions,
`cluma_add_user` and `cluma_remove_user`, that only the dpo group may execute and that can
create or drop nothing but logins of this database's groups, and `cluma_set_password`
(`users passwd`), that sets a login's password and its wrap of the documents' key at once:
any login its own, a dpo another login of this database's.

The new password never reaches the server: the client turns it into a SCRAM-SHA-256
verifier (libpq's PQencryptPasswordConn) and the server stores that, so neither the
server's statement log nor pg_stat_activity ever shows it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.storage.server_roles import (
    GROUPS,
    MAX_DATABASE_NAME,
    literal,
    quote,
    role_prefix,
    statement_runner,
)


def can_create_roles(conn: Any) -> bool:
    row = conn.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user")
    ).scalar()
    return bool(row)


def database_name(conn: Any) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar())


def create_groups(conn: Any, *, new: bool = False) -> str:
    """The group roles of this database, the function that names them, and the
    user-management functions. Returns the role prefix.

    `new` (init): role names are the cluster's, so a role of that name made before this
    database was set up is someone else's (a login another office's dpo added, a group of
    a database dropped with its members): StoreError, rather than give it this database.
    Otherwise (an upgrade) the groups `init` made are kept."""
    prefix = database_name(conn) + "_"
    if len(prefix) - 1 > MAX_DATABASE_NAME:
        raise ValueError("database name too long for its role names")
    run = statement_runner(conn)
    taken = [
        str(row[0])
        for row in conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r) ORDER BY rolname"),
            {"r": [prefix + g for g in GROUPS]},
        )
    ]
    if new and taken:
        raise StoreError(msg("server.roles_taken", roles=", ".join(taken)))
    for group in GROUPS:
        if prefix + group not in taken:
            run(f"CREATE ROLE {quote(prefix + group)} NOLOGIN")
    run(
        "CREATE OR REPLACE FUNCTION cluma_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE"
        f" AS $$ SELECT {literal(prefix)}::text $$"
    )
    _user_functions(conn, prefix)
    return prefix


def _user_functions(conn: Any, prefix: str) -> None:
    run = statement_runner(conn)
    schema = quote(str(conn.execute(text("SELECT current_schema()")).scalar()))
    literal_schema = literal(schema + ".user_keys")
    groups = "ARRAY[" + ", ".join(literal(prefix + g) for g in GROUPS) + "]::text[]"
    run(
        f"""
CREATE OR REPLACE FUNCTION cluma_add_user(login text, verifier text, grp text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    IF NOT ({literal(prefix)} || grp) = ANY ({groups}) THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023';
    END IF;
    IF left(verifier, 14) <> 'SCRAM-SHA-256$' THEN
        RAISE EXCEPTION 'a password verifier, never a password' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'login exists' USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   login, verifier, {literal(prefix)} || grp);
END
$f$"""
    )
    run(
        f"""
CREATE OR REPLACE FUNCTION cluma_remove_user(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
    grp text;
BEGIN
    IF login = session_user THEN
        RAISE EXCEPTION 'not your own login' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
        JOIN pg_roles m ON m.oid = am.member
        WHERE m.rolname = login AND g.rolname = ANY ({groups})
    ) THEN
        RAISE EXCEPTION 'not a login of this database' USING ERRCODE = '42704';
    END IF;
    FOREACH grp IN ARRAY {groups} LOOP
        IF pg_has_role(login, grp, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', grp, login);
        END IF;
    END LOOP;
    IF to_regclass({literal_schema}) IS NOT NULL THEN  -- its wrap of the documents' key
        DELETE FROM {schema}.user_keys WHERE user_keys.login = cluma_remove_user.login;
    END IF;
    -- a login that has no other use on the cluster goes altogether; one still a member of
    -- a role (another database's group: no dependency that stops DROP ROLE), or owning or
    -- granted something elsewhere, only leaves this database
    IF NOT EXISTS (
        SELECT 1 FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member
        WHERE m.rolname = login
    ) THEN
        BEGIN
            EXECUTE format('DROP ROLE %I', login);
        EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
            NULL;
        END;
    END IF;
END
$f$"""
    )
    for signature in ("cluma_add_user(text, text, text)", "cluma_remove_user(text)"):
        run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {signature} TO {quote(prefix + 'dpo')}")
    _password_function(conn, prefix, schema, groups)


def _password_function(conn: Any, prefix: str, schema: str, groups: str) -> None:
    """cluma_set_password: a login's new password (a SCRAM verifier) and its new wrap of the
    documents' key, together. Every login may change its own; a dpo (or the owner, who
    owns the function: current_user inside it) sets another login of this database's."""
    run = statement_runner(conn)
    keys = schema + ".user_keys"
    run(
        f"""
CREATE OR REPLACE FUNCTION cluma_set_password(login text, verifier text, salt text, wrapped bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    IF left(verifier, 14) <> 'SCRAM-SHA-256$' THEN
        RAISE EXCEPTION 'a password verifier, never a password' USING ERRCODE = '22023';
    END IF;
    IF login <> session_user THEN
        IF NOT (session_user = current_user
                OR pg_has_role(session_user, {literal(prefix + "dpo")}, 'MEMBER')) THEN
            RAISE EXCEPTION 'only a dpo sets another login''s password' USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (
            SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
            JOIN pg_roles m ON m.oid = am.member
            WHERE m.rolname = login AND g.rolname = ANY ({groups})
        ) THEN
            RAISE EXCEPTION 'not a login of this database' USING ERRCODE = '42704';
        END IF;
        -- roles are the cluster's: a login that also works elsewhere (another database's
        -- group, a database of its own, an attribute) is not this database's to take over
        IF EXISTS (
            SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
            JOIN pg_roles m ON m.oid = am.member
            WHERE m.rolname = login AND NOT g.rolname = ANY ({groups})
        ) OR EXISTS (
            SELECT 1 FROM pg_roles WHERE rolname = login
            AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)
        ) OR EXISTS (
            SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
            WHERE r.rolname = login
        ) THEN
            RAISE EXCEPTION 'a login that works elsewhere on the cluster sets its own password'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    IF to_regclass({literal(keys)}) IS NOT NULL THEN  -- the wrap follows the password
        DELETE FROM {keys} WHERE user_keys.login = cluma_set_password.login;
        IF wrapped IS NOT NULL THEN
            INSERT INTO {keys} (login, salt, wrapped, created)
            VALUES (cluma_set_password.login, salt, wrapped, CURRENT_TIMESTAMP);
        END IF;
    END IF;
END
$f$"""
    )
    signature = "cluma_set_password(text, text, text, bytea)"
    run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    everyone = ", ".join(quote(prefix + g) for g in GROUPS)
    run(f"GRANT EXECUTE ON FUNCTION {signature} TO {everyone}")


def verifier(conn: Any, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, made on this side of the connection."""
    raw = conn.connection.dbapi_connection  # psycopg's connection under SQLAlchemy's
    made = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return bytes(made).decode("ascii")


def add_user(
    conn: Any, login: str, password: str, group: str, data_key: bytes | None = None
) -> None:
    """The login, and (given the documents' data key) its wrap under `password`."""
    conn.execute(
        text("SELECT cluma_add_user(:l, :v, :g)"),
        {"l": login, "v": verifier(conn, login, password), "g": group},
    )
    if data_key is not None:
        from cluma_dpo.storage import server_keys

        server_keys.store_wrap(conn, login, data_key, password)


def set_password(conn: Any, login: str, password: str, data_key: bytes | None) -> None:
    """`login`'s new password, and (given the documents' data key) its wrap under it, in the
    caller's transaction; without a key the login keeps no wrap (management)."""
    salt: str | None = None
    wrapped: bytes | None = None
    if data_key is not None:
        from cluma_dpo.storage import server_keys

        salt, wrapped = server_keys.wrap(data_key, login, password)
    conn.execute(
        text("SELECT cluma_set_password(:l, :v, :s, :w)"),
        {"l": login, "v": verifier(conn, login, password), "s": salt, "w": wrapped},
    )


def has_password_function(conn: Any) -> bool:
    return bool(conn.execute(text("SELECT to_regproc('cluma_set_password') IS NOT NULL")).scalar())


def remove_user(conn: Any, login: str) -> None:
    conn.execute(text("SELECT cluma_remove_user(:l)"), {"l": login})


def list_users(conn: Any) -> list[tuple[str, str]]:
    """(login, role) of every login of this database, the owner first."""
    prefix = role_prefix(conn)
    owner = conn.execute(
        text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass(:t)"),
        {"t": "alembic_version"},
    ).scalar()
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members am"
            " JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member"
            " WHERE g.rolname = ANY(:groups) ORDER BY m.rolname, g.rolname"
        ),
        {"groups": [prefix + g for g in GROUPS]},
    )
    users = [(str(login), str(group)[len(prefix) :]) for login, group in rows]
    return ([(str(owner), "owner")] if owner else []) + users
