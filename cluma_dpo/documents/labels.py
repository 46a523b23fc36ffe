"""The words documents print: the model's values in nl, fr and en (`label()`, `labels()`),
the dossier's own captions, and the Dutch labels of the quarterly report's figures.

Plain data and lookups, no rendering: every document module takes its words from here.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from cluma_dpo.domain.model import Channel, Right

LANGUAGES = ("nl", "fr", "en")
E = TypeVar("E", bound=enum.Enum)

# Words for the model's values, (nl, fr, en), keyed "<Enum class>.<value>".
_VALUES: dict[str, tuple[str, str, str]] = {
    "Right.access": ("inzage", "accès", "access"),
    "Right.rectification": ("rectificatie", "rectification", "rectification"),
    "Right.erasure": ("wissing", "effacement", "erasure"),
    "Right.restriction": ("beperking", "limitation", "restriction"),
    "Right.objection": ("bezwaar", "opposition", "objection"),
    "Right.portability": ("overdraagbaarheid", "portabilité", "portability"),
    "Right.marketing-opt-out": (
        "uitschrijving marketing",
        "désinscription marketing",
        "marketing opt-out",
    ),
    "Channel.email": ("e-mail", "e-mail", "e-mail"),
    "Channel.post": ("post", "courrier", "post"),
    "Channel.web": ("webformulier", "formulaire web", "web form"),
    "Channel.phone": ("telefoon", "téléphone", "phone"),
    "Channel.in-person": ("persoonlijk", "en personne", "in person"),
    "Status.received": ("ontvangen", "reçue", "received"),
    "Status.identity-check": ("identiteitscontrole", "vérification d'identité", "identity check"),
    "Status.awaiting-information": (
        "wacht op informatie",
        "en attente d'informations",
        "awaiting information",
    ),
    "Status.in-progress": ("in behandeling", "en cours", "in progress"),
    "Status.extended": ("verlengd", "prolongée", "extended"),
    "Status.awaiting-fee-payment": (
        "wacht op betaling",
        "en attente de paiement",
        "awaiting payment",
    ),
    "Status.answered": ("beantwoord", "répondue", "answered"),
    "Status.closed": ("afgesloten", "clôturée", "closed"),
    "Status.withdrawn": ("ingetrokken", "retirée", "withdrawn"),
    "Status.rejected": ("afgewezen", "rejetée", "rejected"),
    "Outcome.granted": ("ingewilligd", "accordée", "granted"),
    "Outcome.partly-granted": ("deels ingewilligd", "partiellement accordée", "partly granted"),
    "Outcome.refused": ("geweigerd", "refusée", "refused"),
    "IdentityMethod.account-email": (
        "e-mail van het account",
        "e-mail du compte",
        "account e-mail",
    ),
    "IdentityMethod.id-document": (
        "kopie identiteitsdocument",
        "copie d'une pièce d'identité",
        "copy of an identity document",
    ),
    "IdentityMethod.in-person": ("persoonlijk", "en personne", "in person"),
    "IdentityMethod.known-customer": ("gekende klant", "client connu", "known customer"),
    "IdentityMethod.other": ("andere", "autre", "other"),
    "IdentityStatus.not-checked": ("niet gecontroleerd", "non vérifiée", "not checked"),
    "IdentityStatus.requested": ("gevraagd", "demandée", "requested"),
    "IdentityStatus.received": ("ontvangen", "reçue", "received"),
    "IdentityStatus.verified": ("bevestigd", "confirmée", "verified"),
    "IdentityStatus.failed": ("niet bevestigd", "non confirmée", "failed"),
    "IdentityStatus.not-needed": ("niet nodig", "pas nécessaire", "not needed"),
    "FeeStatus.unpaid": ("onbetaald", "impayée", "unpaid"),
    "FeeStatus.paid": ("betaald", "payée", "paid"),
    "FeeStatus.cancelled": ("geannuleerd", "annulée", "cancelled"),
    "Language.nl": ("Nederlands", "néerlandais", "Dutch"),
    "Language.fr": ("Frans", "français", "French"),
    "Language.en": ("Engels", "anglais", "English"),
    "Language.de": ("Duits", "allemand", "German"),
    "recipient.open": ("nog te verwittigen", "à informer", "to notify"),
    "recipient.notified": ("verwittigd", "informé", "notified"),
    "recipient.not-applicable": ("niet van toepassing", "sans objet", "not applicable"),
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


# The dossier's own words, (nl, fr, en).
DOSSIER_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Dossier", "Dossier", "Case file"),
    "subtitle": (
        "Verzoek van een betrokkene (AVG art. 15-22)",
        "Demande d'une personne concernée (RGPD art. 15-22)",
        "Data subject request (GDPR Art. 15-22)",
    ),
    "anonymised": (
        "Dit verzoek werd geanonimiseerd volgens het bewaarbeleid: de "
        "persoonsgegevens zijn verwijderd, de data en de tijdlijn zijn bewaard.",
        "Cette demande a été anonymisée conformément à la politique de "
        "conservation : les données personnelles ont été supprimées, les dates et "
        "l'historique sont conservés.",
        "This request was anonymised under the retention policy: the personal "
        "data was removed, the dates and the timeline were kept.",
    ),
    "request": ("Verzoek", "Demande", "Request"),
    "reference": ("Referentie", "Référence", "Reference"),
    "rights": ("Rechten", "Droits", "Rights"),
    "channel": ("Kanaal", "Canal", "Channel"),
    "received": ("Ontvangen", "Reçue le", "Received"),
    "status": ("Status", "Statut", "Status"),
    "outcome": ("Uitkomst", "Résultat", "Outcome"),
    "reason": ("Reden", "Motif", "Reason"),
    "answered_on": ("Beantwoord op", "Répondue le", "Answered on"),
    "account_deletion": (
        "Verwijdering van het account",
        "Suppression du compte",
        "Account deletion",
    ),
    "extended_on": ("Verlengd op", "Prolongée le", "Extended on"),
    "extension_reason": (
        "Reden van verlenging",
        "Motif de la prolongation",
        "Reason for extension",
    ),
    "pauses": ("Pauzes (identiteit)", "Suspensions (identité)", "Pauses (identity)"),
    "subject": ("Betrokkene", "Personne concernée", "Data subject"),
    "name": ("Naam", "Nom", "Name"),
    "email": ("E-mail", "E-mail", "E-mail"),
    "address": ("Adres", "Adresse", "Address"),
    "language": ("Taal", "Langue", "Language"),
    "dates": ("Termijnen", "Délais", "Deadlines"),
    "statutory": ("Wettelijke termijn", "Délai légal", "Statutory due date"),
    "extended": ("Verlengde termijn", "Délai prolongé", "Extended due date"),
    "company_target": ("Bedrijfsdoelstelling", "Objectif de l'entreprise", "Company target"),
    "effective": ("Geldende termijn", "Délai applicable", "Governing due date"),
    "paused": ("gepauzeerd", "suspendu", "paused"),
    "identity": ("Identiteitscontrole", "Vérification d'identité", "Identity check"),
    "method": ("Methode", "Méthode", "Method"),
    "checked_on": ("Datum", "Date", "Date"),
    "note": ("Notitie", "Note", "Note"),
    "document": ("Identiteitsdocument", "Pièce d'identité", "Identity document"),
    "doc_stored": (
        "een kopie is versleuteld bewaard tot het einde van de controle",
        "une copie est conservée chiffrée jusqu'à la fin de la vérification",
        "a copy is stored encrypted until the check ends",
    ),
    "doc_none": ("geen kopie bewaard", "aucune copie conservée", "no copy stored"),
    "recipients": (
        "Ontvangers verwittigd (AVG art. 19)",
        "Destinataires informés (RGPD art. 19)",
        "Recipients notified (GDPR Art. 19)",
    ),
    "recipient": ("Ontvanger", "Destinataire", "Recipient"),
    "fee_notes": ("Kostennota's", "Notes de frais", "Fee notes"),
    "number": ("Nummer", "Numéro", "Number"),
    "amount": ("Bedrag", "Montant", "Amount"),
    "issued": ("Uitgereikt", "Émise", "Issued"),
    "due": ("Vervalt", "Échéance", "Due"),
    "paid_on": ("Betaald op", "Payée le", "Paid on"),
    "payment_ref": ("Mededeling", "Communication", "Payment reference"),
    "vat": ("btw", "TVA", "VAT"),
    "documents": ("Opgemaakte documenten", "Documents produits", "Documents produced"),
    "kind": ("Soort", "Type", "Kind"),
    "file": ("Bestand", "Fichier", "File"),
    "produced": ("Opgemaakt", "Produit", "Produced"),
    "timeline": ("Tijdlijn", "Historique", "Timeline"),
    "when": ("Wanneer", "Quand", "When"),
    "event": ("Gebeurtenis", "Événement", "Event"),
    "actor": ("Door", "Par", "By"),
    "audit": (
        "Controle van de auditketen",
        "Vérification de la chaîne d'audit",
        "Audit chain verification",
    ),
    "audit_ok": (
        "De auditketen is intact.",
        "La chaîne d'audit est intacte.",
        "The audit chain is intact.",
    ),
    "audit_broken": (
        "De auditketen is NIET intact.",
        "La chaîne d'audit N'EST PAS intacte.",
        "The audit chain is NOT intact.",
    ),
    "none": ("geen", "aucun", "none"),
    "yes": ("ja", "oui", "yes"),
    "page": ("Pagina {n} van {total}", "Page {n} sur {total}", "Page {n} of {total}"),
    "made_on": ("opgemaakt op {day}", "établi le {day}", "made on {day}"),
}

# The quarterly report's words (Dutch only: the report is written for the management).
RIGHTS_NL, CHANNELS_NL = labels(Right), labels(Channel)
FIGURE_LABELS: dict[str, str] = {
    "received": "Ontvangen verzoeken",
    **{f"received.right.{r.value}": f"recht: {RIGHTS_NL[r]}" for r in Right},
    **{f"received.channel.{c.value}": f"kanaal: {CHANNELS_NL[c]}" for c in Channel},
    "answered": "Beantwoorde verzoeken",
    "answered.on_time": "tijdig beantwoord",
    "answered.late": "te laat beantwoord",
    "days.median": "Mediane behandelingstijd (dagen)",
    "days.p90": "90e percentiel behandelingstijd (dagen)",
    "extensions": "Verlengde termijnen",
    "refusals": "Geweigerde verzoeken",
    "rejections": "Afgewezen als kennelijk ongegrond of buitensporig",
    "fees.issued": "Kostennota's uitgereikt",
    "fees.issued_amount": "bedrag uitgereikt (EUR)",
    "fees.paid": "Kostennota's betaald",
    "fees.paid_amount": "bedrag betaald (EUR)",
    "open.end": "Open op het einde van het kwartaal",
    "overdue.now": "Vandaag over tijd",
}
REASON_LABELS = {"refused": "Weigering", "rejected": "Afwijzing (art. 12 lid 5)"}
