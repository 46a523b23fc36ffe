"""argparse's own errors in the CLI's language (issue #14).

argparse says "the following arguments are required", "invalid choice" and the like through
`gettext` bound as `argparse._` and `argparse.ngettext` when it was imported. While the
command line is parsed, `speaking_argparse` puts functions there that look argparse's
English text up in `ARGPARSE_CODES` and answer with the catalogue's text in
`texts.current_language()`. A text argparse writes with what was typed ("invalid choice:
'Jan Peeters'") is answered without the typed value: a name pasted in the wrong place is
never echoed. A text that is not in the table (the help's own words) stays argparse's.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from cluma_dpo.domain.messages import N_, ListOf, Message, msg, msg_n

# argparse's msgid -> our code. The catalogue's texts leave out %(value)r and the typed
# arguments on purpose (see the module's docstring).
ARGPARSE_CODES: dict[str, str] = {
    "argument %(argument_name)s: %(message)s": N_("cli.argparse.argument"),
    "the following arguments are required: %s": N_("cli.argparse.required"),
    "one of the arguments %s is required": N_("cli.argparse.one_required"),
    "not allowed with argument %s": N_("cli.argparse.not_allowed_with"),
    "unrecognized arguments: %s": N_("cli.argparse.unrecognized"),
    "expected one argument": N_("cli.argparse.expected_one"),
    "expected at most one argument": N_("cli.argparse.expected_at_most_one"),
    "expected at least one argument": N_("cli.argparse.expected_at_least_one"),
    "invalid %(type)s value: %(value)r": N_("cli.argparse.invalid_value"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_("cli.argparse.invalid_choice"),
    "ambiguous option: %(option)s could match %(matches)s": N_("cli.argparse.ambiguous"),
    "ignored explicit argument %r": N_("cli.argparse.ignored_explicit"),
    "unexpected option string: %s": N_("cli.argparse.unexpected_option"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": N_("cli.argparse.invalid_choice"),
}
# ngettext: the singular msgid -> the message with both codes
ARGPARSE_PLURALS: dict[str, Message] = {
    "expected %s argument": msg_n("cli.argparse.expected_n", "cli.argparse.expected_n.other", 2),
}
# A %-template argparse fills with one value that the translation leaves out
_POSITIONAL = re.compile(r"%[sr]")
_NAMED = re.compile(r"\{(\w+)\}")


class _Fixed(str):
    """A translation that drops what argparse would put in with `%` (the typed values)."""

    __slots__ = ()

    def __mod__(self, _values: object) -> str:
        return str(self)


def _template(code: str, msgid: str, *, plural: str | None = None, n: int = 1) -> str:
    """The catalogue's text of `code` as the %-template argparse formats."""
    from cluma_dpo import texts

    t = texts.translations(texts.current_language())
    text = t.ngettext(code, plural, n) if plural is not None else t.gettext(code)
    if text == code:  # no catalogue at all: argparse's own English
        return msgid
    text = text.replace("%", "%%")
    if "%(" in msgid:
        return _NAMED.sub(r"%(\1)s", text)
    if _POSITIONAL.search(msgid):
        if _NAMED.search(text):
            return _NAMED.sub("%s", text, count=1)
        return _Fixed(text.replace("%%", "%"))
    return text.replace("%%", "%")


def translate(msgid: str) -> str:
    code = ARGPARSE_CODES.get(msgid)
    return msgid if code is None else _template(code, msgid)


def ntranslate(singular: str, plural: str, n: int) -> str:
    found = ARGPARSE_PLURALS.get(singular)
    if found is None or found.plural is None:
        return singular if n == 1 else plural
    return _template(found.code, singular, plural=found.plural, n=n)


@contextlib.contextmanager
def speaking_argparse() -> Iterator[None]:
    """argparse's texts come from the catalogue while the command line is parsed."""
    module: Any = argparse  # argparse's `_` (gettext) is not in its published types
    saved = module._, module.ngettext
    module._, module.ngettext = translate, ntranslate
    try:
        yield
    finally:
        module._, module.ngettext = saved


# -- typed options: a date, a right -------------------------------------------------------


def _say(message: Message) -> str:
    from cluma_dpo.texts import render

    return render(message)


def cli_date(value: str) -> date:
    """--received, --on, --today: a real date written YYYY-MM-DD (the value is not echoed)."""
    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_say(msg("cli.bad_date"))) from None


def cli_right(value: str) -> str:
    """--right, --granted, --refused: one of the rights (written in any case)."""
    from cluma_dpo.domain.model import Right

    text = value.strip().lower()
    if text in {r.value for r in Right}:
        return text
    rights = ListOf([r.value for r in Right], style="or")
    raise argparse.ArgumentTypeError(_say(msg("cli.unknown_right", rights=rights)))


def cli_count(value: str) -> int:
    """--due-within, --limit, --requests, --seed: a whole number (the value is not echoed)."""
    try:
        return int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_say(msg("cli.not_a_number"))) from None
