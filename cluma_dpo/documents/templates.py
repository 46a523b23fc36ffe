"""Letter templates: Jinja2 files per language that the DPO may override in the data dir.

Layout: ``<root>/<language>/<kind>.j2`` plus ``_letter.j2`` (the words around every letter:
salutation, closing, labels) and ``_macros.j2`` (shared sentences). The DPO's folder
(usually ``<data dir>/templates``) is searched before the shipped ``resources/templates``.

A template renders to a small paragraph markup (see `parse_markup`) and exports a few
variables with ``{% set %}`` (``subject_line``, ``enclosures``, ...). Every value from the
database reaches the output escaped: autoescaping is on, and `_finalize` also turns its
line breaks into ``<br/>`` and defuses a leading ``-``/``#``/``>`` so that a value can
never start a paragraph, a bullet or a heading (design.md, "Text in documents is data").
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from cluma_dpo.documents.pdfkit import clean, esc
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.paths import resource

SHIPPED_TEMPLATES: Path = resource("templates")
LANGUAGES = ("nl", "fr", "en", "de")
BASE = "_letter"  # the words around every letter, per language

_LEADING_MARK = re.compile(r"^(\s*)([-#>*•])")


def _finalize(value: object) -> object:
    """Every ``{{ value }}``: template markup passes, anything else becomes inert text."""
    if hasattr(value, "__html__"):
        return value
    if value is None:
        return ""
    text = str(escape(clean(value)))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")
    # A value placed at the start of a line must not become a bullet or a heading.
    text = _LEADING_MARK.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", text)
    return Markup(text)


class _TemplateLoader(FileSystemLoader):
    """Search the DPO's folder first; a copy put there later replaces a cached template."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        pieces = split_template_path(template)
        found = Path(filename).resolve()
        shadowing: list[Path] = []
        for root in self.searchpath:
            candidate = Path(root, *pieces).resolve()
            if candidate == found:
                break
            shadowing.append(candidate)

        def fresh() -> bool:
            return bool(uptodate()) and not any(p.is_file() for p in shadowing)

        return source, filename, fresh


@lru_cache(maxsize=8)
def environment(templates_dir: Path | None = None) -> Environment:
    """The Jinja2 environment for one override folder (built once, templates cached).

    Sandboxed: a template file in the data dir can print and format, not run code.
    """
    roots = [str(SHIPPED_TEMPLATES)]
    if templates_dir is not None:
        roots.insert(0, str(templates_dir))
    return SandboxedEnvironment(
        loader=_TemplateLoader(roots, encoding="utf-8"),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )


def template_name(kind: str, language: str) -> str:
    return f"{language}/{kind}.j2"


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            f"language {language!r} is not supported: use one of {', '.join(LANGUAGES)}"
        )
    return language


@dataclass(frozen=True, slots=True)
class RenderedTemplate:
    """A rendered letter text: its body markup and the variables the templates exported."""

    body: str
    parts: Mapping[str, Any]

    def markup(self, name: str, default: str = "") -> str:
        """An exported variable as Paragraph markup (plain strings are escaped as text)."""
        return as_markup(self.parts.get(name, default))

    def markup_list(self, name: str) -> list[str]:
        value = self.parts.get(name) or []
        if isinstance(value, str):
            value = [value]
        return [as_markup(item) for item in value if str(item).strip()]


def as_markup(value: object) -> str:
    """Markup produced by a template stays markup; any other value is text and is escaped."""
    if hasattr(value, "__html__"):
        return str(value.__html__()).strip()
    return esc(value).strip()


def _exports(module: object) -> dict[str, Any]:
    return {k: v for k, v in vars(module).items() if not k.startswith("_")}


def render_template(
    kind: str, language: str, context: Mapping[str, Any], templates_dir: Path | None = None
) -> RenderedTemplate:
    """Render ``<language>/<kind>.j2`` with ``_letter.j2``'s exports as defaults."""
    check_language(language)
    env = environment(templates_dir)
    name = template_name(kind, language)
    try:
        base = env.get_template(template_name(BASE, language)).make_module(dict(context))
        module = env.get_template(name).make_module(dict(context))
    except TemplateNotFound as exc:
        raise ValidationError(
            f"no template {exc.name} for letter kind {kind!r} in language {language!r}"
        ) from exc
    except TemplateSyntaxError as exc:
        raise ValidationError(
            f"template {exc.name or name} line {exc.lineno}: {exc.message}"
        ) from exc
    except TemplateError as exc:
        raise ValidationError(f"template {name}: {exc.message}") from exc
    return RenderedTemplate(body=str(module), parts={**_exports(base), **_exports(module)})


def copy_template(kind: str, language: str, templates_dir: Path) -> Path:
    """Copy a shipped template into the DPO's folder for editing (kept if already there)."""
    check_language(language)
    name = template_name(kind, language)
    source = SHIPPED_TEMPLATES / name
    if not source.is_file():
        raise ValidationError(f"no shipped template {name}")
    target = templates_dir / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return target


# -- the paragraph markup ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of letter text: "paragraph", "bullet", "heading" or "quote"."""

    kind: str
    text: str  # reportlab Paragraph markup


_PREFIXES = (("- ", "bullet"), ("## ", "heading"), ("> ", "quote"))


def parse_markup(markup: str) -> list[Block]:
    """Split rendered template text into blocks.

    - A blank line ends a paragraph; lines within a paragraph are joined with a space.
    - ``- `` starts a bullet, ``## `` a heading (kept with what follows), ``> `` an
      indented quote (for a reason written by the DPO). Following lines without a blank
      line in between continue the bullet or quote.
    - Inline: reportlab's ``<b>``, ``<i>``, ``<br/>``; write ``&lt;`` for a literal "<".
    """
    blocks: list[Block] = []
    kind: str | None = None
    lines: list[str] = []

    def flush() -> None:
        nonlocal kind, lines
        if kind is not None and lines:
            blocks.append(Block(kind, " ".join(lines)))
        kind, lines = None, []

    for raw in markup.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        for prefix, prefixed_kind in _PREFIXES:
            if line.startswith(prefix):
                flush()
                kind, lines = prefixed_kind, [line[len(prefix) :].strip()]
                if prefixed_kind == "heading":
                    flush()
                break
        else:
            kind = kind or "paragraph"
            lines.append(line)
    flush()
    return blocks
