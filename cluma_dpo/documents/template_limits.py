"""What a letter template may cost, and which of the DPO's own files it was made with
(issue 16, finding 9).

Jinja2's sandbox stops a template from running code, not from working for ever: nested
loops over ``range(100000)`` took hours, ``"x" * 10**9`` a gigabyte, and single built-ins
(``lipsum(n=10**8)``, a separator or a placeholder repeated 100,000 times, a letter of
50,000 lines that reportlab lays out for minutes) did the same in one call.
`template_sandbox.BoundedSandbox` gives every render a `Budget`: each loop step, call,
filter and test is a step (at most `MAX_STEPS`, and `MAX_SECONDS` in all), the text it
prints is counted (at most `MAX_OUTPUT` characters), an operator, filter or method that
would make a value of more than `MAX_VALUE` characters (or items) is stopped before it
does, and a value is measured before it is turned into text. `check_letter` bounds what the
render made: what reportlab can lay out in seconds. A template over a limit fails with
`TemplateLimit`, which the caller turns into a message naming the template and the limit
(exit 1), never a hang or an internal error.

`recording()` collects, for one render, the DPO's files that took part (a template from
their folder, their ``letters.po``) with the SHA-256 of the text that was used: the
document's audit event names them.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from string import Formatter

from jinja2.utils import Namespace

from cluma_dpo.domain.messages import N_

MAX_STEPS = 200_000  # loop steps and calls of one render; a letter takes a few hundred
MAX_SECONDS = 10.0  # a letter renders in a fraction of a second
MAX_OUTPUT = 1_000_000  # characters printed by one render; a letter prints a few thousand
MAX_VALUE = 100_000  # characters (or items) of one value an operator or filter makes
MAX_MADE = 10_000_000  # characters (or items) of all such values of one render: the memory
MAX_EXPONENT = 10_000
MAX_INT_BITS = 100_000  # an integer of 30,000 digits; a letter's numbers have a few
# What reportlab lays out in a few seconds: its time for one paragraph grows with the
# square of its lines (50,000 lines took minutes). A letter has a few pages.
MAX_LETTER = 200_000  # characters of the letter's markup
MAX_LINES = 5_000  # its lines: paragraphs and line breaks
MAX_PARAGRAPH = 20_000  # characters of one paragraph
MAX_PARAGRAPH_LINES = 1_000  # line breaks of one paragraph
BOUNDED = "cluma_bounded"  # the filter every {% for %} loop's sequence passes through


# what each limit says, after "stopped, " (template.too_costly)
LIMIT_TEXTS = (
    N_("template.limit.steps"),
    N_("template.limit.time"),
    N_("template.limit.output"),
    N_("template.limit.value"),
    N_("template.limit.range"),
    N_("template.limit.letter"),
)


class TemplateLimit(Exception):
    """A template went over one of the limits: `what` is "steps", "time", "output",
    "value", "range" or "letter"."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


@dataclass
class Budget:
    deadline: float
    steps: int = 0
    output: int = 0
    made: int = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateLimit("steps")
        if time.monotonic() > self.deadline:
            raise TemplateLimit("time")

    def spend(self, characters: int) -> None:
        self.output += characters
        if self.output > MAX_OUTPUT:
            raise TemplateLimit("output")

    def make(self, size: int) -> None:
        self.made += size
        if self.made > MAX_MADE:
            raise TemplateLimit("value")


_BUDGET: ContextVar[Budget | None] = ContextVar("cluma_template_budget", default=None)


@contextlib.contextmanager
def budget() -> Iterator[Budget]:
    """One render's budget (renders nest: an override's import shares its caller's)."""
    current = _BUDGET.get()
    if current is not None:
        yield current
        return
    fresh = Budget(deadline=time.monotonic() + MAX_SECONDS)
    token = _BUDGET.set(fresh)
    try:
        yield fresh
    finally:
        _BUDGET.reset(token)


def step() -> None:
    current = _BUDGET.get()
    if current is not None:
        current.step()


def spend(characters: int) -> None:
    current = _BUDGET.get()
    if current is not None:
        current.spend(characters)


def size_of(value: object, limit: int = MAX_MADE) -> int:
    """Characters and items of `value`, counting what a list holds as often as it holds
    it (``[s] * 1000`` is 1000 times s as text); stops counting past `limit`."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, Namespace):  # namespace(a=s, b=s, ...) prints what it holds
        value = value._Namespace__attrs  # its only state
    if not isinstance(value, list | tuple | dict | set | frozenset):
        return 0
    total = len(value)
    items = (x for pair in value.items() for x in pair) if isinstance(value, dict) else iter(value)
    for item in items:
        if total > limit:
            break
        total += size_of(item, limit - total)
    return total


def check_value(value: object, limit: int = MAX_VALUE) -> object:
    """A value an operator, filter or call made: at most `limit` long, and counted; an
    integer of at most MAX_INT_BITS bits, a decimal of at most as many digits."""
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit("value")
    if isinstance(value, Decimal) and value.is_finite() and abs(value.adjusted()) > MAX_INT_BITS:
        raise TemplateLimit("value")
    size = size_of(value, limit)
    if size > limit:
        raise TemplateLimit("value")
    current = _BUDGET.get()
    if current is not None and size:
        current.make(size)
    return value


def check_text(value: object) -> object:
    """Text joined with ``~`` or returned by a macro: may be as long as a whole letter."""
    return check_value(value, MAX_OUTPUT)


def check_input(value: object) -> object:
    """A value about to be turned into text (printed, joined, formatted, passed to a
    filter or method): a list that holds a long text a million times by reference is small
    in memory and gigabytes as text, so it is measured first."""
    if size_of(value, MAX_OUTPUT) > MAX_OUTPUT:
        raise TemplateLimit("value")
    return value


def text_size(value: object) -> int:
    """About how long `value` is as text (at least as long, for what a template can make)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() // 3 + 2
    size = size_of(value, MAX_OUTPUT)
    if size:
        return 8 * size  # quotes, commas and numbers around the items
    try:
        return len(str(value))
    except Exception:  # an undefined value: the call that uses it says so
        return 0


# A width or precision in a format ("%1000000000d", "{:>1000000000}") makes a huge string,
# and so does one taken from the arguments ("%*d", "{:>{w}}").
_WIDE = re.compile(r"\d{7,}")
_STAR = re.compile(r"%[-#0 +]*(\d*\.)?\*")


def check_format(text: object, values: Iterable[object] = (), *, braces: bool = False) -> None:
    """A %-format (or, with `braces`, a str.format) string and the values it is given:
    no huge width, no width from the values, and no more than MAX_VALUE characters when
    each placeholder takes the longest value (``"%(a)s" * 16000`` with a long text)."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    if not isinstance(text, str):
        return
    if _WIDE.search(text) or _STAR.search(text):
        raise TemplateLimit("value")
    if braces and "{" in text:
        for _literal, _field, spec, _conversion in Formatter().parse(text):
            if spec and "{" in spec:
                raise TemplateLimit("value")
    fields = text.count("%") + text.count("{")
    longest = max((text_size(v) for v in values), default=0)
    if fields and len(text) + fields * longest > MAX_VALUE:
        raise TemplateLimit("value")


_BREAK = re.compile(r"<br\s*/>")


def check_letter(paragraphs: Iterable[str]) -> None:
    """The paragraphs (markup) a render made: at most MAX_LETTER characters and MAX_LINES
    lines in all, a paragraph at most MAX_PARAGRAPH characters and MAX_PARAGRAPH_LINES
    line breaks: what reportlab lays out in seconds."""
    characters = lines = 0
    for text in paragraphs:
        breaks = len(_BREAK.findall(text))
        if len(text) > MAX_PARAGRAPH or breaks > MAX_PARAGRAPH_LINES:
            raise TemplateLimit("letter")
        characters += len(text)
        lines += breaks + 1
        if characters > MAX_LETTER or lines > MAX_LINES:
            raise TemplateLimit("letter")


# -- which of the DPO's files took part ------------------------------------------------------

_USED: ContextVar[dict[str, str] | None] = ContextVar("cluma_template_overrides", default=None)


@contextlib.contextmanager
def recording() -> Iterator[dict[str, str]]:
    """{file of the DPO's folder ("nl/acknowledgement.j2"): SHA-256 of its text as used}
    for the renders inside the block."""
    used: dict[str, str] = {}
    token = _USED.set(used)
    try:
        yield used
    finally:
        _USED.reset(token)


def used(name: str, digest: str) -> None:
    found = _USED.get()
    if found is not None:
        found[name] = digest


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [
    "MAX_OUTPUT",
    "MAX_SECONDS",
    "MAX_STEPS",
    "MAX_VALUE",
    "Budget",
    "TemplateLimit",
    "budget",
    "check_format",
    "check_input",
    "check_letter",
    "check_text",
    "check_value",
    "recording",
    "sha256",
    "size_of",
    "spend",
    "step",
    "text_size",
    "used",
]
