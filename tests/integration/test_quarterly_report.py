"""The quarterly report read back: two pages of plain Dutch, figures beside the previous
quarter, and a workbook with the figures and the requests behind them."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

import pdfplumber
import pytest
from openpyxl import load_workbook

from cluma_dpo.documents.quarterly_report import (
    figure_label,
    render_quarterly_pdf,
    render_quarterly_xlsx,
    summary,
)
from cluma_dpo.documents.register import HEADERS, headers
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    FeeNoteView,
    FeeStatus,
    Outcome,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.statistics import FIGURE_KEYS, Quarter, in_quarter, quarter_figures

TODAY = date(2026, 10, 15)
Q3 = Quarter(2026, 3)
HOSTILE_REASON = "<b>Rechten</b> van anderen & derden =1+2"


def synthetic(count: int, seed: int = 7, reasons: int = 2) -> list[RequestView]:
    """Requests received over Q2 and Q3 2026, most answered within a month."""
    rnd = random.Random(seed)
    reason_texts = [HOSTILE_REASON, "Wettelijke bewaarplicht"] + [
        f"Reden nummer {i}" for i in range(reasons - 2)
    ]
    out = []
    for i in range(count):
        received = date(2026, 4, 1) + timedelta(days=rnd.randrange(183))
        answered = received + timedelta(days=int(rnd.triangular(1, 45, 14)))
        done = answered < TODAY and rnd.random() < 0.95
        outcome = rnd.choice([Outcome.GRANTED] * 8 + [Outcome.PARTLY_GRANTED, Outcome.REFUSED])
        fee = FeeNoteView(
            f"FN-2026-{i:04d}",
            "12.10",
            "21",
            "kopie",
            received,
            received,
            FeeStatus.PAID,
            "+++000/0000/00097+++",
            received + timedelta(days=9),
        )
        out.append(
            RequestView(
                reference=f"DSR-2026-{i + 1:04d}",
                rights=tuple(rnd.sample(list(Right), rnd.choice([1, 1, 2]))),
                channel=rnd.choice(list(Channel)),
                received=received,
                status=Status.CLOSED if done else Status.IN_PROGRESS,
                subject=DataSubject(name='=HYPERLINK("x")' if i == 0 else f"Betrokkene {i}"),
                outcome=outcome if done else None,
                outcome_reason=rnd.choice(reason_texts) if outcome is Outcome.REFUSED else None,
                answered_on=answered if done else None,
                effective_due_date=received + timedelta(days=31),
                extended_on=received + timedelta(days=20) if rnd.random() < 0.05 else None,
                fee_notes=(fee,) if rnd.random() < 0.05 else (),
            )
        )
    return out


def pdf_text(pdf: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
        return len(doc.pages), text


@pytest.fixture(scope="module")
def requests() -> list[RequestView]:
    return synthetic(400)


def test_pdf_is_two_pages_of_plain_dutch(requests: list[RequestView]) -> None:
    this, before = (
        quarter_figures(requests, Q3, TODAY),
        quarter_figures(requests, Q3.previous(), TODAY),
    )
    pages, text = pdf_text(
        render_quarterly_pdf(this, before, organisation="Cluma <Engineering> NV", today=TODAY)
    )
    flat = " ".join(text.split())
    assert pages == 2
    assert "Kwartaalrapport gegevensbeschermingsverzoeken 2026 K3" in flat
    assert "Cluma <Engineering> NV" in flat
    assert (
        f"In het derde kwartaal van 2026 ontvingen we {this.received} verzoeken "
        f"(vorig kwartaal {before.received})"
    ) in flat
    assert " ".join(summary(this, before).split()) in flat
    assert "Verzoeken per recht" in flat and "Verzoeken per kanaal" in flat
    assert "Tijdig of te laat beantwoord" in flat
    assert f"Ontvangen verzoeken {this.received} {before.received}" in flat
    assert "<b>Rechten</b> van anderen & derden" in flat  # a reason is data, not markup
    assert "• Een verzoek dat meer dan één recht inroept" in flat


def test_many_reasons_still_fit_two_pages() -> None:
    requests = synthetic(2000, seed=3, reasons=40)
    this, before = (
        quarter_figures(requests, Q3, TODAY),
        quarter_figures(requests, Q3.previous(), TODAY),
    )
    pages, text = pdf_text(render_quarterly_pdf(this, before, organisation="Cluma", today=TODAY))
    assert pages == 2
    assert "andere redenen" in text


def test_empty_quarter_renders() -> None:
    this, before = quarter_figures([], Q3, TODAY), quarter_figures([], Q3.previous(), TODAY)
    pages, text = pdf_text(render_quarterly_pdf(this, before, organisation="Cluma", today=TODAY))
    assert pages == 2
    assert "ontvingen we geen verzoeken" in " ".join(text.split())


def test_workbook_has_figures_and_requests(requests: list[RequestView]) -> None:
    this, before = (
        quarter_figures(requests, Q3, TODAY),
        quarter_figures(requests, Q3.previous(), TODAY),
    )
    behind = in_quarter(requests, Q3)
    wb = load_workbook(io.BytesIO(render_quarterly_xlsx(this, before, behind)))
    assert wb.sheetnames == ["Cijfers", "Verzoeken"]
    figures = list(wb["Cijfers"].iter_rows(values_only=True))
    assert figures[0] == ("Cijfer", "2026 K3", "2026 K2", "Sleutel")
    by_key = {row[3]: row for row in figures[1:]}
    assert set(FIGURE_KEYS) <= set(by_key)
    assert by_key["received"][:3] == ("Ontvangen verzoeken", this.received, before.received)
    assert by_key["days.median"][1] == pytest.approx(this.median_days)
    assert by_key["overdue.now"][2] is None
    assert by_key["received.right.access"][0] == figure_label("received.right.access", this)
    assert by_key["received.right.access"][0] == "recht: inzage"
    reasons = [row for row in figures[1:] if row[3] == "reasons.refused"]
    assert any(row[0] == f"Weigering: {HOSTILE_REASON}" for row in reasons)
    sheet = wb["Verzoeken"]
    # issue 13: references without names or e-mail addresses, unless the setting asks
    assert [c.value for c in sheet[1]] == list(headers(names=False))
    assert sheet.max_row == 1 + len(behind)
    named = load_workbook(
        io.BytesIO(render_quarterly_xlsx(this, before, behind, include_names=True))
    )["Verzoeken"]
    assert [c.value for c in named[1]] == list(HEADERS)
    first = named["B2"]
    assert (first.value, first.data_type) == ('=HYPERLINK("x")', "s")


@pytest.mark.slow
def test_pdf_for_50000_requests_keeps_to_two_pages() -> None:
    # How long this takes is measured in tests/benchmarks/test_quarterly.py (target 3 s).
    requests = synthetic(50_000, seed=11, reasons=12)
    this, before = (
        quarter_figures(requests, Q3, TODAY),
        quarter_figures(requests, Q3.previous(), TODAY),
    )
    assert this.received > 20_000
    pdf = render_quarterly_pdf(this, before, organisation="Cluma Engineering NV", today=TODAY)
    assert pdf_text(pdf)[0] == 2
