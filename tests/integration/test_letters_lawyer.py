# ruff: noqa: E501  (the expected sentences are quoted whole, as the letters print them)
"""The Belgian privacy lawyer's findings on the letters (2 Dec 2026), one test per finding.

Each letter is rendered to PDF through render_letter and read back with pdftotext, as in
test_letter_truth; the expected sentences are the lawyer's proposed wording.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.documents.letters import LetterOptions, render_letter
from cluma_dpo.domain.model import (
    Channel,
    FeeGround,
    FeeNoteView,
    FeeStatus,
    FormOfAddress,
    Outcome,
    RecipientItemView,
    Right,
    Status,
)
from tests.integration.test_letter_truth import (
    AUTHORITY,
    LANGUAGES,
    PDFTOTEXT,
    SETTINGS,
    STATES,
    TEXTS,
    TODAY,
    base,
    closed,
    pdf_text,
)

pytestmark = pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="pdftotext is missing")


def letter(request, kind: str, language: str, folder: Path, **options) -> str:  # type: ignore[no-untyped-def]
    return pdf_text(
        render_letter(request, SETTINGS, LetterOptions(kind, language, TODAY, **options)), folder
    )


# -- finding 1: recipients marked "not applicable" were told nothing, not "never disclosed" ----

NEVER_DISCLOSED = {
    "nl": "aan geen andere ontvangers verstrekt",
    "fr": "à aucun autre destinataire",
    "en": "had not disclosed your personal data to any other recipient",
    "de": "keinen anderen Empfängern offengelegt",
}
NOT_TOLD = {
    "nl": "Wij hebben uw persoonsgegevens verstrekt aan PayPal en Mollie. Wij hebben hen niet van de wissing op de hoogte gebracht, omdat dat onmogelijk bleek of een onevenredige inspanning zou vergen (artikel 19 AVG)",
    "fr": "Nous avons communiqué vos données à PayPal et Mollie. Nous ne les avons pas informés de l'effacement, car cela s'est révélé impossible ou aurait exigé des efforts disproportionnés (article 19 du RGPD)",
    "en": "We disclosed your personal data to PayPal and Mollie. We have not told them of the erasure because this proved impossible or would involve disproportionate effort (Article 19 GDPR)",
    "de": "Wir haben Ihre personenbezogenen Daten an PayPal und Mollie übermittelt. Wir haben sie nicht über die Löschung unterrichtet, weil sich dies als unmöglich erwies oder einen unverhältnismäßigen Aufwand erfordern würde (Art. 19 DSGVO)",
}
ASK_WHO = {  # Art. 19, second sentence: the person may be told about those recipients
    "nl": "Op uw verzoek geven wij u meer informatie over deze ontvangers.",
    "fr": "Sur simple demande, nous vous donnons plus d'informations sur ces destinataires.",
    "en": "On request, we will give you more information about these recipients.",
    "de": "Auf Anfrage geben wir Ihnen weitere Informationen über diese Empfänger.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_recipients_not_applicable_are_not_said_never_to_have_had_the_data(
    language: str, tmp_path: Path
) -> None:
    request = closed(
        Right.ERASURE,
        Outcome.GRANTED,
        recipients=(
            RecipientItemView("PayPal", "not-applicable", TODAY, "onevenredige inspanning"),
            RecipientItemView("Mollie", "not-applicable", TODAY, "onevenredige inspanning"),
        ),
    )
    text = letter(request, "answer", language, tmp_path)
    assert NEVER_DISCLOSED[language] not in text
    assert NOT_TOLD[language] in text
    assert ASK_WHO[language] in text
    assert "onevenredige" not in text or language == "nl"  # the DPO's note is not printed


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_recipients_at_all_still_says_none_were_told(language: str, tmp_path: Path) -> None:
    request = closed(Right.ERASURE, Outcome.GRANTED, recipients=())
    text = letter(request, "answer", language, tmp_path)
    assert NEVER_DISCLOSED[language] in text


# -- finding 2: the account-deletion promise has its own date, not the marketing target --------

DELETION_BY = {
    "nl": "binnen 30 dagen na uw aanvraag, dus uiterlijk op 10 december 2026",
    "fr": "dans les 30 jours suivant votre demande, soit au plus tard le 10 décembre 2026",
    "en": "within 30 days of your request, that is by 10 December 2026 at the latest",
    "de": "10. Dezember 2026",
}
MARKETING_TARGET = {
    "nl": "12 november",
    "fr": "12 novembre",
    "en": "12 November",
    "de": "12. November",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_deletion_promise_counts_30_days_even_with_a_marketing_opt_out(
    language: str, tmp_path: Path
) -> None:
    request = replace(
        base((Right.ERASURE, Right.MARKETING_OPT_OUT)),
        received=date(2026, 11, 10),
        account_deletion=True,
        company_target_date=date(2026, 11, 12),  # the marketing stop (11 Nov is a holiday)
    )
    text = letter(request, "acknowledgement", language, tmp_path)
    assert DELETION_BY[language] in text
    assert MARKETING_TARGET[language] not in text


# -- finding 3: no suppression list promised when there is no e-mail address to put on it ----

SUPPRESSION_LIST = {
    "nl": "uitsluitingslijst",
    "fr": "liste d'exclusion",
    "en": "suppression list",
    "de": "Sperrliste",
}
NO_MORE_MARKETING = {
    "nl": "uw persoonsgegevens niet meer voor reclame per post, e-mail, telefoon of op een andere manier",
    "fr": "nous n'utilisons plus vos données pour de la prospection par courrier, e-mail, téléphone ou tout autre moyen",
    "en": "we no longer use your personal data for marketing by post, e-mail, telephone or any other means",
    "de": "Ihre personenbezogenen Daten nicht mehr für Werbung per Post, E-Mail, Telefon oder auf anderem Weg",
}


def by_post(request):  # type: ignore[no-untyped-def]
    return replace(request, channel=Channel.POST, subject=replace(request.subject, email=None))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["acknowledgement", "answer"])
def test_a_marketing_opt_out_by_post_promises_no_suppression_list(
    kind: str, language: str, tmp_path: Path
) -> None:
    request = by_post(
        base((Right.MARKETING_OPT_OUT,))
        if kind == "acknowledgement"
        else closed(Right.MARKETING_OPT_OUT, Outcome.GRANTED)
    )
    text = letter(request, kind, language, tmp_path)
    assert SUPPRESSION_LIST[language] not in text
    assert NO_MORE_MARKETING[language].lower() in text.lower()
    with_email = letter(replace(request, subject=base(()).subject), kind, language, tmp_path)
    assert SUPPRESSION_LIST[language] in with_email  # the list is named when it is used


# -- finding 9: an identity refusal cites Art. 12(2) and (6), not Art. 11(2) -----------------

ART_12_2_6 = {
    "nl": "(artikel 12, leden 2 en 6, AVG)",
    "fr": "(article 12, paragraphes 2 et 6, du RGPD)",
    "en": "(Article 12(2) and (6) GDPR)",
    "de": "(Art. 12 Abs. 2 und 6 DSGVO)",
}
ART_11_2 = {"nl": "artikel 11", "fr": "article 11", "en": "Article 11", "de": "Art. 11"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_identity_refusal_cites_article_12_2_and_6(language: str, tmp_path: Path) -> None:
    text = letter(STATES["identity-failed"](Right.ACCESS), "refusal", language, tmp_path)
    assert ART_12_2_6[language] in text
    assert ART_11_2[language] not in text.replace("Articles 11", "Article 11")


# -- finding 11: remedies name Art. 77(1)/79(2) home-country options and Art. 209 of the Act ---

HOME_AUTHORITY = {
    "nl": "toezichthoudende autoriteit van de lidstaat waar u gewoonlijk verblijft of werkt",
    "fr": "l'autorité de contrôle de l'État membre dans lequel se trouve votre résidence habituelle",
    "en": "supervisory authority of the Member State where you habitually reside or work",
    "de": "Aufsichtsbehörde des Mitgliedstaats einlegen, in dem Sie Ihren gewöhnlichen Aufenthalt",
}
ART_209 = {
    "nl": "voorzitter van de rechtbank van eerste aanleg, zitting houdend zoals in kort geding (artikel 209 van de wet van 30 juli 2018)",
    "fr": "président du tribunal de première instance, siégeant comme en référé (article 209 de la loi du 30 juillet 2018)",
    "en": "president of the court of first instance, sitting as in summary proceedings (Article 209 of the Belgian Act of 30 July 2018)",
    "de": "Präsidenten des Gerichts erster Instanz erheben, der wie im Eilverfahren entscheidet (Art. 209 des belgischen Gesetzes vom 30. Juli 2018)",
}
HOME_COURT = {
    "nl": "of bij de rechter van de lidstaat waar u gewoonlijk verblijft (artikel 79 AVG)",
    "fr": "ou les juridictions de l'État membre où vous résidez habituellement (article 79 du RGPD)",
    "en": "or before the courts of the Member State where you habitually reside (Article 79 GDPR)",
    "de": "oder bei den Gerichten des Mitgliedstaats, in dem Sie Ihren gewöhnlichen Aufenthalt haben (Art. 79 DSGVO)",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_remedies_name_the_home_country_options_and_article_209(
    language: str, tmp_path: Path
) -> None:
    request = closed(Right.ERASURE, Outcome.REFUSED)
    text = letter(request, "refusal", language, tmp_path, texts=TEXTS[language])
    assert HOME_AUTHORITY[language] in text
    assert ART_209[language] in text
    assert HOME_COURT[language] in text


# -- finding 14: the marketing answer gives the date, not "at once" ---------------------------

STOPPED_ON = {
    "nl": "Sinds 5 november 2026 gebruiken wij uw persoonsgegevens niet meer voor direct marketing.",
    "fr": "Depuis le 5 novembre 2026, nous n'utilisons plus vos données à des fins de prospection commerciale.",
    "en": "Since 5 November 2026 we no longer use your personal data for direct marketing.",
    "de": "Seit dem 5. November 2026 verwenden wir Ihre personenbezogenen Daten nicht mehr für Direktwerbung.",
}
AT_ONCE = {"nl": "onmiddellijk", "fr": "immédiatement", "en": "at once", "de": "sofort"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_marketing_answer_gives_the_date(language: str, tmp_path: Path) -> None:
    # the suppression entry is made at registration, dated the day received (5 Nov 2026)
    text = letter(closed(Right.MARKETING_OPT_OUT, Outcome.GRANTED), "answer", language, tmp_path)
    assert STOPPED_ON[language] in text
    assert AT_ONCE[language] not in text


# -- finding 8: a fee note for an excessive request names the remedies -----------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_excessive_fee_note_names_the_remedies(language: str, tmp_path: Path) -> None:
    fee = FeeNoteView(
        "FN-2026-0042", "12.10", "21", TEXTS[language]["reason"], TODAY, date(2026, 12, 28),
        FeeStatus.UNPAID, "+++202/6000/04236+++", ground=FeeGround.EXCESSIVE,
    )  # fmt: skip
    request = replace(base((Right.ACCESS,)), status=Status.AWAITING_FEE_PAYMENT, fee_notes=(fee,))
    text = pdf_text(
        render_fee_note(request, fee, SETTINGS, language=language, today=TODAY), tmp_path
    )
    assert AUTHORITY[language] in text and ART_209[language] in text


# -- findings 7 and 17: the e-mail draft says how the copy comes, and greets formally ----------

COPY_APART = {
    "nl": "niet bij deze e-mail gevoegd",
    "fr": "n'est pas jointe à cet e-mail",
    "en": "is not attached to this e-mail",
    "de": "ist dieser E-Mail nicht beigefügt",
}


def draft_body(request, language: str, kind: str = "answer") -> str:  # type: ignore[no-untyped-def]
    from email import message_from_bytes, policy

    from cluma_dpo.documents.email_draft import build_draft

    raw = build_draft(request, SETTINGS, kind, language, b"%PDF-1.4\n", encrypted=False)
    body = message_from_bytes(raw, policy=policy.default).get_body(("plain",))
    return body.get_content()  # type: ignore[union-attr]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_access_draft_says_the_copy_is_not_attached(language: str) -> None:
    access = closed(Right.ACCESS, Outcome.GRANTED)
    assert COPY_APART[language] in draft_body(access, language)
    erasure = closed(Right.ERASURE, Outcome.GRANTED, recipients=())
    assert COPY_APART[language] not in draft_body(erasure, language)


@pytest.mark.parametrize(
    ("form", "greeting", "closing"),
    [
        (FormOfAddress.FEMALE, "Madame,", "Veuillez agréer, Madame,"),
        (FormOfAddress.MALE, "Monsieur,", "Veuillez agréer, Monsieur,"),
        (FormOfAddress.NEUTRAL, "Madame, Monsieur,", "Veuillez agréer, Madame, Monsieur,"),
    ],
)
def test_a_french_draft_greets_formally(form: FormOfAddress, greeting: str, closing: str) -> None:
    request = closed(Right.ERASURE, Outcome.GRANTED, recipients=())
    request = replace(request, subject=replace(request.subject, form=form))
    body = draft_body(request, "fr")
    assert body.splitlines()[0] == greeting and closing in body
    assert "Bonjour" not in body and "Meilleures salutations" not in body


def test_a_german_neutral_salutation_is_formal(tmp_path: Path) -> None:
    text = letter(closed(Right.ERASURE, Outcome.GRANTED, recipients=()), "answer", "de", tmp_path)
    assert "Sehr geehrte Damen und Herren," in text and "Guten Tag" not in text
