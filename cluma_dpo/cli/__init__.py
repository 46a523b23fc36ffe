"""The `cluma-dpo` command line: every core operation as a verb (design.md, the contract).

Exit codes: 0 done; 1 bad input (one line on stderr saying what to fix); 2 the database
cannot be opened. No traceback reaches the user, and no message quotes personal data.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from cluma_dpo import __version__
from cluma_dpo.app import ENV_PASSPHRASE, data_dir

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message, self.code = message, code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own errors are bad input too: one line, exit 1 (not argparse's 2,
        # which the contract reserves for "cannot open the database").
        raise CliError(f"{_without_values(message)} (see `{self.prog} --help`)")


def _without_values(message: str) -> str:
    """argparse quotes what was typed ("invalid choice: 'Jan Peeters'"): a name pasted in
    the wrong place must not be echoed, so the typed value is left out."""
    message = re.sub(r"(invalid(?: \w+)? (?:choice|value)): '[^']*'", r"\1", message)
    return re.sub(r"unrecognized arguments: .*", "unrecognized arguments", message)


def passphrase(
    *, confirm: bool = False, prompt: str = "Passphrase: ", env: str = ENV_PASSPHRASE
) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != value:
            raise CliError("The two passphrases differ; nothing was changed.")
        if not value:
            raise CliError("No passphrase given.", 2 if not confirm else 1)
        return value
    raise CliError(f"No passphrase: set {env} or run the command on a terminal.", 2)


# Start-up of a process of its own (imports, the key derivation) makes objects that live until
# it ends: Python's cyclic garbage collector would walk them again and again while they pile
# up (about 0.1 s of a letter, 0.2 s of a quarterly report). `main` turns it off for the
# start-up; `work_begins` freezes what start-up made and turns it back on for the work.
_gc_paused = False


def work_begins() -> None:
    """The verb's own work starts: the collector runs again, past the start-up's objects."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def workbench(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from cluma_dpo.app import open_workbench

    wb = open_workbench(data_dir(args.data_dir), passphrase(), front_end="cli")
    work_begins()
    return wb


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Any]:
    """The unlocked workbench for one verb, closed again whatever happens."""
    wb = workbench(args)
    try:
        yield wb
    finally:
        wb.close()


def read(args: argparse.Namespace, use: Callable[[Any], T]) -> T:
    """`use(wb)` for a verb that only reads (show, list, due).

    It runs on the quick reader (services.quick: no SQLAlchemy to import, a third of such a
    run) when that can open the database, else on the workbench, which also explains what is
    wrong with the file and upgrades an old schema. `use` must only read and return what the
    verb prints: after a SQLite error in the quick reader it runs again on the workbench.
    """
    from cluma_dpo import app
    from cluma_dpo.services.quick import open_reader

    directory, secret = data_dir(args.data_dir), passphrase()
    reader = open_reader(directory, secret, clock=app.CLOCK)
    work_begins()
    if reader is not None:
        try:
            return use(reader)
        except reader.Unavailable:
            pass  # the workbench reads it again, or says what is wrong
        finally:
            reader.close()
    wb = app.open_workbench(directory, secret, front_end="cli")
    try:
        return use(wb)
    finally:
        wb.close()


def build_parser() -> argparse.ArgumentParser:
    from cluma_dpo.cli import commands, documents_cmds, workflow_cmds

    parser = _Parser(
        prog="cluma-dpo",
        description="GDPR rights requests for Cluma's DPO. Without a verb, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"cluma-dpo {__version__}")
    parser.add_argument(
        "--data-dir",
        help="folder of the encrypted database "
        "(default: $CLUMA_DPO_DATA_DIR, else the user data dir)",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for module in (commands, workflow_cmds, documents_cmds):
        module.register(sub)
    _accept_data_dir_everywhere(sub)
    return parser


def _accept_data_dir_everywhere(sub: argparse._SubParsersAction) -> None:
    """`cluma-dpo list --data-dir D` works like `cluma-dpo --data-dir D list`."""
    for verb in set(sub.choices.values()):
        if not any("--data-dir" in a.option_strings for a in verb._actions):
            verb.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in verb._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_data_dir_everywhere(action)


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None or args.verb in ("init", "backup", "restore", "demo"):
        work_begins()  # the app, and verbs that open the database by themselves
    if args.verb is None:
        from cluma_dpo.gui.main import run_app

        return run_app(args.data_dir)
    handler: Handler = args.handler
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    global _gc_paused
    if argv is None and gc.isenabled():  # a process of its own (not a test calling main)
        gc.disable()
        _gc_paused = True
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
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(argv)
    except CliError as exc:
        print(f"cluma-dpo: {exc.message}", file=sys.stderr)
        return exc.code
    except (DomainError, StoreError) as exc:
        print(f"cluma-dpo: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("cluma-dpo: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # file system trouble (no space, no permission): the file name is the user's own
        name = Path(exc.filename).name if exc.filename else ""
        print(
            f"cluma-dpo: {exc.strerror or 'input/output error'}" + (f": {name}" if name else ""),
            file=sys.stderr,
        )
        return 1
    except Exception as exc:  # a bug: say so plainly, log it without personal data
        from cluma_dpo.storage.engine import explain_sqlite_error

        mapped = explain_sqlite_error(exc) if _is_database_error(exc) else None
        if mapped is not None:
            print(f"cluma-dpo: {mapped.message}", file=sys.stderr)
            return mapped.exit_code
        log_exception(exc)
        print(
            f"cluma-dpo: internal error ({type(exc).__name__}); details are in the log.",
            file=sys.stderr,
        )
        return 3


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError | sqlite3.Error) or type(exc).__module__.startswith(
        "sqlcipher3"
    )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
