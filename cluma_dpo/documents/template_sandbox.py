"""The sandbox the letters render in: Jinja2's, with the limits of `template_limits`
(issue 16, finding 9).

Every loop step, call, filter and test is a step of the render's budget. Before a
built-in runs, what it would make is estimated from its arguments: a width, a separator, a
wrap or indent string, a placeholder repeated, an integer raised to a power; over the
limit it does not run. Every value is measured before it becomes text (printed, joined with
``~``, formatted, given to a filter or method), and what it made is measured after. The
globals a letter has no use for (``lipsum``, ``cycler``, ``joiner``) are not there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import _PassArg

from cluma_dpo.documents.template_limits import (
    BOUNDED,
    MAX_EXPONENT,
    MAX_INT_BITS,
    MAX_VALUE,
    TemplateLimit,
    check_format,
    check_input,
    check_text,
    check_value,
    size_of,
    spend,
    step,
    text_size,
)

# Jinja2's globals a letter has no use for: lipsum(n=10**8) wrote for ever.
UNNEEDED_GLOBALS = ("lipsum", "cycler", "joiner")


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


def _too_big(estimate: int) -> None:
    if estimate > MAX_VALUE:
        raise TemplateLimit("value")


def _width(value: object) -> int:
    """An indent or separator given as a number of spaces or as a text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return text_size(value)


# -- the filters: what each would make, from its arguments ------------------------------


def _wordwrap(s: object, width: int = 79, brk: bool = True, wrapstring: object = None,
              *_: object, **kw: object) -> None:  # fmt: skip
    """At most one line per character, each ended by the wrap string."""
    text = text_size(s)
    _too_big(text + (text + 1) * max(1, text_size(kw.get("wrapstring", wrapstring) or "")))


def _indent(s: object, width: object = 4, *_: object, **kw: object) -> None:
    lines = str(s).count("\n") + 1 if isinstance(s, str) else 1
    _too_big(text_size(s) + lines * _width(kw.get("width", width)))


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _batch(value: object, linecount: object = 0, fill_with: object = None, **kw: object) -> None:
    count = _count(kw.get("linecount", linecount))
    _too_big(count * size_of(kw.get("fill_with", fill_with), MAX_VALUE))


def _slice(value: object, slices: object = 0, fill_with: object = None, **kw: object) -> None:
    count = _count(kw.get("slices", slices))
    _too_big(count * size_of(kw.get("fill_with", fill_with), MAX_VALUE))


def _tojson(value: object, indent: object = None, **kw: object) -> None:
    indent = kw.get("indent", indent)
    if indent is not None:  # every item on a line of its own, indented
        _too_big((size_of(value, MAX_VALUE) + 1) * (1 + _width(indent)))


def _sum(iterable: object, attribute: object = None, start: object = 0, **kw: object) -> None:
    """Numbers only: adding up lists copies each sum again (quadratic)."""
    start = kw.get("start", start)
    if not isinstance(start, int | float | Decimal):
        raise TemplateLimit("value")


def _format(value: object, *args: object, **kwargs: object) -> None:
    check_format(value, (*args, *kwargs.values()))


def _replace(s: object, old: object = "", new: object = "", *_: object, **__: object) -> None:
    source, old, new = str(s), str(old), str(new)
    grows = source.count(old) if old else len(source) + 1
    _too_big(len(source) + grows * len(new))


_ESTIMATES: dict[str, Callable[..., None]] = {
    "do_wordwrap": _wordwrap,
    "do_indent": _indent,
    "do_batch": _batch,
    "do_slice": _slice,
    "do_tojson": _tojson,
    "do_sum": _sum,
    "do_format": _format,
    "do_replace": _replace,
}


def _guarded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter is a step; its value and arguments are measured, what it would make is
    estimated (`_ESTIMATES`), what it made is measured."""

    first = 1 if _PassArg.from_obj(function) is not None else 0  # context, eval_ctx, env
    estimate = _ESTIMATES.get(function.__name__)

    @functools.wraps(function)  # keeps jinja_pass_arg (pass_context, ...)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        step()
        given = args[first:]  # the value the filter is applied to, then its arguments
        for value in (*given, *kwargs.values()):
            check_input(value)
        for value in (*given[1:], *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and value > MAX_VALUE:
                raise TemplateLimit("value")
        if function.__name__ == "do_join" and given:  # the parts are counted before joining
            parts = list(given[0]) if not isinstance(given[0], str) else [given[0]]
            separator = kwargs.get("d", given[1] if len(given) > 1 else "")
            _too_big(size_of(parts, MAX_VALUE) + len(parts) * text_size(separator))
            args = (*args[:first], parts, *given[1:])
        elif estimate is not None and given:
            estimate(*given, **kwargs)
        result = function(*args, **kwargs)
        return check_text(result) if hasattr(result, "__html__") else check_value(result)

    return guarded


def _counted_test(function: Any) -> Any:
    """A test is a step: ``select('in', a long list)`` runs one per item."""

    @functools.wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        step()
        return function(*args, **kwargs)

    return counted


# -- methods of str, bytes, int, list, dict, set ---------------------------------------

_PADDING = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
_GROWS = (list, dict, set)


def _check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """A method whose arguments decide the size of its result; returns the arguments to
    call it with (an iterable given to ``join`` is read once, here)."""
    name = getattr(obj, "__name__", "")
    method = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(method, "__self__", None)
    if isinstance(owner, int) and name == "to_bytes":
        length = kwargs.get("length", args[0] if args else 1)
        _too_big(length if isinstance(length, int) else 0)
    if not isinstance(owner, str | bytes):
        return args
    widths = (*args, *kwargs.values())
    if name in _PADDING and any(isinstance(a, int) and a > MAX_VALUE for a in widths):
        raise TemplateLimit("value")
    if name == "expandtabs":
        size = next((a for a in widths if isinstance(a, int)), 8)
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        _too_big(len(owner) + tabs * size)
    if name in ("format", "format_map"):
        check_format(owner, (*args, *kwargs.values()), braces=True)
        for value in (*args, *kwargs.values()):
            if isinstance(value, dict):  # format_map: its values fill the placeholders
                check_format(owner, value.values(), braces=True)
    if name == "replace" and len(args) >= 2 and type(args[0]) is type(owner):
        grows = owner.count(args[0]) if args[0] else len(owner) + 1  # type: ignore[arg-type]  # str with str, bytes with bytes: checked above
        _too_big(len(owner) + grows * size_of(args[1]))
    if name == "join" and args:
        parts = list(args[0])
        _too_big(size_of(parts, MAX_VALUE) + len(parts) * len(owner))
        args = (parts, *args[1:])
    if name == "translate" and args and isinstance(args[0], dict):
        longest = max((size_of(v, MAX_VALUE) for v in args[0].values()), default=1)
        _too_big(len(owner) * max(1, longest))
    return args


class _BoundedCode(CodeGenerator):
    """Counts what a template prints: constant text as it is written out, values in
    finalize (see templates._finalize); measures each part of ``a ~ b`` before joining and
    the result after; measures each list, tuple and dict written in the template."""

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        constant = sum(len(c.data) for c in node.nodes if isinstance(c, nodes.TemplateData))
        if constant:
            self.writeline(f"environment.spend({constant})")
        super().visit_Output(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.check_text({join}((")
        for part in node.nodes:
            self.write("environment.check_input(")
            self.visit(part, frame)
            self.write("), ")
        self.write(")))")

    def _literal(self, visit: Callable[[Any, Frame], None], node: Any, frame: Frame) -> None:
        if getattr(node, "ctx", "load") != "load":  # a target: {% for a, b in ... %}
            visit(node, frame)
            return
        self.write("environment.check_value(")
        visit(node, frame)
        self.write(")")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:
        self._literal(super().visit_List, node, frame)

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:
        self._literal(super().visit_Tuple, node, frame)

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self._literal(super().visit_Dict, node, frame)


class BoundedSandbox(SandboxedEnvironment):
    """Jinja2's sandbox with a budget per render (see the module's text)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BoundedCode

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in UNNEEDED_GLOBALS:
            self.globals.pop(name, None)
        self.globals["range"] = _bounded_range
        self.filters = {name: _guarded_filter(f) for name, f in self.filters.items()}
        self.filters[BOUNDED] = _bounded
        self.tests = {name: _counted_test(f) for name, f in self.tests.items()}

    spend = staticmethod(spend)
    check_text = staticmethod(check_text)
    check_input = staticmethod(check_input)
    check_value = staticmethod(check_value)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every loop's sequence goes through the BOUNDED filter: each item is a step."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            wrapped = nodes.Filter(loop.iter, BOUNDED, [], [], None, None, lineno=loop.lineno)
            loop.iter = wrapped.set_environment(self)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_input(left)
        check_input(right)
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(n, int) and size_of(seq, MAX_VALUE) * n > MAX_VALUE:
                    raise TemplateLimit("value")
        elif operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise TemplateLimit("value")
            grows = isinstance(left, int) and isinstance(right, int) and right > 0
            if grows and left.bit_length() * right > MAX_INT_BITS:  # (9 ** 10000) ** 9999
                raise TemplateLimit("value")
        elif operator == "%":
            values = right.values() if isinstance(right, dict) else right
            check_format(left, values if isinstance(right, tuple | dict) else (right,))
        elif operator == "+" and size_of(left, MAX_VALUE) + size_of(right, MAX_VALUE) > MAX_VALUE:
            raise TemplateLimit("value")
        return check_value(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        step()
        for value in (*args, *kwargs.values()):
            check_input(value)
        args = _check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, _GROWS):  # l.extend(l) forty times: a list of 2**40 items
            _too_big(size_of(owner, MAX_VALUE))
        return check_text(result) if hasattr(result, "__html__") else check_value(result)


__all__ = ["UNNEEDED_GLOBALS", "BoundedSandbox"]
