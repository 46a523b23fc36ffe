"""Composition root: where the data lives and how a front end gets an unlocked workbench."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock
from cluma_dpo.paths import DB_NAME, REMEMBERED_SERVER_FILE

if TYPE_CHECKING:
    from collections.abc import Callable

    from cluma_dpo.domain.backups import BackupInfo, BackupStatus
    from cluma_dpo.domain.errors import StoreError
    from cluma_dpo.services.api import WorkbenchApi
    from cluma_dpo.services.workbench import Workbench
    from cluma_dpo.storage.server_url import ServerAddress as ServerAddress  # for gui.main

ENV_DATA_DIR = "CLUMA_DPO_DATA_DIR"
ENV_PASSPHRASE = "CLUMA_DPO_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CLUMA_DPO_NEW_PASSPHRASE"
# postgresql://LOGIN@HOST[:PORT]/DB: a shared server instead of the local file (issue 18)
ENV_DATABASE_URL = "CLUMA_DPO_DATABASE_URL"

# The clock every front end gets: the machine's, in Brussels time. Tests replace it with a
# FixedClock (monkeypatch), so that no test depends on the day it runs.
CLOCK: Clock = SYSTEM_CLOCK


def today() -> date:
    """Today in Brussels, by the composition root's clock."""
    return CLOCK.today()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $CLUMA_DPO_DATA_DIR, else the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("cluma-dpo", appauthor=False))


def database_url(explicit: str | None = None) -> str | None:
    """--database-url, else $CLUMA_DPO_DATABASE_URL; None: the local encrypted file."""
    return explicit or os.environ.get(ENV_DATABASE_URL) or None


def remembered_server(directory: Path) -> str | None:
    """The URL the desktop app remembers for `directory` (--database-url and
    $CLUMA_DPO_DATABASE_URL win over it); None: the local encrypted file."""
    try:
        text = (directory / REMEMBERED_SERVER_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None
    return text or None


def remember_server(directory: Path, address: ServerAddress) -> None:
    """Keep the server's URL for the next start (written owner-only, atomically)."""
    from cluma_dpo.files import write_atomically

    directory.mkdir(parents=True, exist_ok=True)
    write_atomically(directory / REMEMBERED_SERVER_FILE, address.url().encode("utf-8"))


def remembered_address(directory: Path) -> ServerAddress | None:
    """The remembered server's checked address; None: none, or one changed by hand into a
    URL this program does not connect to (then the file on this computer opens)."""
    from cluma_dpo.domain.errors import ValidationError
    from cluma_dpo.storage.server_url import parse_server_url

    url = remembered_server(directory)
    if url is None:
        return None
    try:
        return parse_server_url(url)
    except ValidationError:
        return None


def server_address(
    login: str, host: str, port: int | None, database: str, ca_file: str | None = None
) -> ServerAddress:
    """The first-run wizard's fields as a checked address (storage.server_url.server_url)."""
    from cluma_dpo.storage.server_url import server_url

    return server_url(login, host, port, database, ca_file)


def on_this_computer(host: str) -> bool:
    """An empty host (libpq's socket), a socket folder or the loopback: no TLS needed."""
    from cluma_dpo.storage.server_url import LOCAL_HOSTS

    host = host.strip().strip("[]")
    return not host or host.startswith("/") or host in LOCAL_HOSTS


def forget_server(directory: Path) -> None:
    """The next start opens the local encrypted file again (nothing on the server changes)."""
    (directory / REMEMBERED_SERVER_FILE).unlink(missing_ok=True)


def database_path(directory: Path) -> Path:
    return directory / DB_NAME


def open_workbench(
    directory: Path,
    passphrase: str,
    *,
    front_end: str = "cli",
    create: bool = False,
    clock: Clock | None = None,
) -> Workbench:
    from cluma_dpo.services.workbench import Workbench
    from cluma_dpo.storage.engine import open_store

    store = open_store(directory, passphrase, create=create)
    return Workbench(store, front_end=front_end, clock=clock or CLOCK)


def open_server_workbench(
    address: ServerAddress,
    directory: Path,
    ask_password: Callable[[], str | None] | None = None,
    *,
    front_end: str = "cli",
    create: bool = False,
    clock: Clock | None = None,
    password: str | None = None,
) -> Workbench:
    """The workbench on a PostgreSQL server (storage.server); `directory` keeps what stays
    on this computer (logs, templates, the calendar feed). `create`: `init` on an empty
    database (schema, roles, privileges)."""
    from cluma_dpo.services.workbench import Workbench
    from cluma_dpo.storage import server

    if create:
        store = server.connect_server(address, directory, ask_password)
        try:
            server.create_schema(store)
        except BaseException:
            store.close()
            raise
    else:
        store = server.open_server_store(address, directory, ask_password, password=password)
    return Workbench(store, front_end=front_end, clock=clock or CLOCK)


def explain_server_failure(exc: BaseException) -> StoreError | None:
    """A shared server's failure under a command (the server stopped, a role that may not
    do this) in the words the command line uses; None for anything else (a bug)."""
    orig = getattr(exc, "orig", None)
    if orig is None or not type(orig).__module__.startswith("psycopg"):
        return None
    from cluma_dpo.storage import server

    return server.explain_server_error(exc)


def fill_demo(wb: WorkbenchApi, requests: int) -> int:
    """Invent `requests` demo requests in a database opened by `open_workbench`."""
    from cluma_dpo.services.demo import fill_demo as fill
    from cluma_dpo.services.workbench import Workbench

    # inventing requests writes through the workbench's own units of work, not its protocol
    if not isinstance(wb, Workbench):
        raise TypeError("demo data is made in a database opened by app.open_workbench")
    return int(fill(wb, requests))


# -- backup, restore and passphrase for the app (services.safety, wired lazily like the demo) --
def _bench(wb: WorkbenchApi) -> Workbench:
    from cluma_dpo.services.workbench import Workbench

    if not isinstance(wb, Workbench):
        raise TypeError("backups work on a database opened by app.open_workbench")
    return wb


def backup_status(wb: WorkbenchApi) -> BackupStatus:
    from cluma_dpo.services import safety

    return safety.backup_status(_bench(wb))


def make_backup(wb: WorkbenchApi, out: Path, passphrase: str) -> Path:
    """An encrypted backup of `wb` with its own passphrase, checked first (StoreError if the
    passphrase typed is not the database's)."""
    from cluma_dpo.services import safety

    bench = _bench(wb)
    safety.verify_passphrase(bench, passphrase)
    return safety.backup(bench, out, passphrase)


def describe_backup(backup_file: Path, passphrase: str) -> BackupInfo:
    from cluma_dpo.services import safety

    return safety.describe_backup(backup_file, passphrase)


def restore_open(wb: WorkbenchApi, backup_file: Path, passphrase: str) -> WorkbenchApi:
    """Restore over the open database `wb`; the restored one, open (`wb` is closed)."""
    from cluma_dpo.services import safety

    return safety.restore_open(_bench(wb), backup_file, passphrase)


def change_server_password(wb: WorkbenchApi, current: str, new: str) -> None:
    """The signed-in login's new server password (File ▸ Change password… on a server), once
    `current` proved to be the one it signed in with; its wrap of the documents' key is
    made again under the new one (services.server_admin.set_password). The window stays
    signed in: the pool's next connections use the new password."""
    import hmac

    from cluma_dpo.domain.errors import StoreError, WrongPassphrase
    from cluma_dpo.domain.messages import msg
    from cluma_dpo.services import server_admin
    from cluma_dpo.storage.server import ServerStore

    bench = _bench(wb)
    store = bench.store
    assert isinstance(store, ServerStore)
    known = store.password
    if known is not None and not hmac.compare_digest(current.encode(), known.encode()):
        raise WrongPassphrase(msg("server.login_refused"))
    if known is None and store.role == "management":  # no wrap to prove it either
        raise StoreError(msg("server.password_unchecked"))
    if known is None:  # a socket the server trusts: the wrap is the proof
        store.password = current
    try:
        server_admin.set_password(bench, None, lambda _login: new)
    except StoreError as exc:
        if known is None:
            store.password = None
            if exc.msg.code == "server.documents_key_refused":  # the wrap did not open
                raise WrongPassphrase(exc.msg) from exc
        raise


def change_passphrase(wb: WorkbenchApi, current: str, new: str) -> None:
    """A new passphrase for `wb` (which stays open), once `current` proved to be the old one."""
    from cluma_dpo.domain.errors import StoreError, WrongPassphrase
    from cluma_dpo.services import safety

    bench = _bench(wb)
    try:
        safety.verify_passphrase(bench, current)
    except StoreError as exc:  # the file is open and sound: only the passphrase is wrong
        raise WrongPassphrase(exc.msg) from exc
    safety.change_passphrase(bench, new)
