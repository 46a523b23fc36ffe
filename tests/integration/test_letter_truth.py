"""Issue 13, must show: every letter tells the truth about the case, in one language.

Table-driven over right x outcome x state x language: each letter that fits is produced
as a PDF through render_letter, read back with pdftotext, and checked for what it must
say and what it must never say; every kind that does not fit is refused (ValidationError).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.documents.letters import LetterOptions, render_letter
from cluma_dpo.domain import letters as rules
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    FeeGround,
    FeeNoteView,
    FeeStatus,
    FormOfAddress,
    IdentityStatus,
    IdentityView,
    Language,
    Outcome,
    RecipientItemView,
    RequestView,
    Right,
    RightOutcome,
    Status,
)
from cluma_dpo.domain.settings import Settings

PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
pytestmark = pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="pdftotext is missing")

TODAY = date(2026, 11, 25)
LANGUAGES = ("nl", "fr", "en", "de")
SETTINGS = Settings.from_values({"bank.iban": "BE71 0961 2345 6769"})

# Free texts as the DPO writes them for each letter, in the letter's language.
TEXTS = {
    "nl": {
        "reason": "Wij bewaren de factuur wettelijk zeven jaar.",
        "done": "Het adres is aangepast.",
        "needed": "uw klantnummer te bezorgen",
    },
    "fr": {
        "reason": "Nous devons conserver la facture pendant sept ans.",
        "done": "L'adresse a été modifiée.",
        "needed": "de nous communiquer votre numéro de client",
    },
    "en": {
        "reason": "We must keep the invoice for seven years by law.",
        "done": "The address has been changed.",
        "needed": "to send us your customer number",
    },
    "de": {
        "reason": "Wir müssen die Rechnung sieben Jahre aufbewahren.",
        "done": "Die Adresse wurde geändert.",
        "needed": "uns Ihre Kundennummer zu senden",
    },
}

# Words that give a language away; none may appear in a letter in another language.
TELLTALE = {
    "nl": ("uw", "wij", "het", "verzoek", "gegevens"),
    "fr": ("votre", "vos", "nous", "demande", "données"),
    "en": ("your", "we", "the", "request", "data"),
    "de": ("Ihre", "Ihren", "wir", "Antrag", "Daten"),
}
# "Enclosed" in each language: never when nothing is enclosed.
ENCLOSED = {
    "nl": ("bijgevoegd", "in bijlage", "bijlage"),
    "fr": ("ci-joint", "en annexe", "annexe"),
    "en": ("enclosed", "enclosure"),
    "de": ("beigefügt", "anbei", "Anlage", "liegt diesem Schreiben bei"),
}
PORTABLE_ENCLOSED = {
    "nl": "In bijlage vindt u de persoonsgegevens die u ons zelf",
    "fr": "Vous trouverez ci-joint les données",
    "en": "Enclosed is the personal data you provided",
    "de": "Anbei erhalten Sie die personenbezogenen Daten",
}
COPY_ENCLOSED = {
    "nl": "In bijlage bij deze brief vindt u een kopie",
    "fr": "Vous en trouverez une copie en annexe",
    "en": "A copy of that data is enclosed with this letter",
    "de": "Eine Kopie dieser Daten liegt diesem Schreiben bei",
}
FIRST_COPY_FREE = {
    "nl": "Deze eerste kopie is kosteloos",
    "fr": "Cette première copie est gratuite",
    "en": "This first copy is free of charge",
    "de": "Diese erste Kopie ist kostenlos",
}
AUTHORITY = {
    "nl": "Gegevensbeschermingsautoriteit (GBA)",
    "fr": "Autorité de protection des données (APD)",
    "en": "Data Protection Authority",
    "de": "Datenschutzbehörde",
}
COURT = {
    "nl": "rechtbank van eerste aanleg",
    "fr": "tribunal de première instance",
    "en": "court of first instance",
    "de": "Gerichts erster Instanz",  # its president (Art. 209 of the Act of 30 July 2018)
}
REFUSAL_WORDS = {
    "nl": ("geen gevolg", "niet inwilligen", "weigeren"),
    "fr": ("ne pouvons pas", "refusons", "pas pu faire droit"),
    "en": ("cannot act", "cannot grant", "could not grant", "refuse"),
    "de": ("nicht nachkommen", "nicht tätig", "nicht vollständig"),
}
ART_12_5 = {  # the refusal cites the point it rests on, 12(5)(b) (lawyer's second pass, 8)
    "nl": "artikel 12, lid 5, onder b), AVG",
    "fr": "article 12, paragraphe 5, point b), du RGPD",
    "en": "Article 12(5)(b) GDPR",
    "de": "Art. 12 Abs. 5 Buchst. b DSGVO",
}
ART_12_2_6 = {  # not Art. 11(2) (lawyer's finding 9): the account holder is identifiable
    "nl": "artikel 12, leden 2 en 6",
    "fr": "article 12, paragraphes 2 et 6",
    "en": "Article 12(2) and (6)",
    "de": "Art. 12 Abs. 2 und 6",
}
FULL_RECTIFICATION = {
    "nl": "rechtgezet zoals u vroeg",
    "fr": "comme vous l'avez demandé",
    "en": "as you asked",
    "de": "wie beantragt",
}
SUPPRESSION = {
    "nl": "uitsluitingslijst",
    "fr": "liste d'exclusion",
    "en": "suppression list",
    "de": "Sperrliste",
}
OBJECTION_STOPPED = {
    "nl": "op basis van onze gerechtvaardigde belangen stopgezet",
    "fr": "cessé de traiter vos données",
    "en": "stopped processing your personal data on the basis of our legitimate interests",
    "de": "auf Grundlage unserer berechtigten Interessen eingestellt",
}
OBJECTION_OVERRIDDEN = {
    "nl": "De verwerking gaat daarom door",
    "fr": "Le traitement se poursuit donc",
    "en": "The processing therefore continues",
    "de": "Die Verarbeitung wird daher fortgesetzt",
}
PROCESSOR = {
    "nl": "verwerkt uw gegevens in onze opdracht en volgens onze instructies",
    "fr": "traite vos données pour notre compte et selon nos instructions",
    "en": "processes your data on our behalf and on our instructions",
    "de": "verarbeitet Ihre Daten in unserem Auftrag und nach unseren Weisungen",
}
CONTROLLER = {
    "nl": "verwerkt uw gegevens als zelfstandige verwerkingsverantwoordelijke",
    "fr": "en tant que responsable du traitement à part entière",
    "en": "processes your data as a controller in its own right",
    "de": "verarbeitet Ihre Daten als eigenständiger Verantwortlicher",
}
UNITED_STATES = {
    "nl": "Verenigde Staten",
    "fr": "États-Unis",
    "en": "United States",
    "de": "Vereinigte Staaten",
}
PRIVACY_FRAMEWORK = {
    "nl": "EU-VS-kader voor gegevensbescherming",
    "fr": "cadre de protection des données UE-États-Unis",
    "en": "EU–US Data Privacy Framework",
    "de": "EU-US-Datenschutzrahmen",
}
LEAKS = ("{{", "{%", "%(", "<b>", "&nbsp;", "&amp;", "Undefined", ") (", "((")


# -- the recipients: the shipped defaults (settings_defaults.RECIPIENTS): Combell and Mollie
# processors in the EEA, Google Analytics a processor and PayPal a controller in the US.


# -- the cases ------------------------------------------------------------------------------


def base(
    rights: tuple[Right, ...], form: FormOfAddress = FormOfAddress.NEUTRAL, **changes: Any
) -> RequestView:
    request = RequestView(
        reference="DSR-2026-0042",
        rights=rights,
        channel=Channel.EMAIL,
        received=date(2026, 11, 5),
        status=Status.IN_PROGRESS,
        subject=DataSubject(
            name="Ann Peeters",
            email="ann@example.be",
            street="Ooststraat 12",
            postcode="8800",
            city="Roeselare",
            language=Language.NL,
            form=form,
        ),
        due_date=date(2026, 12, 7),
        identity=IdentityView(status=IdentityStatus.VERIFIED),
        recipients=(
            RecipientItemView("Combell", "notified", date(2026, 11, 20)),
            RecipientItemView("Mollie", "open"),
            RecipientItemView("PayPal", "not-applicable"),
        ),
    )
    return replace(request, **changes)


def closed(right: Right, outcome: Outcome, **changes: Any) -> RequestView:
    return base(
        (right,),
        status=Status.CLOSED,
        outcome=outcome,
        ended_on=TODAY,
        answered_on=TODAY,
        right_outcomes=(RightOutcome(right, outcome),),
        **changes,
    )


STATES: dict[str, Callable[[Right], RequestView]] = {
    "open": lambda r: base((r,)),
    "identity-requested": lambda r: base(
        (r,),
        status=Status.AWAITING_INFORMATION,
        identity=IdentityView(status=IdentityStatus.REQUESTED, note="kopie onleesbaar"),
    ),
    "extended": lambda r: base(
        (r,),
        status=Status.EXTENDED,
        extended_on=date(2026, 11, 20),
        extended_due_date=date(2027, 2, 5),
        extension_reason="Vier verwerkers.",
    ),
    "withdrawn": lambda r: base((r,), status=Status.WITHDRAWN, ended_on=date(2026, 11, 21)),
    "identity-failed": lambda r: base(
        (r,),
        status=Status.CLOSED,
        outcome=Outcome.REFUSED,
        ended_on=TODAY,
        identity=IdentityView(
            status=IdentityStatus.FAILED, note="Kopie identiteitskaart onleesbaar"
        ),
    ),
    "rejected": lambda r: base(
        (r,), status=Status.REJECTED, ended_on=TODAY, grounds_text='{"rejection": "repetitive"}'
    ),
}


@dataclass(frozen=True)
class Case:
    name: str
    request: RequestView


def cases() -> Iterator[Case]:
    for right in Right:
        for outcome in Outcome:
            yield Case(f"{right}-{outcome}", closed(right, outcome))
        for state, make in STATES.items():
            yield Case(f"{right}-{state}", make(right))


CASES = list(cases())


def pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    # a compound broken after its hyphen at a line end ("EU-US-|Datenschutzrahmen") reads
    # as one word (the layout breaks names and compounds only at spaces and hyphens)
    out = re.sub(r"(?<=\w-)[ \t]*\n\s*(?=\w)", "", out)
    return " ".join(out.split())


def words(text: str, found: tuple[str, ...]) -> list[str]:
    return [w for w in found if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I)]


# -- the checks ------------------------------------------------------------------------------


def check_one_language(text: str, language: str) -> None:
    for other, telltale in TELLTALE.items():
        if other != language:
            assert not words(text, telltale), (other, words(text, telltale))


def check_answer(text: str, request: RequestView, plan: rules.LetterPlan, language: str) -> None:
    right = request.rights[0]
    outcome = request.outcome_of(right)
    if outcome is not Outcome.GRANTED:
        assert TEXTS[language]["reason"] in text
        assert AUTHORITY[language] in text and COURT[language] in text
    if outcome is Outcome.PARTLY_GRANTED:
        assert TEXTS[language]["done"] in text
        assert FULL_RECTIFICATION[language] not in text
    if right is Right.ACCESS and outcome is not Outcome.REFUSED:
        assert COPY_ENCLOSED[language] in text and FIRST_COPY_FREE[language] in text
        assert PROCESSOR[language] in text and CONTROLLER[language] in text  # Art. 15(1)(c)
        assert UNITED_STATES[language] in text and PRIVACY_FRAMEWORK[language] in text  # 15(2)
    if right is Right.OBJECTION:
        # Partly granted: what stopped is the DPO's "done" text, not the full-grant wording.
        assert (OBJECTION_STOPPED[language] in text) is (outcome is Outcome.GRANTED)
        assert (OBJECTION_OVERRIDDEN[language] in text) is (outcome is Outcome.REFUSED)
    if right is Right.MARKETING_OPT_OUT and outcome is Outcome.GRANTED:
        assert SUPPRESSION[language] in text
    if "portable-data" not in plan.enclosures:
        assert PORTABLE_ENCLOSED[language] not in text
    if "data-copy" not in plan.enclosures:
        assert COPY_ENCLOSED[language] not in text


def check_refusal(text: str, request: RequestView, language: str) -> None:
    assert AUTHORITY[language] in text and COURT[language] in text
    if request.identity.status is IdentityStatus.FAILED:
        assert ART_12_2_6[language] in text
        assert "onleesbaar" not in text  # the DPO's failure note is never printed
        assert TEXTS[language]["reason"] not in text
    else:
        assert TEXTS[language]["reason"] in text
    if request.status is Status.REJECTED:
        assert ART_12_5[language] in text


def check_letter(
    kind: LetterKind, text: str, request: RequestView, plan: rules.LetterPlan, language: str
) -> None:
    assert "DSR-2026-0042" in text
    for leak in LEAKS:
        assert leak not in text, leak
    check_one_language(text, language)
    if not plan.enclosures:
        assert not words(text, ENCLOSED[language]), words(text, ENCLOSED[language])
    if Right.MARKETING_OPT_OUT not in request.rights:
        assert SUPPRESSION[language] not in text  # an Art. 21(1) objection is weighed
    if kind is LetterKind.ANSWER:
        check_answer(text, request, plan, language)
    elif kind is LetterKind.REFUSAL:
        check_refusal(text, request, language)
    elif kind is LetterKind.WITHDRAWAL_CONFIRMATION:
        assert {
            "nl": "21 november 2026",
            "fr": "21 novembre 2026",
            "en": "21 November 2026",
            "de": "21. November 2026",
        }[language] in text
        assert AUTHORITY[language] not in text and COURT[language] not in text
        assert not words(text, REFUSAL_WORDS[language]), words(text, REFUSAL_WORDS[language])
    elif kind is LetterKind.IDENTITY_REQUEST:
        assert TEXTS[language]["needed"] in text and "onleesbaar" not in text
    elif kind is LetterKind.EXTENSION:
        assert TEXTS[language]["reason"] in text
        assert {
            "nl": "20 november 2026",
            "fr": "20 novembre 2026",
            "en": "20 November 2026",
            "de": "20. November 2026",
        }[language] in text  # when it was decided
    elif kind is LetterKind.RECIPIENT_NOTICE:
        # the lawyer's second pass: the recipient finds the person by the e-mail address it
        # received from us (a name alone is not enough); only a verified person is named
        assert "Ann Peeters" in text and "ann@example.be" in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_fitting_letter_tells_the_truth(case: Case, language: str, tmp_path: Path) -> None:
    request = case.request
    fitting = 0
    for kind in LetterKind:
        recipient = "Combell" if kind is LetterKind.RECIPIENT_NOTICE else None
        options = LetterOptions(
            kind.value, language, TODAY, recipient=recipient, texts=TEXTS[language]
        )
        if rules.why_not(kind, request, recipient) is not None:
            with pytest.raises(ValidationError):
                rules.plan(kind, request, recipient)
            with pytest.raises(ValidationError):
                render_letter(request, SETTINGS, options)
            continue
        fitting += 1
        plan = rules.plan(kind, request, recipient)
        text = pdf_text(render_letter(request, SETTINGS, options), tmp_path)
        check_letter(kind, text, request, plan, language)
    assert fitting, "every case has at least one letter"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_withdrawn_request_gets_no_refusal(language: str) -> None:
    withdrawn = STATES["withdrawn"](Right.ERASURE)
    with pytest.raises(ValidationError, match="withdrawn"):
        render_letter(
            withdrawn, SETTINGS, LetterOptions("refusal", language, TODAY, texts=TEXTS[language])
        )


# -- forms of address and French agreement ---------------------------------------------------


@pytest.mark.parametrize(
    ("form", "agreement"),
    [
        (FormOfAddress.FEMALE, "Nous vous avons inscrite sur notre liste"),
        (FormOfAddress.MALE, "Nous vous avons inscrit sur notre liste"),
        (FormOfAddress.NEUTRAL, "Nous avons inscrit votre adresse sur notre liste"),
    ],
)
def test_french_agreement_follows_the_form_of_address(
    form: FormOfAddress, agreement: str, tmp_path: Path
) -> None:
    request = closed(
        Right.MARKETING_OPT_OUT, Outcome.GRANTED, subject=replace(base(()).subject, form=form)
    )
    text = pdf_text(
        render_letter(request, SETTINGS, LetterOptions("answer", "fr", TODAY)), tmp_path
    )
    assert agreement in text


# -- fee notes: the ground decides the wording ------------------------------------------------

FEE_GROUND_CITED = {
    FeeGround.FURTHER_COPY: {
        "nl": "artikel 15, lid 3, AVG",
        "fr": "article 15, paragraphe 3",
        "en": "Article 15(3) GDPR",
        "de": "Art. 15 Abs. 3 DSGVO",
    },
    FeeGround.EXCESSIVE: {
        "nl": "artikel 12, lid 5, onder a), AVG",
        "fr": "article 12, paragraphe 5, point a)",
        "en": "Article 12(5)(a) GDPR",
        "de": "Art. 12 Abs. 5 Buchst. a DSGVO",
    },
}
# the lawyer's second pass (finding 8): Art. 12(5)(a) in three grounds, each cited alike
FEE_GROUND_CITED[FeeGround.UNFOUNDED] = FEE_GROUND_CITED[FeeGround.EXCESSIVE]
FEE_GROUND_CITED[FeeGround.REPETITIVE] = FEE_GROUND_CITED[FeeGround.EXCESSIVE]
NOT_OBLIGED = {
    FormOfAddress.FEMALE: "Vous n'êtes pas obligée de payer",
    FormOfAddress.MALE: "Vous n'êtes pas obligé de payer",
    FormOfAddress.NEUTRAL: "Rien ne vous oblige à payer",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("ground", list(FeeGround))
@pytest.mark.parametrize("form", list(FormOfAddress))
def test_a_fee_note_says_why_a_fee_is_allowed(
    language: str, ground: FeeGround, form: FormOfAddress, tmp_path: Path
) -> None:
    fee = FeeNoteView(
        "FN-2026-0042",
        "12.10",
        "21",
        TEXTS[language]["reason"],
        TODAY,
        date(2026, 12, 25),
        FeeStatus.UNPAID,
        "+++202/6000/04236+++",
        ground=ground,
    )
    request = base((Right.ACCESS,), form=form, status=Status.AWAITING_FEE_PAYMENT, fee_notes=(fee,))
    pdf = render_fee_note(request, fee, SETTINGS, language=language, today=TODAY)
    text = pdf_text(pdf, tmp_path)
    assert FEE_GROUND_CITED[ground][language] in text
    other = next(g for g in FeeGround if g.art_12_5 is not ground.art_12_5)
    assert FEE_GROUND_CITED[other][language] not in text
    check_one_language(text, language)
    for leak in LEAKS:
        assert leak not in text, leak
    if language == "fr":
        assert NOT_OBLIGED[form] in text
