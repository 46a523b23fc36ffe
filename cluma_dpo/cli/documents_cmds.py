"""Document verbs: letter, fee-note, export, dossier, report; and retention, demo."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cluma_dpo.cli.argparse_texts import cli_count, cli_date, help_text
from cluma_dpo.cli.common import CliError, opened, os_problem, say
from cluma_dpo.domain.letters import LETTER_KINDS
from cluma_dpo.domain.messages import ListOf, Message, msg, msg_n, note_of
from cluma_dpo.domain.model import Language
from cluma_dpo.files import write_atomically


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("letter", help=help_text(msg("cli.help.letter")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("kind", choices=LETTER_KINDS)
    p.add_argument(
        "--language",
        choices=[x.value for x in Language],
        help=help_text(msg("cli.help.letter.language")),
    )
    p.add_argument("--recipient", help=help_text(msg("cli.help.letter.recipient")))
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help=help_text(msg("cli.help.letter.reason")),
    )
    p.add_argument("--done", metavar="TEXT", help=help_text(msg("cli.help.letter.done")))
    p.add_argument("--needed", metavar="TEXT", help=help_text(msg("cli.help.letter.needed")))
    p.add_argument(
        "--late",
        action="store_true",
        help=help_text(msg("cli.help.letter.late")),
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_letter)

    p = sub.add_parser("fee-note", help=help_text(msg("cli.help.fee_note")))
    p.add_argument("reference", metavar="REF")
    # --amount and --reason issue a note; --reprint FN writes an issued one's PDF again
    p.add_argument("--amount", metavar="EUR", help=help_text(msg("cli.help.fee_note.amount")))
    p.add_argument("--reason", help=help_text(msg("cli.help.fee_note.reason")))
    p.add_argument(
        "--ground",
        choices=["further-copy", "unfounded", "excessive", "repetitive"],
        help=help_text(msg("cli.help.fee_note.ground")),
    )
    p.add_argument("--on", metavar="DATE", type=cli_date)
    p.add_argument("--language", choices=[x.value for x in Language])
    p.add_argument("--out", metavar="FILE.pdf", help=help_text(msg("cli.help.fee_note.out")))
    p.add_argument("--reprint", metavar="FN", help=help_text(msg("cli.help.fee_note.reprint")))
    p.set_defaults(handler=cmd_fee_note)

    p = sub.add_parser("export", help=help_text(msg("cli.help.export")))
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("dossier", help=help_text(msg("cli.help.dossier")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_dossier)

    p = sub.add_parser("report", help=help_text(msg("cli.help.report")))
    p.add_argument("--quarter", required=True, metavar="YYYYQn")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("retention", help=help_text(msg("cli.help.retention")))
    rsub = p.add_subparsers(dest="retention_verb", required=True, metavar="run")
    r = rsub.add_parser("run")
    r.add_argument(
        "--today",
        metavar="DATE",
        type=cli_date,
        help=help_text(msg("cli.help.retention.run.today")),
    )
    r.add_argument("--yes", action="store_true", help=help_text(msg("cli.help.retention.run.yes")))
    r.set_defaults(handler=cmd_retention)

    p = sub.add_parser("demo", help=help_text(msg("cli.help.demo")))
    p.add_argument("--requests", type=cli_count, default=300, metavar="N")
    p.add_argument("--seed", type=cli_count, default=2026)
    p.set_defaults(handler=cmd_demo)


def _target(out: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(out).expanduser()
    if path.suffix.lower() not in suffixes:
        raise CliError(msg("cli.out_suffix", suffixes=ListOf(suffixes, style="or")))
    if path.is_dir():
        raise CliError(msg("cli.out_is_folder", file=str(path)))
    if not path.parent.is_dir():
        raise CliError(msg("cli.no_folder", folder=str(path.parent)))
    return path


def write_file(path: Path, data: bytes) -> None:
    """Write atomically and privately (cluma_dpo.files): the old file or the new one."""
    write_atomically(path, data)


def _to(path: Path, unrecorded: Message | None = None) -> Callable[[bytes], None]:
    """The file as a document's destination: written before the document is recorded. A
    write that fails (a full disk) says which file, and that nothing was recorded: the
    service records a document only after its delivery succeeded (issue 16)."""

    def deliver(data: bytes) -> None:
        try:
            write_file(path, data)
        except OSError as exc:
            raise CliError(
                msg(
                    "cli.not_written",
                    file=str(path),
                    problem=os_problem(exc),
                    then=unrecorded or msg("cli.not_written.nothing_recorded"),
                )
            ) from exc

    return deliver


def cmd_letter(args: argparse.Namespace) -> int:
    out = _target(args.out, (".pdf",))
    with opened(args) as wb:
        wb.letter(
            args.reference,
            args.kind,
            args.language,
            recipient=args.recipient,
            filename=str(out),  # where it was saved, on the kept letter
            deliver=_to(out),
            texts={"reason": args.reason, "done": args.done, "needed": args.needed},
            late=args.late,
        )
    say(msg("cli.letter_written", file=str(out)))
    return 0


def _fee_note_usage(args: argparse.Namespace) -> None:
    """--reprint FN --out FILE writes an issued note again; --amount and --reason issue one."""
    if args.reprint is not None:
        if any(v is not None for v in (args.amount, args.reason, args.ground, args.on)):
            raise CliError(msg("cli.fee_note.reprint_alone"))
        if not args.out:
            raise CliError(msg("cli.fee_note.reprint_needs_out"))
    elif args.amount is None or args.reason is None:
        raise CliError(msg("cli.fee_note.needs_amount_and_reason"))


def cmd_fee_note(args: argparse.Namespace) -> int:
    _fee_note_usage(args)
    out = _target(args.out, (".pdf",)) if args.out else None
    if args.reprint is not None and out is not None:
        with opened(args) as wb:
            wb.reprint_fee_note(args.reference, args.reprint, str(out), _to(out), args.language)
        say(msg("cli.fee_note_written", number=args.reprint.strip().upper(), file=str(out)))
        return 0
    with opened(args) as wb:
        if out:
            fee, _pdf = wb.issue_fee_note_pdf(
                args.reference,
                args.amount,
                args.reason,
                args.on,
                language=args.language,
                filename=str(out),
                deliver=_to(out, msg("cli.not_written.no_fee_note")),
                ground=args.ground,
            )
        else:
            fee = wb.issue_fee_note(
                args.reference, args.amount, args.reason, args.on, ground=args.ground
            )
    print(fee.number)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = _target(args.out, (".xlsx",))
    with opened(args) as wb:
        wb.export_register(deliver=_to(out))
    say(msg("cli.register_written", file=str(out)))
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    out = _target(args.out, (".pdf",))
    with opened(args) as wb:
        wb.dossier(args.reference, filename=out.name, deliver=_to(out))
    say(msg("cli.dossier_written", file=str(out)))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from cluma_dpo.app import today
    from cluma_dpo.domain.statistics import parse_quarter

    parse_quarter(args.quarter, today=today())  # a bad quarter fails before unlocking
    out = _target(args.out, (".pdf", ".xlsx"))
    with opened(args) as wb:
        wb.quarterly_report(args.quarter, out.suffix.lower().lstrip("."), deliver=_to(out))
    say(msg("cli.report_written", file=str(out)))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from cluma_dpo.app import today as clock_today
    from cluma_dpo.domain.validation import iso_date

    # anonymisation cannot be undone: a date in the future would purge too early, and a
    # wrong clock is refused unless the DPO confirms the date with --today
    today = clock_today()
    today = iso_date(args.today, "--today", today=today) if args.today else today
    confirmed = bool(args.today)
    with opened(args) as wb:  # says, after this, how many safety copies went
        if args.yes:
            n = wb.retention_run(today, date_confirmed=confirmed)
            say(msg_n("cli.retention_done", "cli.retention_done.other", n))
            return 0
        due = wb.retention_due(today, date_confirmed=confirmed)
    for reference, finished in due:
        print(f"{reference}  finished {finished.isoformat()}")
    say(msg_n("cli.retention_due", "cli.retention_due.other", len(due), day=today))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cluma_dpo.app import data_dir, open_workbench
    from cluma_dpo.cli.common import passphrase
    from cluma_dpo.domain.validation import new_passphrase

    if not 1 <= args.requests <= 200_000:
        raise CliError(msg("cli.requests_range"))
    directory = data_dir(args.data_dir)
    if (directory / "cluma-dpo.db").exists():
        raise CliError(msg("cli.demo_database_exists", folder=str(directory)))
    secret = new_passphrase(passphrase(confirm=True, prompt=msg("cli.prompt.new_passphrase")))
    wb = open_workbench(directory, secret, create=True)
    try:
        from cluma_dpo.services.demo import fill_demo
        from cluma_dpo.services.demo_folder import mark_demo

        mark_demo(directory, known_passphrase=False)  # the app shows it as the demo
        wb.record("database-created", None, note_of(msg("note.demo_data")))
        n = fill_demo(wb, args.requests, seed=args.seed)
    finally:
        wb.close()
    say(msg_n("cli.demo_created", "cli.demo_created.other", n, folder=str(directory)))
    return 0
