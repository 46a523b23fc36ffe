"""The quarterly report's XLSX: the same figures as the PDF, every reason, and the requests
behind them in the register's layout."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from cluma_dpo.documents import xlsx
from cluma_dpo.documents.labels import FIGURE_LABELS, REASON_LABELS
from cluma_dpo.documents.register import HEADERS, request_row, write_table
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.statistics import QuarterFigures, compare, compare_reasons


def render_quarterly_xlsx(
    figures: QuarterFigures, previous: QuarterFigures, requests_in_quarter: Sequence[RequestView]
) -> bytes:
    """Sheet "Cijfers" (one row per figure: label, this quarter, previous quarter, key) and
    sheet "Verzoeken" (the requests behind the figures, in register layout)."""
    wb = Workbook(write_only=True)
    rows: list[list[object]] = [
        [FIGURE_LABELS[row.key], row.this, row.previous, row.key]
        for row in compare(figures, previous)
    ]
    rows += [
        [
            f"{REASON_LABELS[r.kind]}: {r.reason or 'geen reden vermeld'}",
            r.this,
            r.previous,
            f"reasons.{r.kind}",
        ]
        for r in compare_reasons(figures, previous)
    ]
    header = ("Cijfer", figures.quarter.label, previous.quarter.label, "Sleutel")
    write_table(wb, "Cijfers", header, rows)
    write_table(wb, "Verzoeken", HEADERS, (request_row(r) for r in requests_in_quarter))
    return xlsx.save(wb)
