"""The screen language: Qt translators for it, and dates and amounts formatted by Babel.

English is the source language of every string; Dutch (the default) and French come from
resources/translations/cluma_dpo_<lang>.qm, Qt's own buttons from its qtbase_<lang>.qm.
Before the database is open the language is the one used last (QSettings, not personal)
or the system's; after unlocking it is the setting interface.language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import cast

from babel.dates import format_skeleton, format_time
from babel.numbers import format_currency, get_decimal_symbol
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cluma_dpo.domain.messages import Message

# Qt's QT_TRANSLATE_NOOP(context, text): marks `text` for lupdate (which finds the calls by
# this name) and returns it unchanged. PySide6's stubs declare it to return object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
REMEMBERED_KEY = "interface/language"
# Belgian conventions in Dutch and French; English screens read as British English does.
_BABEL = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
_QT = {"nl": QLocale.Language.Dutch, "fr": QLocale.Language.French, "en": QLocale.Language.English}

_translators: list[QTranslator] = []
_active = {"language": "en"}  # no translator installed: the English source texts


def system_language() -> str:
    """Dutch or French when the system speaks it; Dutch otherwise (Cluma's own language)."""
    code = QLocale.system().name()[:2].lower()
    return code if code in ("nl", "fr") else DEFAULT_LANGUAGE


def start_language() -> str:
    """The language before unlocking: the one used last, else the system's."""
    from cluma_dpo.gui.ui_settings import ui_settings

    remembered = str(ui_settings().value(REMEMBERED_KEY, "") or "")
    return remembered if remembered in LANGUAGES else system_language()


def remember_language(language: str) -> None:
    from cluma_dpo.gui.ui_settings import ui_settings

    if language in LANGUAGES:
        ui_settings().setValue(REMEMBERED_KEY, language)


def active_language() -> str:
    return _active["language"]


def qm_dir() -> str:
    from cluma_dpo.paths import resource

    return str(resource("translations"))


def available(language: str) -> bool:
    """Whether the screens can be shown in `language` (English always can)."""
    return language == "en" or (
        language in LANGUAGES and Path(qm_dir(), f"cluma_dpo_{language}.qm").is_file()
    )


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Qt's own strings and ours in `language`; English (the source) when none is found.

    True when our translation was found (always True for English, the source language).
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    found = language == "en"
    ours = QTranslator(app)
    if language != "en" and ours.load(f"cluma_dpo_{language}", qm_dir()):
        found = True
        app.installTranslator(ours)
        _translators.append(ours)
        qt = QTranslator(app)  # Qt's own buttons (OK, Cancel, Yes, No) in the same language
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _translators.append(qt)
    _active["language"] = language if found else "en"
    QLocale.setDefault(QLocale(_QT[_active["language"]], QLocale.Country.Belgium))
    return found


# -- formats (Babel, for the active language) -----------------------------------------------


def babel_locale() -> str:
    return _BABEL[_active["language"]]


@lru_cache(maxsize=8192)
def _date_text(skeleton: str, d: date, locale: str) -> str:
    # Babel takes ~0.1 ms a date; a list page shows 600 of them, from few distinct days.
    return str(format_skeleton(skeleton, d, locale=locale))


def short_date(d: date | None) -> str:
    """The numeric date of the active locale (5/11/2026); a dash for no date."""
    return _date_text("yMMdd", d, babel_locale()) if d else "—"


def long_date(d: date | None) -> str:
    """5 nov 2026 / 5 nov. 2026 / 5 Nov 2026; a dash for no date."""
    return _date_text("yMMMd", d, babel_locale()) if d else "—"


def timestamp(at: datetime) -> str:
    """An audit time (stored in UTC) in local time, to the minute."""
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return f"{short_date(local.date())} {format_time(local, 'HH:mm', locale=babel_locale())}"


def decimal_symbol() -> str:
    """ "," in Dutch and French, "." in English (Babel's CLDR data for the locale)."""
    return str(get_decimal_symbol(babel_locale()))


def money(amount: Decimal | str | float) -> str:
    """An amount in euro: € 10,00 (nl), 10,00 € (fr)."""
    return format_currency(Decimal(str(amount)), "EUR", locale=babel_locale())


def say(message: Message | str | None) -> str:
    """A message of the domain, the services or the CLI in the screens' language.

    A `str` is text that is not a message (typed by the user, a reference) and is shown
    as it is.
    """
    if message is None:
        return ""
    if isinstance(message, Message):
        from cluma_dpo.texts import render

        return render(message, active_language())
    return message
