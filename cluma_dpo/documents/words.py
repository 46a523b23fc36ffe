"""The words documents look up by a value: the model's values, audit event kinds, document
kinds and the dossier's captions, each a code of the one gettext catalogue (issue 14).

The codes are listed here with `N_` so that tools/build_catalogues.py extracts them; the
texts, in nl, fr, en and de, are in resources/locale/<lang>/LC_MESSAGES/messages.po. A code
the catalogue lacks (an event kind of a newer version) prints as readable words.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import TypeVar

from cluma_dpo import texts
from cluma_dpo.domain.events import EVENT_KINDS
from cluma_dpo.domain.messages import N_, event_code

LANGUAGES = texts.LANGUAGES
E = TypeVar("E", bound=enum.Enum)

# The code prefix of each model value's words: "right.access", "status.in-progress", ...
_PREFIX = {
    "Right": "right",
    "Channel": "channel",
    "Status": "status",
    "Outcome": "outcome",
    "IdentityMethod": "identity_method",
    "IdentityStatus": "identity_status",
    "FeeStatus": "fee_status",
    "Language": "language",
    "Role": "recipient_role",
}

# The model's values (and yes / no).
VALUE_CODES = (
    N_("channel.email"),
    N_("channel.in-person"),
    N_("channel.phone"),
    N_("channel.post"),
    N_("channel.web"),
    N_("fee_status.cancelled"),
    N_("fee_status.paid"),
    N_("fee_status.unpaid"),
    N_("identity_method.account-email"),
    N_("identity_method.id-document"),
    N_("identity_method.in-person"),
    N_("identity_method.known-customer"),
    N_("identity_method.other"),
    N_("identity_status.failed"),
    N_("identity_status.not-checked"),
    N_("identity_status.not-needed"),
    N_("identity_status.received"),
    N_("identity_status.requested"),
    N_("identity_status.verified"),
    N_("language.de"),
    N_("language.en"),
    N_("language.fr"),
    N_("language.nl"),
    N_("outcome.granted"),
    N_("outcome.partly-granted"),
    N_("outcome.refused"),
    N_("recipient_state.not-applicable"),
    N_("recipient_state.not-received"),
    N_("recipient_state.notified"),
    N_("recipient_state.open"),
    N_("right.access"),
    N_("right.erasure"),
    N_("right.marketing-opt-out"),
    N_("right.objection"),
    N_("right.portability"),
    N_("right.rectification"),
    N_("right.restriction"),
    N_("status.answered"),
    N_("status.awaiting-fee-payment"),
    N_("status.awaiting-information"),
    N_("status.closed"),
    N_("status.extended"),
    N_("status.identity-check"),
    N_("status.in-progress"),
    N_("status.received"),
    N_("status.rejected"),
    N_("status.withdrawn"),
    N_("word.no"),
    N_("word.yes"),
)

# Every audit event kind the services record (tests/integration/test_dossier_words.py): the
# one list of kinds and their words is domain.events.EVENT_KINDS (a second list here fell
# behind when the correspondence events came, issue 17).
EVENT_CODES = tuple(EVENT_KINDS.values())

# Letter kinds (cluma_dpo.domain.letters.LetterKind) and the other documents on a request.
DOCUMENT_CODES = (
    N_("doc.kind.acknowledgement"),
    N_("doc.kind.answer"),
    N_("doc.kind.dossier"),
    N_("doc.kind.extension"),
    N_("doc.kind.fee-note"),
    N_("doc.kind.identity-request"),
    N_("doc.kind.recipient-notice"),
    N_("doc.kind.refusal"),
    N_("doc.kind.withdrawal-confirmation"),
    # what came in and is kept with the request (issue 17)
    N_("doc.kind.email"),
    N_("doc.kind.scan"),
    N_("doc.kind.attachment"),
    N_("doc.kind.other"),
)

# The dossier's captions.
DOSSIER_CODES = (
    N_("doc.dossier.account_deletion"),
    N_("doc.dossier.address"),
    N_("doc.dossier.amount"),
    N_("doc.dossier.anonymised"),
    N_("doc.dossier.answered_on"),
    N_("doc.dossier.article"),
    N_("doc.dossier.audit"),
    N_("doc.dossier.channel"),
    N_("doc.dossier.checked_on"),
    N_("doc.dossier.company_target"),
    N_("doc.dossier.dates"),
    N_("doc.dossier.doc_none"),
    N_("doc.dossier.doc_stored"),
    N_("doc.dossier.document"),
    N_("doc.dossier.documents"),
    N_("doc.dossier.due"),
    N_("doc.dossier.effective"),
    N_("doc.dossier.email"),
    N_("doc.dossier.event"),
    N_("doc.dossier.extended"),
    N_("doc.dossier.extended_on"),
    N_("doc.dossier.extension_reason"),
    N_("doc.dossier.fee_notes"),
    N_("doc.dossier.file"),
    N_("doc.dossier.identity"),
    N_("doc.dossier.issued"),
    N_("doc.dossier.kind"),
    N_("doc.dossier.language"),
    N_("doc.dossier.method"),
    N_("doc.dossier.name"),
    N_("doc.dossier.note"),
    N_("doc.dossier.number"),
    N_("doc.dossier.outcome"),
    N_("doc.dossier.paid_on"),
    N_("doc.dossier.paused"),
    N_("doc.dossier.pauses"),
    N_("doc.dossier.payment_ref"),
    N_("doc.dossier.produced"),
    N_("doc.dossier.reason"),
    N_("doc.dossier.received"),
    N_("doc.dossier.recipient"),
    N_("doc.dossier.recipients"),
    N_("doc.dossier.reference"),
    N_("doc.dossier.rejected_on"),
    N_("doc.dossier.request"),
    N_("doc.dossier.rights"),
    N_("doc.dossier.status"),
    N_("doc.dossier.statutory"),
    N_("doc.dossier.subject"),
    N_("doc.dossier.subtitle"),
    N_("doc.dossier.timeline"),
    N_("doc.dossier.title"),
    N_("doc.dossier.when_by"),
    N_("doc.made_on"),
    N_("doc.none"),
    N_("doc.page"),
)

# What broke an audit chain, said in the dossier's language.
AUDIT_CODES = (
    N_("doc.audit.head"),
    N_("doc.audit.problem.ends"),
    N_("doc.audit.problem.erased"),
    N_("doc.audit.problem.hash"),
    N_("doc.audit.problem.link"),
    N_("doc.audit.problem.note"),
    N_("doc.audit.problem.other"),
)


def readable(kind: str) -> str:
    """A kind no catalogue knows, as words: "imported_from-v1" → "imported from v1"."""
    words = " ".join(kind.replace("_", " ").replace("-", " ").replace(".", " ").split())
    return words or "—"


def _lookup(code: str, fallback: str, language: str) -> str:
    text = texts.gettext(code, language if language in LANGUAGES else texts.DEFAULT_LANGUAGE)
    return fallback if text == code else text


def word(code: str, language: str) -> str:
    """The text of `code` in `language` (Dutch for a language the program lacks)."""
    return _lookup(code, code, language)


def value_code(value: enum.Enum) -> str:
    """The catalogue code of a model value: "right.access", "fee_status.paid"."""
    prefix = _PREFIX.get(type(value).__name__, type(value).__name__.lower())
    return f"{prefix}.{value.value}"


def label(value: enum.Enum, language: str = "nl") -> str:
    """The word for a model value (Right, Channel, Status, ...) in `language`."""
    return _lookup(value_code(value), readable(str(value.value)), language)


@lru_cache(maxsize=64)
def labels(kind: type[E], language: str = "nl") -> dict[E, str]:
    """The words for every member of one enum, for loops over many requests."""
    return {member: label(member, language) for member in kind}


def recipient_state(state: str, language: str) -> str:
    """ "open", "notified", "not-applicable", "not-received" in `language`."""
    return _lookup(f"recipient_state.{state}", readable(state), language)


def event_label(kind: str, language: str) -> str:
    """The name of an audit event kind in `language` ("Verzoek geregistreerd")."""
    return _lookup(event_code(kind), readable(kind), language)


def document_label(kind: str, language: str) -> str:
    """The word for a document kind (a letter kind, "fee-note", "dossier") in `language`."""
    return _lookup(f"doc.kind.{kind}", readable(kind), language)
