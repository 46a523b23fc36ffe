"""The documents speak the language they are made in (issue 14): the dossier, the register
(XLSX) and the quarterly report (PDF and XLSX) in Dutch, French and German hold no English
function word and no catalogue code left unrendered.

The requests are the fixtures of the existing document tests, with their user text (names,
notes, reasons) in Dutch: what is checked is the program's own words.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cluma_dpo.documents.dossier import render_dossier
from cluma_dpo.documents.quarterly_report import render_quarterly_pdf, render_quarterly_xlsx
from cluma_dpo.documents.register import render_register
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.statistics import Quarter, QuarterFigures, in_quarter, quarter_figures
from tests.i18n.english import FUNCTION_WORDS, PATTERN
from tests.integration.test_dossier import REFUSED
from tests.integration.test_dossier import TODAY as DOSSIER_DAY
from tests.integration.test_dossier_words import EVERY_KIND
from tests.integration.test_quarterly_report import Q3, synthetic
from tests.integration.test_quarterly_report import TODAY as REPORT_DAY
from tests.integration.test_register import make
from tests.unit.test_quarter_totals import REQUESTS as Q4_REQUESTS

LANGUAGES = ["nl", "fr", "de"]
# English function words, none of which is a word of Dutch, French or German
ENGLISH = FUNCTION_WORDS
_ENGLISH = PATTERN
_CODE = re.compile(r"\b(doc|event)\.[a-z_]")
PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        [PDFTOTEXT, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def xlsx_text(data: bytes) -> str:
    wb = load_workbook(io.BytesIO(data))
    cells = [ws.title for ws in wb.worksheets]
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += [str(v) for v in row if isinstance(v, str)]
    cells.append(wb.properties.title or "")
    return "\n".join(cells)


def assert_no_english(text: str, what: str) -> None:
    english = sorted({m.group(0) for m in _ENGLISH.finditer(text)})
    codes = sorted({m.group(0) for m in _CODE.finditer(text)})
    assert not english, f"{what}: English words {english}"
    assert not codes, f"{what}: codes left unrendered {codes}"


# every section of the dossier filled: all event and document kinds, an anonymised request,
# a broken audit chain; notes and explanations are user text (Dutch), left out here
DOSSIER = replace(
    EVERY_KIND,
    anonymised=True,
    explanations={},
    events=tuple(replace(e, note=None) for e in EVERY_KIND.events) + REFUSED.events[:1],
)
BROKEN = ChainReport(False, 40, 17, "its note was changed")
ENDS = ChainReport(False, 40, 39, "the chain ends after 38 events but 40 were recorded")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dossier_speaks_one_language(language: str, tmp_path: Path) -> None:
    for audit in (BROKEN, ENDS, ChainReport(True, 1), ChainReport(True, 1234)):
        pdf = render_dossier(DOSSIER, audit=audit, today=DOSSIER_DAY, language=language)
        assert_no_english(pdf_text(pdf, tmp_path), f"dossier ({language})")


def test_the_dossier_exists_in_german(tmp_path: Path) -> None:
    text = " ".join(
        pdf_text(
            render_dossier(DOSSIER, audit=BROKEN, today=DOSSIER_DAY, language="de"), tmp_path
        ).split()
    )
    assert "Akte DSR-2026-0042" in text and "Verlauf" in text
    assert "Die Audit-Kette ist NICHT intakt" in text and "die Notiz wurde geändert" in text
    assert "erstellt am 25. November 2026" in text  # a sentence: the long date
    assert "10.04.2026" in text  # a table: the numeric date, German style
    assert "12,10 €" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_speaks_one_language(language: str) -> None:
    requests = [make(i) for i in range(12)]
    data = render_register(
        requests, [("weg@example.be", DOSSIER_DAY)], today=DOSSIER_DAY, language=language
    )
    assert_no_english(xlsx_text(data), f"register ({language})")


def test_the_register_in_german_and_french() -> None:
    requests = [make(i) for i in range(4)]
    german = load_workbook(
        io.BytesIO(render_register(requests, [], today=DOSSIER_DAY, language="de"))
    )
    assert german.sheetnames == ["Anträge", "Sperrliste"]
    ws = german["Anträge"]
    assert ws["A1"].value == "Aktenzeichen"
    assert ws["F2"].number_format == "DD.MM.YYYY"
    french = load_workbook(
        io.BytesIO(render_register(requests, [], today=DOSSIER_DAY, language="fr"))
    )
    assert french["Demandes"]["A1"].value == "Référence"
    assert french["Demandes"]["F2"].number_format == "DD/MM/YYYY"


def quarters() -> Iterator[tuple[QuarterFigures, QuarterFigures, list[RequestView]]]:
    """(this, previous, behind) for a finished Q3 (400 requests) and a running Q4."""
    requests = synthetic(400)
    yield (
        quarter_figures(requests, Q3, REPORT_DAY),
        quarter_figures(requests, Q3.previous(), REPORT_DAY),
        in_quarter(requests, Q3),
    )
    q4 = Quarter(2026, 4)
    yield (
        quarter_figures(Q4_REQUESTS, q4, DOSSIER_DAY),
        quarter_figures(Q4_REQUESTS, q4.previous(), DOSSIER_DAY),
        in_quarter(Q4_REQUESTS, q4),
    )
    yield (quarter_figures([], Q3, REPORT_DAY), quarter_figures([], Q3.previous(), REPORT_DAY), [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quarterly_report_speaks_one_language(language: str, tmp_path: Path) -> None:
    for this, previous, behind in quarters():
        pdf = render_quarterly_pdf(
            this, previous, organisation="Cluma", today=this.today, language=language
        )
        text = pdf_text(pdf, tmp_path)
        assert_no_english(text, f"report {this.quarter.label} ({language})")
        assert text.count("\f") == 2, f"{language}: the report keeps to two pages"
        data = render_quarterly_xlsx(this, previous, behind, language=language)
        assert_no_english(xlsx_text(data), f"report workbook {this.quarter.label} ({language})")


def test_the_quarterly_report_exists_in_german(tmp_path: Path) -> None:
    this, previous, _ = next(quarters())
    text = " ".join(
        pdf_text(
            render_quarterly_pdf(
                this, previous, organisation="Cluma", today=REPORT_DAY, language="de"
            ),
            tmp_path,
        ).split()
    )
    assert "Quartalsbericht über Datenschutzanträge 2026 Q3" in text
    assert f"Im dritten Quartal 2026 gingen {this.received} Anträge ein" in text
    assert "Anträge nach Recht" in text and "Lesehilfe" in text
    assert "erstellt am 15. Oktober 2026" in text
