"""`--from-json FILE|-`: personal data and free text off the command line (issue 16, finding 3).

What is typed after a verb is readable by every local user in /proc/PID/cmdline (`ps`) and
stays in the shell's history. Every verb that takes personal data or free text therefore
also takes its options as a JSON object from a file or standard input, with the option
names as keys (`{"name": "An Vermeulen", "right": ["access"], "known_account": true}`).

The object is turned into option tokens in this process's memory, before argparse parses
them: the same types, choices, required options and messages apply as on the command line.
A value given both ways is refused, so there is never a silent choice between them; so is a
key given twice in the object (JSON allows it, and json.loads kept the last one). A text
must be a JSON string: a number where a name is expected (``1e400`` became the name "inf")
is refused; a number is taken, as written, only by the options that count (`NUMBERS`). A
switch takes true or false.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cluma_dpo.cli.argparse_texts import help_text
from cluma_dpo.cli.common import CliError
from cluma_dpo.domain.messages import msg

OPTION = "--from-json"
# what a verb takes that is personal data or free text: these verbs offer --from-json
PERSONAL = frozenset(
    {"name", "email", "street", "postcode", "city", "country", "reason", "note", "search",
     "done", "needed", "document"}
)  # fmt: skip
MAX_BYTES = 1_000_000
# A named pipe (or `<(command)`) delivers within this time, or the verb gives up: open()
# of a pipe nobody writes to would otherwise wait for ever.
WAIT_SECONDS = 60.0
_NOT_FROM_JSON = frozenset({"help", "data_dir", "from_json"})
# the options whose value is a number: a JSON number is given to them as it was written
NUMBERS = frozenset({"amount", "due_within", "limit"})


class _Number(str):
    """A JSON number as written ("12.50", "1e400"): text only where a number is meant."""


class _NotANumber:
    """NaN or Infinity, which JSON does not have (Python's json reads them)."""


def offer(sub: argparse._SubParsersAction[Any]) -> None:
    """Add --from-json to every verb (at any depth) that takes personal data or free text."""
    for verb in set(sub.choices.values()):
        if any(a.dest in PERSONAL for a in verb._actions):
            verb.add_argument(OPTION, metavar="FILE|-", help=help_text(msg("cli.help.from_json")))
        for action in verb._actions:
            if isinstance(action, argparse._SubParsersAction):
                offer(action)


def expand(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """argv with `--from-json X` replaced by the options the JSON object holds."""
    args = list(argv)
    at = next((i for i, a in enumerate(args) if a == OPTION or a.startswith(OPTION + "=")), None)
    if at is None:
        return args
    if args[at] == OPTION:
        if at + 1 >= len(args):
            return args  # argparse says the value is missing
        source, rest = args[at + 1], args[at + 2 :]
    else:
        source, rest = args[at][len(OPTION) + 1 :], args[at + 1 :]
    before = args[:at]
    verb = _verb_parser(parser, before)
    if verb is None:
        return args  # argparse says --from-json is not an option here
    data = _read(source)
    given = {a.split("=", 1)[0] for a in before + rest if a.startswith("--")}
    tokens: list[str] = []
    positionals: list[str] = []
    actions = {a.dest: a for a in verb._actions if a.dest not in _NOT_FROM_JSON}
    seen: set[str] = set()
    for key, value in data.items():
        dest = str(key).replace("-", "_")
        action = actions.get(dest)
        if action is None or isinstance(action, argparse._SubParsersAction):
            raise CliError(msg("cli.from_json.unknown_key", key=_shown(str(key))))
        if dest in seen:  # "known_account" and "known-account"
            raise CliError(msg("cli.from_json.duplicate_key", key=_shown(str(key))))
        seen.add(dest)
        if not action.option_strings:
            positionals.append(_text(dest, value))
            continue
        option = action.option_strings[-1]
        # argparse also takes a unique abbreviation (--na for --name): that is given too
        if any(len(g) > 2 and option.startswith(g) for g in given):
            raise CliError(msg("cli.from_json.twice", option=option))
        tokens += _tokens(action, option, value)
    if any(p.startswith("-") for p in positionals):
        raise CliError(msg("cli.from_json.bad_value", key=_shown(next(iter(data)))))
    return before + tokens + rest + positionals


def _verb_parser(
    parser: argparse.ArgumentParser, before: list[str]
) -> argparse.ArgumentParser | None:
    """The (sub)parser the tokens before --from-json lead to: `recipient`, `settings set`."""
    current = parser
    for token in before:
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if subs and token in subs[0].choices:
            current = subs[0].choices[token]
    if not any(OPTION in a.option_strings for a in current._actions):
        return None
    return current


def _read(source: str) -> dict[str, object]:
    try:
        text = sys.stdin.read(MAX_BYTES + 1) if source == "-" else _read_file(Path(source))
    except UnicodeDecodeError:
        raise CliError(msg("cli.from_json.not_utf8")) from None
    except OSError:
        raise CliError(msg("cli.from_json.unreadable", name=Path(source).name)) from None
    if len(text) > MAX_BYTES:
        raise CliError(msg("cli.from_json.too_big", n=MAX_BYTES // 1000))
    text = text.removeprefix("\ufeff")  # the byte order mark Windows Notepad writes
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_Number,
            parse_float=_Number,
            parse_constant=lambda _name: _NotANumber(),
        )
    except RecursionError:  # nested deeper than any option needs
        raise CliError(msg("cli.from_json.not_object")) from None
    except json.JSONDecodeError as exc:
        # the position, never the text around it (it may be a name)
        raise CliError(msg("cli.from_json.invalid", line=exc.lineno, column=exc.colno)) from None
    if not isinstance(data, dict):
        raise CliError(msg("cli.from_json.not_object"))
    return data


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are each given once."""
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise CliError(msg("cli.from_json.duplicate_key", key=_shown(key)))
        found[key] = value
    return found


def _read_file(path: Path) -> str:
    """A regular file, or a pipe that delivers within WAIT_SECONDS; a device, a socket or a
    pipe nobody writes to is bad input, never a wait without end (issue 16)."""
    mode = os.stat(path).st_mode  # OSError: missing, no permission
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise CliError(msg("cli.from_json.not_a_file", name=path.name))
    if stat.S_ISREG(mode):
        with path.open(encoding="utf-8") as fh:
            return fh.read(MAX_BYTES + 1)
    result: list[str] = []
    failure: list[BaseException] = []

    def read() -> None:
        try:
            with path.open(encoding="utf-8") as fh:
                result.append(fh.read(MAX_BYTES + 1))
        except BaseException as exc:  # handed to the verb's thread below
            failure.append(exc)

    # A thread of its own: a blocked open() or read() of a pipe cannot be interrupted, so
    # the verb stops waiting and exits; the daemon thread ends with the process.
    reader = threading.Thread(target=read, name="from-json", daemon=True)
    reader.start()
    reader.join(WAIT_SECONDS)
    if reader.is_alive():
        raise CliError(msg("cli.from_json.no_data", name=path.name, seconds=int(WAIT_SECONDS)))
    if failure:
        raise failure[0]
    return result[0]


def _text(key: str, value: object) -> str:
    """A JSON value where the option takes text (or, for `NUMBERS`, a number as well)."""
    if key in NUMBERS:
        if isinstance(value, str):  # a _Number as written, or "12.50"
            return str(value)
        raise CliError(msg("cli.from_json.not_number", key=_shown(key)))
    if isinstance(value, str) and not isinstance(value, _Number):
        return value
    raise CliError(msg("cli.from_json.not_text", key=_shown(key)))


def _tokens(action: argparse.Action, option: str, value: object) -> list[str]:
    key = action.dest
    if isinstance(action, argparse._StoreTrueAction):
        if not isinstance(value, bool):
            raise CliError(msg("cli.from_json.not_switch", key=_shown(key)))
        return [option] if value else []
    if value is None:
        return []
    if isinstance(action, argparse._AppendAction):
        values = value if isinstance(value, list) else [value]
        return [f"{option}={_text(key, v)}" for v in values]
    return [f"{option}={_text(key, value)}"]  # "=": a note may begin with a dash


def _shown(key: str) -> str:
    """A key as the user typed it, cut short: a value pasted as a key must not be echoed."""
    return key if len(key) <= 30 and key.replace("-", "_").isidentifier() else "…"
