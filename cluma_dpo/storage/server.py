"""The shared store: a PostgreSQL server, through SQLAlchemy 2 and psycopg 3 (issue 18).

The same records, queries, services and Alembic migrations as the encrypted file
(storage.engine); what differs is here:

- who: the server's login, read once (`session_user`); the audit trail names it;
- writes: one writer at a time, as on the file (BEGIN IMMEDIATE there): every write
  transaction first takes a transaction-scoped advisory lock (storage.server_lock), so
  that the numbering of references and the appends to the audit hash chain, which read the
  last number or link and write the next, never interleave between clients. Readers never
  wait;
- no passphrase, no PRAGMA, no lock file, no WAL, no copy of a file: the server's own
  access control (storage.server_roles), TLS (storage.server_url) and its administrator's
  backups take their place.
"""

from __future__ import annotations

import contextlib
import select
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session

from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.logs import LOG
from cluma_dpo.paths import DB_NAME
from cluma_dpo.storage import sealed
from cluma_dpo.storage.engine import BUSY_TIMEOUT_MS, Store
from cluma_dpo.storage.server_lock import take_write_lock
from cluma_dpo.storage.server_url import ServerAddress

PasswordSource = Callable[[], str | None]


class ServerStore(Store):
    """An open connection pool to one database on a PostgreSQL server."""

    kind = "postgresql"

    def __init__(self, address: ServerAddress, engine: Engine, local_dir: Path) -> None:
        # `path` stays "the database of this data folder" for what is local (templates,
        # language, calendar feed); what copies or locks the file asks `is_file` first
        super().__init__(Path(local_dir) / DB_NAME, engine, None)
        self.address = address
        self.login: str | None = None
        # the login's password, in memory only: it opens this login's wrap of the
        # documents' data key (storage.server_keys), never sent anywhere else
        self.password: str | None = None
        self.ask_password: PasswordSource | None = None
        self._data_key: bytes | None = None
        # a connection the pool opens later signs in with the password as it is then: the
        # login may have changed it in this session (users passwd, File ▸ Change password)
        event.listen(engine, "do_connect", self._current_password)

    def _current_password(self, _dialect: Any, _record: Any, _args: Any, params: Any) -> None:
        if self.password:
            params["password"] = self.password

    def data_key(self) -> bytes:
        """The documents' data key, opened with this login's password on first use."""
        if self._data_key is None:
            from cluma_dpo.storage import server_keys

            if not self.password and self.ask_password is not None:
                self.password = self.ask_password()
            with self.engine.connect() as conn:
                self._data_key = server_keys.open_key(conn, str(self.login), self.password)
        return self._data_key

    def use_data_key(self, key: bytes) -> None:
        """The key `init` or `migrate --to` has just made."""
        self._data_key = key

    @contextlib.contextmanager
    def session(self, *, write: bool) -> Iterator[Session]:
        with super().session(write=write) as session:
            session.info[sealed.KEY_INFO] = self.data_key
            if write:
                take_write_lock(session)
                # other clients' windows refresh (storage.changes); delivered on commit only
                session.execute(text("SELECT pg_notify(:c, '')"), {"c": changes_channel(self)})
            yield session


def changes_channel(store: ServerStore) -> str:
    """The LISTEN/NOTIFY channel of this database's committed writes (one per database, so
    that two offices on one cluster do not wake each other)."""
    return f"cluma_changes_{store.address.database}"[:63]


def make_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    try:
        import psycopg  # the optional extra `postgresql`
    except ImportError:
        raise StoreError(msg("server.driver_missing")) from None
    args: dict[str, Any] = dict(address.connect_args())
    if psycopg.pq.version() >= 160000:
        # the password only as SCRAM (or none: a socket the server trusts): a server that
        # asks for it in clear or as MD5 (pg_hba changed by its administrator, or a server
        # that is not the one) would learn what opens this login's wrap of the data key
        args["require_auth"] = "!password,!md5"
    if password:
        args["password"] = password  # in memory only: never in a URL or argv
    # a writer waits for another's write lock as long as SQLite's busy timeout, not forever
    args["options"] = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    engine = create_engine(
        "postgresql+psycopg://",
        connect_args=args,
        pool_size=4,
        max_overflow=4,
        pool_timeout=BUSY_TIMEOUT_MS / 1000,
    )
    event.listen(engine, "checkout", _replace_if_closed(engine))
    return engine


def _replace_if_closed(engine: Engine) -> Callable[..., None]:
    """A server restarted meanwhile (or one that ended an idle session): a new connection,
    not an error. SQLAlchemy's pool_pre_ping asks the server on every checkout: one round
    trip more for each unit of work, a third of a read's, and each is a wait on the network
    (and, on a busy computer, for the scheduler). A server that ends a session says so on
    its socket first, so only a pooled connection whose socket has something to read is
    pinged, and dropped when the ping fails (the pool then opens another). A connection
    cut without a word, the network gone, would hang a ping as it hangs the query."""

    def checkout(dbapi_conn: Any, _record: object, _proxy: object) -> None:
        try:
            if _has_input(dbapi_conn.pgconn.socket):
                engine.dialect.do_ping(dbapi_conn)
        except Exception:  # whatever a dead connection raises: it is replaced
            raise DisconnectionError() from None

    return checkout


def _has_input(sock: int) -> bool:
    """Whether the server has sent something on an idle connection (without waiting)."""
    if hasattr(select, "poll"):  # any descriptor number (select's stop at 1024)
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    return bool(select.select([sock], [], [], 0)[0])  # Windows: sockets only, as here


def _needs_password(exc: BaseException) -> bool:
    said = str(getattr(exc, "orig", exc)).lower()
    return "no password supplied" in said


def explain_server_error(exc: BaseException) -> StoreError | None:
    """A server's refusal as a message a user can act on (None if it is not one we know)."""
    orig = getattr(exc, "orig", exc)
    state = str(getattr(orig, "sqlstate", "") or "")
    said = str(orig).lower()
    if state == "55P03":  # lock_timeout: another client held the write lock too long
        return StoreError(msg("store.busy"))
    if state == "42710":  # cluma_add_user: the name is taken on the cluster
        return StoreError(msg("server.login_exists"))
    if state in ("42704", "22023"):  # cluma_remove_user: not a login of this database
        return StoreError(msg("server.not_a_user"))
    if state == "42501" or "permission denied" in said or "row-level security" in said:
        return StoreError(msg("server.not_permitted"))
    if state == "28P01" or "password authentication failed" in said:
        return StoreError(msg("server.login_refused"))
    if state.startswith("28") or "no pg_hba.conf entry" in said:
        return StoreError(msg("server.login_refused"))
    if "authentication method requirement" in said:  # asked for the password in clear
        return StoreError(msg("server.login_refused"))
    if state == "3D000" or ("database" in said and "does not exist" in said):
        return StoreError(msg("server.no_database"))
    if "certificate" in said or "ssl" in said:
        return StoreError(msg("server.tls_failed"))
    if state.startswith("08") or type(orig).__name__ == "OperationalError":
        return StoreError(msg("server.unreachable"))
    return None


def _connect_check(engine: Engine) -> tuple[str, str | None]:
    """The login, and the password libpq used (PGPASSWORD, ~/.pgpass, the prompt's)."""
    with engine.connect() as conn:
        login = str(conn.execute(text("SELECT session_user")).scalar())
        raw = conn.connection.driver_connection
        password = getattr(getattr(raw, "info", None), "password", None)
        return login, (password or None)


def connect_server(
    address: ServerAddress,
    local_dir: Path,
    ask_password: PasswordSource | None = None,
    *,
    password: str | None = None,
) -> ServerStore:
    """Connect (asking `ask_password` when libpq found no password) and learn who we are;
    the schema is not looked at (`open_server_store` does, `init` makes it). `password`:
    the one typed to unlock the app's screen, tried even when libpq has its own."""
    engine = make_server_engine(address, password)
    try:
        try:
            login, password = _connect_check(engine)
        except DBAPIError as exc:
            engine.dispose()
            if not (_needs_password(exc) and ask_password):
                raise
            password = ask_password()
            if not password:
                raise StoreError(msg("server.password_needed")) from None
            engine = make_server_engine(address, password)
            login, _used = _connect_check(engine)
    except DBAPIError as exc:
        engine.dispose()
        if _needs_password(exc):
            raise StoreError(msg("server.password_needed")) from None
        raise _explained(exc) from None
    store = ServerStore(address, engine, local_dir)
    store.login = login
    store.password = password
    store.ask_password = ask_password
    return store


def open_server_store(
    address: ServerAddress,
    local_dir: Path,
    ask_password: PasswordSource | None = None,
    *,
    password: str | None = None,
) -> ServerStore:
    """Connect and bring the schema up to date (an older one: by its owner)."""
    store = connect_server(address, local_dir, ask_password, password=password)
    from cluma_dpo.storage.migrate import ensure_schema
    from cluma_dpo.storage.server_roles import role_of

    try:
        ensure_schema(store, lambda _prefix: None)
        with store.engine.connect() as conn:
            store.role = role_of(conn)
        if store.role == "owner":
            _first_data_key(store)
            _password_function(store)
            _search_index(store)
    except BaseException:
        store.close()
        raise
    return store


def create_schema(store: ServerStore, fill: Callable[[Connection], None] | None = None) -> None:
    """`init` on an empty database, in one transaction (a failure leaves nothing): the
    schema, the group roles, the views, grants, row-level security and the audit guard;
    then `fill(conn)` in the same transaction (`migrate --to` copies the file there).
    The login needs CREATEROLE (to make the roles) and CREATE on the database's schema."""
    from sqlalchemy.exc import DBAPIError as Failed

    from cluma_dpo.storage import migrate, server_roles, server_search, server_users

    with store.engine.connect() as conn:
        if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar():
            raise ValidationError(msg("server.already_initialised", database=_shown(store)))
        if not server_users.can_create_roles(conn):
            raise StoreError(msg("server.init_needs_createrole"))
        name = server_users.database_name(conn)
        if len(name) > server_roles.MAX_DATABASE_NAME:
            raise ValidationError(msg("server.database_name_too_long"))
    try:
        with store.engine.begin() as conn:
            take_write_lock(conn)
            from alembic import command

            command.upgrade(migrate._alembic_config(conn), "head")
            server_users.create_groups(conn, new=True)
            server_roles.apply_privileges(conn)
            _new_data_key(store, conn)
            if fill is not None:
                fill(conn)
            server_search.ensure_index(conn)  # after the copy: built once, not row by row
    except Failed as exc:
        mapped = explain_server_error(exc)
        if mapped is None:
            raise
        raise mapped from None
    store.role = "owner"


def _first_data_key(store: ServerStore) -> None:
    """A database from before schema 0009, opened by its owner: the documents' data key
    made, wrapped for the owner, and the documents already there sealed with it."""
    from cluma_dpo.storage import server_keys

    with store.engine.begin() as conn:
        if server_keys.has_key(conn):
            return
        take_write_lock(conn)
        key = server_keys.first_key(conn, str(store.login), store.password)
    if key is not None:
        store.use_data_key(key)


def _password_function(store: ServerStore) -> None:
    """A database set up before `users passwd`, opened by its owner: the function it needs
    (storage.server_users) added to the others, and the audit guard that lets management
    record its own password change (storage.server_roles)."""
    from cluma_dpo.storage import server_roles, server_users

    with store.engine.begin() as conn:
        if not server_users.has_password_function(conn):
            take_write_lock(conn)
            server_users.create_groups(conn)
            server_roles.apply_privileges(conn)


def _search_index(store: ServerStore) -> None:
    """A server made before the search's trigram index (storage.server_search), opened by
    its owner: the index made now, once."""
    from cluma_dpo.storage import server_search

    try:
        with store.engine.connect() as conn:
            if server_search.has_index(conn):
                return
        with store.engine.begin() as conn:
            take_write_lock(conn)
            server_search.ensure_index(conn)
    except DBAPIError as exc:  # busy, or refused: said in words, as any other server error
        raise _explained(exc) from None


def _new_data_key(store: ServerStore, conn: Connection) -> None:
    """The documents' data key, wrapped for the owner with the owner's password (asked for
    when libpq had none: a socket the server trusts)."""
    from cluma_dpo.storage import server_keys

    if not store.password and store.ask_password is not None:
        store.password = store.ask_password()
    if not store.password:
        raise StoreError(msg("server.documents_need_password"))
    key = server_keys.new_data_key()
    server_keys.store_wrap(conn, str(store.login), key, store.password)
    store.use_data_key(key)


def _shown(store: ServerStore) -> str:
    return store.address.shown()


def _explained(exc: DBAPIError) -> StoreError:
    mapped = explain_server_error(exc)
    LOG.warning("server connection failed: %s", type(getattr(exc, "orig", exc)).__name__)
    return mapped if mapped is not None else StoreError(msg("server.unreachable"))
