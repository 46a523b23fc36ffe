"""The quarterly report's XLSX: the same figures as the PDF, every reason, and the requests
behind them in the register's layout: by reference, without names or e-mail addresses unless
the DPO's setting `reports.include_names` asks for them (a management report needs none)."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from cluma_dpo.documents import xlsx
from cluma_dpo.documents.quarterly_report.wording import (
    figure_label,
    ground_label,
    quarter_label,
    quarter_name,
    reason_label,
)
from cluma_dpo.documents.register import headers, request_row, write_table
from cluma_dpo.documents.words import word
from cluma_dpo.domain.messages import N_
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.statistics import QuarterFigures, compare, compare_reasons


def render_quarterly_xlsx(
    figures: QuarterFigures,
    previous: QuarterFigures,
    requests_in_quarter: Sequence[RequestView],
    *,
    include_names: bool = False,
    language: str = "nl",
) -> bytes:
    """Sheet "Cijfers" (one row per figure: label, this quarter, previous quarter, key) and
    sheet "Verzoeken" (the requests behind the figures, in register layout; the names and
    e-mail addresses only with `include_names`), in `language`."""
    lang = language
    wb = Workbook(write_only=True)
    rows: list[list[object]] = [
        [figure_label(row.key, figures, lang), row.this, row.previous, row.key]
        for row in compare(figures, previous)
    ]
    no_reason = word(N_("doc.report.no_reason"), lang)
    for r in compare_reasons(figures, previous):
        if figures.reasons_hidden:  # by legal ground: its words, never the DPO's
            said, key = ground_label(r.reason, lang), f"reasons.{r.kind}.{r.reason or 'file'}"
        else:
            said, key = r.reason or no_reason, f"reasons.{r.kind}"
        rows.append([f"{reason_label(r.kind, lang)}: {said}", r.this, r.previous, key])
    header = (
        word(N_("doc.report.figure"), lang),
        quarter_label(figures, lang),
        quarter_name(previous.quarter, lang),
        word(N_("doc.report.key"), lang),
    )
    write_table(wb, word(N_("doc.report.sheet.figures"), lang), header, rows, language=lang)
    names = include_names
    rows_behind = (request_row(r, names=names, language=lang) for r in requests_in_quarter)
    write_table(
        wb,
        word(N_("doc.register.sheet.requests"), lang),
        headers(names=names, language=lang),
        rows_behind,
        language=lang,
    )
    return xlsx.save(wb)
