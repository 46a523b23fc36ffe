"""The quarterly report's XLSX: the same figures as the PDF, every reason, and the requests
behind them in the register's layout: by reference, without names or e-mail addresses unless
the DPO's setting `reports.include_names` asks for them (a management report needs none)."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from cluma_dpo.documents import xlsx
from cluma_dpo.documents.labels import REASON_LABELS
from cluma_dpo.documents.quarterly_report.wording import figure_label, quarter_label
from cluma_dpo.documents.register import headers, request_row, write_table
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.statistics import QuarterFigures, compare, compare_reasons


def render_quarterly_xlsx(
    figures: QuarterFigures,
    previous: QuarterFigures,
    requests_in_quarter: Sequence[RequestView],
    *,
    include_names: bool = False,
) -> bytes:
    """Sheet "Cijfers" (one row per figure: label, this quarter, previous quarter, key) and
    sheet "Verzoeken" (the requests behind the figures, in register layout; the names and
    e-mail addresses only with `include_names`)."""
    wb = Workbook(write_only=True)
    rows: list[list[object]] = [
        [figure_label(row.key, figures), row.this, row.previous, row.key]
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
    header = ("Cijfer", quarter_label(figures), previous.quarter.label, "Sleutel")
    write_table(wb, "Cijfers", header, rows)
    names = include_names
    rows_behind = (request_row(r, names=names) for r in requests_in_quarter)
    write_table(wb, "Verzoeken", headers(names=names), rows_behind)
    return xlsx.save(wb)
