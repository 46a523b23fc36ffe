"""The quarterly report read back (issue 13): totals that visibly add up, a running quarter
said to be provisional, one word for handling time, aligned bullets, and no names or e-mail
addresses in the workbook unless the setting asks for them."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from cluma_dpo.documents.quarterly_report import render_quarterly_pdf, render_quarterly_xlsx
from cluma_dpo.domain.statistics import Quarter, in_quarter, quarter_figures
from tests.unit.test_quarter_totals import REQUESTS

Q4 = Quarter(2026, 4)
RUNNING = date(2026, 11, 25)
AFTER = date(2027, 1, 15)


def pdf_for(today: date) -> bytes:
    this = quarter_figures(REQUESTS, Q4, today)
    before = quarter_figures(REQUESTS, Q4.previous(), today)
    return render_quarterly_pdf(this, before, organisation="Cluma", today=today)


def flat_text(pdf: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
        return len(doc.pages), " ".join(text.split())


def test_withdrawn_and_rejected_are_counted_so_the_total_adds_up() -> None:
    pages, text = flat_text(pdf_for(AFTER))
    assert pages == 2
    assert "Ontvangen verzoeken: stand op het kwartaaleinde 6 1" in text
    for row in (
        "beantwoord of afgesloten 3",
        "ingetrokken 1",
        "afgewezen (art. 12 lid 5) 1",
        "nog open 1",
        "Ingetrokken verzoeken 2",
    ):
        assert row in text, row
    assert (
        "Stand op het einde van het kwartaal: van de 6 ontvangen verzoeken waren er 3 "
        "beantwoord of afgesloten, 1 ingetrokken, 1 afgewezen en 1 nog open."
    ) in text


def test_a_running_quarter_is_provisional_and_open_is_counted_today() -> None:
    pages, text = flat_text(pdf_for(RUNNING))
    assert pages == 2
    assert "voorlopig" in text.lower()
    assert "einde kwartaal" not in text and "einde van het kwartaal" not in text
    assert "nu open" in text and "geteld op 25 november 2026" in text
    assert "Stand op 25 november 2026: van de 6 ontvangen verzoeken waren er 2 beantwoord" in text
    assert "Op 25 november 2026 stond" in text
    _, after = flat_text(pdf_for(AFTER))
    assert "voorlopig" not in after.lower() and "open op einde kwartaal" in after


@pytest.mark.parametrize("today", [RUNNING, AFTER])
def test_one_word_for_handling_time(today: date) -> None:
    _, text = flat_text(pdf_for(today))
    assert "behandelingstijd" in text and "behandeltijd" not in text


def test_reading_guide_bullets_are_aligned() -> None:
    with pdfplumber.open(io.BytesIO(pdf_for(AFTER))) as doc:
        page = doc.pages[-1]
        top = next(w["top"] for w in page.extract_words() if w["text"] == "Leeswijzer")
        starts: dict[float, float] = {}
        for c in page.chars:
            if c["top"] > top + 5 and c["text"].strip() and c["text"] != "•":
                line = round(c["top"])
                starts[line] = min(starts.get(line, 1e9), c["x0"])
        body = [x for line, x in sorted(starts.items()) if line < page.height - 60]
    assert len(body) >= 6
    assert max(body) - min(body) < 0.5, body  # first lines and continuation lines alike


def sheet_rows(data: bytes, name: str) -> list[tuple[object, ...]]:
    return list(load_workbook(io.BytesIO(data))[name].iter_rows(values_only=True))


def test_workbook_carries_references_not_names_unless_asked() -> None:
    this = quarter_figures(REQUESTS, Q4, AFTER)
    before = quarter_figures(REQUESTS, Q4.previous(), AFTER)
    behind = in_quarter(REQUESTS, Q4)
    plain = sheet_rows(render_quarterly_xlsx(this, before, behind), "Verzoeken")
    assert "Referentie" in plain[0] and "Status" in plain[0] and "Rechten" in plain[0]
    assert "Betrokkene" not in plain[0] and "E-mail" not in plain[0]
    assert {row[0] for row in plain[1:]} == {r.reference for r in behind}
    assert not any(r.subject.name in row[1:] for r in behind for row in plain[1:])
    named = sheet_rows(render_quarterly_xlsx(this, before, behind, include_names=True), "Verzoeken")
    assert named[0][:3] == ("Referentie", "Betrokkene", "E-mail")
    assert named[1][1] == behind[0].subject.name


def test_a_running_quarter_workbook_says_provisional() -> None:
    this = quarter_figures(REQUESTS, Q4, RUNNING)
    before = quarter_figures(REQUESTS, Q4.previous(), RUNNING)
    figures = sheet_rows(render_quarterly_xlsx(this, before, in_quarter(REQUESTS, Q4)), "Cijfers")
    assert figures[0][1] == "2026 K4 (voorlopig)"
    labels = {row[3]: row[0] for row in figures[1:]}
    assert labels["open.end"] == "Open op 25 november 2026"
    assert labels["state"] == "Ontvangen verzoeken: stand op 25 november 2026"


def test_the_setting_adds_names_to_the_report_workbook(
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "quarterly names 2026")
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    assert cli("init").rc == 0
    added = cli(
        "add",
        "--right",
        "access",
        "--name",
        "Anne Dupont",
        "--email",
        "anne@example.be",
        "--received",
        "2026-11-02",
    )
    assert added.rc == 0, added.err
    out = tmp_path / "q.xlsx"
    assert cli("report", "--quarter", "2026Q4", "--out", out).rc == 0
    rows = sheet_rows(out.read_bytes(), "Verzoeken")
    assert rows[1][0] == added.out.strip()
    assert "Anne Dupont" not in rows[1] and "anne@example.be" not in rows[1]
    assert cli("settings", "set", "reports.include_names", "true").rc == 0
    assert cli("report", "--quarter", "2026Q4", "--out", out).rc == 0
    rows = sheet_rows(out.read_bytes(), "Verzoeken")
    assert "Anne Dupont" in rows[1] and "anne@example.be" in rows[1]


def test_no_fee_paid_is_said_in_words() -> None:
    from dataclasses import replace as copy

    from cluma_dpo.documents.quarterly_report import summary

    this = quarter_figures(REQUESTS, Q4, AFTER)
    unpaid = copy(this, fees_issued=1, fees_issued_amount=Decimal("12.10"))
    text = summary(unpaid, quarter_figures(REQUESTS, Q4.previous(), AFTER))
    assert "er werd nog niets betaald" in text and "€ 0,00" not in text


def test_the_reading_guide_says_overdue_today_counts_the_quarters_requests() -> None:
    """DPO on the server, finding 13: the report's "Vandaag over tijd" (the requests
    received by the quarter's end) was read against the dashboard's count of every request;
    the guide now says which requests it counts."""
    pages, text = flat_text(pdf_for(AFTER))
    assert pages == 2
    assert (
        "Vandaag over tijd: open verzoeken, ontvangen tot en met dit kwartaal, waarvan "
        "de termijn vóór 15 januari 2027 verstreek (het dashboard telt ook de latere)."
    ) in text
