"""The quarterly report says it is confidential (lawyer's review of issue 18).

Management's figures carry no name, but they are pseudonymised personal data, not anonymous
(GDPR Recital 26): the reasons print as the DPO typed them, and in a small company "one
erasure request, by post, in French" may point at one colleague. The README says so; the
report itself, which management passes around, did not. Every page's footer now says
"Confidential" (a sentence saying why would push the report to a third page: the README says
it)."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

from cluma_dpo.documents.quarterly_report import render_quarterly_pdf
from cluma_dpo.domain.statistics import Quarter, quarter_figures
from tests.unit.test_quarter_totals import REQUESTS

Q4 = Quarter(2026, 4)
AFTER = date(2027, 1, 15)
WORD = {"nl": "Vertrouwelijk", "fr": "Confidentiel", "en": "Confidential", "de": "Vertraulich"}


def pages_of(language: str) -> list[str]:
    this = quarter_figures(REQUESTS, Q4, AFTER)
    before = quarter_figures(REQUESTS, Q4.previous(), AFTER)
    pdf = render_quarterly_pdf(this, before, organisation="Cluma", today=AFTER, language=language)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [" ".join((page.extract_text() or "").split()) for page in doc.pages]


@pytest.mark.parametrize("language", sorted(WORD))
def test_every_page_is_marked_confidential(language: str) -> None:
    pages = pages_of(language)
    assert len(pages) == 2  # the marking costs no page
    for text in pages:
        assert WORD[language] in text


@pytest.mark.parametrize("language", sorted(WORD))
def test_a_long_company_name_keeps_the_word_and_clear_of_the_page_number(language: str) -> None:
    this = quarter_figures(REQUESTS, Q4, date(2026, 11, 25))  # running: "(provisional)" too
    before = quarter_figures(REQUESTS, Q4.previous(), date(2026, 11, 25))
    name = "Cluma Engineering NV – Staalbouw Roeselare en Kortrijk"
    pdf = render_quarterly_pdf(
        this, before, organisation=name, today=date(2026, 11, 25), language=language
    )
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            footer = [w for w in page.extract_words() if w["top"] > page.height - 50]
            *left, label, _number = footer  # "... Confidential", "page", "1"
            assert left[-1]["text"] == WORD[language]
            assert left[-1]["x1"] + 6 < label["x0"], "the footer runs into the page number"
