"""Letter templates: one Jinja2 structure per kind, the wording per language in a catalogue.

Shipped: ``resources/templates/<kind>.j2`` plus ``_letter.j2`` (the words around every
letter: salutation, closing, labels) and ``_sections.j2`` (sections shared by several
kinds), with every sentence in a gettext call (Jinja2's i18n extension, newstyle); the
wording is in ``resources/locale/<language>/LC_MESSAGES/letters.po`` (msgids in English).
The DPO's folder (usually ``<data dir>/templates``) may hold ``<language>/<kind>.j2``, which
replaces the structure for that language, and ``<language>/letters.po``, whose wordings
replace the shipped ones (see `catalogues`).

A template renders to a small paragraph markup (see `parse_markup`) and exports a few
variables with ``{% set %}`` (``subject_line``, ``enclosures``, ...). Every value from the
database reaches the output escaped: autoescaping is on, and `_finalize` also turns its
line breaks into ``<br/>`` and defuses a leading ``-``/``#``/``>`` so that a value can
never start a paragraph, a bullet or a heading (design.md, "Text in documents is data"),
also when it is a variable of a ``{% trans %}`` block.
"""

from __future__ import annotations

import gettext as gettext_module
import re
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    pass_context,
)
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from markupsafe import Markup, escape

from cluma_dpo.documents import template_limits
from cluma_dpo.documents.catalogues import CATALOGUE as CATALOGUE
from cluma_dpo.documents.catalogues import SHIPPED_LOCALE as SHIPPED_LOCALE
from cluma_dpo.documents.catalogues import catalogues as catalogues
from cluma_dpo.documents.catalogues import own_catalogue as own_catalogue
from cluma_dpo.documents.catalogues import shipped_catalogue as shipped_catalogue
from cluma_dpo.documents.own_files import OwnEnvironment, TemplateLoader
from cluma_dpo.documents.pdfkit import clean, esc
from cluma_dpo.documents.template_limits import TemplateLimit
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.paths import resource

SHIPPED_TEMPLATES: Path = resource("templates")
LANGUAGES = ("nl", "fr", "en", "de")
BASE = "_letter"  # the words around every letter

_LEADING_MARK = re.compile(r"^(\s*)([-#>*•])")


def _finalize(value: object) -> object:
    """Every ``{{ value }}``: template markup passes, anything else becomes inert text.
    Both are counted as printed (issue 16: markup such as ``tojson``'s was not)."""
    if hasattr(value, "__html__"):
        template_limits.spend(len(value))  # type: ignore[arg-type]  # markup is a str
        return value
    if value is None:
        return ""
    template_limits.check_input(value)  # measured before it becomes text
    # every line break str.splitlines knows (also U+2028, U+2029, U+0085 and the file and
    # record separators) is a <br/>: parse_markup splits lines the same way, so a value
    # could otherwise start a heading, bullet or paragraph of its own
    text = "<br/>".join(str(escape(clean(value))).splitlines())
    # A value placed at the start of a line must not become a bullet or a heading.
    text = _LEADING_MARK.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", text)
    template_limits.spend(len(text))  # what a template prints is bounded (issue 16)
    return Markup(text)


# -- the catalogues ------------------------------------------------------------------------


_UNDEFINED_NAME = re.compile(r"'[A-Za-z_]\w{0,40}' is undefined")


def _lookup(
    translations: gettext_module.GNUTranslations, message: str, context: str | None = None
) -> str:
    """The wording of `message`; with a context (a form of address, say) its own wording
    when the catalogue has one, else the wording without context."""
    # GNUTranslations keeps its messages in _catalog; gettext() alone cannot tell a missing
    # wording from one equal to its msgid.
    found: Mapping[str, str] = translations._catalog  # type: ignore[attr-defined]  # untyped
    if context is not None:
        own = found.get(f"{context}\x04{message}")
        if own:
            return own
    return found.get(message) or message


def letter_wording(language: str, message: str, form: str | None = None) -> str:
    """A letter catalogue's wording outside a template (the e-mail draft greets and closes
    as its letter does); plain text, %(name)s-style placeholders left to the caller."""
    return _lookup(catalogues(language), message, form)


def _formatted(context: Context, wording: str, variables: Mapping[str, Any]) -> str:
    """Newstyle gettext: the wording is markup, the variables are data (escaped, defused)."""
    values = {name: _finalize(value) for name, value in variables.items()}
    template_limits.check_format(wording, values.values())  # the DPO's wording: "%(name)s" * n
    if context.eval_ctx.autoescape:
        return Markup(wording) % values
    return wording % values


def _gettext_functions(language: str, templates_dir: Path | None) -> dict[str, Callable[..., str]]:
    def translations() -> gettext_module.GNUTranslations:
        return catalogues(language, templates_dir)

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> str:
        return _formatted(context, _lookup(translations(), message), variables)

    @pass_context
    def pgettext(context: Context, form: str, message: str, **variables: Any) -> str:
        return _formatted(context, _lookup(translations(), message, form), variables)

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, n: int, **variables: Any) -> str:
        wording = translations().ngettext(singular, plural, n)
        return _formatted(context, wording, {"num": n, **variables})

    @pass_context
    def npgettext(
        context: Context, form: str, singular: str, plural: str, n: int, **variables: Any
    ) -> str:
        wording = translations().npgettext(form, singular, plural, n)
        return _formatted(context, wording, {"num": n, **variables})

    def term(value: object) -> str:
        """A value from the settings in the letter's language when the catalogue knows it
        ("social-media login"); else unchanged. Plain text: printed escaped like any value."""
        raw = clean(value)
        return _lookup(translations(), raw) if raw else raw

    return {
        "gettext": gettext,
        "_": gettext,
        "pgettext": pgettext,
        "ngettext": ngettext,
        "npgettext": npgettext,
        "term": term,
    }


# -- the environment -------------------------------------------------------------------------


@lru_cache(maxsize=16)
def environment(templates_dir: Path | None = None, language: str = "nl") -> Environment:
    """The Jinja2 environment for one override folder and language (built once, templates
    cached). Sandboxed: a template file in the data dir can print and format, not run code.
    """
    check_language(language)
    env = OwnEnvironment(
        loader=TemplateLoader(templates_dir, language),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.policies["ext.i18n.trimmed"] = True  # a sentence may run over several source lines
    env.newstyle_gettext = True  # type: ignore[attr-defined]  # set by the i18n extension
    env.globals.update(_gettext_functions(language, templates_dir))
    return env


def template_name(kind: str, language: str) -> str:
    """Where the DPO's copy of `kind` for `language` lives, relative to their folder."""
    return f"{language}/{kind}.j2"


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            msg(
                "template.language_unsupported",
                language=repr(language),
                allowed=", ".join(LANGUAGES),
            )
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
    """Render ``<kind>.j2`` in `language`, with ``_letter.j2``'s exports as defaults."""
    check_language(language)
    env = environment(templates_dir, language)
    name = current = f"{kind}.j2"
    try:
        with template_limits.budget():  # one budget for the words around and the letter
            current = f"{BASE}.j2"
            base = env.get_template(current).make_module(dict(context))
            current = name
            module = env.get_template(name).make_module(dict(context))
            body = tame(str(module))
            template_limits.check_letter(_paragraphs(body, _exports(base), _exports(module)))
    except TemplateLimit as exc:
        # a loop without end, a gigantic value: refused, never a hang or an internal error
        raise ValidationError(
            msg(
                "template.too_costly",
                where="/".join((language, current)),
                limit=Message(f"template.limit.{exc.what}"),
            )
        ) from None
    except TemplateNotFound as exc:
        raise ValidationError(
            msg("template.missing", name=str(exc.name), kind=repr(kind), language=repr(language))
        ) from exc
    except TemplateSyntaxError as exc:
        where = "/".join((language, exc.name or name))
        raise ValidationError(
            msg(
                "template.syntax",
                where=where,
                line=exc.lineno,
                problem=str(exc.message),
            )
        ) from exc
    except ValidationError:
        raise
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, RecursionError,
            AttributeError, SyntaxError) as exc:  # fmt: skip
        # SyntaxError: Python refuses the code Jinja2 made of a template nested too deep (200
        # {% if %} blocks: "too many levels of indentation"; 25 {% for %}: "statically
        # nested blocks"); it is the template's fault, not the program's
        # The message of such an error can quote a value of the letter (a name): shown only
        # when it names a variable of the template ("'no_such_value' is undefined").
        message = getattr(exc, "message", None) or ""
        # a sandbox refusal names an attribute and a type, never a value
        shown = isinstance(exc, SecurityError) or _UNDEFINED_NAME.fullmatch(message)
        said = f": {message}" if shown else ""
        where = "/".join((language, name))
        raise ValidationError(
            msg(
                "template.cannot_fill",
                where=where,
                problem=type(exc).__name__ + said,
            )
        ) from None
    parts = {
        name: Markup(tame(str(value))) if hasattr(value, "__html__") else value
        for name, value in {**_exports(base), **_exports(module)}.items()
    }
    return RenderedTemplate(body=body, parts=parts)


def _paragraphs(body: str, *exports: Mapping[str, Any]) -> Iterator[str]:
    """The paragraphs of a rendered letter: its body and the texts it exported."""
    yield from (block.text for block in parse_markup(body))
    for found in exports:
        for value in found.values():
            for item in value if isinstance(value, list | tuple) else [value]:
                if isinstance(item, str):
                    yield from (block.text for block in parse_markup(item))


# The paragraph markup a template may write: bold, italic and a line break. Any other tag
# (<font size=80>, <img src=...>, <a href=...>), from a template or wording override, prints
# as text: an image tag would make reportlab read any file the program can read.
_TAG = re.compile(r"<(?!/?[bi]>|br\s*/>)[^>]*>")


def tame(markup: str) -> str:
    """`markup` with every tag but <b>, <i> and <br/> turned into text."""
    return _TAG.sub(lambda m: str(escape(m.group(0))), markup)


def shipped_kinds() -> list[str]:
    """The structures shipped (``acknowledgement``, ..., ``_letter``, ``_sections``)."""
    return sorted(p.stem for p in SHIPPED_TEMPLATES.glob("*.j2"))


def copy_template(kind: str, language: str, templates_dir: Path) -> Path:
    """Copy a shipped structure, or the wording catalogue (`kind` "letters"), into the DPO's
    folder for `language` for editing (kept if already there)."""
    check_language(language)
    if kind == CATALOGUE:
        source, target = shipped_catalogue(language), own_catalogue(language, templates_dir)
    else:
        source, target = SHIPPED_TEMPLATES / f"{kind}.j2", templates_dir / language / f"{kind}.j2"
    if not source.is_file():
        raise ValidationError(msg("template.not_shipped", kind=repr(kind)))
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
