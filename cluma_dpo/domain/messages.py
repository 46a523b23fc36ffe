"""Messages are data: a code and its parameters, never a finished sentence (issue #14).

The domain, the services and the command line say what happened with `msg(code, **params)`;
the text is made at the edge, in the reader's language, by `cluma_dpo.texts.render` from
the gettext catalogue ``resources/locale/<language>/LC_MESSAGES/messages.po`` (English is
a language like the others there: the code is not English).

Parameters keep their type until then: a `date` is printed as a date of the reader's
language, an `Amount` as euro, an `int` as a number, a nested `Message` (a field, a right,
a verb) in the same language, a `ListOf` as that language's list ("a, b en c"). A `str` is
printed as it is: references, file names, a reason the DPO typed, never a word to
translate.

Codes are dotted and lower case (``validation.required``); `tools/build_catalogues.py`
extracts every `msg`/`msg_n`/`N_` call and checks each code is translated in nl, fr, en
and de.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import TypeAlias

Param: TypeAlias = "str | int | Decimal | date | datetime | Amount | Message | ListOf"


@dataclass(frozen=True)
class Amount:
    """An amount of money in euro (printed € 10,00 / 10,00 € by the reader's locale)."""

    value: Decimal


@dataclass(frozen=True)
class ListOf:
    """Several parameters printed as the language's list: "inzage, wissing en beperking"."""

    items: tuple[Param, ...]
    style: str = "standard"  # "standard" (and), "or"; Babel's list styles

    def __init__(self, items: Iterable[Param], style: str = "standard") -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "style", style)


@dataclass(frozen=True)
class Message:
    """What to say, as data: the catalogue code and its parameters.

    `plural` is the code used when `count` is not one (gettext's ngettext: each language
    chooses its own form, French says "0 destinataire").
    """

    code: str
    params: Mapping[str, Param] = field(default_factory=lambda: MappingProxyType({}))
    plural: str | None = None
    count: int | None = None

    def __str__(self) -> str:  # logs and tracebacks: the code, never a parameter's value
        return self.code

    def with_params(self, **params: Param) -> Message:
        return Message(
            self.code, MappingProxyType({**self.params, **params}), self.plural, self.count
        )


def msg(code: str, /, **params: Param) -> Message:
    """A message of the catalogue: `msg("validation.required", field=FIELD_NAME)`."""
    return Message(code, MappingProxyType(params))


def msg_n(code: str, plural: str, count: int, /, **params: Param) -> Message:
    """A message whose form depends on `count` (given to the text as {n})."""
    return Message(code, MappingProxyType({"n": count, **params}), plural, count)


def N_(code: str) -> str:
    """Marks a code for extraction where it is only stored (a table of codes); returns it."""
    return code


def message_to_data(message: Message) -> dict[str, object]:
    """A message as JSON-able data (the audit trail stores what it recorded this way)."""
    return {
        "code": message.code,
        "params": {k: _param_to_data(v) for k, v in message.params.items()},
        **({"plural": message.plural, "count": message.count} if message.plural else {}),
    }


def message_from_data(data: Mapping[str, object]) -> Message:
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        raise ValueError("message parameters must be an object")
    plural = data.get("plural")
    count = data.get("count")
    return Message(
        str(data["code"]),
        MappingProxyType({str(k): _param_from_data(v) for k, v in params.items()}),
        str(plural) if plural is not None else None,
        int(count) if isinstance(count, int) else None,
    )


def _param_to_data(value: Param) -> object:
    if isinstance(value, Message):
        return {"message": message_to_data(value)}
    if isinstance(value, ListOf):
        return {"list": [_param_to_data(v) for v in value.items], "style": value.style}
    if isinstance(value, Amount):
        return {"amount": str(value.value)}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    return value


def _param_from_data(value: object) -> Param:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, str | int):
        return value
    if isinstance(value, Mapping):
        if "message" in value:
            return message_from_data(value["message"])
        if "list" in value:
            return ListOf(
                (_param_from_data(v) for v in value["list"]), str(value.get("style", "standard"))
            )
        if "amount" in value:
            return Amount(Decimal(str(value["amount"])))
        if "datetime" in value:
            return datetime.fromisoformat(str(value["datetime"]))
        if "date" in value:
            return date.fromisoformat(str(value["date"]))
        if "decimal" in value:
            return Decimal(str(value["decimal"]))
    return str(value)


# -- the audit trail's notes ---------------------------------------------------------------
# An event's note is stored as text (hashed into the chain). A note that says what happened
# is a message stored as JSON, so the timeline and the dossier print it in their reader's
# language; a note of older versions is English text and is printed as it was recorded.

# A stored message starts with a control character that no typed text can hold (every
# typed text is refused with control characters, in this version and the ones before):
# a reason typed as '{"code": ...}' by a user, or stored so by an older version, stays
# the user's text and is never read as a message of the program.
_NOTE_MARK = "\x1e"
_NOTE_LIMIT = 64_000  # characters: a note of the program is far shorter


def note_of(message: Message) -> str:
    """The stored form of an event's note that is a message."""
    import json

    data = json.dumps(message_to_data(message), ensure_ascii=False, separators=(",", ":"))
    return _NOTE_MARK + data


def message_of_note(note: str | None) -> Message | str | None:
    """The message a stored note holds; the text itself for any other note (one of an
    older version, or one that is damaged, too long or too deeply nested)."""
    if note is None or not note.startswith(_NOTE_MARK) or len(note) > _NOTE_LIMIT:
        return note
    import json

    try:
        data = json.loads(note[len(_NOTE_MARK) :])
        if not isinstance(data, Mapping):
            return note
        return message_from_data(data)
    except Exception:
        return note


def event_code(kind: str) -> str:
    """The catalogue code naming an audit event kind ("request-registered")."""
    return f"event.{kind}"
