"""The domain's messages (English, shared with the command line) in the screen language.

The domain and the services explain themselves in English sentences built from a few
patterns ("Cannot {verb}: {state}."). Each pattern is a translatable template here; a
message that fits one is translated with its parts (a field name, a verb, a state)
translated too. A message no template knows is shown as it came: never lost, at worst
English.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication

from cluma_dpo.domain.deadlines import EN_MONTHS
from cluma_dpo.gui import i18n
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP

_T = "Messages"
_P = "MessageParts"

TEMPLATES = (
    # lifecycle.why_not: the tooltips of disabled actions
    QT_TRANSLATE_NOOP("Messages", "Cannot {verb}: {state}."),
    QT_TRANSLATE_NOOP("Messages", "This request is already {final}; {consequence}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This request has already been extended; GDPR Art. 12(3) allows one extension only.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot close while identity information is awaited: "
        "record that it arrived, or that the identity check failed, first.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Cannot extend while the clock is paused for identity information."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Identity information has already been asked for; record its arrival first."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A fee has already been asked for; record its payment or close the request first.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This step is not allowed now."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The identity check failed: the request can only be refused (or rejected), not granted.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Identity information is awaited."),
    # deadlines.check_extension
    QT_TRANSLATE_NOOP(
        "Messages",
        "The clock is paused while identity information is "
        "awaited; record the extension once the information has arrived.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The extension must be recorded on or before the statutory "
        "due date ({date}); it is too late to extend.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "An extension needs a reason: GDPR Art. 12(3) requires telling the data subject why.",
    ),
    # lifecycle.check_close, check_reject
    QT_TRANSLATE_NOOP(
        "Messages",
        "A refusal or partial grant needs the reasons the data "
        "subject will be told (GDPR Art. 12(4)).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot close as granted: 1 recipient is still to be told "
        "of the rectification, erasure or restriction (GDPR Art. 19).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot close as granted: {n} recipients are still to be "
        "told of the rectification, erasure or restriction (GDPR Art. 19).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A rejection needs a reason: under GDPR Art. 12(5) the "
        "company must show why the request is manifestly unfounded or "
        "excessive.",
    ),
    # domain.validation
    QT_TRANSLATE_NOOP("Messages", "{field} is required and may not be empty."),
    QT_TRANSLATE_NOOP("Messages", "{field} is too long: at most {n} characters."),
    QT_TRANSLATE_NOOP(
        "Messages", "{field} contains control or invisible formatting characters; remove them."
    ),
    QT_TRANSLATE_NOOP("Messages", "The e-mail address is not valid: use the form name@example.be."),
    QT_TRANSLATE_NOOP(
        "Messages", "The country must be a two-letter ISO code such as BE, NL or FR."
    ),
    QT_TRANSLATE_NOOP("Messages", "A Belgian postcode has four digits, e.g. 8800."),
    QT_TRANSLATE_NOOP("Messages", "{field} lies before 25 May 2018, when the GDPR began to apply."),
    QT_TRANSLATE_NOOP("Messages", "{field} lies in the future."),
    # services
    QT_TRANSLATE_NOOP("Messages", "{field} lies before the day the request was received."),
    QT_TRANSLATE_NOOP("Messages", "The information cannot arrive before it was asked for."),
    QT_TRANSLATE_NOOP("Messages", "The identity document is empty."),
    QT_TRANSLATE_NOOP("Messages", "The identity document is larger than 20 MB."),
    QT_TRANSLATE_NOOP("Messages", "The payment date lies before the fee note was issued."),
    QT_TRANSLATE_NOOP("Messages", "The amount must be more than zero euro."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "bank.iban is not set: configure it first with `cluma-dpo settings set bank.iban BE..`.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This request was anonymised; its data subject cannot be edited."
    ),
    # storage: opening the database
    QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the database: wrong passphrase, or not a cluma-dpo database."
    ),
    QT_TRANSLATE_NOOP("Messages", "The database is busy; try again in a moment."),
    QT_TRANSLATE_NOOP("Messages", "No passphrase given."),
    QT_TRANSLATE_NOOP("Messages", "A database already exists at {path}; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer version of cluma-dpo (schema {n}); update the program.",
    ),
)

# The parts the templates are built from (lifecycle.py's tables, validation's field names).
PARTS = (
    # "Cannot <verb>"
    QT_TRANSLATE_NOOP("MessageParts", "ask for identity information"),
    QT_TRANSLATE_NOOP("MessageParts", "record that identity information arrived"),
    QT_TRANSLATE_NOOP("MessageParts", "verify the identity"),
    QT_TRANSLATE_NOOP("MessageParts", "record a failed identity check"),
    QT_TRANSLATE_NOOP("MessageParts", "skip the identity check"),
    QT_TRANSLATE_NOOP("MessageParts", "start handling"),
    QT_TRANSLATE_NOOP("MessageParts", "extend"),
    QT_TRANSLATE_NOOP("MessageParts", "ask for a fee"),
    QT_TRANSLATE_NOOP("MessageParts", "record the fee as settled"),
    QT_TRANSLATE_NOOP("MessageParts", "close"),
    QT_TRANSLATE_NOOP("MessageParts", "record the answer"),
    QT_TRANSLATE_NOOP("MessageParts", "record a withdrawal"),
    QT_TRANSLATE_NOOP("MessageParts", "reject"),
    # ": <state>."
    QT_TRANSLATE_NOOP("MessageParts", "the request has only just been received"),
    QT_TRANSLATE_NOOP("MessageParts", "the identity check is still under way"),
    QT_TRANSLATE_NOOP("MessageParts", "identity information from the data subject is awaited"),
    QT_TRANSLATE_NOOP("MessageParts", "the request is already in progress"),
    QT_TRANSLATE_NOOP("MessageParts", "the request has been extended and is in progress"),
    QT_TRANSLATE_NOOP("MessageParts", "a fee payment is awaited"),
    QT_TRANSLATE_NOOP("MessageParts", "the request has been answered; only closing it remains"),
    QT_TRANSLATE_NOOP("MessageParts", "no identity information has been asked for"),
    QT_TRANSLATE_NOOP("MessageParts", "no fee payment is awaited"),
    QT_TRANSLATE_NOOP("MessageParts", "the identity check failed; only a refusal remains"),
    # "already <final>; <consequence>"
    QT_TRANSLATE_NOOP("MessageParts", "closed"),
    QT_TRANSLATE_NOOP("MessageParts", "withdrawn"),
    QT_TRANSLATE_NOOP("MessageParts", "rejected"),
    QT_TRANSLATE_NOOP("MessageParts", "no identity information can be asked for any more"),
    QT_TRANSLATE_NOOP("MessageParts", "identity information can no longer be recorded"),
    QT_TRANSLATE_NOOP("MessageParts", "its identity can no longer be verified"),
    QT_TRANSLATE_NOOP("MessageParts", "its identity check can no longer be changed"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be started"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be extended"),
    QT_TRANSLATE_NOOP("MessageParts", "no fee can be asked for any more"),
    QT_TRANSLATE_NOOP("MessageParts", "record the payment on the fee note instead"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be closed"),
    QT_TRANSLATE_NOOP("MessageParts", "its answer can no longer change"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be withdrawn"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be rejected"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be closed again"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be withdrawn again"),
    QT_TRANSLATE_NOOP("MessageParts", "it cannot be rejected again"),
    # fields named in validation messages
    QT_TRANSLATE_NOOP("MessageParts", "The name"),
    QT_TRANSLATE_NOOP("MessageParts", "The e-mail address"),
    QT_TRANSLATE_NOOP("MessageParts", "The street"),
    QT_TRANSLATE_NOOP("MessageParts", "The city"),
    QT_TRANSLATE_NOOP("MessageParts", "The postcode"),
    QT_TRANSLATE_NOOP("MessageParts", "The reason"),
    QT_TRANSLATE_NOOP("MessageParts", "The note"),
    QT_TRANSLATE_NOOP("MessageParts", "The date of receipt"),
    QT_TRANSLATE_NOOP("MessageParts", "The reason for the fee"),
    QT_TRANSLATE_NOOP("MessageParts", "The reason for the extension"),
    QT_TRANSLATE_NOOP("MessageParts", "The reason for the rejection"),
    QT_TRANSLATE_NOOP("MessageParts", "The date of the fee note"),
    QT_TRANSLATE_NOOP("MessageParts", "The date of the extension"),
    QT_TRANSLATE_NOOP("MessageParts", "The payment date"),
    QT_TRANSLATE_NOOP("MessageParts", "The date"),
)
_PART_SET = frozenset(PARTS)
_SLOT = re.compile(r"\{(\w+)\}")
_ENGLISH_DATE = re.compile(r"(\d{1,2}) (" + "|".join(EN_MONTHS[1:]) + r") (\d{4})")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in TEMPLATES:
        pieces = _SLOT.split(template)  # literal, name, literal, name, ...
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces)
        )
        literal = sum(len(p) for p in pieces[::2])
        out.append((len(pieces) // 2, -literal, re.compile(regex, re.DOTALL), template))
    # The most specific first: "Cannot close as granted: ..." before "Cannot {verb}: ...".
    out.sort(key=lambda entry: entry[:2])
    return tuple((regex, template) for _n, _len, regex, template in out)


def _part(name: str, value: str) -> str:
    if value in _PART_SET:
        return QCoreApplication.translate(_P, value)
    if name == "date" and i18n.active_language() != "en":
        m = _ENGLISH_DATE.fullmatch(value)
        if m:
            return i18n.long_date(date(int(m[3]), EN_MONTHS.index(m[2]), int(m[1])))
    return value


def translate(message: str | None) -> str:
    """`message` in the screen language when a template knows it; else unchanged."""
    if not message:
        return message or ""
    for regex, template in _patterns():
        m = regex.fullmatch(message)
        if m is not None:
            parts = {k: _part(k, v) for k, v in m.groupdict().items()}
            return QCoreApplication.translate(_T, template).format(**parts)
    return message
