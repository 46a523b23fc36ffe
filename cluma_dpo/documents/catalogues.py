"""The wording of the letters: gettext catalogues per language, read with Babel.

``resources/locale/<language>/LC_MESSAGES/letters.po`` is shipped; the DPO's
``<data dir>/templates/<language>/letters.po`` overrides single wordings (each must use the
placeholders of the original). Read once and cached until either file changes.
"""

from __future__ import annotations

import contextlib
import gettext as gettext_module
import re
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

from cluma_dpo.documents import template_limits
from cluma_dpo.documents.own_files import own_file, read_own
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.paths import resource

CATALOGUE = "letters"  # <language>/letters.po in the DPO's folder; the gettext domain
SHIPPED_LOCALE: Path = resource("locale")


def shipped_catalogue(language: str) -> Path:
    return SHIPPED_LOCALE / language / "LC_MESSAGES" / f"{CATALOGUE}.po"


def own_catalogue(language: str, templates_dir: Path) -> Path:
    return templates_dir / language / f"{CATALOGUE}.po"


def _stamp(templates_dir: Path | None, language: str) -> tuple[int, int] | None:
    if templates_dir is None:
        return None
    info = own_file(templates_dir, (language, f"{CATALOGUE}.po"))
    return (info.st_mtime_ns, info.st_size) if info is not None else None


def _shipped_stamp(path: Path) -> int | None:
    with contextlib.suppress(OSError):
        return path.stat().st_mtime_ns
    return None


def _parse_catalogue(data: bytes, path: Path, language: str) -> Catalog:
    try:
        return read_po(BytesIO(data), locale=language, abort_invalid=True)
    except (PoFileError, ValueError) as exc:
        raise ValidationError(msg("wording.unreadable", path=str(path), problem=str(exc))) from exc


def _read_catalogue(path: Path, language: str) -> Catalog:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(msg("wording.unreadable", path=str(path), problem=str(exc))) from exc
    return _parse_catalogue(data, path, language)


_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")


def _check_placeholders(path: Path, msgid: object, msgstr: object) -> None:
    """A DPO's wording must use exactly the %(name)s of the original: another name, a %d
    or a bare %s would fail (or print the values' dictionary) in the middle of a letter."""
    original = msgid if isinstance(msgid, str) else str(msgid)
    wording = msgstr if isinstance(msgstr, str) else " ".join(map(str, msgstr))  # type: ignore[call-overload]  # babel: a str, or a tuple of plural forms

    def names(text: str) -> list[str]:
        return sorted(m.group(0) for m in _PLACEHOLDER.finditer(text) if m.group(0) != "%%")

    if sorted(set(names(wording))) != sorted(set(names(original))):
        wanted = sorted(set(names(original)))
        raise ValidationError(
            msg(
                "wording.placeholders",
                path=str(path),
                original=repr(original[:60]),
                names=", ".join(wanted) if wanted else msg("wording.no_placeholders"),
            )
        )


class _Translations(gettext_module.GNUTranslations):
    own_sha256: str | None = None  # of the DPO's letters.po as read, when there is one


@lru_cache(maxsize=32)
def _translations(
    language: str,
    templates_dir: Path | None,
    _shipped_stamp: int | None,
    _own_stamp: tuple[int, int] | None,
) -> _Translations:
    catalogue = _read_catalogue(shipped_catalogue(language), language)
    parts = (language, f"{CATALOGUE}.po")
    data = read_own(templates_dir, parts) if templates_dir is not None else None
    own = own_catalogue(language, templates_dir) if templates_dir is not None else None
    if own is not None and data is not None:
        for message in _parse_catalogue(data, own, language):
            if not (message.id and message.string) or message.fuzzy:
                continue
            _check_placeholders(own, message.id, message.string)
            shipped = catalogue.get(message.id, message.context)
            if shipped is None:
                catalogue[message.id] = message
            else:
                shipped.string = message.string  # the DPO's wording wins, one msgid at a time
    buffer = BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    found = _Translations(buffer)
    if data is not None:
        found.own_sha256 = template_limits.sha256(data)
    return found


def catalogues(language: str, templates_dir: Path | None = None) -> gettext_module.GNUTranslations:
    """The shipped wording of `language`, with the DPO's ``letters.po`` over it (cached;
    a catalogue edited since is read again). Inside `template_limits.recording()` the
    DPO's catalogue, when there is one, is recorded as used."""
    shipped = _shipped_stamp(shipped_catalogue(language))
    found = _translations(language, templates_dir, shipped, _stamp(templates_dir, language))
    if found.own_sha256 is not None:
        template_limits.used(f"{language}/{CATALOGUE}.po", found.own_sha256)
    return found
