"""Who may do what on a shared server, enforced by PostgreSQL itself (issue 18).

Three group roles per database, and the logins that are members of them
(storage.server_users):

- dpo: everything the program does;
- assistant: the register, the identity steps and the letters; settings read-only; never
  anonymises (retention: row-level security on requests), never manages users;
- management: figures only: views of the register, the fee notes and the pauses without
  name, contact data, search key, the DPO's notes, his reasons in words or the payment
  references (storage.figures), and the settings;
  no SELECT on any table that holds personal data. Its only traces in the audit trail are
  the quarterly reports and the names-free registers it makes (the guard below allows it
  no other event).

Role names are cluster-wide while a server may hold several databases: each group role is
named after its database, `<database>_dpo`, `<database>_assistant`, `<database>_management`
(ROLE_PREFIX), so two offices on one cluster never share a role.

The audit trail is append-only for every login: no DELETE on it; an INSERT must name the
login that makes it (a trigger checks `session_user`); an UPDATE may only seal events the
same transaction wrote (storage.unit_of_work.seal) or, for a dpo, erase an old event's note
(retention: the chain covers the note's digest, not the note). The chain's key can be read
by the roles that write events and changed by nobody but the owner.

`apply_privileges` states all of it from the matrix below, idempotently: `init` runs it,
and so does every schema upgrade, so that a table a migration adds gets its grants.
The owner (the login that ran `init`, with CREATEROLE) owns the tables and is bound by none
of this; keep it for `init`, upgrades and user management, and work as a dpo login.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from cluma_dpo.storage import internal_rows
from cluma_dpo.storage.figures import VIEWS
from cluma_dpo.storage.server_decisions import decision_guard

GROUPS = ("dpo", "assistant", "management")
MAX_DATABASE_NAME = 63 - len("_management")

_ALL = "SELECT, INSERT, UPDATE, DELETE"
_APPEND = "SELECT, INSERT, UPDATE"  # the audit tables: UPDATE limited by the guard trigger
_CASE_TABLES = (
    "requests",
    "pauses",
    "recipient_items",
    "fee_notes",
    "documents",
    "document_contents",
    "identity_documents",
    "suppression_list",
)
_AUDIT = {"audit_events": _APPEND, "audit_head": _APPEND, "audit_key": "SELECT"}
PRIVILEGES: dict[str, dict[str, str]] = {
    "dpo": {
        **{t: _ALL for t in _CASE_TABLES},
        "settings": _ALL,
        **_AUDIT,
        "alembic_version": "SELECT",
        # the documents' data key, wrapped per login: row-level security shows each login
        # its own row; a dpo adds the wrap of a login it adds (storage.server_keys)
        "user_keys": "SELECT, INSERT",
    },
    "assistant": {
        **{t: _ALL for t in _CASE_TABLES},
        "requests": "SELECT, INSERT, UPDATE",  # row-level security: never anonymised by them
        # an address on the marketing suppression list stays (Art. 21(3)), and a fee note
        # issued stays in the numbered series: no DELETE for the assistant (lawyer, F9)
        "suppression_list": "SELECT, INSERT, UPDATE",
        "fee_notes": "SELECT, INSERT, UPDATE",
        "settings": "SELECT",
        **_AUDIT,
        "alembic_version": "SELECT",
        "user_keys": "SELECT",
    },
    "management": {
        "figures_requests": "SELECT",
        "figures_fee_notes": "SELECT",
        "figures_pauses": "SELECT",
        "settings": "SELECT",
        "alembic_version": "SELECT",
        # the traces management leaves: "quarterly report made", "register exported" (the
        # guard allows no other event of theirs); appending needs the chain's head and key
        "audit_events": "INSERT",
        "audit_head": "SELECT, UPDATE",
        "audit_key": "SELECT",
        "user_keys": "SELECT",  # its own row: none is made for it
    },
}
PERSONAL_TABLES = (*_CASE_TABLES, "audit_events")  # what management never reads


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def statement_runner(conn: Any) -> Any:
    """conn.exec_driver_sql for DDL without parameters: psycopg reads `%` as a placeholder,
    so it is doubled (format('%I') in a function body)."""

    def run(sql: str) -> Any:
        return conn.exec_driver_sql(sql.replace("%", "%%"))

    return run


def role_prefix(conn: Any) -> str:
    """`<database>_`, as `init` fixed it (kept in the function cluma_role_prefix)."""
    found = conn.execute(text("SELECT to_regproc('cluma_role_prefix') IS NOT NULL")).scalar()
    if found:
        return str(conn.execute(text("SELECT cluma_role_prefix()")).scalar())
    return str(conn.execute(text("SELECT current_database()")).scalar()) + "_"


def group_role(conn: Any, group: str) -> str:
    return role_prefix(conn) + group


def owns_schema(conn: Any) -> bool:
    """Whether this login owns the program's tables (or may create them: a new database)."""
    owner = conn.execute(
        text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass(:t)"),
        {"t": "alembic_version"},
    ).scalar()
    return owner is None or owner == conn.execute(text("SELECT session_user")).scalar()


def role_of(conn: Any) -> str | None:
    """owner, dpo, assistant or management: what this login may do here (None: nothing)."""
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() and owns_schema(conn):
        return "owner"
    prefix = role_prefix(conn)
    for group in GROUPS:
        member = conn.execute(
            text(
                "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :r"
            ),
            {"r": prefix + group},
        ).scalar()
        if member:
            return group
    return None


def apply_privileges(conn: Any) -> None:
    """The views, grants, row-level security and audit guard, from scratch (idempotent).
    Runs as the owner; the group roles must exist (storage.server_users.create_groups)."""
    prefix = role_prefix(conn)
    groups = {g: quote(prefix + g) for g in GROUPS}
    if not all(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": prefix + g}).first()
        for g in GROUPS
    ):
        return  # a database not set up for users (yet): nothing to grant to
    run = statement_runner(conn)
    for view, (table, columns) in VIEWS.items():
        # made again, not replaced: CREATE OR REPLACE cannot drop a column, and a view made
        # before may show one that is left out now (outcome_reason, structured_reference);
        # the grants below are given to the new view. An older schema's view has the
        # columns its table has (its upgrade makes the view again).
        present = _columns_of(conn, table)
        shown = ", ".join(c for c in columns if c in present)
        run(f"DROP VIEW IF EXISTS {view}")
        run(f"CREATE VIEW {view} AS SELECT {shown} FROM {table}")
    tables = [
        row[0]
        for row in conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v')"
                " AND pg_get_userbyid(c.relowner) = session_user"
            )
        )
    ]
    everyone = ", ".join(["PUBLIC", *groups.values()])
    for table in tables:
        run(f"REVOKE ALL ON {quote(table)} FROM {everyone}")
    for group, grants in PRIVILEGES.items():
        for table, privileges in grants.items():
            if table in tables:
                run(f"GRANT {privileges} ON {quote(table)} TO {groups[group]}")
    database = quote(str(conn.execute(text("SELECT current_database()")).scalar()))
    run(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    run(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {', '.join(groups.values())}")
    for role in groups.values():
        run(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {role}")
        run(f"GRANT USAGE ON SCHEMA public TO {role}")
    writers = f"{groups['dpo']}, {groups['assistant']}"
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    _row_security(conn, groups)
    if "user_keys" in tables:
        _user_keys_security(conn, groups)
    _internal_rows(conn, groups)
    _audit_guard(conn, prefix + "dpo", prefix + "management")
    decision_guard(statement_runner(conn), prefix + "dpo", prefix + "assistant", literal)


def _columns_of(conn: Any, table: str) -> set[str]:
    rows = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = :t"
        ),
        {"t": table},
    )
    return {row[0] for row in rows}


def _internal_rows(conn: Any, groups: dict[str, str]) -> None:
    """settings stays read-only for assistant and management; the program's own rows that go
    with their events are written through one function that writes nothing else
    (storage.internal_rows)."""
    run = statement_runner(conn)
    schema = quote(str(conn.execute(text("SELECT current_schema()")).scalar()))
    assistant = ", ".join(literal(k) for k in internal_rows.ASSISTANT_KEYS)
    management = ", ".join(literal(k) for k in internal_rows.MANAGEMENT_KEYS)
    name = internal_rows.FUNCTION
    member = {g: literal(role_prefix(conn) + g) for g in GROUPS}
    run(
        f"""
CREATE OR REPLACE FUNCTION {name}(k text, v text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    IF NOT (
        (k IN ({assistant}) AND (pg_has_role(session_user, {member["assistant"]}, 'MEMBER')
                                 OR pg_has_role(session_user, {member["dpo"]}, 'MEMBER')))
        OR (k IN ({management}) AND pg_has_role(session_user, {member["management"]}, 'MEMBER'))
    ) THEN
        RAISE EXCEPTION 'permission denied: not a row of the program' USING ERRCODE = '42501';
    END IF;
    INSERT INTO {schema}.settings (key, value) VALUES (k, v)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END
$f$"""
    )
    run(f"REVOKE ALL ON FUNCTION {name}(text, text) FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {name}(text, text) TO {', '.join(groups.values())}")


def _row_security(conn: Any, groups: dict[str, str]) -> None:
    """requests: an assistant registers and changes requests, but never anonymises one
    (retention is the dpo's) nor touches one that is anonymised."""
    run = statement_runner(conn)
    run("ALTER TABLE requests ENABLE ROW LEVEL SECURITY")
    for policy in ("dpo_all", "assistant_read", "assistant_add", "assistant_change"):
        run(f"DROP POLICY IF EXISTS {policy} ON requests")
    dpo, assistant = groups["dpo"], groups["assistant"]
    run(f"CREATE POLICY dpo_all ON requests TO {dpo} USING (true) WITH CHECK (true)")
    run(f"CREATE POLICY assistant_read ON requests FOR SELECT TO {assistant} USING (true)")
    run(
        f"CREATE POLICY assistant_add ON requests FOR INSERT TO {assistant}"
        " WITH CHECK (NOT anonymised)"
    )
    run(
        f"CREATE POLICY assistant_change ON requests FOR UPDATE TO {assistant}"
        " USING (NOT anonymised) WITH CHECK (NOT anonymised)"
    )


def _user_keys_security(conn: Any, groups: dict[str, str]) -> None:
    """user_keys: every login reads its own wrap only (the others' are no use to it, and
    would only be something to guess passwords against); a dpo adds the wrap of a login
    it adds; cluma_remove_user (the owner's) deletes one."""
    run = statement_runner(conn)
    run("ALTER TABLE user_keys ENABLE ROW LEVEL SECURITY")
    for policy in ("own_row", "dpo_add"):
        run(f"DROP POLICY IF EXISTS {policy} ON user_keys")
    everyone = ", ".join(groups.values())
    run(f"CREATE POLICY own_row ON user_keys FOR SELECT TO {everyone} USING (login = session_user)")
    run(f"CREATE POLICY dpo_add ON user_keys FOR INSERT TO {groups['dpo']} WITH CHECK (true)")


def _audit_guard(conn: Any, dpo_role: str, management_role: str) -> None:
    """The guard runs as the caller: its search_path is pinned and its tables named with
    their schema, or a temporary table the caller makes (`audit_events`, `pg_class`, found
    first in pg_temp) would answer its questions. An event may be rewritten by the
    transaction that wrote it only as sealing does (state, link, hash; never the note), and
    only when no other transaction's event follows it: a version an earlier UPDATE of this
    transaction made (retention's) is not an event of this transaction."""
    run = statement_runner(conn)
    events = quote(str(conn.execute(text("SELECT current_schema()")).scalar())) + ".audit_events"
    run(
        """
CREATE OR REPLACE FUNCTION cluma_audit_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $guard$
DECLARE
    owner name := (SELECT pg_get_userbyid(relowner) FROM pg_catalog.pg_class WHERE oid = TG_RELID);
    this_transaction text := (pg_current_xact_id()::text::bigint % 4294967296)::text;
BEGIN
    IF session_user = owner THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF left(NEW.actor, length(session_user) + 2) <> session_user || ' (' THEN
            RAISE EXCEPTION 'an audit event names the login that makes it'
                USING ERRCODE = '42501';
        END IF;
        IF pg_has_role(session_user, """
        + literal(management_role)
        + """, 'MEMBER')
           AND (NEW.reference IS NOT NULL
                OR NEW.kind NOT IN ('quarterly-report', 'register-exported',
                                    'password-changed')) THEN
            RAISE EXCEPTION 'management records its reports and its password, nothing else'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id <> OLD.id OR NEW.actor <> OLD.actor OR NEW.at <> OLD.at OR NEW.kind <> OLD.kind
       OR NEW.reference IS DISTINCT FROM OLD.reference THEN
        RAISE EXCEPTION 'an audit event is never rewritten' USING ERRCODE = '42501';
    END IF;
    IF (NEW.note, NEW.note_salt, NEW.note_digest)
           IS NOT DISTINCT FROM (OLD.note, OLD.note_salt, OLD.note_digest)
       AND (SELECT xmin::text FROM """
        + events
        + """ WHERE id = OLD.id) = this_transaction
       AND NOT EXISTS (SELECT 1 FROM """
        + events
        + """ later WHERE later.id > OLD.id AND later.xmin::text <> this_transaction) THEN
        RETURN NEW;  -- sealed by the transaction that wrote it
    END IF;
    IF NEW.note IS NULL
       AND (NEW.note_salt, NEW.note_digest, NEW.state_digest, NEW.prev_hash, NEW.hash)
           = (OLD.note_salt, OLD.note_digest, OLD.state_digest, OLD.prev_hash, OLD.hash)
       AND pg_has_role(session_user, """
        + literal(dpo_role)
        + """, 'MEMBER') THEN
        RETURN NEW;  -- retention erases a note; the chain holds its digest
    END IF;
    RAISE EXCEPTION 'an audit event is never rewritten' USING ERRCODE = '42501';
END
$guard$"""
    )
    run("DROP TRIGGER IF EXISTS cluma_audit_guard ON audit_events")
    run(
        "CREATE TRIGGER cluma_audit_guard BEFORE INSERT OR UPDATE ON audit_events"
        " FOR EACH ROW EXECUTE FUNCTION cluma_audit_guard()"
    )
