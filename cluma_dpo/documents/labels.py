"""The words documents print: the model's values in nl, fr and en (`label()`, `labels()`),
the dossier's own captions, and the Dutch labels of the quarterly report's figures.

Plain data and lookups, no rendering: every document module takes its words from here.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from cluma_dpo.domain.model import Channel, Right

LANGUAGES = ("nl", "fr", "en", "de")
E = TypeVar("E", bound=enum.Enum)

# Words for the model's values, (nl, fr, en, de), keyed "<Enum class>.<value>".
_VALUES: dict[str, tuple[str, str, str, str]] = {
    "Right.access": ("inzage", "accès", "access", "Auskunft"),
    "Right.rectification": ("rectificatie", "rectification", "rectification", "Berichtigung"),
    "Right.erasure": ("wissing", "effacement", "erasure", "Löschung"),
    "Right.restriction": ("beperking", "limitation", "restriction", "Einschränkung"),
    "Right.objection": ("bezwaar", "opposition", "objection", "Widerspruch"),
    "Right.portability": (
        "overdraagbaarheid",
        "portabilité",
        "portability",
        "Datenübertragbarkeit",
    ),
    "Right.marketing-opt-out": (
        "uitschrijving marketing",
        "désinscription marketing",
        "marketing opt-out",
        "Widerspruch gegen Direktwerbung",
    ),
    "Channel.email": ("e-mail", "e-mail", "e-mail", "E-Mail"),
    "Channel.post": ("post", "courrier", "post", "Post"),
    "Channel.web": ("webformulier", "formulaire web", "web form", "Webformular"),
    "Channel.phone": ("telefoon", "téléphone", "phone", "Telefon"),
    "Channel.in-person": ("persoonlijk", "en personne", "in person", "persönlich"),
    "Status.received": ("ontvangen", "reçue", "received", "eingegangen"),
    "Status.identity-check": (
        "identiteitscontrole",
        "vérification d'identité",
        "identity check",
        "Identitätsprüfung",
    ),
    "Status.awaiting-information": (
        "wacht op informatie",
        "en attente d'informations",
        "awaiting information",
        "wartet auf Informationen",
    ),
    "Status.in-progress": ("in behandeling", "en cours", "in progress", "in Bearbeitung"),
    "Status.extended": ("verlengd", "prolongée", "extended", "verlängert"),
    "Status.awaiting-fee-payment": (
        "wacht op betaling",
        "en attente de paiement",
        "awaiting payment",
        "wartet auf Zahlung",
    ),
    "Status.answered": ("beantwoord", "répondue", "answered", "beantwortet"),
    "Status.closed": ("afgesloten", "clôturée", "closed", "abgeschlossen"),
    "Status.withdrawn": ("ingetrokken", "retirée", "withdrawn", "zurückgezogen"),
    "Status.rejected": ("afgewezen", "rejetée", "rejected", "zurückgewiesen"),
    "Outcome.granted": ("ingewilligd", "accordée", "granted", "stattgegeben"),
    "Outcome.partly-granted": (
        "deels ingewilligd",
        "partiellement accordée",
        "partly granted",
        "teilweise stattgegeben",
    ),
    "Outcome.refused": ("geweigerd", "refusée", "refused", "abgelehnt"),
    "IdentityMethod.account-email": (
        "e-mail van het account",
        "e-mail du compte",
        "account e-mail",
        "E-Mail-Adresse des Kontos",
    ),
    "IdentityMethod.id-document": (
        "kopie identiteitsdocument",
        "copie d'une pièce d'identité",
        "copy of an identity document",
        "Kopie eines Ausweisdokuments",
    ),
    "IdentityMethod.in-person": ("persoonlijk", "en personne", "in person", "persönlich"),
    "IdentityMethod.known-customer": (
        "gekende klant",
        "client connu",
        "known customer",
        "bekannter Kunde",
    ),
    "IdentityMethod.other": ("andere", "autre", "other", "sonstige"),
    "IdentityStatus.not-checked": (
        "niet gecontroleerd",
        "non vérifiée",
        "not checked",
        "nicht geprüft",
    ),
    "IdentityStatus.requested": ("gevraagd", "demandée", "requested", "angefordert"),
    "IdentityStatus.received": ("ontvangen", "reçue", "received", "erhalten"),
    "IdentityStatus.verified": ("bevestigd", "confirmée", "verified", "bestätigt"),
    "IdentityStatus.failed": ("niet bevestigd", "non confirmée", "failed", "nicht bestätigt"),
    "IdentityStatus.not-needed": ("niet nodig", "pas nécessaire", "not needed", "nicht nötig"),
    "FeeStatus.unpaid": ("onbetaald", "impayée", "unpaid", "unbezahlt"),
    "FeeStatus.paid": ("betaald", "payée", "paid", "bezahlt"),
    "FeeStatus.cancelled": ("geannuleerd", "annulée", "cancelled", "storniert"),
    "Language.nl": ("Nederlands", "néerlandais", "Dutch", "Niederländisch"),
    "Language.fr": ("Frans", "français", "French", "Französisch"),
    "Language.en": ("Engels", "anglais", "English", "Englisch"),
    "Language.de": ("Duits", "allemand", "German", "Deutsch"),
    "recipient.open": ("nog te verwittigen", "à informer", "to notify", "noch zu informieren"),
    "recipient.notified": ("verwittigd", "informé", "notified", "informiert"),
    "recipient.not-applicable": (
        "niet van toepassing",
        "sans objet",
        "not applicable",
        "nicht betroffen",
    ),
}


def label(value: enum.Enum, language: str = "nl") -> str:
    """The word for a model value (Right, Channel, Status, ...) in nl, fr or en."""
    return word(f"{type(value).__name__}.{value.value}", str(value.value), language)


def labels(kind: type[E], language: str = "nl") -> dict[E, str]:
    """The words for every member of one enum, for loops over many requests."""
    return {member: label(member, language) for member in kind}


def word(key: str, fallback: str, language: str) -> str:
    """The word for `key` in `_VALUES` (e.g. "recipient.open"), else `fallback`."""
    words = _VALUES.get(key)
    return words[language_index(language)] if words else fallback


def language_index(language: str) -> int:
    """The position of `language` in LANGUAGES and in the word tuples; Dutch otherwise."""
    return LANGUAGES.index(language) if language in LANGUAGES else 0


# The quarterly report's words (Dutch only: the report is written for the management).
RIGHTS_NL, CHANNELS_NL = labels(Right), labels(Channel)
FIGURE_LABELS: dict[str, str] = {
    "received": "Ontvangen verzoeken",
    **{f"received.right.{r.value}": f"recht: {RIGHTS_NL[r]}" for r in Right},
    **{f"received.channel.{c.value}": f"kanaal: {CHANNELS_NL[c]}" for c in Channel},
    "state": "Ontvangen verzoeken: stand op het kwartaaleinde",
    "state.answered": "beantwoord of afgesloten",
    "state.withdrawn": "ingetrokken",
    "state.rejected": "afgewezen (art. 12 lid 5)",
    "state.open": "nog open",
    "answered": "Beantwoorde verzoeken",
    "answered.on_time": "tijdig beantwoord",
    "answered.late": "te laat beantwoord",
    "days.median": "Mediane behandelingstijd (dagen)",
    "days.p90": "90e percentiel behandelingstijd (dagen)",
    "extensions": "Verlengde termijnen",
    "refusals": "Geweigerde verzoeken",
    "rejections": "Afgewezen als kennelijk ongegrond of buitensporig",
    "withdrawals": "Ingetrokken verzoeken",
    "fees.issued": "Kostennota's uitgereikt",
    "fees.issued_amount": "bedrag uitgereikt (EUR)",
    "fees.paid": "Kostennota's betaald",
    "fees.paid_amount": "bedrag betaald (EUR)",
    "open.end": "Open op het einde van het kwartaal",
    "overdue.now": "Vandaag over tijd",
}
# While the quarter runs, what is open is counted on the day the report is made ({day}).
RUNNING_LABELS: dict[str, str] = {
    "state": "Ontvangen verzoeken: stand op {day}",
    "open.end": "Open op {day}",
}
REASON_LABELS = {"refused": "Weigering", "rejected": "Afwijzing (art. 12 lid 5)"}
