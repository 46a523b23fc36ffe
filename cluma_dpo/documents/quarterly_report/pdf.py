"""The quarterly report's PDF: two A4 pages in plain Dutch — key figures, summary and charts,
then every figure beside the previous quarter's, the reasons for refusals and the reading
guide."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cluma_dpo.documents.labels import FIGURE_LABELS, REASON_LABELS
from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, clean, esc
from cluma_dpo.documents.quarterly_report.charts import (
    LATE,
    channel_chart,
    rights_chart,
    timeliness_chart,
)
from cluma_dpo.documents.quarterly_report.wording import (
    difference,
    figure_label,
    long_date,
    number,
    period,
    quarter_label,
    reading_guide,
    share,
    summary,
)
from cluma_dpo.documents.theme import (
    ACCENT,
    BAND,
    HEADER_RULE,
    INK,
    MUTED,
    RULE_LIGHT,
    TableCommand,
    a4_document,
    base_styles,
    draw_footer,
    text_width,
)
from cluma_dpo.domain.statistics import QuarterFigures, ReasonRow, compare, compare_reasons

MARGIN = 22 * mm
WIDTH = text_width(MARGIN)
MAX_REASONS = 3  # per kind in the PDF; the XLSX lists them all

_INDENTED = frozenset(
    key
    for key in FIGURE_LABELS
    if key.startswith(("received.", "state.", "answered.")) or key.endswith("_amount")
)


def _styles() -> dict[str, ParagraphStyle]:
    st = base_styles(9.5, 14, title=(15, 20), title_space=(2, 3), heading_space=(8, 5))
    body = st["body"]
    return {
        **st,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
        "note": ParagraphStyle(
            "note",
            parent=body,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            # reportlab starts a first line at bulletIndent + the bullet's width + 0.6 of
            # its size when that is more than leftIndent: 10 pt keeps every line at 10 pt
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=FONT,
            bulletFontSize=7.5,
            spaceAfter=1.5,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        # the figures table's rows: tight enough that the report keeps to two pages
        "row": ParagraphStyle("row", parent=body, fontSize=8.5, leading=10),
        "subrow": ParagraphStyle(
            "subrow", parent=body, fontSize=8.5, leading=10, leftIndent=10, textColor=MUTED
        ),
        "org": ParagraphStyle("org", parent=body, fontSize=9, textColor=MUTED),
        "provisional": ParagraphStyle("provisional", parent=body, fontSize=9, textColor=LATE),
        "kpi": ParagraphStyle(
            "kpi", parent=body, fontName=FONT_BOLD, fontSize=20, leading=23, textColor=ACCENT
        ),
    }


def _tiles(this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle]) -> Table:
    days = number(this.median_days)
    if this.median_days is not None:
        days += '<font size="11"> dagen</font>'
    tiles = [
        (
            number(this.received),
            "verzoeken ontvangen",
            f"vorig kwartaal {number(previous.received)}",
        ),
        (
            share(this.answered_on_time, this.answered),
            "tijdig beantwoord",
            f"{number(this.answered_on_time)} van {number(this.answered)} antwoorden",
        ),
        (days, "mediane behandelingstijd", f"vorig kwartaal {number(previous.median_days)}"),
        (
            number(this.open_at_end),
            # a running quarter has no end yet: open now (its day is under the title)
            "nu open" if this.running else "open op einde kwartaal",
            f"vandaag {number(this.overdue_now)} over tijd",
        ),
    ]
    cells = [
        [Paragraph(big, st["kpi"]), Paragraph(what, st["cell"]), Paragraph(extra, st["small"])]
        for big, what, extra in tiles
    ]
    table = Table([cells], colWidths=[WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("LINEABOVE", (0, 0), (-1, 0), 2.5, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _provisional(this: QuarterFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A running quarter's report says so under its title."""
    if not this.running:
        return []
    text = (
        f"<b>Voorlopig:</b> het kwartaal loopt nog tot {long_date(this.quarter.end)}; "
        f"wat open staat, is geteld op {long_date(this.cutoff)}."
    )
    return [Paragraph(text, st["provisional"])]


def _figures_table(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle]
) -> Table:
    # "(voorlopig)" is in the title and under it; the column keeps to one line
    head = ["Cijfer", this.quarter.label, previous.quarter.label, "Verschil"]
    data: list[list[object]] = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in head]]
    bands = []
    for row in compare(this, previous):
        sub = row.key in _INDENTED
        data.append(
            [
                Paragraph(figure_label(row.key, this), st["subrow" if sub else "row"]),
                number(row.this),
                number(row.previous),
                difference(row.this, row.previous),
            ]
        )
        if not sub and len(data) > 2:  # the first row sits under the header's own rule
            bands.append(len(data) - 1)
    table = Table(
        data, colWidths=[WIDTH - 3 * 26 * mm] + [26 * mm] * 3, repeatRows=1, hAlign="LEFT"
    )
    style: list[TableCommand] = [
        ("FONT", (1, 1), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        HEADER_RULE,
        ("TOPPADDING", (0, 0), (-1, -1), 1.1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1),
        ("TEXTCOLOR", (3, 1), (3, -1), MUTED),
    ]
    for index in bands:
        style += [
            ("LINEABOVE", (0, index), (-1, index), 0.4, RULE_LIGHT),
            ("FONT", (1, index), (2, index), FONT_BOLD, 8.5),
        ]
    table.setStyle(TableStyle(style))
    return table


def _top_reasons(rows: list[ReasonRow]) -> list[ReasonRow]:
    """At most MAX_REASONS rows per kind, the rest summed, so the report keeps to two pages."""
    kept: list[ReasonRow] = []
    for kind in REASON_LABELS:
        of_kind = [r for r in rows if r.kind == kind]
        kept += of_kind[:MAX_REASONS]
        rest = of_kind[MAX_REASONS:]
        if rest:
            kept.append(
                ReasonRow(
                    kind,
                    f"{len(rest)} andere redenen",
                    sum(r.this for r in rest),
                    sum(r.previous for r in rest),
                )
            )
    return kept


def _reasons_table(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle]
) -> Table | Paragraph:
    rows = _top_reasons(compare_reasons(this, previous))
    if not rows:
        return Paragraph("Geen weigeringen of afwijzingen in beide kwartalen.", st["body"])
    data: list[list[object]] = [
        [
            Paragraph(f"<b>{h}</b>", st["cell"])
            for h in ("Soort", "Reden", this.quarter.label, previous.quarter.label)
        ]
    ]
    data += [
        [
            Paragraph(REASON_LABELS[r.kind], st["cell"]),
            Paragraph(esc(r.reason) or "<i>geen reden vermeld</i>", st["cell"]),
            number(r.this),
            number(r.previous),
        ]
        for r in rows
    ]
    table = Table(
        data,
        # the reason gets the room: one line each keeps the report to two pages
        colWidths=[34 * mm, WIDTH - 34 * mm - 36 * mm, 18 * mm, 18 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (2, 1), (-1, -1), FONT, 8.5),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                HEADER_RULE,
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE_LIGHT),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
            ]
        )
    )
    return table


def render_quarterly_pdf(
    figures: QuarterFigures, previous: QuarterFigures, *, organisation: str, today: date
) -> bytes:
    """The management report of `figures.quarter` as PDF bytes (A4, two pages)."""
    st = _styles()
    q = figures.quarter
    made_on = today  # the day the report is made, printed under its title
    title = f"Kwartaalrapport gegevensbeschermingsverzoeken {quarter_label(figures)}"
    half = WIDTH / 2 - 8
    charts = Table(
        [[timeliness_chart(figures, previous, half), channel_chart(figures, previous, half)]],
        colWidths=[WIDTH / 2] * 2,
        hAlign="LEFT",
    )
    charts.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    story: list[Flowable] = [
        Paragraph(esc(organisation), st["org"]),
        Paragraph(
            f"Kwartaalrapport gegevensbeschermingsverzoeken<br/>{quarter_label(figures)}",
            st["title"],
        ),
        Paragraph(f"{period(q)} · opgemaakt op {long_date(made_on)}", st["org"]),
        *_provisional(figures, st),
        Spacer(1, 6 * mm),
        _tiles(figures, previous, st),
        Spacer(1, 5 * mm),
        Paragraph("Samenvatting", st["h2"]),
        Paragraph(esc(summary(figures, previous)), st["body"]),
        Spacer(1, 6 * mm),
        rights_chart(figures, previous, WIDTH),
        Spacer(1, 5 * mm),
        charts,
        PageBreak(),
        Paragraph("Alle cijfers", st["h2"]),
        _figures_table(figures, previous, st),
        Paragraph("Weigeringen en afwijzingen per reden", st["h2"]),
        _reasons_table(figures, previous, st),
        # the reading guide stays whole: on page 2 when it fits, else all of it on page 3
        KeepTogether(
            [
                Paragraph("Leeswijzer", st["h2"]),
                *[
                    Paragraph(esc(note), st["note"], bulletText="•")
                    for note in reading_guide(figures)
                ],
            ]
        ),
    ]
    footer = f"{clean(organisation)} · {title}"

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        draw_footer(canvas, MARGIN, 12 * mm, footer, f"pagina {doc.page}")
        canvas.restoreState()

    out = BytesIO()
    doc = a4_document(
        out,
        margin=MARGIN,
        title=title,
        author=clean(organisation),
        subject="Kwartaalrapport AVG-verzoeken",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
