"""The users of a shared PostgreSQL server (issue 18): `users add | list | remove`.

The server decides who may: only a dpo login may execute the functions that create or drop
logins (storage.server_users). Each change is an audit event, in the same transaction.
A login is a staff member's account name, not a data subject's: it may stand in the note.
"""

from __future__ import annotations

import re

from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.validation import new_passphrase
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import server_roles, server_users

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
    with wb.writing() as uow:
        server_users.add_user(uow.session.connection(), login, secret, role)
        uow.record("user-added", None, note_of(msg("note.user_added", login=login, role=role)))


def remove_user(wb: Workbench, login: str) -> None:
    _on_server(wb)
    check_login(login)
    with wb.writing() as uow:
        server_users.remove_user(uow.session.connection(), login)
        uow.record("user-removed", None, note_of(msg("note.user_removed", login=login)))


def list_users(wb: Workbench) -> list[tuple[str, str]]:
    """(login, role) of every login of the database: the owner, then the users."""
    _on_server(wb)
    with wb.reading() as uow:
        return server_users.list_users(uow.session.connection())


def role_prefix(wb: Workbench) -> str:
    _on_server(wb)
    with wb.reading() as uow:
        return server_roles.role_prefix(uow.session.connection())
