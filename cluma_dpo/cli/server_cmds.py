"""Verbs of a shared PostgreSQL server (issue 18): users add | list | remove | passwd,
migrate --to."""

from __future__ import annotations

import argparse
from pathlib import Path

from cluma_dpo.app import ENV_NEW_PASSPHRASE
from cluma_dpo.cli.argparse_texts import help_text
from cluma_dpo.cli.common import CliError, opened, passphrase, say, server, server_password
from cluma_dpo.cli.output import dumps
from cluma_dpo.domain.messages import msg

ROLES = ("dpo", "assistant", "management")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help=help_text(msg("cli.help.users")))
    usub = p.add_subparsers(dest="users_verb", required=True, metavar="add|list|remove|passwd")
    a = usub.add_parser("add", help=help_text(msg("cli.help.users.add")))
    a.add_argument("login", metavar="LOGIN")
    a.add_argument("--role", required=True, choices=ROLES)
    a.set_defaults(handler=cmd_users_add)
    listing = usub.add_parser("list", help=help_text(msg("cli.help.users.list")))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_users_list)
    r = usub.add_parser("remove", help=help_text(msg("cli.help.users.remove")))
    r.add_argument("login", metavar="LOGIN")
    r.set_defaults(handler=cmd_users_remove)
    pw = usub.add_parser("passwd", help=help_text(msg("cli.help.users.passwd")))
    pw.add_argument("login", metavar="LOGIN", nargs="?")
    pw.set_defaults(handler=cmd_users_passwd)

    p = sub.add_parser("migrate", help=help_text(msg("cli.help.migrate")))
    p.add_argument("--to", required=True, metavar="postgresql://LOGIN@HOST/DB")
    p.set_defaults(handler=cmd_migrate)


def _server_only(args: argparse.Namespace) -> None:
    if server(args) is None:
        raise CliError(msg("cli.users.server_only"), 2)


def cmd_users_add(args: argparse.Namespace) -> int:
    from cluma_dpo.services import server_admin

    _server_only(args)
    server_admin.check_login(args.login)  # before any prompt: a bad name changes nothing
    with opened(args) as wb:
        secret = passphrase(
            confirm=True,
            prompt=msg("cli.prompt.new_user_password", login=args.login),
            env=ENV_NEW_PASSPHRASE,
        )
        server_admin.add_user(wb, args.login, secret, args.role)
    say(msg("cli.users.added", login=args.login, role=args.role))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from cluma_dpo.services import server_admin

    _server_only(args)
    with opened(args) as wb:
        users = server_admin.list_users(wb)
    if args.json:
        print(dumps([{"login": login, "role": role} for login, role in users]))
        return 0
    for login, role in users:
        print(f"{login}\t{role}")
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    from cluma_dpo.services import server_admin

    _server_only(args)
    with opened(args) as wb:
        server_admin.remove_user(wb, args.login)
    say(msg("cli.users.removed", login=args.login))
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    """Without LOGIN the signed-in login's own password (the old one: the password it signed
    in with); with LOGIN a dpo's reset of another login's. The new one from
    CLUMA_DPO_NEW_PASSPHRASE or the prompt, twice."""
    from cluma_dpo.services import server_admin

    if server(args) is None:  # the file has a passphrase, changed by `passwd`
        raise CliError(msg("cli.users.passwd_server_only"), 2)
    if args.login is not None:
        server_admin.check_login(args.login)  # before any prompt: a bad name changes nothing

    def new_password(login: str) -> str:
        prompt = msg("cli.prompt.new_user_password", login=login)
        return passphrase(confirm=True, prompt=prompt, env=ENV_NEW_PASSPHRASE)

    with opened(args) as wb:
        changed = server_admin.set_password(wb, args.login, new_password)
    say(msg("cli.users.password_set", login=changed))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """The local file (--data-dir, its passphrase) into an empty server database: the
    source is always the file, whatever $CLUMA_DPO_DATABASE_URL says."""
    from cluma_dpo.app import data_dir, open_workbench
    from cluma_dpo.domain.errors import ValidationError
    from cluma_dpo.services import server_admin
    from cluma_dpo.storage.server_url import parse_server_url

    try:
        address = parse_server_url(args.to)
    except ValidationError as exc:
        raise CliError(exc.msg, 2) from None
    wb = open_workbench(data_dir(args.data_dir), passphrase(), front_end="cli")
    try:
        counts = server_admin.migrate_to(wb, address, server_password(address))
    finally:
        wb.close()
    say(
        msg(
            "cli.migrated",
            server=address.shown(),
            requests=counts.get("requests", 0),
            events=counts.get("audit_events", 0),
        )
    )
    return 0


def init_server(args: argparse.Namespace) -> int:
    """`init` on an empty PostgreSQL database: the schema, the group roles and their
    privileges (storage.server_roles); the login that runs it becomes the owner."""
    from cluma_dpo.app import data_dir, open_server_workbench
    from cluma_dpo.services import server_admin

    address = server(args)
    assert address is not None
    wb = open_server_workbench(
        address, data_dir(args.data_dir), server_password(address), create=True
    )
    try:
        wb.record("database-created", None, None)
        prefix = server_admin.role_prefix(wb)
    finally:
        wb.close()
    say(msg("cli.server.created", server=address.shown(), prefix=prefix))
    return 0


def backup_server(args: argparse.Namespace) -> int:
    """A server's database as an encrypted file the single-user program opens: its
    passphrase from CLUMA_DPO_PASSPHRASE or the prompt (twice)."""
    from cluma_dpo.services import server_admin

    with opened(args) as wb:
        secret = passphrase(confirm=True, prompt=msg("cli.prompt.new_passphrase"))
        out = Path(args.out)
        counts = server_admin.backup_to_file(wb, out, secret)
    say(msg("cli.server.backup_written", file=str(out), requests=counts.get("requests", 0)))
    return 0
