"""The users of a shared PostgreSQL server and the move onto one (issue 18): `users add |
list | remove | passwd`, `migrate --to`, and `backup --out` from a server into an encrypted file.

The server decides who may: only a dpo login may execute the functions that create or drop
logins (storage.server_users). Each change is an audit event, in the same transaction.
A login is a staff member's account name, not a data subject's: it may stand in the note.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.validation import new_passphrase
from cluma_dpo.paths import DB_NAME
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import backup_file as exports
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage import server, server_copy, server_roles, server_users
from cluma_dpo.storage.server_url import ServerAddress

ROLES = server_roles.GROUPS
_LOGIN = re.compile(r"[a-z_][a-z0-9_.@-]{0,62}")


def _on_server(wb: Workbench) -> None:
    if wb.store.is_file:
        raise StoreError(msg("server.users_on_server_only"))


def check_login(login: str) -> str:
    """A login as the server will spell it: lower case letters, digits, `_ . @ -`."""
    if not _LOGIN.fullmatch(login):
        raise ValidationError(msg("server.login_invalid"))
    return login


def add_user(wb: Workbench, login: str, password: str, role: str) -> None:
    _on_server(wb)
    check_login(login)
    if role not in ROLES:
        raise ValidationError(msg("server.role_unknown"))
    secret = new_passphrase(password)
    # a dpo or an assistant opens the documents with the password set here; management
    # gets no wrap of the documents' data key and never opens one (storage.server_keys)
    key = server_keys_of(wb) if role != "management" else None
    with wb.writing() as uow:
        server_users.add_user(uow.session.connection(), login, secret, role, key)
        uow.record("user-added", None, note_of(msg("note.user_added", login=login, role=role)))


def server_keys_of(wb: Workbench) -> bytes:
    """The documents' data key as the signed-in login opens it."""
    store = wb.store
    assert isinstance(store, server.ServerStore)
    return store.data_key()


def remove_user(wb: Workbench, login: str) -> None:
    _on_server(wb)
    check_login(login)
    with wb.writing() as uow:
        server_users.remove_user(uow.session.connection(), login)
        uow.record("user-removed", None, note_of(msg("note.user_removed", login=login)))


def set_password(wb: Workbench, login: str | None, new_password: Callable[[str], str]) -> str:
    """A login's new password, with its wrap of the documents' data key made again under it,
    in one transaction with the audit event (never the password). `login` None: the
    signed-in login's own, its old password being the one it connected with (its wrap must
    open with it: a wrong one changes nothing); another login: a dpo's (or the owner's)
    reset, the key wrapped from the dpo's own open key. Management gets no wrap.
    `new_password(login)` is asked once all that is known to work. The login."""
    _on_server(wb)
    store = wb.store
    assert isinstance(store, server.ServerStore)
    own = login is None or login == store.login
    target = str(store.login) if own else check_login(str(login))
    role = store.role if own else dict(list_users(wb)).get(target)
    if role is None or (not own and role == "owner"):
        raise StoreError(msg("server.not_a_user"))
    if own and role == "management" and not store.password:
        # no wrap to open with the current password, and a socket the server trusts asked
        # none: nothing would check that whoever is at the keyboard knows it (reviewer)
        raise StoreError(msg("server.password_unchecked"))
    key = store.data_key() if role != "management" else None
    secret = new_passphrase(new_password(target))
    with wb.writing() as uow:
        server_users.set_password(uow.session.connection(), target, secret, key)
        kind = "password-changed" if own else "password-reset"
        uow.record(kind, None, note_of(msg("note.password_set", login=target)))
    if own:
        store.password = secret  # what opens the wrap from now on, in this session too
    return target


def list_users(wb: Workbench) -> list[tuple[str, str]]:
    """(login, role) of every login of the database: the owner, then the users."""
    _on_server(wb)
    with wb.reading() as uow:
        return server_users.list_users(uow.session.connection())


def role_prefix(wb: Workbench) -> str:
    _on_server(wb)
    with wb.reading() as uow:
        return server_roles.role_prefix(uow.session.connection())


def migrate_to(
    wb: Workbench,
    address: ServerAddress,
    ask_password: Callable[[], str | None] | None = None,
) -> dict[str, int]:
    """Copy the local file of `wb` into the empty server database at `address`: schema,
    roles and every row in one transaction, the audit chain verified on the server before
    it commits (storage.server_copy). Both trails then say so. Rows copied, per table."""
    if not wb.store.is_file:
        raise StoreError(msg("server.migrate_from_file_only"))
    target = server.connect_server(address, wb.store.local_dir, ask_password)
    counts: dict[str, int] = {}

    def fill(conn: Any) -> None:  # the copying transaction's connection
        # sealed with the data key create_schema has just made, row by row
        counts.update(server_copy.copy_rows(wb.store, conn, target.data_key()))
        server_copy.verify_copy(conn, counts["audit_events"])

    try:
        server.create_schema(target, fill)
        moved = Workbench(target, front_end=wb.front_end, clock=wb.clock)
        requests = counts.get("requests", 0)
        moved.record("copied-from-file", None, note_of(msg("note.copied", requests=requests)))
    finally:
        target.close()
    shown = address.shown()
    wb.record("copied-to-server", None, note_of(msg("note.copied_to", server=shown)))
    return counts


def backup_to_file(wb: Workbench, out: Path, passphrase: str) -> dict[str, int]:
    """The server's database as a new encrypted file at `out`, which the single-user program
    opens with `passphrase` and `restore` accepts (it carries a backup manifest): made in a
    private folder beside `out`, its chain verified with the file's own key wrap, then
    linked into place (never over an existing file). Rows copied, per table."""
    if wb.store.is_file:
        raise StoreError(msg("server.backup_from_server_only"))
    secret = new_passphrase(passphrase)
    out = Path(out).expanduser().absolute()
    if os.path.lexists(out):
        raise ValidationError(msg("store.file_exists", file=str(out)))
    exports.make_private_folder(out.parent)
    work = Path(tempfile.mkdtemp(prefix=".cluma-dpo-server-backup-", dir=out.parent))
    try:
        copy = eng.open_store(work, secret, create=True)
        try:
            with copy.session(write=True) as session:
                conn = session.connection()
                counts = server_copy.copy_rows(wb.store, conn)
                server_copy.verify_copy(conn, counts["audit_events"])
                exports.write_manifest(conn)
            eng.fold_wal(copy.engine)
        finally:
            copy.close()
        made = work / DB_NAME
        os.chmod(made, 0o600)
        try:
            eng.link_new(made, out)  # refuses an existing name: nothing is written over
        except FileExistsError:
            raise ValidationError(msg("store.file_exists", file=str(out))) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    wb.record("backup-made", None, note_of(msg("note.backup_made")))
    return counts
