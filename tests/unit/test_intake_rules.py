"""What an incoming message asks: language and rights from the text (issue 17), by table."""

from __future__ import annotations

import pytest

from cluma_dpo.domain.intake import fold, suggest_language, suggest_rights
from cluma_dpo.domain.model import Language, Right

A, R, E = Right.ACCESS, Right.RECTIFICATION, Right.ERASURE
L, OBJ, P, M = Right.RESTRICTION, Right.OBJECTION, Right.PORTABILITY, Right.MARKETING_OPT_OUT

# (text, the language it is in, the rights it names)
TABLE: list[tuple[str, Language, tuple[Right, ...]]] = [
    # Dutch
    ("Ik wil graag inzage in mijn gegevens.", Language.NL, (A,)),
    ("Gelieve mijn gegevens te wissen en mijn account te verwijderen.", Language.NL, (E,)),
    ("Ik heb het recht om vergeten te worden.", Language.NL, (E,)),
    ("Mijn adres is fout, kunt u het verbeteren?", Language.NL, (R,)),
    ("Ik maak bezwaar tegen het gebruik van mijn gegevens voor analyse.", Language.NL, (OBJ,)),
    ("Ik wil mij uitschrijven voor de nieuwsbrief.", Language.NL, (M,)),
    ("Ik maak bezwaar tegen reclame.", Language.NL, (M,)),  # Art. 21(2), not 21(1)
    ("Graag een beperking van de verwerking.", Language.NL, (L,)),
    ("Kunt u mijn gegevens overdragen aan een andere leverancier?", Language.NL, (P,)),
    ("Ik wil weten welke gegevens u hebt en wil dat u ze daarna verwijdert.", Language.NL, (A, E)),
    # French
    ("Je souhaite exercer mon droit d'accès à mes données.", Language.FR, (A,)),
    ("Merci d'effacer mes données et de supprimer mon compte.", Language.FR, (E,)),
    ("Je demande la rectification de mon adresse.", Language.FR, (R,)),
    ("Je m'oppose au traitement de mes données pour des statistiques.", Language.FR, (OBJ,)),
    ("Je m'oppose à la prospection commerciale.", Language.FR, (M,)),
    ("Je veux me désinscrire de votre newsletter.", Language.FR, (M,)),
    ("Je demande la limitation du traitement de mes données.", Language.FR, (L,)),
    ("Je demande la portabilité de mes données.", Language.FR, (P,)),
    # English
    ("I would like access to the personal data you hold about me.", Language.EN, (A,)),
    ("Please erase my data and delete my account.", Language.EN, (E,)),
    ("Please correct my address, it is wrong.", Language.EN, (R,)),
    ("I object to the processing of my data for profiling.", Language.EN, (OBJ,)),
    ("Please unsubscribe me from your newsletter.", Language.EN, (M,)),
    ("I object to direct marketing.", Language.EN, (M,)),
    ("I ask you to restrict the processing of my data.", Language.EN, (L,)),
    ("I want my data in a portable format (data portability).", Language.EN, (P,)),
    ("Our objective is to be correct.", Language.EN, (R,)),  # "objective" is no objection
    # German
    ("Ich bitte um Auskunft über meine Daten.", Language.DE, (A,)),
    ("Bitte löschen Sie meine Daten.", Language.DE, (E,)),
    ("Ich verlange die LÖSCHUNG meiner Daten.", Language.DE, (E,)),
    ("Ich möchte wissen, welche Daten Sie haben.", Language.DE, ()),  # "wissen": to know
    ("Bitte berichtigen Sie meine Adresse.", Language.DE, (R,)),
    ("Ich widerspreche der Verarbeitung meiner Daten.", Language.DE, (OBJ,)),
    ("Ich widerspreche der Werbung.", Language.DE, (M,)),
    ("Bitte melden Sie mich vom Newsletter ab, ich will mich abmelden.", Language.DE, (M,)),
    ("Ich verlange die Einschränkung der Verarbeitung.", Language.DE, (L,)),
    ("Ich verlange die Datenübertragbarkeit.", Language.DE, (P,)),
]


@pytest.mark.parametrize(("text", "language", "rights"), TABLE)
def test_the_rights_a_text_names(text: str, language: Language, rights: tuple[Right, ...]) -> None:
    assert suggest_rights(text, language) == rights


@pytest.mark.parametrize(("text", "language", "rights"), TABLE)
def test_the_language_of_a_text(text: str, language: Language, rights: tuple[Right, ...]) -> None:
    assert suggest_language(text) == language


def test_a_text_without_words_of_any_language_is_taken_as_dutch() -> None:
    assert suggest_language("") == Language.NL
    assert suggest_language("12345 !!!") == Language.NL


def test_folding_drops_case_and_accents() -> None:
    assert fold("LÖSCHUNG accès Überträgbarkeit") == "loschung acces ubertragbarkeit"


def test_the_rights_come_in_a_fixed_order_whatever_the_text_says_first() -> None:
    text = "Please unsubscribe me. I also want access, and then erase everything."
    assert suggest_rights(text, Language.EN) == (A, E, M)


def test_the_content_type_of_a_kept_file_follows_its_name() -> None:
    from cluma_dpo.domain.correspondence import content_type_of

    assert content_type_of("brief.PDF") == "application/pdf"
    assert content_type_of("scan.jpeg") == "image/jpeg"
    assert content_type_of("bericht.msg") == "application/vnd.ms-outlook"
    assert content_type_of("bericht.eml") == "message/rfc822"
    assert content_type_of("notes.txt") == "text/plain"
    assert content_type_of("geen-naam", "image/png") == "image/png"
    assert content_type_of("geen-naam") == "application/octet-stream"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Verwijder mijn account en al mijn gegevens.", Language.NL, True),
        ("Gelieve mijn klantenaccount te verwijderen.", Language.NL, True),
        ("Ik kan niet inloggen op mijn account.", Language.NL, False),
        ("Merci de supprimer mon compte client.", Language.FR, True),
        ("Je n'arrive pas à accéder à mon compte.", Language.FR, False),
        ("Please delete my account.", Language.EN, True),
        ("Close my customer account, please.", Language.EN, True),
        ("I cannot log in to my account.", Language.EN, False),
        ("Bitte löschen Sie mein Kundenkonto.", Language.DE, True),
        ("Bitte mein Konto löschen.", Language.DE, True),
        ("Löschung meines Kontos.", Language.DE, True),
        ("Ich habe ein Konto bei Ihnen.", Language.DE, False),
    ],
)
def test_account_deletion_is_suggested_from_the_text(
    text: str, language: Language, expected: bool
) -> None:
    from cluma_dpo.domain.intake import suggests_account_deletion

    assert suggests_account_deletion(text, language) is expected
