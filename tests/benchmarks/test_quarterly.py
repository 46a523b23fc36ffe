"""The quarterly management report (PDF) over the 50,000-request database, and its PDF alone
from the figures of 50,000 synthetic requests."""

from __future__ import annotations

from datetime import date
from typing import Any

from cluma_dpo.domain import statistics as stats
from cluma_dpo.services import documents
from tests.benchmarks.support import Timings, measure, report, timed


def last_full_quarter(today: date) -> str:
    """The last quarter that has ended: on 25 November 2026, 2026Q3."""
    quarter = (today.month - 1) // 3  # the current quarter's number minus one
    return f"{today.year}Q{quarter}" if quarter else f"{today.year - 1}Q4"


def test_quarterly_report_pdf(benchmark: Any, wb: Any, today: date) -> None:
    quarter = last_full_quarter(today)
    wb.quarterly_report(quarter, "pdf")  # warm-up: fonts, chart code
    mine = Timings()
    pdf = benchmark.pedantic(
        timed(lambda: wb.quarterly_report(quarter, "pdf"), mine), rounds=3, iterations=1
    )
    # Where the time goes, measured once more piece by piece.
    with wb.reading() as uow:
        q = stats.parse_quarter(quarter, today=today)
        views: list[Any] = []
        read = measure(lambda: views.extend(documents.quarter_views(uow, q)), 1)
    figures = measure(
        lambda: (
            stats.quarter_figures(views, q, today),
            stats.quarter_figures(views, q.previous(), today),
        ),
        1,
    )
    report(
        benchmark,
        f"quarterly report {quarter} (PDF), wb.quarterly_report",
        mine,
        limit_s=2.0,
        note=f"{len(pdf):,} bytes; {len(views):,} requests read in {read.best:.2f} s, "
        f"figures {figures.best:.2f} s, the rest is the PDF and the audit record",
    )


def test_quarterly_pdf_alone_for_50000_synthetic_requests(benchmark: Any) -> None:
    """render_quarterly_pdf from the figures of 50,000 synthetic requests with 12 refusal
    reasons (moved from tests/integration/test_quarterly_report.py, which checks the pages)."""
    from cluma_dpo.documents.quarterly_report import render_quarterly_pdf
    from tests.integration.test_quarterly_report import Q3, TODAY, synthetic

    requests = synthetic(50_000, seed=11, reasons=12)
    this = stats.quarter_figures(requests, Q3, TODAY)
    before = stats.quarter_figures(requests, Q3.previous(), TODAY)

    def render() -> bytes:
        return render_quarterly_pdf(this, before, organisation="Cluma Engineering NV", today=TODAY)

    render()  # warm-up: fonts, chart code
    mine = Timings()
    pdf = benchmark.pedantic(timed(render, mine), rounds=3, iterations=1)
    report(
        benchmark,
        "quarterly report PDF alone (render_quarterly_pdf), 50,000 synthetic requests",
        mine,
        limit_s=3.0,
        note=f"{this.received:,} received in {Q3}; 12 refusal reasons; {len(pdf):,} bytes",
    )
