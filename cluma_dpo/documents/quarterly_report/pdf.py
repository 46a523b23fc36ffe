"""The quarterly report's PDF: two A4 pages in plain language (nl, fr, en or de) — key
figures, summary and charts, then every figure beside the previous quarter's, the reasons for
refusals and the reading guide."""

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

from cluma_dpo.documents.audit_verdict import audit_verdict, head_line
from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, clean, esc
from cluma_dpo.documents.quarterly_report.charts import (
    LATE,
    channel_chart,
    rights_chart,
    timeliness_chart,
)
from cluma_dpo.documents.quarterly_report.wording import (
    REASON_CODES,
    difference,
    figure_label,
    ground_label,
    number,
    period,
    quarter_label,
    quarter_name,
    reading_guide,
    reason_label,
    say,
    share,
    summary,
)
from cluma_dpo.documents.theme import (
    ACCENT,
    BAND,
    FOOTER_SIZE,
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
from cluma_dpo.documents.words import word
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.messages import N_, msg, msg_n
from cluma_dpo.domain.statistics import (
    FIGURE_KEYS,
    Figure,
    QuarterFigures,
    ReasonRow,
    compare,
    compare_reasons,
)

MARGIN = 22 * mm
WIDTH = text_width(MARGIN)
MAX_REASONS = 3  # per kind in the PDF; the XLSX lists them all

_INDENTED = frozenset(
    key
    for key in FIGURE_KEYS
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


def _tiles(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle], lang: str
) -> Table:
    days = number(this.median_days, lang)
    if this.median_days is not None:
        unit = esc(word(N_("doc.report.tile.days_unit"), lang))
        days += f'<font size="11"> {unit}</font>'

    def before(value: Figure) -> str:
        return say(msg("doc.report.tile.previous", value=number(value, lang)), lang)

    tiles = [
        (
            number(this.received, lang),
            word(N_("doc.report.tile.received"), lang),
            before(previous.received),
        ),
        (
            share(this.answered_on_time, this.answered, lang),
            word(N_("doc.report.tile.on_time"), lang),
            say(
                msg_n(
                    "doc.report.tile.of_answers",
                    "doc.report.tile.of_answers.plural",
                    this.answered,
                    on_time=number(this.answered_on_time, lang),
                ).with_params(n=number(this.answered, lang)),
                lang,
            ),
        ),
        (days, word(N_("doc.report.tile.median"), lang), before(previous.median_days)),
        (
            number(this.open_at_end, lang),
            # a running quarter has no end yet: open now (its day is under the title)
            word(N_("doc.report.tile.open_now"), lang)
            if this.running
            else word(N_("doc.report.tile.open_end"), lang),
            say(msg("doc.report.tile.overdue", value=number(this.overdue_now, lang)), lang),
        ),
    ]
    cells = [
        [
            Paragraph(big, st["kpi"]),
            Paragraph(esc(what), st["cell"]),
            Paragraph(esc(extra), st["small"]),
        ]
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


def _provisional(this: QuarterFigures, st: dict[str, ParagraphStyle], lang: str) -> list[Flowable]:
    """A running quarter's report says so under its title."""
    if not this.running:
        return []
    head = esc(word(N_("doc.report.provisional_head"), lang))
    text = esc(say(msg("doc.report.provisional_text", end=this.quarter.end, day=this.cutoff), lang))
    return [Paragraph(f"<b>{head}</b> {text}", st["provisional"])]


def _figures_table(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle], lang: str
) -> Table:
    # "(voorlopig)" is in the title and under it; the column keeps to one line
    head = [
        word(N_("doc.report.figure"), lang),
        quarter_name(this.quarter, lang),
        quarter_name(previous.quarter, lang),
        word(N_("doc.report.difference"), lang),
    ]
    data: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st["cell"]) for h in head]]
    bands = []
    for row in compare(this, previous):
        sub = row.key in _INDENTED
        data.append(
            [
                Paragraph(esc(figure_label(row.key, this, lang)), st["subrow" if sub else "row"]),
                number(row.this, lang),
                number(row.previous, lang),
                difference(row.this, row.previous, lang),
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


def _top_reasons(rows: list[ReasonRow], lang: str) -> list[ReasonRow]:
    """At most MAX_REASONS rows per kind, the rest summed, so the report keeps to two pages."""
    kept: list[ReasonRow] = []
    for kind in REASON_CODES:
        of_kind = [r for r in rows if r.kind == kind]
        kept += of_kind[:MAX_REASONS]
        rest = of_kind[MAX_REASONS:]
        if rest:
            kept.append(
                ReasonRow(
                    kind,
                    say(
                        msg_n(
                            "doc.report.other_reasons",
                            "doc.report.other_reasons.plural",
                            len(rest),
                        ),
                        lang,
                    ),
                    sum(r.this for r in rest),
                    sum(r.previous for r in rest),
                )
            )
    return kept


def _reasons_table(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle], lang: str
) -> Table | Paragraph:
    rows = compare_reasons(this, previous)
    if this.reasons_hidden:  # counted by legal ground: its words, never the DPO's
        rows = [r._replace(reason=ground_label(r.reason, lang)) for r in rows]
    rows = _top_reasons(rows, lang)
    if not rows:
        return Paragraph(esc(word(N_("doc.report.no_reasons"), lang)), st["body"])
    head = (
        word(N_("doc.report.kind"), lang),
        word(N_("doc.report.reason"), lang),
        quarter_name(this.quarter, lang),
        quarter_name(previous.quarter, lang),
    )
    data: list[list[object]] = [[Paragraph(f"<b>{esc(h)}</b>", st["cell"]) for h in head]]
    no_reason = esc(word(N_("doc.report.no_reason"), lang))
    no_reason = f"<i>{no_reason}</i>"
    data += [
        [
            Paragraph(esc(reason_label(r.kind, lang)), st["cell"]),
            Paragraph(esc(r.reason) or no_reason, st["cell"]),
            number(r.this, lang),
            number(r.previous, lang),
        ]
        for r in rows
    ]
    table = Table(
        data,
        # the reason gets the room: one line each keeps the report to two pages
        colWidths=[34 * mm, WIDTH - 34 * mm - 40 * mm, 20 * mm, 20 * mm],
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


def _audit_line(
    audit: ChainReport | None, st: dict[str, ParagraphStyle], lang: str
) -> list[Flowable]:
    """The head of the audit chain, copied to paper: `audit verify --against` checks later
    that nothing up to it was rewritten (issue 16, finding 8)."""
    if audit is None:
        return []
    return [Paragraph(esc(head_line(audit, lang) or audit_verdict(audit, lang)), st["org"])]


def render_quarterly_pdf(
    figures: QuarterFigures,
    previous: QuarterFigures,
    *,
    organisation: str,
    today: date,
    language: str = "nl",
    audit: ChainReport | None = None,
) -> bytes:
    """The management report of `figures.quarter` as PDF bytes (A4, two pages) in
    `language`; under its title the audit chain's head (or why it is not intact)."""
    lang = language
    st = _styles()
    q = figures.quarter
    made_on = today  # the day the report is made, printed under its title
    heading = word(N_("doc.report.title"), lang)
    title = f"{heading} {quarter_label(figures, lang)}"
    half = WIDTH / 2 - 8
    charts = Table(
        [
            [
                timeliness_chart(figures, previous, half, lang),
                channel_chart(figures, previous, half, lang),
            ]
        ],
        colWidths=[WIDTH / 2] * 2,
        hAlign="LEFT",
    )
    charts.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    story: list[Flowable] = [
        Paragraph(esc(organisation), st["org"]),
        Paragraph(f"{esc(heading)}<br/>{esc(quarter_label(figures, lang))}", st["title"]),
        Paragraph(
            esc(period(q, lang) + " · " + say(msg("doc.made_on", day=made_on), lang)), st["org"]
        ),
        *_audit_line(audit, st, lang),
        *_provisional(figures, st, lang),
        Spacer(1, 6 * mm),
        _tiles(figures, previous, st, lang),
        Spacer(1, 5 * mm),
        Paragraph(esc(word(N_("doc.report.summary"), lang)), st["h2"]),
        Paragraph(esc(summary(figures, previous, lang)), st["body"]),
        Spacer(1, 6 * mm),
        rights_chart(figures, previous, WIDTH, lang),
        Spacer(1, 5 * mm),
        charts,
        PageBreak(),
        Paragraph(esc(word(N_("doc.report.all_figures"), lang)), st["h2"]),
        _figures_table(figures, previous, st, lang),
        Paragraph(esc(word(N_("doc.report.reasons"), lang)), st["h2"]),
        _reasons_table(figures, previous, st, lang),
        # the reading guide stays whole: on page 2 when it fits, else all of it on page 3
        KeepTogether(
            [
                Paragraph(esc(word(N_("doc.report.guide"), lang)), st["h2"]),
                *[
                    Paragraph(esc(note), st["note"], bulletText="•")
                    for note in reading_guide(figures, lang)
                ],
            ]
        ),
    ]
    # pseudonymised personal data, not anonymous (README "What management's figures are")
    confidential = word(N_("doc.report.confidential"), lang)
    footer = f"{clean(organisation)} · {title} · {confidential}"

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        page = say(msg("doc.report.page", page=doc.page), lang)
        left = footer  # a long company name: the title goes, the marking stays
        if canvas.stringWidth(f"{left}      {page}", FONT, FOOTER_SIZE) > WIDTH + 12:
            left = f"{clean(organisation)} · {confidential}"
        draw_footer(canvas, MARGIN, 12 * mm, left, page)
        canvas.restoreState()

    out = BytesIO()
    doc = a4_document(
        out,
        margin=MARGIN,
        title=title,
        author=clean(organisation),
        subject=word(N_("doc.report.subject"), lang),
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
