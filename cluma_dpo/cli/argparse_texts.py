"""argparse's own words in the CLI's language (issue #14): its errors and its help.

argparse says "the following arguments are required", "invalid choice", "usage: ",
"options" and the like through `gettext` bound as `argparse._` and `argparse.ngettext` when
it was imported. While the parser is built and the command line parsed (the help is written
then, when -h is seen), `speaking_argparse` puts functions there that look argparse's
English text up in `ARGPARSE_CODES` and answer with the catalogue's text in
`texts.current_language()`. A text argparse writes with what was typed ("invalid choice:
'Jan Peeters'") is answered without the typed value: a name pasted in the wrong place is
never echoed. The verbs' own help comes from the catalogue through `help_text`.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterable, Iterator
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
    # the help's own words
    "usage: ": N_("cli.argparse.usage"),
    "positional arguments": N_("cli.argparse.positionals"),
    "options": N_("cli.argparse.options"),
    "show this help message and exit": N_("cli.argparse.help"),
    "show program's version number and exit": N_("cli.argparse.version"),
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
    if code is None:
        return msgid
    text = _template(code, msgid)
    if msgid.endswith(" ") and not text.endswith(" "):
        return text + " "  # "usage: ": the catalogue's text keeps no trailing space
    return text


def ntranslate(singular: str, plural: str, n: int) -> str:
    found = ARGPARSE_PLURALS.get(singular)
    if found is None or found.plural is None:
        return singular if n == 1 else plural
    return _template(found.code, singular, plural=found.plural, n=n)


@contextlib.contextmanager
def speaking_argparse() -> Iterator[None]:
    """argparse's texts come from the catalogue while the parser is built (the titles
    "options" and "positional arguments" and the -h help are set then) and while the command
    line is parsed (the errors; the help is formatted then)."""
    module: Any = argparse  # argparse's `_` (gettext) is not in its published types
    saved = module._, module.ngettext
    module._, module.ngettext = translate, ntranslate
    try:
        yield
    finally:
        module._, module.ngettext = saved


# -- the help ------------------------------------------------------------------------------


def help_text(message: Message) -> str:
    """A description or an option's help in the CLI's language, as argparse wants it (it
    fills in `%(default)s` and the like: a `%` of the text is doubled)."""
    return _say(message).replace("%", "%%")


class ReferenceFirst(argparse.HelpFormatter):
    """The usage names a verb's positionals (REF) right after the verb, as it is typed:
    `cluma-dpo fee-note REF [-h] --amount EUR ...`. argparse puts them after every option, on
    a line of their own once the usage wraps, where the first line reads as if no reference
    were needed. A parser with sub-verbs (VERB ...) keeps argparse's order."""

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        actions = list(actions)
        leading = [a for a in actions if not a.option_strings]
        if usage is not None or not leading:
            return super()._format_usage(usage, actions, groups, prefix)
        if any(isinstance(a, argparse._SubParsersAction) for a in leading):
            return super()._format_usage(usage, actions, groups, prefix)
        prog = self._prog
        self._prog = f"{prog} {self._format_actions_usage(leading, [])}"
        try:
            options = [a for a in actions if a.option_strings]
            return super()._format_usage(usage, options, groups, prefix)
        finally:
            self._prog = prog


# -- typed options: a date, a right -------------------------------------------------------


def _say(message: Message) -> str:
    from cluma_dpo.texts import render

    return render(message)


FIRST_YEAR, LAST_YEAR = 1900, 2999


def cli_date(value: str) -> date:
    """--received, --on, --today: a real date written YYYY-MM-DD (the value is not echoed)."""
    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
        # a year no request or clock can have: deadlines counted from it would overflow the
        # calendar (year 9999 + a month), an internal error instead of bad input (issue 16)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError
        return day
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
