"""What an incoming message seems to ask (issue 17): its language and the rights it names.

Pure rules over text: keyword tables per language (nl, fr, en, de), matched on words after
case and accents are folded away ("Löschung", "loschung" and "LÖSCHUNG" are one word). The
result is a suggestion for the DPO to confirm beside the message, never a decision: the
form is filled with it, the DPO changes it (GDPR Art. 12(2): facilitate the exercise of
rights, which starts with reading the request as the person meant it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from cluma_dpo.domain.intake_words import (
    ACCOUNT_DELETION_PATTERNS,
    COMMON_WORDS,
    RIGHT_PATTERNS,
)
from cluma_dpo.domain.model import Language, Right

_COMPILED: dict[Language, dict[Right, re.Pattern[str]]] = {
    language: {
        right: re.compile("|".join(rf"\b(?:{p})" for p in patterns))
        for right, patterns in table.items()
    }
    for language, table in RIGHT_PATTERNS.items()
}
_WORD = re.compile(r"[a-z]+")
# A sentence ends at . ! ? ; or a line break (a mail's lines are its sentences often enough)
_SENTENCE = re.compile(r"[.!?;\n]+")


def fold(text: str) -> str:
    """Lower case without accents: "Löschung" -> "loschung", "accès" -> "acces"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def suggest_language(text: str) -> Language:
    """The language whose common words the text uses most; Dutch when nothing tells."""
    words = _WORD.findall(fold(text))
    scores = {lang: sum(1 for w in words if w in common) for lang, common in COMMON_WORDS.items()}
    best = max(scores.values())
    if best == 0:
        return Language.NL  # Cluma's own language (texts.DEFAULT_LANGUAGE)
    return next(lang for lang in Language if scores[lang] == best)  # ties: nl, fr, en, de


_ACCOUNT = {
    language: re.compile("|".join(rf"\b(?:{p})" for p in patterns))
    for language, patterns in ACCOUNT_DELETION_PATTERNS.items()
}


def suggests_account_deletion(text: str, language: Language) -> bool:
    """The text asks to delete the customer account: the privacy statement's promise of
    erasure within 30 days applies (design.md, Deadlines rule 6). A suggestion as well."""
    return _ACCOUNT[language].search(" ".join(fold(text).split())) is not None


def suggest_rights(text: str, language: Language) -> tuple[Right, ...]:
    """The rights the text names in `language`, in the order of `Right`.

    An objection named in the same sentence as marketing is the objection to direct
    marketing (GDPR Art. 21(2)-(3): absolute, no balancing), not Art. 21(1)."""
    table = _COMPILED[language]
    found: set[Right] = set()
    for sentence in _SENTENCE.split(fold(text)):
        here = {right for right, pattern in table.items() if pattern.search(sentence)}
        if Right.MARKETING_OPT_OUT in here:
            here.discard(Right.OBJECTION)
        found |= here
    return tuple(r for r in Right if r in found)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file that came with a message (its bytes stay with the parser)."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """What a message says about itself, and what it seems to ask (for the DPO to confirm)."""

    from_name: str
    from_email: str
    received_at: datetime  # the message's own Date, in Europe/Brussels
    subject: str
    body: str
    language: Language
    rights_suggested: tuple[Right, ...]
    account_deletion_suggested: bool = False
    attachments: tuple[Attachment, ...] = field(default=())

    @property
    def received(self) -> date:
        """The day of receipt for the deadlines: the Brussels date of the message."""
        return self.received_at.date()


def read_message(
    *,
    from_name: str,
    from_email: str,
    received_at: datetime,
    subject: str,
    body: str,
    attachments: tuple[Attachment, ...] = (),
) -> IncomingMessage:
    """The proposal for a parsed message: its language and rights from subject and body."""
    text = f"{subject}\n{body}"
    language = suggest_language(text)
    rights = suggest_rights(text, language)
    return IncomingMessage(
        from_name=from_name,
        from_email=from_email,
        received_at=received_at,
        subject=subject,
        body=body,
        language=language,
        rights_suggested=rights,
        account_deletion_suggested=Right.ERASURE in rights
        and suggests_account_deletion(text, language),
        attachments=attachments,
    )
