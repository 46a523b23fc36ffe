"""Foundation verbs: init, add, list, show, backup, restore, passwd, audit, settings."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from cluma_dpo.app import ENV_NEW_PASSPHRASE, data_dir
from cluma_dpo.cli.argparse_texts import cli_count, cli_date, cli_right, help_text
from cluma_dpo.cli.common import CliError, file_only, opened, passphrase, read, say, server
from cluma_dpo.cli.output import dumps, figures_json, request_json
from cluma_dpo.cli.text_output import list_line, recipient_lines, show_text
from cluma_dpo.domain.messages import N_, msg
from cluma_dpo.domain.model import Channel, FormOfAddress, Language, Right, Status
from cluma_dpo.texts import render

RIGHTS = [r.value for r in Right]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help=help_text(msg("cli.help.init")))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("add", help=help_text(msg("cli.help.add")))
    p.add_argument(
        "--right",
        action="append",
        required=True,
        metavar="R",
        type=cli_right,
        help=help_text(msg("cli.help.add.right", rights=", ".join(RIGHTS))),  # as typed
    )
    p.add_argument("--name", required=True)
    p.add_argument("--received", required=True, metavar="YYYY-MM-DD", type=cli_date)
    p.add_argument("--email")
    p.add_argument("--street")
    p.add_argument("--postcode")
    p.add_argument("--city")
    p.add_argument("--country", metavar="CC", help=help_text(msg("cli.help.add.country")))
    p.add_argument("--channel", choices=[c.value for c in Channel], default="email")
    p.add_argument("--language", choices=[x.value for x in Language], default="nl")
    p.add_argument(
        "--form-of-address",
        choices=[f.value for f in FormOfAddress],
        default="neutral",
        help=help_text(msg("cli.help.add.form_of_address")),
    )
    p.add_argument(
        "--account-deletion",
        action="store_true",
        help=help_text(msg("cli.help.add.account_deletion")),
    )
    p.add_argument(
        "--known-account", action="store_true", help=help_text(msg("cli.help.add.known_account"))
    )
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("list", help=help_text(msg("cli.help.list")))
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--right", choices=RIGHTS)
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-within", type=cli_count, metavar="DAYS")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=cli_count, default=None)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=help_text(msg("cli.help.show")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("edit", help=help_text(msg("cli.help.edit")))
    p.add_argument("reference", metavar="REF")
    for f in ("name", "email", "street", "postcode", "city", "country", "language"):
        p.add_argument(f"--{f}")
    p.add_argument("--form-of-address", choices=[f.value for f in FormOfAddress])
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("backup", help=help_text(msg("cli.help.backup")))
    p.add_argument(
        "action", nargs="?", choices=["list"], help=help_text(msg("cli.help.backup.list"))
    )
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help=help_text(msg("cli.help.restore")))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help=help_text(msg("cli.help.restore.force")))
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("passwd", help=help_text(msg("cli.help.passwd")))
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("audit", help=help_text(msg("cli.help.audit")))
    asub = p.add_subparsers(dest="audit_verb", required=True, metavar="verify")
    v = asub.add_parser("verify", help=help_text(msg("cli.help.audit.verify")))
    v.add_argument("--json", action="store_true")
    v.add_argument("--against", metavar="HEAD", help=help_text(msg("cli.help.audit.against")))
    v.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("settings", help=help_text(msg("cli.help.settings")))
    ssub = p.add_subparsers(dest="settings_verb", required=True, metavar="show|set")
    s = ssub.add_parser("show")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_settings_show)
    s = ssub.add_parser("set")
    s.add_argument("key")
    s.add_argument("value")
    s.set_defaults(handler=cmd_settings_set)


def cmd_init(args: argparse.Namespace) -> int:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.domain.validation import new_passphrase

    if server(args) is not None:
        from cluma_dpo.cli.server_cmds import init_server

        return init_server(args)
    directory = data_dir(args.data_dir)
    existing = directory / "cluma-dpo.db"
    if existing.exists() and not (existing.is_file() and existing.stat().st_size == 0):
        raise CliError(msg("cli.database_exists", folder=str(directory)))  # 0 bytes: nothing
    secret = new_passphrase(passphrase(confirm=True, prompt=msg("cli.prompt.new_passphrase")))
    wb = open_workbench(directory, secret, create=True)
    try:
        wb.record("database-created", None, None)
    finally:
        wb.close()
    say(msg("cli.created", file=str(directory / "cluma-dpo.db")))
    say(msg("cli.keep_passphrase_safe"))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from cluma_dpo.services.commands import NewRequest

    cmd = NewRequest(
        rights=args.right,
        name=args.name,
        received=args.received,
        email=args.email,
        street=args.street,
        postcode=args.postcode,
        city=args.city,
        country=args.country,
        channel=args.channel,
        language=args.language,
        account_deletion=args.account_deletion,
        known_account=args.known_account,
        form=args.form_of_address,
    )
    with opened(args) as wb:
        print(wb.register(cmd))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from cluma_dpo.services.queries import RequestQuery

    if args.due_within is not None and not 0 <= args.due_within <= 3650:
        raise CliError(msg("cli.due_within_range"))
    q = RequestQuery(
        status=args.status,
        right=args.right,
        search=args.search,
        overdue=args.overdue,
        due_within=args.due_within,
    )
    rows, names_free = read(
        args, lambda wb: (wb.requests(q, limit=args.limit, details=args.json), wb.figures_only)
    )
    if args.json:
        shape = figures_json if names_free else partial(request_json, with_events=False)
        print(dumps([shape(r) for r in rows]))
        return 0
    if not rows:
        say(msg("cli.no_requests_match"))
    for r in rows:
        print(list_line(r, names=not names_free))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Management on a server: the names-free record, as `list` shows it (storage.figures)."""
    view, names_free = read(args, lambda wb: (wb.request(args.reference), wb.figures_only))
    if args.json:
        print(dumps(figures_json(view) if names_free else request_json(view)))
    else:
        print(show_text(view, names=not names_free))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    fields = ("name", "email", "street", "postcode", "city", "country", "language")
    changes = {f: getattr(args, f) for f in fields if getattr(args, f) is not None}
    if args.form_of_address is not None:
        changes["form"] = args.form_of_address
    if not changes:
        options = "--" + ", --".join(fields)  # option names: the same in every language
        raise CliError(msg("cli.nothing_to_change", options=options))
    with opened(args) as wb:
        wb.update_subject(args.reference, **changes)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.safety import backup

    if args.action == "list":
        file_only(args)  # the program's safety copies are the file's
        return _backup_list(args)
    if not args.out:
        raise CliError(msg("cli.backup_needs_out"), code=2)
    if server(args) is not None:
        from cluma_dpo.cli.server_cmds import backup_server

        return backup_server(args)
    secret = passphrase()
    wb = open_workbench(data_dir(args.data_dir), secret)
    try:
        out = backup(wb, Path(args.out), secret)
    finally:
        wb.close()
    say(msg("cli.backup_written", file=str(out)))
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    """The backups folder of the data dir: the program's safety copies (with the day they
    expire) and the DPO's backups kept there."""
    from cluma_dpo.services.safety import list_backups

    with opened(args) as wb:
        found = list_backups(wb)
        days = wb.settings().backup.safety_copy_days
    rows = [
        {
            "file": str(c.path),
            "kind": c.kind,
            "made": c.made.isoformat(timespec="seconds") if c.made else None,
            "size": c.size,
            "expires": e.isoformat() if (e := c.expires(days)) else None,
        }
        for c in found
    ]
    if args.json:
        print(dumps(rows))
        return 0
    if not rows:
        say(msg("cli.backups_none"))
    for c in found:
        line = msg(
            _BACKUP_KINDS[c.kind],
            file=str(c.path),
            made=c.made.date() if c.made else "",
            expires=c.expires(days) or "",
        )
        say(line)
    return 0


_BACKUP_KINDS = {
    "before-restore": N_("cli.backups.before_restore"),
    "pre-upgrade": N_("cli.backups.pre_upgrade"),
    "backup": N_("cli.backups.backup"),
}


def cmd_restore(args: argparse.Namespace) -> int:
    from cluma_dpo.app import CLOCK
    from cluma_dpo.services.safety import restore

    file_only(args)
    target = restore(
        data_dir(args.data_dir), Path(args.file), passphrase(), force=args.force, clock=CLOCK
    )
    say(msg("cli.restored", file=str(target)))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from cluma_dpo.domain.validation import new_passphrase
    from cluma_dpo.services.safety import change_passphrase

    file_only(args)  # on a server each user has a password of their own
    with opened(args) as wb:
        new = passphrase(
            confirm=True, prompt=msg("cli.prompt.new_passphrase"), env=ENV_NEW_PASSPHRASE
        )
        done = change_passphrase(wb, new_passphrase(new))
    say(msg("cli.passphrase_changed"))
    if done.reencrypted or done.deleted:
        say(msg("cli.safety_copies_rekeyed", done=done.reencrypted, deleted=done.deleted))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the chain is intact (and holds the head given with --against), else 1."""
    from cluma_dpo.domain.audit import parse_head

    against = None
    if args.against is not None:
        against = parse_head(args.against)
        if against is None:
            raise CliError(msg("cli.audit.against_invalid"))
    held: bool | None = None
    with opened(args) as wb:
        report = wb.verify_audit()
        if report.ok and against is not None:
            held = wb.holds_head(*against)
    head = report.head.short if report.head else None
    if args.json:
        print(
            dumps(
                {
                    "ok": report.ok and held is not False,
                    "count": report.count,
                    "broken_id": report.broken_id,
                    "problem": render(report.problem) if report.problem else None,
                    "head": head,
                    "against": None if args.against is None else {
                        "head": args.against.strip(), "held": held
                    },
                }
            )
        )  # fmt: skip
    elif report.ok:
        say(report.message)
        if head is not None:
            say(msg("cli.audit.head", head=head))
    if not report.ok:
        say(report.message, error=True)
        return 1
    if held is False:
        say(msg("cli.audit.against_missing", head=args.against.strip()), error=True)
        return 1
    if held and not args.json:
        say(msg("cli.audit.against_ok", head=args.against.strip()))
    return 0


def cmd_settings_show(args: argparse.Namespace) -> int:

    with opened(args) as wb:
        values = wb.settings().as_dict()
    if args.json:
        print(dumps(values))
    else:
        for key in sorted(values):
            print(_setting_text(key, values[key]))
    return 0


def _setting_text(key: str, value: object) -> str:
    """`key = value`; the recipients one a line under it (their text form is long JSON)."""
    from cluma_dpo.domain import settings as schema

    if key == "recipients" and isinstance(value, tuple):
        return "\n".join([f"{key} =", *recipient_lines(value)])
    return f"{key} = {schema.to_text(key, value)}"


def cmd_settings_set(args: argparse.Namespace) -> int:
    from cluma_dpo.domain.recipients import incomplete

    with opened(args) as wb:
        value = wb.set_setting(args.key, args.value)
    print(_setting_text(args.key, value))
    if args.key == "recipients" and isinstance(value, tuple) and incomplete(value):
        names = ", ".join(incomplete(value))  # names the DPO typed, verbatim
        say(msg("cli.recipients_incomplete", names=names), error=True)
    return 0
