"""What a letter template may cost, and which of the DPO's own files it was made with
(issue 16, finding 9).

Jinja2's sandbox stops a template from running code, not from working for ever: nested
loops over ``range(100000)`` took hours, ``"x" * 10**9`` a gigabyte. `BoundedSandbox`
gives every render a `Budget`: each loop step and each call is a step (at most
`MAX_STEPS`, and `MAX_SECONDS` in all), the text it prints is counted (at most
`MAX_OUTPUT` characters), and an operator, filter or method that would make a value of
more than `MAX_VALUE` characters (or items) is stopped before it does. A template over a
limit fails with `TemplateLimit`, which the caller turns into a message naming the
template and the limit (exit 1), never a hang or an internal error.

`recording()` collects, for one render, the DPO's files that took part (a template from
their folder, their ``letters.po``) with the SHA-256 of the text that was used: the
document's audit event names them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import _PassArg

from cluma_dpo.domain.messages import N_

MAX_STEPS = 200_000  # loop steps and calls of one render; a letter takes a few hundred
MAX_SECONDS = 10.0  # a letter renders in a fraction of a second
MAX_OUTPUT = 1_000_000  # characters printed by one render; a letter prints a few thousand
MAX_VALUE = 100_000  # characters (or items) of one value an operator or filter makes
MAX_MADE = 10_000_000  # characters (or items) of all such values of one render: the memory
MAX_EXPONENT = 10_000
BOUNDED = "cluma_bounded"  # the filter every {% for %} loop's sequence passes through


# what each limit says, after "stopped, " (template.too_costly)
LIMIT_TEXTS = (
    N_("template.limit.steps"),
    N_("template.limit.time"),
    N_("template.limit.output"),
    N_("template.limit.value"),
    N_("template.limit.range"),
)


class TemplateLimit(Exception):
    """A template went over one of the limits: `what` is "steps", "time", "output",
    "value" or "range"."""

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


def _size(value: object, limit: int = MAX_MADE) -> int:
    """Characters and items of `value`, counting what a list holds as often as it holds
    it (``[s] * 1000`` is 1000 times s as text); stops counting past `limit`."""
    if isinstance(value, str | bytes):
        return len(value)
    if not isinstance(value, list | tuple | dict | set | frozenset):
        return 0
    total = len(value)
    items = (x for pair in value.items() for x in pair) if isinstance(value, dict) else iter(value)
    for item in items:
        if total > limit:
            break
        total += _size(item, limit - total)
    return total


def check_value(value: object, limit: int = MAX_VALUE) -> object:
    """A value an operator, filter or call made: at most `limit` long, and counted."""
    size = _size(value, limit)
    if size > limit:
        raise TemplateLimit("value")
    current = _BUDGET.get()
    if current is not None and size:
        current.make(size)
    return value


def check_text(value: object) -> object:
    """Text joined with ``~`` or returned by a macro: may be as long as a whole letter."""
    return check_value(value, MAX_OUTPUT)


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


# -- the sandbox -------------------------------------------------------------------------

# A width or precision in a format ("%1000000000d", "{:>1000000000}") makes a huge string.
_WIDE = re.compile(r"\d{7,}")


def _check_format(text: object) -> None:
    if isinstance(text, str) and _WIDE.search(text):
        raise TemplateLimit("value")


def _bounded_range(*args: int) -> range:
    found = range(*args)
    if len(found) > MAX_VALUE:
        raise TemplateLimit("range")
    return found


def _bounded(sequence: Iterable[Any]) -> Iterator[Any]:
    """Every {% for %} loop's sequence: each item is a step."""
    for item in sequence:
        step()
        yield item


_PADDING = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})


def _check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """A str method that pads or repeats: its arguments decide the size of the result."""
    name = getattr(obj, "__name__", "")
    method = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    text = getattr(method, "__self__", None)
    if not isinstance(text, str):
        return
    widths = (*args, *kwargs.values())
    if name in _PADDING and any(isinstance(a, int) and a > MAX_VALUE for a in widths):
        raise TemplateLimit("value")
    if name in ("format", "format_map"):
        _check_format(text)
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        grows = text.count(args[0]) if args[0] else len(text) + 1
        if len(text) + grows * _size(args[1]) > MAX_VALUE:
            raise TemplateLimit("value")


def _guarded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose result is bounded: no width over MAX_VALUE, no result longer."""

    first = 1 if _PassArg.from_obj(function) is not None else 0  # context, eval_ctx, env

    @functools.wraps(function)  # keeps jinja_pass_arg (pass_context, ...)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        given = args[first:]  # the value the filter is applied to, then its arguments
        for value in (*given[1:], *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and value > MAX_VALUE:
                raise TemplateLimit("value")
        if function.__name__ == "do_replace" and len(given) >= 3:
            source, old, new = (str(a) for a in given[:3])
            grows = source.count(old) if old else len(source) + 1
            if len(source) + grows * len(new) > MAX_VALUE:
                raise TemplateLimit("value")
        if function.__name__ == "do_format" and given:
            _check_format(given[0])
        if function.__name__ == "do_join" and given:  # the parts are counted before joining
            parts = list(given[0]) if not isinstance(given[0], str) else [given[0]]
            if _size(parts, MAX_VALUE) > MAX_VALUE:
                raise TemplateLimit("value")
            args = (*args[:first], parts, *given[1:])
        result = function(*args, **kwargs)
        return check_text(result) if hasattr(result, "__html__") else check_value(result)

    return guarded


class _BoundedCode(CodeGenerator):
    """Counts what a template prints: constant text as it is written out, values in
    finalize (see templates._finalize); and bounds ``a ~ b``."""

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        constant = sum(len(c.data) for c in node.nodes if isinstance(c, nodes.TemplateData))
        if constant:
            self.writeline(f"environment.spend({constant})")
        super().visit_Output(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.check_text(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(SandboxedEnvironment):
    """Jinja2's sandbox with a budget per render (see the module's text)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BoundedCode

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _bounded_range
        self.filters = {name: _guarded_filter(f) for name, f in self.filters.items()}
        self.filters[BOUNDED] = _bounded

    spend = staticmethod(spend)
    check_text = staticmethod(check_text)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every loop's sequence goes through the BOUNDED filter: each item is a step."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            wrapped = nodes.Filter(loop.iter, BOUNDED, [], [], None, None, lineno=loop.lineno)
            loop.iter = wrapped.set_environment(self)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(n, int) and _size(seq, MAX_VALUE) * n > MAX_VALUE:
                    raise TemplateLimit("value")
        elif operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise TemplateLimit("value")
        elif operator == "%":
            _check_format(left)
        elif operator == "+" and _size(left, MAX_VALUE) + _size(right, MAX_VALUE) > MAX_VALUE:
            raise TemplateLimit("value")
        return check_value(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        step()
        _check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        return check_text(result) if hasattr(result, "__html__") else check_value(result)


__all__ = [
    "MAX_OUTPUT",
    "MAX_SECONDS",
    "MAX_STEPS",
    "MAX_VALUE",
    "BoundedSandbox",
    "Budget",
    "TemplateLimit",
    "budget",
    "recording",
    "sha256",
    "spend",
    "step",
    "used",
]
