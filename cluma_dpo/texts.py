"""The edge where messages become text, in the reader's language (issue #14).

One gettext catalogue per language, ``resources/locale/<lang>/LC_MESSAGES/messages.mo``
(compiled from ``messages.po`` by ``tools/build_catalogues.py`` with Babel), serves the
command line, the documents, the deadline explanations and every domain message the
desktop app shows. Qt Linguist keeps only the widgets' own text.

Dates: numeric in lists and tables (`short_date`: 04/01/2027, in German 04.01.2027), long
in sentences (`long_date`: 4 januari 2027). Amounts in euro by the language's convention.
"""

from __future__ import annotations

import gettext as gettext_module
import os
import stat
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from cluma_dpo.domain.messages import Amount, ListOf, Message, Param
from cluma_dpo.paths import DB_NAME, REMEMBERED_SERVER_FILE, resource

LANGUAGES = ("nl", "fr", "en", "de")
DEFAULT_LANGUAGE = "nl"  # Cluma's own language
DOMAIN = "messages"
LANGUAGE_ENV = "CLUMA_DPO_LANGUAGE"
REMEMBERED_FILE = "interface-language"  # in the data dir: not personal, read before unlocking

# Belgian conventions in Dutch, French and German; English reads as British English does.
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE"}
_SHORT_DATE = {"nl": "dd/MM/yyyy", "fr": "dd/MM/yyyy", "en": "dd/MM/yyyy", "de": "dd.MM.yyyy"}

_current = {"language": DEFAULT_LANGUAGE}


def locale_dir() -> Path:
    return resource("locale")


@lru_cache(maxsize=8)
def translations(language: str) -> gettext_module.NullTranslations:
    """The compiled catalogue of `language`; a missing text falls back to English."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    try:
        english: gettext_module.NullTranslations = gettext_module.translation(
            DOMAIN, str(locale_dir()), languages=["en"]
        )
    except Exception:
        english = gettext_module.NullTranslations()
    if language == "en":
        return english
    try:
        own = gettext_module.translation(DOMAIN, str(locale_dir()), languages=[language])
    except Exception:
        return english
    own.add_fallback(english)
    return own


# -- which language ----------------------------------------------------------------------


def set_language(language: str) -> str:
    """The language of this process's messages from now on (the CLI's, the app's)."""
    _current["language"] = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _current["language"]


def current_language() -> str:
    return _current["language"]


def system_language() -> str | None:
    """The language of the environment (LC_ALL, LC_MESSAGES, LANG) when it is one of ours."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        code = value[:2].lower()
        if code in LANGUAGES:
            return code
    return None


def remembered_language(data_dir: Path | None) -> str | None:
    """interface.language as the database said it last (a copy outside the encrypted file:
    a wrong passphrase is answered in the user's language too). Only a small regular file
    is read: a link, a pipe or a device in its place is ignored."""
    if data_dir is None:
        return None
    try:
        fd = os.open(
            data_dir / REMEMBERED_FILE,
            os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0),
        )
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        value = os.read(fd, 16).decode("ascii").strip().lower()
    except (OSError, UnicodeError):
        return None
    finally:
        os.close(fd)
    return value if value in LANGUAGES else None


def remember_language(data_dir: Path, language: str) -> None:
    """Keep the copy of interface.language beside the database; no file means Dutch, the
    default (quietly: the copy is a convenience, the setting is in the database)."""
    if language not in LANGUAGES or (remembered_language(data_dir) or "nl") == language:
        return
    path = data_dir / REMEMBERED_FILE
    try:
        if language == DEFAULT_LANGUAGE:
            path.unlink(missing_ok=True)
        else:
            from cluma_dpo.files import write_atomically

            write_atomically(path, language.encode("ascii"))
    except OSError:
        pass


def start_language(data_dir: Path | None) -> str:
    """Before the database is open: $CLUMA_DPO_LANGUAGE, else the remembered setting, else
    the system's language, else Dutch."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    try:
        has_database = data_dir is not None and any(
            (data_dir / name).exists() for name in (DB_NAME, REMEMBERED_SERVER_FILE)
        )
    except OSError:  # a name too long, a folder not readable: the verb will say so
        has_database = False
    if has_database:
        return remembered_language(data_dir) or DEFAULT_LANGUAGE  # the setting's default
    return system_language() or DEFAULT_LANGUAGE


def forced_language() -> str | None:
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return forced if forced in LANGUAGES else None


# -- formats -------------------------------------------------------------------------------


def babel_locale(language: str | None = None) -> str:
    return LOCALES.get(language or current_language(), LOCALES[DEFAULT_LANGUAGE])


@lru_cache(maxsize=8192)
def _format_date(d: date, pattern: str, locale: str) -> str:
    from babel.dates import format_date

    return str(format_date(d, pattern, locale=locale))


def short_date(d: date | None, language: str | None = None) -> str:
    """The numeric date of lists and tables: 04/01/2027 (04.01.2027 in German); a dash for
    no date."""
    if d is None:
        return "—"
    language = language or current_language()
    return _format_date(d, _SHORT_DATE.get(language, "dd/MM/yyyy"), babel_locale(language))


def numeric_date_pattern(language: str | None = None) -> str:
    """The pattern of `short_date` (for a date field that is typed in: dd/MM/yyyy)."""
    return _SHORT_DATE.get(language or current_language(), "dd/MM/yyyy")


def long_date(d: date | None, language: str | None = None) -> str:
    """The date in a sentence: 4 januari 2027, 4 janvier 2027, 4 January 2027, 4. Januar 2027."""
    if d is None:
        return "—"
    text = _format_date(d, "long", babel_locale(language))
    if d.day == 1 and (language or current_language()) == "fr" and text.startswith("1 "):
        return "1er " + text[2:]  # French writes the first of the month as an ordinal
    return text


def time_of_day(at: datetime, language: str | None = None) -> str:
    from babel.dates import format_time

    return str(format_time(at, "HH:mm", locale=babel_locale(language)))


def local_time(at: datetime) -> datetime:
    """An audit time (stored in UTC, naive) in the workstation's time zone."""
    return at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()


def timestamp(at: datetime, language: str | None = None) -> str:
    """An audit time in local time, to the minute: 04/01/2027 14:05."""
    local = local_time(at)
    return f"{short_date(local.date(), language)} {time_of_day(local, language)}"


def money(amount: Decimal | str | float | int, language: str | None = None) -> str:
    """€ 10,00 (nl), 10,00 € (fr, de), €10.00 (en)."""
    from babel.numbers import format_currency

    return str(format_currency(Decimal(str(amount)), "EUR", locale=babel_locale(language)))


def number(value: int | Decimal, language: str | None = None) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(language)))


def join(items: list[str], language: str | None = None, style: str = "standard") -> str:
    from babel.lists import format_list

    if not items:
        return ""
    if style == "or":
        return str(format_list(items, style="or", locale=babel_locale(language)))
    return str(format_list(items, locale=babel_locale(language)))


# -- messages ------------------------------------------------------------------------------


def gettext(code: str, language: str | None = None) -> str:
    """The text of a code (no parameters filled in); the code itself if no catalogue has it."""
    return translations(language or current_language()).gettext(code)


def render(message: Message | str, language: str | None = None) -> str:
    """`message` as text in `language` (the process's language when None).

    A plain `str` is returned as it is (text the user typed, or a reference). Nothing a
    message holds can make this fail or run long: only plain {name} placeholders of the
    catalogue's wording are filled (never a format spec, an attribute or an index), only
    the parameters the wording names are rendered, and whatever cannot be rendered is
    shown as plain data rather than raised.
    """
    if isinstance(message, str):
        return message
    language = language or current_language()
    for lang in (language, "en"):
        t = translations(lang)
        if message.plural is not None and message.count is not None:
            template = t.ngettext(message.code, message.plural, message.count)
        else:
            template = t.gettext(message.code)
        if template in (message.code, message.plural):
            continue  # no catalogue knows the code: its data is shown below
        filled = _fill(template, message, language)
        if filled is not None:
            return filled
    return _as_data(message, language)


def _fill(template: str, message: Message, language: str) -> str | None:
    """The wording with its {name} placeholders filled; None when it asks for more."""
    import string

    out: list[str] = []
    try:
        for literal, field, spec, conversion in string.Formatter().parse(template):
            out.append(literal)
            if field is None:
                continue
            if spec or conversion or field not in message.params:
                return None
            out.append(_safe_param(message.params[field], language))
    except ValueError:  # a stray brace in a wording
        return None
    return "".join(out)


def _as_data(message: Message, language: str) -> str:
    """A message no catalogue can word (a damaged installation): its code and its data."""
    shown = ", ".join(
        f"{name}: {_safe_param(value, language)}" for name, value in message.params.items()
    )
    return f"{message.code} ({shown})" if shown else message.code


_LIST_LIMIT = 200  # items of a list parameter shown in one message


def _safe_param(value: Param, language: str) -> str:
    try:
        return _param(value, language)
    except Exception:
        return str(getattr(value, "value", value))[:200]


def _param(value: Param, language: str) -> str:
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, ListOf):
        items = [_safe_param(v, language) for v in value.items[:_LIST_LIMIT]]
        if len(value.items) > _LIST_LIMIT:
            items.append("…")
        return join(items, language, value.style)
    if isinstance(value, Amount):
        return money(value.value, language)
    if isinstance(value, datetime):
        local = local_time(value)
        return f"{long_date(local.date(), language)} {time_of_day(local, language)}"
    if isinstance(value, date):
        return long_date(value, language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)  # counts, years, schema numbers: never "2.026"
    if isinstance(value, Decimal):
        return number(value, language)
    return str(value)


def render_note(note: str | None, language: str | None = None) -> str:
    """An audit event's note in `language` (a note of older versions: as recorded)."""
    from cluma_dpo.domain.messages import message_of_note

    found = message_of_note(note)
    return "" if found is None else render(found, language)


def event_label(kind: str, language: str | None = None) -> str:
    """The name of an audit event kind in `language` ("Verzoek geregistreerd")."""
    from cluma_dpo.domain.messages import event_code

    code = event_code(kind)
    text = gettext(code, language)
    return kind if text == code else text


def render_param(value: Param, language: str | None = None) -> str:
    """One parameter of a message as text in `language` (a date long, an amount in euro)."""
    return _param(value, language or current_language())


HINT_PREFIX = "cli.hint."


def hint(message: Message, language: str | None = None) -> str:
    """What the command line adds to `message` for its user: the command that does what the
    message asks (`cli.hint.<code>`, with the message's parameters), or "". The message
    itself names no command, so the desktop app shows it as it is."""
    code = HINT_PREFIX + message.code
    language = language or current_language()
    if gettext(code, language) == code:
        return ""
    return render(Message(code, message.params), language)
