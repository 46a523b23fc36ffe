# ruff: noqa: E501  (the expected sentences are quoted whole, as the letters print them)
"""The Belgian privacy lawyer's findings, second pass (2 Dec 2026): every letter kind read
back with pdftotext; numbers as in /work/notes/lawyer-report.md of that pass."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.documents.letters import LetterOptions, render_letter
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import (
    FeeGround,
    FeeNoteView,
    FeeStatus,
    IdentityStatus,
    IdentityView,
    Outcome,
    Pause,
    RecipientItemView,
    Right,
    RightOutcome,
    Status,
)
from cluma_dpo.domain.settings import Settings
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

pytestmark = pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="pdftotext is missing")


def letter(
    request, kind: str, language: str, folder: Path, settings: Settings = SETTINGS, **options
) -> str:  # type: ignore[no-untyped-def]
    return pdf_text(
        render_letter(request, settings, LetterOptions(kind, language, TODAY, **options)), folder
    )


def texts(language: str) -> dict[str, str]:
    return dict(TEXTS[language])


# -- finding 4: the Art. 19 notice communicates; it orders only a processor --------------------

ORDERS = {
    "nl": ("Wij vragen u daarom", "te wissen (artikel 17 AVG)"),
    "fr": ("Nous vous prions dès lors", "d'effacer toutes les données"),
    "en": ("We therefore ask you", "to erase all personal data"),
    "de": ("Wir bitten Sie daher", "zu löschen"),
}
NOT_AN_INSTRUCTION = {
    "nl": "het is een kennisgeving op grond van artikel 19 AVG, geen instructie",
    "fr": "il s'agit d'une notification au titre de l'article 19 du RGPD, et non d'une instruction",
    "en": "it is a notification under Article 19 GDPR, not an instruction",
    "de": "Es handelt sich um eine Mitteilung nach Art. 19 DSGVO, nicht um eine Weisung",
}
ERASED = {
    "nl": "wij hebben de persoonsgegevens van deze persoon gewist (artikel 17 AVG)",
    "fr": "nous avons effacé les données à caractère personnel de cette personne (article 17 du RGPD)",
    "en": "we have erased the personal data of this person (Article 17 GDPR)",
    "de": "wir haben die personenbezogenen Daten dieser Person gelöscht (Art. 17 DSGVO)",
}
INSTRUCTED = {
    "nl": "geven wij u de instructie hetzelfde uit te voeren",
    "fr": "nous vous donnons instruction de procéder de même",
    "en": "we instruct you to carry out the same",
    "de": "weisen wir Sie an, dasselbe",
}


def erased(**changes) -> object:  # type: ignore[no-untyped-def]
    items = (RecipientItemView("PayPal", "open"), RecipientItemView("Combell", "open"))
    return replace(closed(Right.ERASURE, Outcome.GRANTED), recipients=items, **changes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notice_to_a_controller_informs_and_orders_nothing(language: str, tmp_path: Path) -> None:
    text = letter(erased(), "recipient-notice", language, tmp_path, recipient="PayPal")
    assert ERASED[language] in text and NOT_AN_INSTRUCTION[language] in text
    for order in ORDERS[language]:
        assert order not in text
    assert INSTRUCTED[language] not in text
    assert "Ann Peeters" in text and "ann@example.be" in text  # to find the person


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notice_to_a_processor_instructs_under_article_28(language: str, tmp_path: Path) -> None:
    text = letter(erased(), "recipient-notice", language, tmp_path, recipient="Combell")
    assert ERASED[language] in text and INSTRUCTED[language] in text
    assert NOT_AN_INSTRUCTION[language] not in text


# -- finding 6: the refusal of an objection states the one ground chosen ----------------------

COMPELLING = {
    "nl": "Wij hebben dwingende gerechtvaardigde gronden voor de verwerking die zwaarder wegen dan uw belangen, rechten en vrijheden",
    "fr": "Nous avons des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts, droits et libertés",
    "en": "We have compelling legitimate grounds for the processing which override your interests, rights and freedoms",
    "de": "Wir haben zwingende schutzwürdige Gründe für die Verarbeitung, die Ihre Interessen, Rechte und Freiheiten überwiegen",
}
LEGAL_CLAIMS = {
    "nl": "instelling, uitoefening of onderbouwing van een rechtsvordering",
    "fr": "la constatation, l'exercice ou la défense de droits en justice",
    "en": "establishment, exercise or defence of legal claims",
    "de": "Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen",
}
ART_21_1 = {
    "nl": "artikel 21, lid 1, AVG",
    "fr": "article 21, paragraphe 1, du RGPD",
    "en": "Article 21(1) GDPR",
    "de": "Art. 21 Abs. 1 DSGVO",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("ground", ["compelling-grounds", "legal-claims"])
def test_a_refused_objection_states_the_one_ground_chosen(
    language: str, ground: str, tmp_path: Path
) -> None:
    request = closed(Right.OBJECTION, Outcome.REFUSED, grounds_text=f'{{"objection": "{ground}"}}')
    text = letter(request, "refusal", language, tmp_path, texts=texts(language))
    assert ART_21_1[language] in text and TEXTS[language]["reason"] in text  # its explanation
    assert (COMPELLING[language] in text) is (ground == "compelling-grounds")
    assert (LEGAL_CLAIMS[language] in text) is (ground == "legal-claims")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_answer_refusing_the_objection_in_part_states_the_ground(
    language: str, tmp_path: Path
) -> None:
    request = replace(
        base((Right.OBJECTION, Right.MARKETING_OPT_OUT)),
        status=Status.CLOSED,
        outcome=Outcome.PARTLY_GRANTED,
        answered_on=TODAY,
        ended_on=TODAY,
        right_outcomes=(
            RightOutcome(Right.OBJECTION, Outcome.REFUSED),
            RightOutcome(Right.MARKETING_OPT_OUT, Outcome.GRANTED),
        ),
        grounds_text='{"objection": "legal-claims"}',
    )
    text = letter(request, "answer", language, tmp_path, texts=texts(language))
    assert LEGAL_CLAIMS[language] in text and COMPELLING[language] not in text


# -- finding 8: Art. 12(5) prints only the ground that applies; the fee note and its clock ----

REJECTION = {
    "unfounded": {
        "nl": "kennelijk ongegrond",
        "fr": "manifestement infondée",
        "en": "manifestly unfounded",
        "de": "offenkundig unbegründet",
    },
    "excessive": {"nl": "buitensporig", "fr": "excessive", "en": "excessive", "de": "exzessiv"},
    "repetitive": {
        "nl": "repetitieve karakter",
        "fr": "caractère répétitif",
        "en": "repetitive character",
        "de": "häufiger Wiederholung",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("ground", ["unfounded", "excessive", "repetitive"])
def test_a_rejection_prints_only_its_ground(language: str, ground: str, tmp_path: Path) -> None:
    request = base(
        (Right.ACCESS,), status=Status.REJECTED, ended_on=TODAY,
        grounds_text=f'{{"rejection": "{ground}"}}',
    )  # fmt: skip
    text = letter(request, "refusal", language, tmp_path, texts=texts(language))
    assert REJECTION[ground][language] in text
    others = {g for g in REJECTION if g != ground} - (
        {"excessive"} if ground == "repetitive" else set()
    )
    for other in others:
        assert REJECTION[other][language] not in text, other


NOT_SUSPENDED = {
    "nl": "Deze vergoeding vragen schort de termijn om uw verzoek te beantwoorden niet op (artikel 12, lid 3, AVG): u hoort uiterlijk op 7 december 2026 van ons",
    "fr": "Le fait de demander ces frais ne suspend pas le délai de réponse à votre demande (article 12, paragraphe 3, du RGPD) : vous aurez de nos nouvelles au plus tard le 7 décembre 2026",
    "en": "Asking for this fee does not suspend the period for answering your request (Article 12(3) GDPR): you will hear from us by 7 December 2026 at the latest",
    "de": "Die Anforderung dieses Entgelts hemmt die Frist für die Beantwortung Ihres Antrags nicht (Art. 12 Abs. 3 DSGVO): Sie hören spätestens am 7. Dezember 2026 von uns",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("ground", list(FeeGround))
def test_a_fee_note_says_the_clock_runs_on(
    language: str, ground: FeeGround, tmp_path: Path
) -> None:
    # the program never pauses the answer's period for a fee (domain.deadlines): say so
    fee = FeeNoteView(
        "FN-2026-0042", "12.10", "21", TEXTS[language]["reason"], TODAY, date(2026, 12, 28),
        FeeStatus.UNPAID, "+++202/6000/04236+++", ground=ground,
    )  # fmt: skip
    request = replace(base((Right.ACCESS,)), status=Status.AWAITING_FEE_PAYMENT, fee_notes=(fee,))
    text = pdf_text(
        render_fee_note(request, fee, SETTINGS, language=language, today=TODAY), tmp_path
    )
    assert NOT_SUSPENDED[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("ground", ["unfounded", "excessive", "repetitive"])
def test_a_fee_note_prints_only_its_article_12_5_ground(
    language: str, ground: str, tmp_path: Path
) -> None:
    fee = FeeNoteView(
        "FN-2026-0042", "12.10", "21", TEXTS[language]["reason"], TODAY, date(2026, 12, 28),
        FeeStatus.UNPAID, "+++202/6000/04236+++", ground=FeeGround(ground),
    )  # fmt: skip
    request = replace(base((Right.ACCESS,)), status=Status.AWAITING_FEE_PAYMENT, fee_notes=(fee,))
    text = pdf_text(
        render_fee_note(request, fee, SETTINGS, language=language, today=TODAY), tmp_path
    )
    assert REJECTION[ground][language] in text
    others = {g for g in REJECTION if g != ground} - (
        {"excessive"} if ground == "repetitive" else set()
    )
    for other in others:
        assert REJECTION[other][language] not in text, other


# -- finding 10: Art. 17(3)(b) says which data, which obligation, until when, what for -----

KEPT = {
    "accounting": {
        "nl": "omdat artikel III.86 van het Wetboek van economisch recht ons verplicht de boekhouding en de verantwoordingsstukken te bewaren",
        "fr": "car l'article III.86 du Code de droit économique nous oblige à conserver les livres comptables et les pièces justificatives",
        "en": "because Article III.86 of the Belgian Code of Economic Law obliges us to keep accounting records and their supporting documents",
        "de": "weil Art. III.86 des belgischen Wirtschaftsgesetzbuchs uns verpflichtet, die Buchführung und die Belege aufzubewahren",
    },
    "social": {
        "nl": "koninklijk besluit nr. 5 van 23 oktober 1978",
        "fr": "arrêté royal n° 5 du 23 octobre 1978",
        "en": "Royal Decree No. 5 of 23 October 1978",
        "de": "Königlicher Erlass Nr. 5 vom 23. Oktober 1978",
    },
}
UNTIL = {
    "nl": "(artikel 17, lid 3, onder b), AVG). Wij bewaren ze tot 31 december 2033 en wissen ze dan. Tot die datum gebruiken wij ze uitsluitend om aan die wettelijke verplichting te voldoen",
    "fr": "(article 17, paragraphe 3, point b), du RGPD). Nous les conservons jusqu'au 31 décembre 2033 et les effacerons alors. Jusqu'à cette date, nous les utilisons uniquement pour respecter cette obligation légale",
    "en": "(Article 17(3)(b) GDPR). We keep them until 31 December 2033 and erase them then. Until that date we use them only to comply with that legal obligation",
    "de": "(Art. 17 Abs. 3 Buchst. b DSGVO). Wir bewahren sie bis zum 31. Dezember 2033 auf und löschen sie dann. Bis zu diesem Datum verwenden wir sie ausschließlich zur Erfüllung dieser rechtlichen Verpflichtung",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("law", ["accounting", "social"])
@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.PARTLY_GRANTED])
def test_an_erasure_kept_under_a_legal_obligation_says_so_precisely(
    language: str, law: str, outcome: Outcome, tmp_path: Path
) -> None:
    kept = f'{{"retention": "{law}", "kept_until": "2033-12-31"}}'
    request = replace(closed(Right.ERASURE, outcome), grounds_text=kept, outcome_done="x")
    kind = "refusal" if outcome is Outcome.REFUSED else "answer"
    text = letter(request, kind, language, tmp_path, texts=texts(language))
    assert KEPT[law][language] in text and UNTIL[language] in text
    # without a recorded obligation nothing of the kind is claimed
    plain = letter(
        replace(request, grounds_text=None), kind, language, tmp_path, texts=texts(language)
    )
    assert UNTIL[language] not in plain


# -- the identity request says what the clock does, as the setting has it ----------------------

SUSPENDED = {
    "nl": "staat de termijn om uw verzoek te beantwoorden stil",
    "en": "the period for answering your request is suspended",
}
RUNS_ON = {
    "nl": "De termijn om uw verzoek te beantwoorden loopt intussen door: wij antwoorden uiterlijk op 7 december 2026",
    "en": "The period for answering your request keeps running meanwhile: we answer by 7 December 2026 at the latest",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_identity_request_says_whether_the_clock_stops(language: str, tmp_path: Path) -> None:
    asked = IdentityView(status=IdentityStatus.REQUESTED, needed="x")
    request = base((Right.ACCESS,), status=Status.AWAITING_INFORMATION, identity=asked)
    paused = replace(request, pauses=(Pause(TODAY, None),), due_date=None)
    text = letter(paused, "identity-request", language, tmp_path, texts={"needed": "x"})
    assert SUSPENDED[language] in text and RUNS_ON[language] not in text
    # deadlines.pause_for_identity off: no pause was opened, the date stands
    text = letter(request, "identity-request", language, tmp_path, texts={"needed": "x"})
    assert RUNS_ON[language] in text and SUSPENDED[language] not in text


def test_the_notice_of_a_refused_request_is_still_refused() -> None:
    with pytest.raises(ValidationError):
        render_letter(
            closed(Right.ERASURE, Outcome.REFUSED), SETTINGS,
            LetterOptions("recipient-notice", "en", TODAY, recipient="Combell"),
        )  # fmt: skip
