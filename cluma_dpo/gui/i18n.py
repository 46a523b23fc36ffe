"""The screen language: Qt translators for it, and dates and amounts formatted by Babel.

English is the source language of every string; Dutch (the default), French and German come
from resources/translations/cluma_dpo_<lang>.qm, Qt's own buttons from its qtbase_<lang>.qm.
Dates and amounts are cluma_dpo.texts' (one implementation for the screens, the CLI and the
documents), in the screens' language. Domain messages are rendered by `say`.
Before the database is open the language is the one used last (QSettings, not personal)
or the system's; after unlocking it is the setting interface.language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import cast

from babel.numbers import get_decimal_symbol
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cluma_dpo import texts
from cluma_dpo.domain.messages import Message
from cluma_dpo.paths import DB_NAME

# Qt's QT_TRANSLATE_NOOP(context, text): marks `text` for lupdate (which finds the calls by
# this name) and returns it unchanged. PySide6's stubs declare it to return object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

LANGUAGES = ("nl", "fr", "en", "de")
DEFAULT_LANGUAGE = "nl"
REMEMBERED_KEY = "interface/language"
_QT = {
    "nl": QLocale.Language.Dutch,
    "fr": QLocale.Language.French,
    "en": QLocale.Language.English,
    "de": QLocale.Language.German,
}

# Strings of Qt's own dialogs that Qt 6.11 gave a mnemonic ("&Look in:" was "Look in:") and
# whose qtbase_nl/fr.qm still only translate the old form: the Save dialog said "Look in:"
# and "Files of type:" in Dutch. Listed here, lupdate puts them in our .ts files (context
# QFileDialog), and our translator, asked before Qt's, answers them.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_translators: list[QTranslator] = []
_active = {"language": "en"}  # no translator installed: the English source texts


def system_language() -> str:
    """Dutch, French or German when the system speaks it (Belgium's three languages); Dutch
    otherwise (Cluma's own language)."""
    code = QLocale.system().name()[:2].lower()
    return code if code in ("nl", "fr", "de") else DEFAULT_LANGUAGE


def start_language(directory: Path | None = None) -> str:
    """The language before unlocking: the database's own setting as remembered beside it
    (no copy means Dutch, the default), else the one used last, else the system's."""
    from cluma_dpo.gui.ui_settings import ui_settings

    if directory is not None and (directory / DB_NAME).is_file():
        return texts.remembered_language(directory) or DEFAULT_LANGUAGE

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
    Qt's translation (file dialogs, standard buttons, context menus) is installed whether or
    not ours loads, and first: the translator installed last is asked first, so ours can
    supply the Qt strings its .qm lacks (see QT_STRINGS).
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)  # Qt's own strings (OK, Cancel, Look in:) in the same language
        if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qt_{language}", qt_dir):
            app.installTranslator(qt)
            _translators.append(qt)
    found = language == "en"
    ours = QTranslator(app)
    if language != "en" and ours.load(f"cluma_dpo_{language}", qm_dir()):
        found = True
        app.installTranslator(ours)
        _translators.append(ours)
    _active["language"] = language if found else "en"
    QLocale.setDefault(QLocale(_QT[_active["language"]], QLocale.Country.Belgium))
    return found


# -- formats (Babel, for the active language) -----------------------------------------------


def babel_locale() -> str:
    return texts.babel_locale(_active["language"])


def short_date(d: date | None) -> str:
    """The numeric date of lists and tables (05/11/2026); a dash for no date."""
    return texts.short_date(d, _active["language"])


def long_date(d: date | None) -> str:
    """The date in a sentence or beside a label: 5 november 2026; a dash for no date."""
    return texts.long_date(d, _active["language"])


def timestamp(at: datetime) -> str:
    """An audit time (stored in UTC) in local time, to the minute: 05/11/2026 14:05."""
    return texts.timestamp(at, _active["language"])


def decimal_symbol() -> str:
    """ "," in Dutch and French, "." in English (Babel's CLDR data for the locale)."""
    return str(get_decimal_symbol(babel_locale()))


def money(amount: Decimal | str | float) -> str:
    """An amount in euro: € 10,00 (nl), 10,00 € (fr)."""
    return texts.money(amount, _active["language"])


def say(message: Message | str | None) -> str:
    """A message of the domain, the services or the CLI in the screens' language.

    A `str` is text that is not a message (typed by the user, a reference, a file name) and
    is shown as it is: nothing is translated by pattern.
    """
    if message is None:
        return ""
    return texts.render(message, active_language())


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt takes a tooltip that looks like HTML for
    rich text, so a note typed as '<h1>…' would otherwise be shown as a heading."""
    import html

    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
