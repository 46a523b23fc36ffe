"""The quarterly management report (PDF) over the 50,000-request database."""

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
    pdf = benchmark.pedantic(timed(lambda: wb.quarterly_report(quarter, "pdf"), mine),
                             rounds=3, iterations=1)
    # Where the time goes, measured once more piece by piece.
    with wb.reading() as uow:
        q = stats.parse_quarter(quarter, today=today)
        views: list[Any] = []
        read = measure(lambda: views.extend(documents.quarter_views(uow, q)), 1)
    figures = measure(lambda: (stats.quarter_figures(views, q, today),
                               stats.quarter_figures(views, q.previous(), today)), 1)
    report(benchmark, f"quarterly report {quarter} (PDF), wb.quarterly_report", mine,
           limit_s=2.0,
           note=f"{len(pdf):,} bytes; {len(views):,} requests read in {read.best:.2f} s, "
                f"figures {figures.best:.2f} s, the rest is the PDF and the audit record")
