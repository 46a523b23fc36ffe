"""Issue #13 "Letters that tell the truth", the layout: addresses in the destination's order,
no closing or enclosure alone on a page, a fee note on one page, names broken only at spaces
and hyphens, an address that cannot fit the window refused when it is typed, and the fee
note's labels on the line of their value. Read back with pdfplumber and poppler's tools."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.documents.letter_layout import PageFurniture, Signature, build_pdf, letter_story
from cluma_dpo.documents.letter_styles import styles
from cluma_dpo.documents.templates import LANGUAGES
from cluma_dpo.domain.model import (
    DataSubject,
    IdentityStatus,
    IdentityView,
    Language,
    Outcome,
    RequestView,
    Right,
    Status,
)
from tests.integration.cli_support import assert_one_line_error
from tests.integration.test_letters import (
    SETTINGS,
    TODAY,
    letter,
    make_request,
    pages,
    window_rect,
)

DESCENT = 0.2402  # DejaVu Sans, of the font size
POPPLER = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="poppler-utils missing"
)
LONG_NAME = "Maximiliane Wolkenstein-Trostburg-Rodenegg von Hohenberg-Schillingsfürst"
# 300 characters: the most validation.fee_reason lets through (MAX_FEE_REASON).
LONG_REASON = (
    "Papieren tweede en derde kopie van alle persoonsgegevens uit het klantendossier, de "
    "facturatie, de correspondentie en de camerabeelden van 2025 en 2026, aangetekend "
    "verzonden naar het buitenlandse adres, met een afzonderlijke kopie van het volledige "
    "verwerkingsregister en alle logbestanden erbij."
)


def subject(**changes: Any) -> DataSubject:
    return dataclasses.replace(make_request().subject, **changes)


def window_lines(pdf: bytes, side: str = "left") -> list[str]:
    """The window's text lines under the return address."""
    inside = pages(pdf)[0].within_bbox(window_rect(side)).extract_text()
    return inside.splitlines()[1:]


def baseline(word: dict[str, Any]) -> float:
    """Where the word sits (pdfplumber's bottom is the descent of its size lower)."""
    return float(word["bottom"]) - DESCENT * float(word["size"])


def poppler_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, by pdftotext (form feeds split the pages)."""
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def page_count(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


# -- 1. the destination country's order ------------------------------------------------------


def test_a_uk_address_has_the_town_then_the_postcode() -> None:
    request = make_request(
        subject=subject(
            name="Sherlock Holmes",
            street="221B Baker Street",
            postcode="NW1 6XE",
            city="London",
            country="GB",
            language=Language.EN,
        )
    )
    assert window_lines(letter("acknowledgement", "en", request=request)) == [
        "Sherlock Holmes",
        "221B Baker Street",
        "London",
        "NW1 6XE",
        "UNITED KINGDOM",
    ]


@pytest.mark.parametrize(
    ("country", "postcode", "city", "language", "expected"),
    [
        ("BE", "8800", "Roeselare", "nl", ["Ooststraat 12 bus 3", "8800 Roeselare"]),
        (
            "NL",
            "1012 AB",
            "Amsterdam",
            "nl",
            ["Ooststraat 12 bus 3", "1012 AB Amsterdam", "NEDERLAND"],
        ),
        (
            "LU",
            "1234",
            "Luxembourg",
            "fr",
            ["Ooststraat 12 bus 3", "L-1234 Luxembourg", "LUXEMBOURG"],
        ),
        (
            "US",
            "62701",
            "Springfield, IL",
            "en",
            ["Ooststraat 12 bus 3", "Springfield, IL 62701", "UNITED STATES"],
        ),
        ("IE", "D02 X285", "Dublin", "de", ["Ooststraat 12 bus 3", "Dublin", "D02 X285", "IRLAND"]),
    ],
)
def test_the_window_prints_the_destinations_order(
    country: str, postcode: str, city: str, language: str, expected: list[str]
) -> None:
    request = make_request(subject=subject(postcode=postcode, city=city, country=country))
    assert window_lines(letter("acknowledgement", language, request=request)) == [
        "Ann Peeters",
        *expected,
    ]


# -- 2. the closing, the signature and the enclosures stay with the body ---------------------


def _furniture() -> PageFurniture:
    return PageFurniture(
        organisation="Cluma Engineering NV",
        letterhead_lines=("Kachtemsestraat 161 · 8800 Roeselare",),
        return_address="Cluma Engineering NV · Kachtemsestraat 161 · 8800 Roeselare",
        address_lines=("Ann Peeters", "Ooststraat 12 bus 3", "8800 Roeselare"),
        info_rows=(("Ons kenmerk", "DSR-2026-0042"),),
        place_date="Roeselare, 25 november 2026",
        running_header="Cluma Engineering NV · DSR-2026-0042",
        page_label="Pagina {page} van {pages}",
    )


SIGNATURE = Signature(
    closing="CLOSINGLINE Met vriendelijke groeten,",
    name="Steven Deweirt",
    title="Functionaris voor gegevensbescherming",
    organisation="Cluma Engineering NV",
    enclosures_label="ENCLOSURELABEL Bijlagen:",
    enclosures=("Kopie van uw persoonsgegevens (PDF)", "Verwerkingsregister (uittreksel)"),
)


def _letter_with_body(paragraphs: int, last_words: int) -> bytes:
    st = styles()
    filler = "Dit is gewone tekst van de brief die de ruimte vult. " * 6
    body = [Paragraph(f"BODY{i} {filler}", st.body) for i in range(paragraphs)]
    body.append(Paragraph("LASTBODY " + "woord " * last_words, st.body))
    story = letter_story("Onderwerp", "Geachte mevrouw,", body, SIGNATURE)
    return build_pdf(_furniture(), story, title="t", author="a")


@POPPLER
def test_the_closing_and_the_enclosures_never_stand_alone_on_a_page(tmp_path: Path) -> None:
    seen_two_pages = 0
    for paragraphs in range(5, 9):
        for last_words in range(0, 120, 6):
            pdf = _letter_with_body(paragraphs, last_words)
            texts = poppler_pages(pdf, tmp_path)
            if len(texts) < 2:
                continue
            seen_two_pages += 1
            last = texts[-1]
            assert "CLOSINGLINE" in last and "ENCLOSURELABEL" in last, (paragraphs, last_words)
            # Body text comes before the closing on the page that has it.
            assert "LASTBODY" in last, (paragraphs, last_words)
            assert last.index("LASTBODY") < last.index("CLOSINGLINE") < last.index("ENCLOSURELABEL")
            assert "Verwerkingsregister" in last
    assert seen_two_pages > 5  # the scan did cross the page boundary


# -- 3. a fee note is one page ------------------------------------------------------------------


def _long_foreign_request() -> RequestView:
    return make_request(
        subject=subject(
            name=LONG_NAME,
            street="Flat 12, Lower Ground Floor, 221B Baker Street Mews",
            postcode="NW1 6XE",
            city="London",
            country="GB",
        )
    )


@POPPLER
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fee_note_is_one_page_in_every_language(language: str, tmp_path: Path) -> None:
    request = make_request()
    fee = request.fee_notes[0]
    assert (
        page_count(
            render_fee_note(request, fee, SETTINGS, language=language, today=TODAY), tmp_path
        )
        == 1
    )
    long = _long_foreign_request()
    long_fee = dataclasses.replace(fee, reason=LONG_REASON)
    pdf = render_fee_note(long, long_fee, SETTINGS, language=language, today=TODAY)
    assert page_count(pdf, tmp_path) == 1
    text = " ".join(poppler_pages(pdf, tmp_path)[0].split())
    assert "Steven Deweirt" in text  # the signature made it onto the page


# -- 4. names break at spaces and hyphens only -------------------------------------------------


def _breaks_only_between_words(name: str, lines: list[str]) -> bool:
    """Do `lines` hold `name` cut only at its spaces or after its hyphens?"""
    pieces = [line.strip() for line in lines]
    rebuilt = ""
    for piece in pieces:
        if rebuilt and not rebuilt.endswith("-"):
            rebuilt += " "
        rebuilt += piece
    return rebuilt == " ".join(name.split())


@pytest.mark.parametrize(
    "name",
    [
        LONG_NAME,
        "Maximiliane Wolkenstein-Trostburg-Rodenegg-Hohenberg-Schillingsfürst von Habsburg",
        "Anna-Maria Oberhollenzer-Vonbank-Schwarzenberger-Kirchmair",
    ],
)
def test_a_long_name_wraps_at_spaces_or_hyphens_in_the_window(name: str) -> None:
    request = make_request(subject=subject(name=name))
    lines = window_lines(letter(request=request))
    name_lines = lines[: len(lines) - 2]  # street and postcode-town follow
    assert len(name_lines) >= 2 and _breaks_only_between_words(name, name_lines), lines


def test_a_long_name_wraps_at_spaces_or_hyphens_in_the_body() -> None:
    name = (
        "Maximiliane Wolkenstein-Trostburg-Rodenegg-Hohenberg-Schillingsfürst-"
        "Lichtenstein-Oberhollenzer-Vonbank von Habsburg"
    )
    for offset in range(0, 60, 7):  # the name at different places in the line
        # issue 13: a notice goes to a recipient of the settings, for an identified person;
        # the name itself moves along the line
        request = make_request(
            subject=subject(name="x " * offset + name), rights=(Right.ERASURE,),
            identity=IdentityView(status=IdentityStatus.VERIFIED),
            status=Status.ANSWERED, outcome=Outcome.GRANTED,
        )  # fmt: skip
        pdf = letter("recipient-notice", request=request, recipient="Mollie")
        words = [w for p in pages(pdf) for w in p.extract_words(keep_blank_chars=False)]
        text = " ".join(w["text"] for w in words)
        # Each word of the name printed whole or cut right after one of its hyphens.
        printed = [w.strip(".,;:()") for w in text.replace("-", "- ").split()]
        for part in name.replace("-", "- ").split():
            assert part in printed, (offset, part)


# -- 5. an address too long for the window is refused when it is typed -----------------------

TOO_LONG_STREET = (
    "Flat 12, Lower Ground Floor, The Old Brewery Buildings, "
    "221B Baker Street Mews off Marylebone Road"
)


def test_cli_add_refuses_an_address_that_does_not_fit_the_window(
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "window envelope 9pt test")
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    assert cli("init").rc == 0
    base = (
        "add",
        "--right",
        "access",
        "--name",
        LONG_NAME,
        "--received",
        "2026-11-20",
        "--postcode",
        "NW1 6XE",
        "--city",
        "London",
        "--country",
        "GB",
        "--language",
        "en",
    )
    refused = cli(*base, "--street", TOO_LONG_STREET)
    assert refused.rc == 1
    assert_one_line_error(refused)
    assert re.search(
        r"This address needs \d+ lines in the window envelope; at most 7 fit at "
        r"9 pt: shorten the name, street or city\.",
        refused.err,
    ), refused.err
    assert LONG_NAME not in refused.err  # the message names fields, never personal data
    accepted = cli(*base, "--street", "221B Baker Street")
    assert accepted.rc == 0, accepted.err
    reference = accepted.out.strip()
    edited = cli("edit", reference, "--street", TOO_LONG_STREET)
    assert edited.rc == 1 and "window envelope" in edited.err
    word = cli("edit", reference, "--city", "Oberunterhollenzerkirchmairschwarzenbergerstadt")
    assert word.rc == 1 and "too wide for the window envelope" in word.err


# -- 6. the fee note's labels stand on their value's first line --------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_fee_note_labels_share_the_first_baseline_of_their_value(language: str) -> None:
    request = make_request()
    fee = dataclasses.replace(request.fee_notes[0], reason=LONG_REASON)
    pdf = render_fee_note(request, fee, SETTINGS, language=language, today=TODAY)
    label = {"nl": "Omschrijving", "fr": "Description", "en": "Description", "de": "Beschreibung"}[
        language
    ]
    # (on whichever page the table is: a fee note of two pages is another test's failure)
    words, label_word = next(
        (words, w)
        for words in (p.extract_words(extra_attrs=["size"]) for p in pages(pdf))
        for w in words
        if w["text"] == label and w["x0"] < 40 * mm
    )
    first_reason_word = LONG_REASON.split()[0]
    value_words = [
        w for w in words if w["text"] == first_reason_word and w["x0"] > label_word["x1"]
    ]
    assert value_words, first_reason_word
    assert abs(baseline(value_words[0]) - baseline(label_word)) < 0.2
    # The reason wraps over several lines: its label is on the first of them.
    last_reason_word = next(w for w in words if w["text"] == LONG_REASON.split()[-1])
    assert last_reason_word["bottom"] - label_word["bottom"] > 20


def test_the_information_blocks_labels_share_their_values_baseline() -> None:
    words = pages(letter())[0].extract_words(extra_attrs=["size"])
    for label, value in (("referentie", "DSR-2026-0042"), ("E-mail", "info@cluma.com")):
        label_word = next(w for w in words if w["text"] == label)
        value_word = next(w for w in words if w["text"] == value and w["x0"] > 120 * mm)
        assert abs(baseline(label_word) - baseline(value_word)) < 0.2, (label, value)


# -- careless details seen in the letters -------------------------------------------------------

_DANGLING = re.compile(
    r"(?:\b(?:Art\.|art\.|[Aa]rtikel|[Aa]rticles?|Abs\.|lid|paragraphe|"
    r"alinéa)|§)$"
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_legal_reference_is_never_split_from_its_number(language: str) -> None:
    # "(Art. | 17 DSGVO)" across two lines reads as careless: the word and its number are tied.
    from cluma_dpo.domain.letters import LETTER_KINDS
    from tests.integration.test_letters import DONE, KIND_CASES, REASON

    texts = {"reason": REASON.get(language, "Reden."), "done": DONE.get(language, "Gedaan.")}
    for kind in LETTER_KINDS:  # issue 13: each kind for a request it fits
        request = KIND_CASES[kind]
        for page in pages(letter(kind, language, request=request, texts=texts)):
            for line in (page.extract_text() or "").splitlines():
                assert not _DANGLING.search(line.strip()), (kind, line)
