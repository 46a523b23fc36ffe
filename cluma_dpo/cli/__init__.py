"""The `cluma-dpo` command line: every core operation as a verb (design.md, the contract).

Exit codes: 0 done; 1 bad input (one line on stderr saying what to fix); 2 the database
cannot be opened. No traceback reaches the user, and no message quotes personal data.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from cluma_dpo import __version__
from cluma_dpo.cli.argparse_texts import ReferenceFirst, help_text, speaking_argparse, translate
from cluma_dpo.cli.common import CliError, Handler, os_problem, pause_collector, work_begins
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.process import forbid_core_dumps

if TYPE_CHECKING:
    from cluma_dpo.domain.errors import StoreError, ValidationError


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ReferenceFirst)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # argparse's own errors are bad input too: one line, exit 1 (not argparse's 2,
        # which the contract reserves for "cannot open the database").
        raise CliError(msg("cli.usage", problem=_without_values(message), prog=self.prog))


def _without_values(message: str) -> str:
    """argparse quotes what was typed ("invalid choice: 'Jan Peeters'"): a name pasted in
    the wrong place must not be echoed, so the typed value is left out."""
    message = re.sub(r"(invalid(?: \w+)? (?:choice|value)): '[^']*'", r"\1", message)
    return re.sub(r"unrecognized arguments: .*", "unrecognized arguments", message)


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the CLI's language: build it inside `speaking_argparse`, after
    `_speak` (argparse's own titles and the -h help are translated when a parser is made)."""
    from cluma_dpo.cli import (
        commands,
        correspondence_cmds,
        documents_cmds,
        from_json,
        outgoing_cmds,
        server_cmds,
        workflow_cmds,
    )

    parser = _Parser(prog="cluma-dpo", description=help_text(msg("cli.help.program")))
    parser.add_argument(
        "--version",
        action="version",
        version=f"cluma-dpo {__version__}",
        help=translate("show program's version number and exit"),  # Python 3.11 does not
    )
    parser.add_argument("--data-dir", help=help_text(msg("cli.help.program.data_dir")))
    parser.add_argument(
        "--database-url",
        metavar="postgresql://LOGIN@HOST/DB",
        help=help_text(msg("cli.help.program.database_url")),
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    verbs = (
        commands,
        workflow_cmds,
        documents_cmds,
        correspondence_cmds,
        outgoing_cmds,
        server_cmds,
    )
    for module in verbs:
        module.register(sub)
    _accept_data_dir_everywhere(sub)
    from_json.offer(sub)
    return parser


def _accept_data_dir_everywhere(sub: argparse._SubParsersAction[_Parser]) -> None:
    """`cluma-dpo list --data-dir D` works like `cluma-dpo --data-dir D list` (and so does
    --database-url)."""
    for verb in set(sub.choices.values()):
        for option in ("--data-dir", "--database-url"):
            if not any(option in a.option_strings for a in verb._actions):
                verb.add_argument(option, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in verb._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_data_dir_everywhere(action)


def _run(argv: Sequence[str]) -> int:
    from cluma_dpo.cli import from_json

    with speaking_argparse():
        parser = build_parser()
        args = parser.parse_args(from_json.expand(parser, argv))
    if args.verb is None or args.verb in ("init", "backup", "restore", "demo"):
        work_begins()  # the app, and verbs that open the database by themselves
    if args.verb is None:
        from cluma_dpo.cli.common import server
        from cluma_dpo.gui.main import run_app

        return run_app(args.data_dir, server(args))  # a bad server URL: exit 2, nothing opened
    handler: Handler = args.handler
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # a process of its own (not a test calling main)
        forbid_core_dumps()  # first: before any passphrase is read
        pause_collector()
    try:
        return _main(argv)
    finally:
        work_begins()


def _main(argv: Sequence[str] | None) -> int:
    from cluma_dpo.domain.errors import DomainError, StoreError
    from cluma_dpo.logs import log_exception, setup_logging

    setup_logging()
    for stream in (sys.stdout, sys.stderr):
        # a console that cannot show "Łukasz" must not cut the output in half
        # (any stream sys.stdout was replaced by: TextIO itself has no reconfigure)
        reconfigure = getattr(stream, "reconfigure", None)
        with contextlib.suppress(AttributeError, ValueError):
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _refuse_undecodable(argv)
        _speak(argv)
        return _run(argv)
    except CliError as exc:
        print(f"cluma-dpo: {_with_hint(exc.msg)}", file=sys.stderr)
        return exc.code
    except (DomainError, StoreError) as exc:
        print(f"cluma-dpo: {_with_hint(exc.msg)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _say(msg("cli.interrupted"))
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # file system trouble (no space, no permission): the file name is the user's own
        name = Path(exc.filename).name if exc.filename else ""
        problem = os_problem(exc)
        _say(msg("cli.os_error_file", problem=problem, name=name) if name else problem)
        return 1
    except Exception as exc:  # a bug: say so plainly, log it without personal data
        mapped = _explain_database_error(exc) if _is_database_error(exc) else None
        if mapped is not None:
            print(f"cluma-dpo: {mapped.text()}", file=sys.stderr)
            return mapped.exit_code
        log_exception(exc)
        _say(msg("cli.internal_error", kind=type(exc).__name__))
        return 3


def _refuse_undecodable(argv: Sequence[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates ("\udcff"); printed, stored
    or used as a file name they fail far away (exit 3). Refused here, without echoing them."""
    if any(_SURROGATE.search(token) for token in argv):
        raise CliError(msg("cli.argument_not_utf8"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _say(message: Message) -> None:
    """One line on stderr, in the CLI's language."""
    from cluma_dpo.texts import render

    print(f"cluma-dpo: {render(message)}", file=sys.stderr)


def _with_hint(message: Message) -> str:
    """The message, then the command that does what it asks, for a user of the command line."""
    from cluma_dpo import texts

    extra = texts.hint(message)
    return f"{texts.render(message)} {extra}" if extra else texts.render(message)


def _speak(argv: Sequence[str]) -> None:
    """The language of this run before the database is open: $CLUMA_DPO_LANGUAGE, else
    interface.language as remembered beside the database, else the system's, else Dutch."""
    from cluma_dpo import texts
    from cluma_dpo.app import data_dir

    explicit: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--data-dir="):
            explicit = arg.partition("=")[2]
    try:
        directory = data_dir(explicit)
    except Exception:
        directory = None
    texts.set_language(texts.start_language(directory))


def _explain_database_error(exc: BaseException) -> StoreError | ValidationError | None:
    """The store's refusal in words: the file's (SQLite) or the server's (PostgreSQL: a
    role that may not do this, a login refused, a server gone)."""
    from cluma_dpo.storage.engine import explain_sqlite_error

    orig = getattr(exc, "orig", exc)
    if type(orig).__module__.startswith("psycopg"):
        from cluma_dpo.storage.server import explain_server_error

        return explain_server_error(exc)
    return explain_sqlite_error(exc)


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError | sqlite3.Error) or type(exc).__module__.startswith(
        ("sqlcipher3", "psycopg")
    )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
