"""Verbs that send things out of the program (issue 17): email-draft, calendar."""

from __future__ import annotations

import argparse

from cluma_dpo.cli.argparse_texts import help_text
from cluma_dpo.cli.common import CliError, opened, say
from cluma_dpo.cli.correspondence_cmds import read_file, target
from cluma_dpo.domain.letters import LETTER_KINDS
from cluma_dpo.domain.messages import ListOf, msg
from cluma_dpo.domain.model import Language
from cluma_dpo.files import write_atomically


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("email-draft", help=help_text(msg("cli.help.email_draft")))
    p.add_argument("reference", metavar="REF")
    p.add_argument("kind", choices=LETTER_KINDS)
    p.add_argument(
        "--language",
        choices=[x.value for x in Language],
        help=help_text(msg("cli.help.letter.language")),
    )
    p.add_argument(
        "--encrypt-pdf",
        action="store_true",
        help=help_text(msg("cli.help.email_draft.encrypt_pdf")),
    )
    p.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help=help_text(msg("cli.help.email_draft.attach")),
    )
    p.add_argument("--out", required=True, metavar="FILE.eml")
    p.set_defaults(handler=cmd_email_draft)

    p = sub.add_parser("calendar", help=help_text(msg("cli.help.calendar")))
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p.set_defaults(handler=cmd_calendar)


def _with_suffix(out: str, suffix: str) -> str:
    if not out.lower().endswith(suffix):
        raise CliError(msg("cli.out_suffix", suffixes=ListOf([suffix], style="or")))
    return out


def cmd_email_draft(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cluma_dpo.domain.correspondence import MAX_DRAFT_FILES_BYTES

    out = target(_with_suffix(args.out, ".eml"))
    files = [(Path(f).name, read_file(f, MAX_DRAFT_FILES_BYTES)) for f in args.attach]
    with opened(args) as wb:
        password = wb.email_draft(
            args.reference,
            args.kind,
            args.language,
            deliver=lambda data: write_atomically(out, data),
            encrypt=args.encrypt_pdf,
            files=files,
        )
    say(msg("cli.email_draft_written", file=str(out)))
    if password:
        say(msg("cli.email_draft_password", password=password))
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from cluma_dpo import texts

    out = target(_with_suffix(args.out, ".ics"))
    with opened(args) as wb:
        n = wb.deadline_calendar(texts.current_language(), lambda data: write_atomically(out, data))
    say(msg("cli.calendar_written", file=str(out), n=n))
    return 0
