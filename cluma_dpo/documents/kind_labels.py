"""The words for the kinds a dossier lists: audit event kinds and document (letter) kinds, in
nl, fr, en and de.

Every kind the services record (`uow.record("...")`) and every letter kind has a row here;
tests/integration/test_dossier_words.py finds them in the code and fails on a missing one.
A kind without a row (an older database, a newer version) prints as its words, never as an
error.
"""

from __future__ import annotations

from collections.abc import Mapping

from cluma_dpo.documents.labels import LANGUAGES


def _rows(table: Mapping[str, tuple[str, str, str, str]]) -> dict[str, dict[str, str]]:
    return {kind: dict(zip(LANGUAGES, words, strict=True)) for kind, words in table.items()}


# (nl, fr, en, de)
EVENT_KINDS = _rows(
    {
        "request-registered": (
            "verzoek geregistreerd",
            "demande enregistrée",
            "request registered",
            "Antrag erfasst",
        ),
        "subject-edited": (
            "gegevens betrokkene gewijzigd",
            "données de la personne modifiées",
            "data subject's details edited",
            "Angaben der betroffenen Person geändert",
        ),
        "identity-not-needed": (
            "identiteitscontrole niet nodig",
            "vérification d'identité non nécessaire",
            "identity check not needed",
            "Identitätsprüfung nicht nötig",
        ),
        "identity-requested": (
            "identiteitsgegevens gevraagd",
            "informations d'identité demandées",
            "identity information requested",
            "Identitätsnachweis angefordert",
        ),
        "identity-received": (
            "identiteitsgegevens ontvangen",
            "informations d'identité reçues",
            "identity information received",
            "Identitätsnachweis erhalten",
        ),
        "identity-verified": (
            "identiteit bevestigd",
            "identité confirmée",
            "identity verified",
            "Identität bestätigt",
        ),
        "identity-failed": (
            "identiteit niet bevestigd",
            "identité non confirmée",
            "identity not verified",
            "Identität nicht bestätigt",
        ),
        "identity-document-stored": (
            "kopie identiteitsdocument versleuteld bewaard",
            "copie de la pièce d'identité conservée chiffrée",
            "copy of the identity document stored encrypted",
            "Ausweiskopie verschlüsselt gespeichert",
        ),
        "identity-document-erased": (
            "kopie identiteitsdocument gewist",
            "copie de la pièce d'identité effacée",
            "copy of the identity document erased",
            "Ausweiskopie gelöscht",
        ),
        "extended": ("termijn verlengd", "délai prolongé", "deadline extended", "Frist verlängert"),
        "closed": ("afgesloten", "clôturée", "closed", "abgeschlossen"),
        "withdrawn": ("ingetrokken", "retirée", "withdrawn", "zurückgezogen"),
        "rejected": (
            "afgewezen (art. 12 lid 5)",
            "rejetée (art. 12, par. 5)",
            "rejected (Art. 12(5))",
            "zurückgewiesen (Art. 12 Abs. 5)",
        ),
        "recipient-notified": (
            "ontvanger verwittigd",
            "destinataire informé",
            "recipient notified",
            "Empfänger informiert",
        ),
        "recipient-not-applicable": (
            "ontvanger niet van toepassing",
            "destinataire sans objet",
            "recipient not applicable",
            "Empfänger nicht betroffen",
        ),
        "recipient-open": (
            "ontvanger nog te verwittigen",
            "destinataire à informer",
            "recipient still to notify",
            "Empfänger noch zu informieren",
        ),
        "answered": (
            "beantwoord, ontvangers nog te verwittigen",
            "réponse enregistrée, destinataires à informer",
            "answered, recipients still to be told",
            "beantwortet, Empfänger noch zu informieren",
        ),
        "objection-kind-confirmed": (
            "soort bezwaar bevestigd",
            "type d'opposition confirmé",
            "kind of objection confirmed",
            "Art des Widerspruchs bestätigt",
        ),
        "suppression-added": (
            "op de uitschrijvingslijst gezet",
            "ajouté à la liste d'exclusion",
            "put on the suppression list",
            "in die Sperrliste aufgenommen",
        ),
        "fee-note-issued": (
            "kostennota uitgereikt",
            "note de frais émise",
            "fee note issued",
            "Kostennote ausgestellt",
        ),
        "fee-paid": ("kostennota betaald", "note de frais payée", "fee paid", "Kostennote bezahlt"),
        "fee-note-cancelled": (
            "kostennota geannuleerd",
            "note de frais annulée",
            "fee note cancelled",
            "Kostennote storniert",
        ),
        "document-produced": (
            "document opgemaakt",
            "document produit",
            "document produced",
            "Dokument erstellt",
        ),
        "register-exported": (
            "register geëxporteerd",
            "registre exporté",
            "register exported",
            "Verzeichnis exportiert",
        ),
        "quarterly-report": (
            "kwartaalrapport opgemaakt",
            "rapport trimestriel produit",
            "quarterly report produced",
            "Quartalsbericht erstellt",
        ),
        "setting-changed": (
            "instelling gewijzigd",
            "paramètre modifié",
            "setting changed",
            "Einstellung geändert",
        ),
        "backup-made": (
            "reservekopie gemaakt",
            "sauvegarde effectuée",
            "backup made",
            "Sicherung erstellt",
        ),
        "restored-from-backup": (
            "teruggezet uit een reservekopie",
            "restaurée depuis une sauvegarde",
            "restored from a backup",
            "aus einer Sicherung wiederhergestellt",
        ),
        "passphrase-changed": (
            "wachtwoordzin gewijzigd",
            "phrase secrète modifiée",
            "passphrase changed",
            "Passphrase geändert",
        ),
        "database-created": (
            "database aangemaakt",
            "base de données créée",
            "database created",
            "Datenbank angelegt",
        ),
        "anonymised": (
            "geanonimiseerd (bewaarbeleid)",
            "anonymisée (politique de conservation)",
            "anonymised (retention policy)",
            "anonymisiert (Aufbewahrungsrichtlinie)",
        ),
        "note-added": ("notitie toegevoegd", "note ajoutée", "note added", "Notiz hinzugefügt"),
    }
)

# Letter kinds (cluma_dpo.domain.letters.LetterKind) and the other documents on a request.
DOCUMENT_KINDS = _rows(
    {
        "acknowledgement": (
            "ontvangstbevestiging",
            "accusé de réception",
            "acknowledgement of receipt",
            "Eingangsbestätigung",
        ),
        "identity-request": (
            "vraag om identiteitsgegevens",
            "demande d'informations d'identité",
            "request for identity information",
            "Anforderung eines Identitätsnachweises",
        ),
        "extension": (
            "bericht van verlenging",
            "avis de prolongation",
            "extension notice",
            "Mitteilung der Fristverlängerung",
        ),
        "answer": ("antwoord", "réponse", "answer", "Antwort"),
        "refusal": ("weigering", "refus", "refusal", "Ablehnung"),
        "recipient-notice": (
            "bericht aan een ontvanger (art. 19)",
            "avis à un destinataire (art. 19)",
            "notice to a recipient (Art. 19)",
            "Mitteilung an einen Empfänger (Art. 19)",
        ),
        "withdrawal-confirmation": (
            "bevestiging van intrekking",
            "confirmation du retrait",
            "withdrawal confirmation",
            "Bestätigung der Rücknahme",
        ),
        "fee-note": ("kostennota", "note de frais", "fee note", "Kostennote"),
        "dossier": ("dossier", "dossier", "case file", "Akte"),
    }
)


def readable(kind: str) -> str:
    """A kind no table knows, as words: "imported_from-v1" → "imported from v1"."""
    words = " ".join(kind.replace("_", " ").replace("-", " ").replace(".", " ").split())
    return words or "—"


def _lookup(table: Mapping[str, Mapping[str, str]], kind: str, language: str) -> str:
    words = table.get(kind)
    if words is None:
        return readable(kind)
    return words.get(language, words["nl"])


def event_label(kind: str, language: str) -> str:
    """The word for an audit event kind in `language` (Dutch for a language it lacks)."""
    return _lookup(EVENT_KINDS, kind, language)


def document_label(kind: str, language: str) -> str:
    """The word for a document kind (a letter kind, "fee-note", "dossier") in `language`."""
    return _lookup(DOCUMENT_KINDS, kind, language)
