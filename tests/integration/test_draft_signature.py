"""An e-mail draft is signed as its letter is (lawyer's review of issue 18).

On a shared server an assistant makes letters and drafts that go out over the DPO's name; the
README says every letter, fee note and draft is signed with `letters.signature_name` (else
`dpo.name`) and the title `letters.signature_title` (else the DPO's title in the letter's
language). The draft signed with `dpo.name` and the catalogue's title whatever the settings
said, so the e-mail and the PDF it carries could be signed by two different people.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from cluma_dpo.documents.email_draft import build_draft
from cluma_dpo.documents.letters import LetterOptions, render_letter
from cluma_dpo.domain.model import Outcome, Right
from cluma_dpo.domain.settings import Settings
from tests.integration.test_letter_truth import PDFTOTEXT, TODAY, closed, pdf_text

SIGNED = Settings.from_values(
    {
        "bank.iban": "BE71 0961 2345 6769",
        "dpo.name": "Steven Deweirt",
        "letters.signature_name": "Sofie Claeys",
        "letters.signature_title": "Privacy Office",
    }
)
DEFAULT_TITLE = {
    "nl": "Functionaris voor gegevensbescherming",
    "fr": "Délégué à la protection des données",
    "en": "Data Protection Officer",
}


def draft_signature(settings: Settings, language: str) -> list[str]:
    request = closed(Right.ERASURE, Outcome.GRANTED, recipients=())
    raw = build_draft(request, settings, "answer", language, b"%PDF-1.4\n", encrypted=False)
    body = message_from_bytes(raw, policy=policy.default).get_body(("plain",))
    lines = body.get_content().rstrip("\n").splitlines()  # type: ignore[union-attr]
    return lines[-3:]  # name, title, organisation


@pytest.mark.parametrize("language", sorted(DEFAULT_TITLE))
def test_the_draft_is_signed_with_the_letters_signature(language: str) -> None:
    assert draft_signature(SIGNED, language) == [
        "Sofie Claeys",
        "Privacy Office",
        "Cluma Engineering NV",
    ]


@pytest.mark.parametrize("language", sorted(DEFAULT_TITLE))
def test_without_a_signature_setting_the_draft_signs_as_the_dpo(language: str) -> None:
    settings = Settings.from_values(
        {"dpo.name": "Steven Deweirt", "letters.signature_name": "", "letters.signature_title": ""}
    )
    assert draft_signature(settings, language) == [
        "Steven Deweirt",
        DEFAULT_TITLE[language],
        "Cluma Engineering NV",
    ]


@pytest.mark.skipif(not Path(PDFTOTEXT).exists(), reason="pdftotext is missing")
def test_the_letter_it_carries_is_signed_by_the_same_person(tmp_path: Path) -> None:
    request = closed(Right.ERASURE, Outcome.GRANTED, recipients=())
    pdf = render_letter(request, SIGNED, LetterOptions("answer", "en", TODAY))
    text = pdf_text(pdf, tmp_path)
    assert "Sofie Claeys Privacy Office Cluma Engineering NV" in text  # pdf_text: one line
    assert draft_signature(SIGNED, "en")[:2] == ["Sofie Claeys", "Privacy Office"]
