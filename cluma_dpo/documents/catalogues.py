"""The wording of the letters: gettext catalogues per language, read with Babel.

``resources/locale/<language>/LC_MESSAGES/letters.po`` is shipped; the DPO's
``<data dir>/templates/<language>/letters.po`` overrides single wordings (each must use the
placeholders of the original). Read once and cached until either file changes.
"""

from __future__ import annotations

import gettext as gettext_module
import re
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg
from cluma_dpo.paths import resource

CATALOGUE = "letters"  # <language>/letters.po in the DPO's folder; the gettext domain
SHIPPED_LOCALE: Path = resource("locale")


def shipped_catalogue(language: str) -> Path:
    return SHIPPED_LOCALE / language / "LC_MESSAGES" / f"{CATALOGUE}.po"


def own_catalogue(language: str, templates_dir: Path) -> Path:
    return templates_dir / language / f"{CATALOGUE}.po"


def _stamp(path: Path | None) -> float | None:
    try:
        return path.stat().st_mtime_ns if path is not None else None
    except OSError:
        return None


def _read_catalogue(path: Path, language: str) -> Catalog:
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=language, abort_invalid=True)
    except (OSError, PoFileError, ValueError) as exc:
        raise ValidationError(msg("wording.unreadable", path=str(path), problem=str(exc))) from exc


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


@lru_cache(maxsize=32)
def _translations(
    language: str, own: Path | None, _shipped_stamp: float | None, _own_stamp: float | None
) -> gettext_module.GNUTranslations:
    catalogue = _read_catalogue(shipped_catalogue(language), language)
    if own is not None and _own_stamp is not None:
        for message in _read_catalogue(own, language):
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
    return gettext_module.GNUTranslations(buffer)


def catalogues(language: str, templates_dir: Path | None = None) -> gettext_module.GNUTranslations:
    """The shipped wording of `language`, with the DPO's ``letters.po`` over it (cached;
    a catalogue edited since is read again)."""
    own = own_catalogue(language, templates_dir) if templates_dir is not None else None
    return _translations(language, own, _stamp(shipped_catalogue(language)), _stamp(own))
