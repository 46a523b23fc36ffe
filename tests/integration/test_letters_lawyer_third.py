# ruff: noqa: E501  (the expected sentences are quoted whole, as the letters print them)
"""The Belgian privacy lawyer's second reading (2 Dec 2026, branch law2): the findings the
first pass left open (24, 25, 28, 30, 31), numbers as in /work/notes/lawyer-report.md."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.domain.model import (
    FeeGround,
    FeeNoteView,
    FeeStatus,
    Outcome,
    RecipientItemView,
    Right,
    Status,
)
from tests.integration.test_letter_truth import (
    LANGUAGES,
    PDFTOTEXT,
    SETTINGS,
    TEXTS,
    TODAY,
    base,
    closed,
    pdf_text,
)
from tests.integration.test_letters_lawyer_second import letter, texts

pytestmark = pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="pdftotext is missing")


def flat(text: str) -> str:
    return " ".join(text.split())


# -- finding 24: the access answer does not say that all data goes within 30 days ---------------

ALL_ERASED = {
    "nl": "worden alle gegevens binnen de 30 dagen",
    "fr": "toutes les données sont effacées",
    "en": "all data is erased within 30 days",
    "de": "werden alle Daten innerhalb von 30 Tagen",
}
INVOICES_KEPT = {
    "nl": "behalve de facturen en boekhoudstukken die wij volgens de Belgische boekhoud- en btw-wetgeving langer moeten bewaren (artikel III.86 van het Wetboek van economisch recht; artikel 60 van het Btw-wetboek)",
    "fr": "sauf les factures et pièces comptables que le droit comptable et fiscal belge nous oblige à conserver plus longtemps (art. III.86 du Code de droit économique ; art. 60 du Code de la TVA)",
    "en": "except the invoices and accounting documents that Belgian accounting and VAT law obliges us to keep for longer (Article III.86 of the Code of Economic Law; Article 60 of the VAT Code)",
    "de": "ausgenommen Rechnungen und Buchhaltungsunterlagen, die wir nach belgischem Buchführungs- und Mehrwertsteuerrecht länger aufbewahren müssen (Art. III.86 des Wirtschaftsgesetzbuchs; Art. 60 des Mehrwertsteuergesetzbuchs)",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_access_answer_keeps_invoices_apart_from_the_30_days(
    language: str, tmp_path: Path
) -> None:
    text = flat(letter(closed(Right.ACCESS, Outcome.GRANTED), "answer", language, tmp_path))
    assert ALL_ERASED[language] not in text
    assert INVOICES_KEPT[language] in text


# -- finding 28: a fee note's remedies cite Art. 77 and 79, not Art. 12(4) ---------------------

FEE_REMEDIES = {
    "nl": "Bent u het niet eens met onze beslissing om deze vergoeding te vragen, dan kunt u (artikelen 77 en 79 AVG):",
    "fr": "Si vous n'êtes pas d'accord avec notre décision de demander ces frais, vous pouvez (articles 77 et 79 du RGPD) :",
    "en": "If you disagree with our decision to charge this fee, you may (Articles 77 and 79 GDPR):",
    "de": "Wenn Sie mit unserer Entscheidung, dieses Entgelt zu verlangen, nicht einverstanden sind, können Sie (Art. 77 und 79 DSGVO):",
}
ART_12_4 = {
    "nl": "artikel 12, lid 4",
    "fr": "article 12, paragraphe 4",
    "en": "Article 12(4)",
    "de": "Art. 12 Abs. 4",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fee_notes_remedies_cite_articles_77_and_79(language: str, tmp_path: Path) -> None:
    fee = FeeNoteView(
        "FN-2026-0042", "12.10", "21", TEXTS[language]["reason"], TODAY, date(2026, 12, 7),
        FeeStatus.UNPAID, "+++202/6000/04236+++", ground=FeeGround.EXCESSIVE,
    )  # fmt: skip
    request = replace(base((Right.ACCESS,)), status=Status.AWAITING_FEE_PAYMENT, fee_notes=(fee,))
    text = flat(
        pdf_text(render_fee_note(request, fee, SETTINGS, language=language, today=TODAY), tmp_path)
    ).replace("\u00a0", " ")
    assert FEE_REMEDIES[language] in text
    assert ART_12_4[language] not in text


# -- finding 30: a refusal says what it refuses, then why ---------------------------------------

REFUSED_RIGHT = {
    "nl": "Wij kunnen uw verzoek betreffende de wissing van uw persoonsgegevens niet inwilligen",
    "fr": "Nous ne pouvons pas faire droit à votre demande concernant l'effacement",
    "en": "We cannot grant your request concerning the erasure",
    "de": "Ihrem Antrag betreffend die Löschung Ihrer personenbezogenen Daten können wir nicht nachkommen",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_names_what_it_refuses_before_its_reason(language: str, tmp_path: Path) -> None:
    request = closed(Right.ERASURE, Outcome.REFUSED)
    text = flat(letter(request, "refusal", language, tmp_path, texts=texts(language)))
    refused = text.index(REFUSED_RIGHT[language])
    assert refused < text.index(TEXTS[language]["reason"])


# -- finding 31: one recipient not told is "that recipient", not "them" ------------------------

ONE_UNTOLD = {
    "nl": ("Wij hebben die ontvanger niet van", "meer informatie over deze ontvanger.", " hen "),
    "fr": (
        "Nous n'avons pas informé ce destinataire",
        "plus d'informations sur ce destinataire.",
        "ne les avons",
    ),
    "en": (
        "We have not told that recipient of",
        "more information about this recipient.",
        "told them",
    ),
    "de": (
        "Wir haben diesen Empfänger nicht",
        "Informationen über diesen Empfänger.",
        "haben sie nicht",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_recipient_not_told_is_named_in_the_singular(language: str, tmp_path: Path) -> None:
    one = (RecipientItemView("Mollie", "not-applicable", TODAY, "impossible"),)
    request = replace(closed(Right.ERASURE, Outcome.GRANTED), recipients=one)
    text = flat(letter(request, "answer", language, tmp_path))
    told, more, plural = ONE_UNTOLD[language]
    assert told in text and more in text and plural not in text
