"""The dossier's layout read back (issue 13): no word split across lines in its columns, and
no heading or empty section left alone on a page."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pdfplumber
import pytest

from cluma_dpo.documents.dossier import render_dossier
from cluma_dpo.documents.words import document_label, event_label, word
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.model import RecipientItemView
from tests.integration.test_dossier import REFUSED, TODAY
from tests.integration.test_dossier_words import EVERY_KIND

INTACT = ChainReport(True, 12)
GRID_HEADERS = (
    "recipient",
    "status",
    "checked_on",
    "note",
    "number",
    "amount",
    "issued",
    "due",
    "payment_ref",
    "kind",
    "produced",
    "file",
    "when_by",
    "event",
)


def words_on_pages(pdf: bytes) -> set[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return {w["text"] for page in doc.pages for w in page.extract_words()}


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_no_label_or_header_word_is_split(language: str) -> None:
    found = words_on_pages(render_dossier(EVERY_KIND, audit=INTACT, today=TODAY, language=language))
    expected = {w for key in GRID_HEADERS for w in word(f"doc.dossier.{key}", language).split()}
    expected |= {w for d in EVERY_KIND.documents for w in document_label(d.kind, language).split()}
    expected |= {w for e in EVERY_KIND.events for w in event_label(e.kind, language).split()}
    broken = sorted(expected - found)
    assert not broken, f"{language}: words split or missing: {broken}"


def test_the_sha256_of_a_document_stays_on_one_line() -> None:
    found = words_on_pages(render_dossier(EVERY_KIND, audit=INTACT, today=TODAY))
    assert EVERY_KIND.documents[0].sha256 in found


def page_bodies(pdf: bytes) -> list[list[str]]:
    """Each page's lines without the footer."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [(page.extract_text() or "").splitlines()[:-1] for page in doc.pages]


# What a page may not hold alone: section headings and the "none" of an empty section.
LONELY = {
    "Ontvangers verwittigd (AVG art. 19)",
    "Kostennota's",
    "Opgemaakte documenten",
    "Tijdlijn",
    "geen",
    "Kostennota's: geen",
    "Opgemaakte documenten: geen",
    "Ontvangers verwittigd (AVG art. 19): geen",
    "Kostennota's geen",
}


@pytest.mark.parametrize("documents", [0, 20])
@pytest.mark.parametrize("recipients", range(0, 40, 2))
def test_no_page_holds_only_headings_or_an_empty_section(documents: int, recipients: int) -> None:
    # 20 documents after 6 recipients left "Kostennota's / geen" alone on page 2
    start = datetime(2026, 3, 5, 9)
    request = replace(
        REFUSED,
        fee_notes=(),
        documents=REFUSED.documents * documents,
        recipients=tuple(
            RecipientItemView(
                f"Ontvanger {n}", "notified", date(2026, 4, 9), "verwittigd per e-mail"
            )
            for n in range(recipients)
        ),
        events=tuple(replace(REFUSED.events[0], at=start + timedelta(hours=n)) for n in range(25)),
    )
    for number, lines in enumerate(
        page_bodies(render_dossier(request, audit=INTACT, today=TODAY)), 1
    ):
        assert lines, f"page {number} is empty"
        assert not set(lines) <= LONELY, f"page {number} holds only {lines}"


def test_an_empty_section_is_one_line() -> None:
    empty = replace(REFUSED, fee_notes=(), recipients=(), documents=())
    with pdfplumber.open(io.BytesIO(render_dossier(empty, audit=INTACT, today=TODAY))) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    lines = text.splitlines()
    assert "Kostennota's: geen" in lines
    assert "Opgemaakte documenten: geen" in lines
    assert "Ontvangers verwittigd (AVG art. 19): geen" in lines
    french = render_dossier(empty, audit=INTACT, today=TODAY, language="fr")
    with pdfplumber.open(io.BytesIO(french)) as doc:
        # issue 14: a fee charged to the person is a facture, not a note de frais
        assert "Factures : néant" in (doc.pages[0].extract_text() or "")
