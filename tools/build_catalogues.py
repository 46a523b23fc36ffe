"""The message catalogues: extract the codes, update the .po files, compile the .mo files.

    python tools/build_catalogues.py            extract, update every language, compile
    python tools/build_catalogues.py --check    exit 1 when a code of the source has no
                                                translation (or a fuzzy one) in a language,
                                                a text names other {placeholders} than the
                                                English one, or a .mo is not what the .po
                                                compiles to
    python tools/build_catalogues.py --stats    how finished each language is

What `pybabel extract / update / compile` do, with the options this project needs, through
Babel's own API (the same code, no shell): every `msg("code", ...)`, `msg_n("code",
"code.plural", n)` and `N_("code")` of cluma_dpo/ becomes an entry of
resources/locale/messages.pot; resources/locale/<lang>/LC_MESSAGES/messages.po holds each
language's text, English included (the codes are not English). The .mo files are
committed: the program runs from a checkout and from the wheel without a build step.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "cluma_dpo"
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "messages.pot"
LANGUAGES = ("nl", "fr", "en", "de")
KEYWORDS = {"msg": (1,), "msg_n": (1, 2), "N_": (1,)}
# Fixed header dates: a run that changes no text changes no file (no churn, no conflicts).
_STAMP = datetime(2026, 12, 1, tzinfo=UTC)
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)[^{}]*\}(?!\})")


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "messages.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def extract() -> Catalog:
    template = _catalog(None)
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(SOURCE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        if isinstance(message, tuple):
            template.add(message, locations=())  # (singular, plural)
        elif message:
            template.add(message, locations=())
    return template


def _catalog(language: str | None) -> Catalog:
    return Catalog(
        locale=language,
        domain="messages",
        header_comment="# The messages of cluma-dpo (tools/build_catalogues.py).",
        project="cluma-dpo",
        version="2",
        copyright_holder="Cluma Engineering NV",
        msgid_bugs_address="dpo@cluma.com",
        creation_date=_STAMP,
        revision_date=_STAMP,
        last_translator="Cluma DPO office",
        language_team="Cluma DPO office",
        fuzzy=False,
    )


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.is_file():
        return _catalog(language)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain="messages")
    catalog.creation_date = catalog.revision_date = _STAMP
    return catalog


def write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True, omit_header=False)
    path.write_bytes(out.getvalue())


def compiled(catalog: Catalog) -> bytes:
    out = BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _placeholders(text: object) -> set[str]:
    texts = text if isinstance(text, tuple | list) else (text,)
    return {name for t in texts if isinstance(t, str) for name in _PLACEHOLDER.findall(t)}


def update(template: Catalog) -> None:
    LOCALE.mkdir(parents=True, exist_ok=True)
    write(template, POT)
    for language in LANGUAGES:
        catalog = read(language)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()  # a code the program no longer says: its texts would mislead
        write(catalog, po_path(language))
        mo_path(language).write_bytes(compiled(read(language)))


def fill(texts: dict[str, dict[str, object]], *, overwrite: bool) -> int:
    """Put texts into the catalogues: {code: {language: text or [singular, plural]}}."""
    changed = 0
    for language in LANGUAGES:
        catalog = read(language)
        for code, per_language in texts.items():
            text = per_language.get(language)
            entry = catalog.get(code) or next(
                (m for m in catalog if isinstance(m.id, tuple) and m.id[0] == code), None
            )
            if text is None or entry is None:
                continue
            if entry.string and not entry.fuzzy and not overwrite:
                if (entry.string if not isinstance(text, list) else list(entry.string)) == text:
                    continue
                if any(entry.string if isinstance(entry.string, tuple) else (entry.string,)):
                    continue
            if isinstance(text, list):  # [singular, plural]; French has a third form
                forms = [*text, *[text[-1]] * (catalog.num_plurals - len(text))]
                entry.string = tuple(forms[: catalog.num_plurals])
            else:
                entry.string = str(text)
            entry.flags.discard("fuzzy")
            changed += 1
        write(catalog, po_path(language))
        mo_path(language).write_bytes(compiled(read(language)))
    return changed


def texts_of(folder: Path) -> dict[str, dict[str, object]]:
    """The translated texts of another checkout's catalogues (to merge two branches)."""
    out: dict[str, dict[str, object]] = {}
    for language in LANGUAGES:
        path = folder / language / "LC_MESSAGES" / "messages.po"
        if not path.is_file():
            continue
        with path.open("rb") as handle:
            for m in read_po(handle, locale=language):
                if not m.id or not m.string or m.fuzzy:
                    continue
                code = m.id[0] if isinstance(m.id, tuple) else m.id
                text = list(m.string) if isinstance(m.string, tuple) else m.string
                out.setdefault(str(code), {})[language] = text
    return out


def problems(template: Catalog) -> list[str]:
    found: list[str] = []
    english = read("en")
    for language in LANGUAGES:
        catalog = read(language)
        for message in template:
            if not message.id:
                continue
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            entry = catalog.get(message.id)
            strings = entry.string if entry is not None else None
            texts = strings if isinstance(strings, tuple | list) else (strings,)
            if entry is None or not all(texts):
                found.append(f"{language}: {key} is not translated")
            elif entry.fuzzy:
                found.append(f"{language}: {key} is fuzzy")
            elif language != "en":
                source = english.get(message.id)
                if source is not None and _placeholders(entry.string) != _placeholders(
                    source.string
                ):
                    found.append(f"{language}: {key} names other placeholders than English")
        if mo_path(language).is_file():
            if mo_path(language).read_bytes() != compiled(catalog):
                found.append(f"{language}: messages.mo is stale; run tools/build_catalogues.py")
        else:
            found.append(f"{language}: messages.mo is missing; run tools/build_catalogues.py")
        extra = {m.id for m in catalog if m.id} - {m.id for m in template if m.id}
        for code in sorted(map(str, extra)):
            found.append(f"{language}: {code} is no longer used by the program")
    return found


def stats(template: Catalog) -> None:
    total = sum(1 for m in template if m.id)
    for language in LANGUAGES:
        catalog = read(language)
        done = sum(
            1
            for m in template
            if m.id and (e := catalog.get(m.id)) is not None and e.string and not e.fuzzy
        )
        print(f"{language}: {done}/{total}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    parser.add_argument(
        "--fill",
        metavar="FILE.json",
        help='texts to put in: {"code": {"nl": "...", "fr": "...", "en": "...", "de": "..."}}; '
        "a plural is a list [singular, plural]",
    )
    parser.add_argument(
        "--fill-from",
        metavar="LOCALE_DIR",
        help="take the translations another checkout's resources/locale has and ours lacks",
    )
    parser.add_argument("--overwrite", action="store_true", help="--fill replaces texts")
    args = parser.parse_args(argv)
    template = extract()
    if args.fill or args.fill_from:
        update(template)
        texts = (
            json.loads(Path(args.fill).read_text(encoding="utf-8"))
            if args.fill
            else texts_of(Path(args.fill_from))
        )
        print(f"{fill(texts, overwrite=args.overwrite)} texts put in")
        stats(template)
        return 0
    if args.stats:
        stats(template)
        return 0
    if args.check:
        found = problems(template)
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    update(template)
    stats(template)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
