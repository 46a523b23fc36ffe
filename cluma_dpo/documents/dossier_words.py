"""The dossier's own words in nl, fr, en and de: captions, the audit verdict and the "none"
of an empty section. The model's values are in `labels`, the event and document kinds in
`kind_labels`."""

from __future__ import annotations

import re

from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.texts import render

# (nl, fr, en, de)
DOSSIER_WORDS: dict[str, tuple[str, str, str, str]] = {
    "title": ("Dossier", "Dossier", "Case file", "Akte"),
    "subtitle": (
        "Verzoek van een betrokkene (AVG art. 15-22)",
        "Demande d'une personne concernée (RGPD art. 15-22)",
        "Data subject request (GDPR Art. 15-22)",
        "Antrag einer betroffenen Person (DSGVO Art. 15-22)",
    ),
    "anonymised": (
        "Dit verzoek werd geanonimiseerd volgens het bewaarbeleid: de "
        "persoonsgegevens zijn verwijderd, de data en de tijdlijn zijn bewaard.",
        "Cette demande a été anonymisée conformément à la politique de "
        "conservation : les données personnelles ont été supprimées, les dates et "
        "l'historique sont conservés.",
        "This request was anonymised under the retention policy: the personal "
        "data was removed, the dates and the timeline were kept.",
        "Dieser Antrag wurde gemäß der Aufbewahrungsrichtlinie anonymisiert: die "
        "personenbezogenen Daten wurden entfernt, die Daten und der Verlauf bleiben erhalten.",
    ),
    "request": ("Verzoek", "Demande", "Request", "Antrag"),
    "reference": ("Referentie", "Référence", "Reference", "Aktenzeichen"),
    "rights": ("Rechten", "Droits", "Rights", "Rechte"),
    "article": ("art.", "art.", "Art.", "Art."),
    "channel": ("Kanaal", "Canal", "Channel", "Kanal"),
    "received": ("Ontvangen", "Reçue le", "Received", "Eingegangen"),
    "status": ("Status", "Statut", "Status", "Status"),
    "outcome": ("Uitkomst", "Résultat", "Outcome", "Ergebnis"),
    "reason": ("Reden", "Motif", "Reason", "Begründung"),
    "answered_on": ("Beantwoord op", "Répondue le", "Answered on", "Beantwortet am"),
    "rejected_on": ("Afgewezen op", "Rejetée le", "Rejected on", "Zurückgewiesen am"),
    "account_deletion": (
        "Verwijdering van het account",
        "Suppression du compte",
        "Account deletion",
        "Löschung des Kontos",
    ),
    "extended_on": ("Verlengd op", "Prolongée le", "Extended on", "Verlängert am"),
    "extension_reason": (
        "Reden van verlenging",
        "Motif de la prolongation",
        "Reason for extension",
        "Grund der Verlängerung",
    ),
    "pauses": (
        "Pauzes (identiteit)",
        "Suspensions (identité)",
        "Pauses (identity)",
        "Unterbrechungen (Identität)",
    ),
    "subject": ("Betrokkene", "Personne concernée", "Data subject", "Betroffene Person"),
    "name": ("Naam", "Nom", "Name", "Name"),
    "email": ("E-mail", "E-mail", "E-mail", "E-Mail"),
    "address": ("Adres", "Adresse", "Address", "Anschrift"),
    "language": ("Taal", "Langue", "Language", "Sprache"),
    "dates": ("Termijnen", "Délais", "Deadlines", "Fristen"),
    "statutory": ("Wettelijke termijn", "Délai légal", "Statutory due date", "Gesetzliche Frist"),
    "extended": ("Verlengde termijn", "Délai prolongé", "Extended due date", "Verlängerte Frist"),
    "company_target": (
        "Bedrijfsdoelstelling",
        "Objectif de l'entreprise",
        "Company target",
        "Unternehmensziel",
    ),
    "effective": (
        "Geldende termijn",
        "Délai applicable",
        "Governing due date",
        "Maßgebliche Frist",
    ),
    "paused": ("gepauzeerd", "suspendu", "paused", "unterbrochen"),
    "identity": (
        "Identiteitscontrole",
        "Vérification d'identité",
        "Identity check",
        "Identitätsprüfung",
    ),
    "method": ("Methode", "Méthode", "Method", "Methode"),
    "checked_on": ("Datum", "Date", "Date", "Datum"),
    "note": ("Notitie", "Note", "Note", "Notiz"),
    "document": ("Identiteitsdocument", "Pièce d'identité", "Identity document", "Ausweisdokument"),
    "doc_stored": (
        "een kopie is versleuteld bewaard tot het einde van de controle",
        "une copie est conservée chiffrée jusqu'à la fin de la vérification",
        "a copy is stored encrypted until the check ends",
        "eine Kopie wird bis zum Ende der Prüfung verschlüsselt aufbewahrt",
    ),
    "doc_none": ("geen kopie bewaard", "aucune copie conservée", "no copy stored", "keine Kopie"),
    "recipients": (
        "Ontvangers verwittigd (AVG art. 19)",
        "Destinataires informés (RGPD art. 19)",
        "Recipients notified (GDPR Art. 19)",
        "Benachrichtigte Empfänger (DSGVO Art. 19)",
    ),
    "recipient": ("Ontvanger", "Destinataire", "Recipient", "Empfänger"),
    "fee_notes": ("Kostennota's", "Notes de frais", "Fee notes", "Kostennoten"),
    "number": ("Nummer", "Numéro", "Number", "Nummer"),
    "amount": ("Bedrag", "Montant", "Amount", "Betrag"),
    "issued": ("Uitgereikt", "Émise", "Issued", "Ausgestellt"),
    "due": ("Vervalt", "Échéance", "Due", "Fällig"),
    "paid_on": ("Betaald op", "Payée le", "Paid on", "Bezahlt am"),
    "payment_ref": ("Mededeling", "Communication", "Payment reference", "Verwendungszweck"),
    "vat": ("btw", "TVA", "VAT", "MwSt."),
    "documents": (
        "Opgemaakte documenten",
        "Documents produits",
        "Documents produced",
        "Erstellte Dokumente",
    ),
    "kind": ("Soort", "Type", "Kind", "Art"),
    "file": ("Bestand", "Fichier", "File", "Datei"),
    "produced": ("Opgemaakt", "Produit", "Produced", "Erstellt"),
    "timeline": ("Tijdlijn", "Historique", "Timeline", "Verlauf"),
    "event": ("Gebeurtenis", "Événement", "Event", "Ereignis"),
    "when_by": ("Wanneer, door", "Quand, par", "When, by", "Wann, von"),
    "audit": (
        "Controle van de auditketen",
        "Vérification de la chaîne d'audit",
        "Audit chain verification",
        "Prüfung der Audit-Kette",
    ),
    "audit_ok": (
        "De auditketen is intact: {count} gebeurtenissen, elke schakel nagekeken.",
        "La chaîne d'audit est intacte : {count} événements, chaque maillon vérifié.",
        "The audit chain is intact: {count} events, every link verified.",
        "Die Audit-Kette ist intakt: {count} Ereignisse, jedes Glied geprüft.",
    ),
    "audit_broken": (
        "De auditketen is NIET intact: de eerste gebroken schakel is gebeurtenis {id}",
        "La chaîne d'audit N'EST PAS intacte : le premier maillon rompu est l'événement {id}",
        "The audit chain is NOT intact: the first broken link is event {id}",
        "Die Audit-Kette ist NICHT intakt: das erste gebrochene Glied ist Ereignis {id}",
    ),
    "problem.link": (
        "de verwijzing naar de vorige gebeurtenis klopt niet (een eerdere gebeurtenis werd "
        "gewijzigd of verwijderd)",
        "le lien vers l'événement précédent ne correspond pas (un événement antérieur a été "
        "modifié ou supprimé)",
        "its link to the previous event does not match (an event before it was changed or deleted)",
        "der Verweis auf das vorige Ereignis stimmt nicht (ein früheres Ereignis wurde "
        "geändert oder gelöscht)",
    ),
    "problem.note": (
        "de notitie werd gewijzigd",
        "la note a été modifiée",
        "its note was changed",
        "die Notiz wurde geändert",
    ),
    "problem.hash": (
        "de inhoud komt niet overeen met de hash",
        "le contenu ne correspond pas à son empreinte",
        "its content does not match its hash",
        "der Inhalt stimmt nicht mit dem Hash überein",
    ),
    "problem.ends": (
        "de keten eindigt na {count} gebeurtenissen, maar er werden er {recorded} "
        "geregistreerd (gebeurtenissen verwijderd)",
        "la chaîne s'arrête après {count} événements alors que {recorded} ont été "
        "enregistrés (événements supprimés)",
        "the chain ends after {count} events but {recorded} were recorded (events were deleted)",
        "die Kette endet nach {count} Ereignissen, aufgezeichnet wurden aber {recorded} "
        "(Ereignisse gelöscht)",
    ),
    "problem.erased": (
        "de notitie werd gewist, maar het verzoek werd nooit geanonimiseerd volgens het "
        "bewaarbeleid",
        "la note a été effacée, mais la demande n'a jamais été anonymisée selon la politique "
        "de conservation",
        "its note was erased, but the request was never anonymised under the retention policy",
        "die Notiz wurde gelöscht, der Antrag aber nie gemäß der Aufbewahrungsrichtlinie "
        "anonymisiert",
    ),
    "problem.other": (
        "melding (Engels): {text}",
        "message (en anglais) : {text}",
        "{text}",
        "Meldung (englisch): {text}",
    ),
    "none": (": geen", " : néant", ": none", ": keine"),  # after an empty section's heading
    "yes": ("ja", "oui", "yes", "ja"),
    "page": (
        "Pagina {n} van {total}",
        "Page {n} sur {total}",
        "Page {n} of {total}",
        "Seite {n} von {total}",
    ),
    "made_on": ("opgemaakt op {day}", "établi le {day}", "made on {day}", "erstellt am {day}"),
}

# ChainReport.problem is English text (domain/audit.py); its known forms, by how they begin.
_PROBLEMS = (
    ("its link to the previous event", "problem.link"),
    ("its note was changed", "problem.note"),
    ("its content does not match", "problem.hash"),
    ("the chain ends after", "problem.ends"),
    ("its note was erased", "problem.erased"),
)
_NUMBERS = re.compile(r"\d+")


def audit_verdict(report: ChainReport, index: int) -> str:
    """The audit chain's verdict as one sentence in the language at `index` of the tuples."""
    if report.ok:
        return DOSSIER_WORDS["audit_ok"][index].format(count=f"{report.count:n}")
    problem = render(report.problem, "en") if report.problem else ""  # its English form
    key = next((k for start, k in _PROBLEMS if problem.startswith(start)), "problem.other")
    numbers = [*_NUMBERS.findall(problem), "?", "?"]
    why = DOSSIER_WORDS[key][index].format(count=numbers[0], recorded=numbers[1], text=problem)
    head = DOSSIER_WORDS["audit_broken"][index].format(id=report.broken_id or "?")
    return f"{head}: {why}." if problem else f"{head}."
