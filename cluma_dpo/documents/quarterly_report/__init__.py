"""The quarterly management report: a two-page PDF in plain language (nl, fr, en or de;
Dutch by default) with charts, and an XLSX with the same figures and the requests behind them.

Renders precomputed `QuarterFigures` (cluma_dpo.domain.statistics); it never counts itself.
The words are in `wording`, the charts in `charts`, the page layout in `pdf`, the XLSX in
`workbook`; callers import from here. Each is imported when first asked for: the PDF needs
reportlab and not openpyxl, the XLSX the other way round.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cluma_dpo.documents.quarterly_report.pdf import render_quarterly_pdf
    from cluma_dpo.documents.quarterly_report.wording import figure_label, summary
    from cluma_dpo.documents.quarterly_report.workbook import render_quarterly_xlsx

__all__ = ["figure_label", "render_quarterly_pdf", "render_quarterly_xlsx", "summary"]
_FROM = {
    "render_quarterly_pdf": "pdf",
    "summary": "wording",
    "figure_label": "wording",
    "render_quarterly_xlsx": "workbook",
}


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_FROM[name]}"), name)
    globals()[name] = value
    return value
