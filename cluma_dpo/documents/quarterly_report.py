"""The quarterly management report: a two-page PDF in plain Dutch with charts, and an XLSX
with the same figures and the requests behind them.

Renders precomputed `QuarterFigures` (cluma_dpo.domain.statistics); it never counts itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from io import BytesIO
from typing import TypeVar

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from openpyxl import Workbook
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cluma_dpo.documents import xlsx
from cluma_dpo.documents.labels import (
    CHANNELS_NL,
    FIGURE_LABELS,
    REASON_LABELS,
    RIGHTS_NL,
)
from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, clean, esc, register_fonts
from cluma_dpo.documents.register import HEADERS, request_row, write_table
from cluma_dpo.domain.model import Channel, RequestView, Right
from cluma_dpo.domain.statistics import (
    Figure,
    QuarterFigures,
    ReasonRow,
    compare,
    compare_reasons,
)

E = TypeVar("E", bound=Enum)
LOCALE = "nl_BE"
MARGIN = 22 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame pads 6 pt on each side
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
THIS = colors.HexColor("#1F4E79")  # this quarter, everywhere
BEFORE = colors.HexColor("#A9BCD0")  # the previous quarter, everywhere
ON_TIME = colors.HexColor("#2F855A")
LATE = colors.HexColor("#C05621")
RULE = colors.HexColor("#D5DDE5")
BAND = colors.HexColor("#EEF3F8")

_ORDINAL = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}
MAX_REASONS = 3  # per kind in the PDF; the XLSX lists them all


# -- words and numbers -------------------------------------------------------------------


def number(value: Figure) -> str:
    """A figure in Belgian Dutch notation: 1.234 / 23,5 / 36,30; None as a dash."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return format_decimal(value, format="#,##0.00", locale=LOCALE)
    return format_decimal(value, format="#,##0.#", locale=LOCALE)


def difference(this: Figure, previous: Figure) -> str:
    if this is None or previous is None:
        return "—"
    delta = this - previous  # type: ignore[operator]
    if delta == 0:
        return "="
    return ("+" if delta > 0 else "−") + number(abs(delta))


def _share(part: int, whole: int) -> str:
    return format_percent(part / whole, locale=LOCALE) if whole else "—"


def _count(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def _euro(amount: Decimal) -> str:
    return format_currency(amount, "EUR", locale=LOCALE)


def summary(this: QuarterFigures, previous: QuarterFigures) -> str:
    """One paragraph of plain Dutch that a manager reads in half a minute."""
    q = this.quarter
    out = [
        f"In het {_ORDINAL[q.q]} kwartaal van {q.year} ontvingen we "
        f"{_count(this.received, 'verzoek', 'verzoeken') if this.received else 'geen verzoeken'}"
        f" (vorig kwartaal {number(previous.received)})."
    ]
    asked = sorted(((n, r) for r, n in this.received_by_right.items() if n), key=lambda x: -x[0])
    if len(asked) == 1:
        out.append(f"Het gevraagde recht was telkens {RIGHTS_NL[asked[0][1]]}.")
    elif asked:
        top = " en ".join(f"{RIGHTS_NL[r]} ({n})" for n, r in asked[:2])
        out.append(f"De meest gevraagde rechten waren {top}.")
    if this.answered:
        share = _share(this.answered_on_time, this.answered)
        out.append(
            f"We beantwoordden {_count(this.answered, 'verzoek', 'verzoeken')}, waarvan "
            f"{number(this.answered_on_time)} tijdig ({share})"
            + (
                f"; {_count(this.answered_late, 'antwoord kwam', 'antwoorden kwamen')} te laat."
                if this.answered_late
                else "."
            )
        )
    else:
        out.append("Dit kwartaal werd geen enkel verzoek beantwoord.")
    if this.median_days is not None:
        before = (
            f" (vorig kwartaal {number(previous.median_days)})"
            if previous.median_days is not None
            else ""
        )
        out.append(
            f"De mediane behandelingstijd was {number(this.median_days)} dagen{before}; 90% van "
            f"de antwoorden vertrok binnen {number(this.p90_days)} dagen."
        )
    events = []
    if this.extensions:
        events.append(f"de termijn werd {_count(this.extensions, 'keer', 'keer')} verlengd")
    if this.refusals:
        events.append(f"{_count(this.refusals, 'verzoek werd', 'verzoeken werden')} geweigerd")
    if this.rejections:
        events.append(
            f"{_count(this.rejections, 'verzoek werd', 'verzoeken werden')} "
            "afgewezen als kennelijk ongegrond of buitensporig"
        )
    if events:
        sentence = "; ".join(events)
        out.append(sentence[0].upper() + sentence[1:] + ".")
    else:
        out.append("Er waren geen verlengingen, weigeringen of afwijzingen.")
    if this.fees_issued or this.fees_paid:
        notes = _count(this.fees_issued, "kostennota", "kostennota's")
        out.append(
            f"We reikten {notes} uit voor "
            f"{_euro(this.fees_issued_amount)}; er werd {_euro(this.fees_paid_amount)} betaald."
        )
    overdue = "vandaag is er geen over tijd."
    if this.overdue_now:
        verb = "is" if this.overdue_now == 1 else "zijn"
        overdue = f"vandaag {verb} er {number(this.overdue_now)} over tijd."
    still_open = {0: "stond geen enkel verzoek meer open", 1: "stond nog 1 verzoek open"}.get(
        this.open_at_end, f"stonden nog {number(this.open_at_end)} verzoeken open"
    )
    out.append(
        f"Op het einde van het kwartaal {still_open} "
        f"(vorig kwartaal {number(previous.open_at_end)}); {overdue}"
    )
    return " ".join(out)


# -- charts ------------------------------------------------------------------------------


def _chart(
    drawing: Drawing,
    title: str,
    x: float,
    y: float,
    height: float,
    names: Sequence[str],
    data: list[list[int]],
    fills: Sequence[colors.Color],
    legend: Sequence[tuple[object, str]],
    *,
    stacked: bool = False,
) -> None:
    """A horizontal bar chart in the house style: titled, legend on top, grid, no frame.

    Rows of `data` are drawn bottom-up, so callers list categories and series in reverse.
    """
    drawing.add(
        String(0, drawing.height - 10, title, fontName=FONT_BOLD, fontSize=10, fillColor=THIS)
    )
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = x, y, drawing.width - x - 22, height
    chart.data = data
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.setProperties({"strokeColor": RULE})
    chart.categoryAxis.labels.setProperties({"fontName": FONT, "fontSize": 8, "fillColor": INK})
    columns = zip(*data, strict=True)
    top_value, step = _scale(max((sum(c) if stacked else max(c) for c in columns), default=0))
    chart.valueAxis.setProperties(
        {
            "valueMin": 0,
            "valueMax": top_value,
            "valueStep": step,
            "strokeColor": RULE,
            "visibleGrid": True,
            "gridStrokeColor": RULE,
            "gridStrokeWidth": 0.4,
            "labelTextFormat": lambda v: f"{v:g}" if v == int(v) else "",
        }
    )
    chart.valueAxis.labels.setProperties({"fontName": FONT, "fontSize": 7.5, "fillColor": MUTED})
    chart.bars.strokeColor = None
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
    chart.barLabels.setProperties(
        {"fontName": FONT, "fontSize": 7, "fillColor": INK, "boxAnchor": "w", "dx": 3}
    )
    chart.barLabelFormat = None if stacked else "%d"
    chart.barWidth, chart.groupSpacing, chart.barSpacing = (22, 18, 0) if stacked else (6, 7, 1)
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    drawing.add(chart)
    key = Legend()
    key.setProperties(
        {
            "x": x,
            "y": drawing.height - 24,
            "alignment": "right",
            "columnMaximum": 1,
            "fontName": FONT,
            "fontSize": 8,
            "dx": 7,
            "dy": 7,
            "deltax": 75,
            "strokeColor": None,
            "colorNamePairs": list(legend),
        }
    )
    drawing.add(key)


def _scale(top: int) -> tuple[int, int]:
    """An axis maximum about 10% above `top`, in about five round steps (1, 2, 2.5, 5 x 10^k)."""
    wanted = max(top, 4) * 1.1 / 5
    magnitude = 10 ** math.floor(math.log10(wanted))
    step = min(s for m in (1, 2, 2.5, 5, 10) if (s := m * magnitude) >= wanted and s == int(s))
    return math.ceil(max(top, 4) * 1.1 / step) * int(step), int(step)


def _by_quarter(this: dict[E, int], previous: dict[E, int], kinds: Sequence[E]) -> list[list[int]]:
    # the previous quarter's row first: it is drawn below this quarter's bar
    return [[previous.get(k, 0) for k in kinds], [this.get(k, 0) for k in kinds]]


def _quarter_legend(this: QuarterFigures, previous: QuarterFigures) -> list[tuple[object, str]]:
    return [(THIS, this.quarter.label), (BEFORE, previous.quarter.label)]


def rights_chart(this: QuarterFigures, previous: QuarterFigures) -> Drawing:
    """Requests by right, this quarter's bar above the previous one's."""
    rights = list(reversed(Right))
    drawing = Drawing(WIDTH, 190)
    _chart(
        drawing,
        "Verzoeken per recht",
        120,
        8,
        150,
        [RIGHTS_NL[r] for r in rights],
        _by_quarter(this.received_by_right, previous.received_by_right, rights),
        (BEFORE, THIS),
        _quarter_legend(this, previous),
    )
    return drawing


def channel_chart(this: QuarterFigures, previous: QuarterFigures) -> Drawing:
    """Requests by channel, this quarter's bar above the previous one's."""
    channels = list(reversed(Channel))
    drawing = Drawing(WIDTH / 2 - 8, 150)
    _chart(
        drawing,
        "Verzoeken per kanaal",
        70,
        14,
        96,
        [CHANNELS_NL[c] for c in channels],
        _by_quarter(this.received_by_channel, previous.received_by_channel, channels),
        (BEFORE, THIS),
        _quarter_legend(this, previous),
    )
    return drawing


def timeliness_chart(this: QuarterFigures, previous: QuarterFigures) -> Drawing:
    """Answers on time and late, stacked, one bar per quarter (this quarter on top)."""
    drawing = Drawing(WIDTH / 2 - 8, 150)
    quarters = (previous, this)
    _chart(
        drawing,
        "Tijdig of te laat beantwoord",
        62,
        14,
        96,
        [f"{f.quarter.label}\n{_share(f.answered_on_time, f.answered)} tijdig" for f in quarters],
        [[f.answered_on_time for f in quarters], [f.answered_late for f in quarters]],
        (ON_TIME, LATE),
        [(ON_TIME, "tijdig"), (LATE, "te laat")],
        stacked=True,
    )
    return drawing


# -- the PDF -----------------------------------------------------------------------------

_INDENTED = frozenset(
    key
    for key in FIGURE_LABELS
    if key.startswith(("received.", "answered.")) or key.endswith("_amount")
)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=14, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
        "note": ParagraphStyle(
            "note",
            parent=body,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            leftIndent=9,
            bulletIndent=0,
            bulletFontName=FONT,
            spaceAfter=2.5,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "sub": ParagraphStyle(
            "sub", parent=body, fontSize=8.5, leading=11, leftIndent=10, textColor=MUTED
        ),
        "org": ParagraphStyle("org", parent=body, fontSize=9, textColor=MUTED),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=20,
            textColor=THIS,
            spaceBefore=2,
            spaceAfter=3,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=THIS,
            spaceBefore=8,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "kpi": ParagraphStyle(
            "kpi", parent=body, fontName=FONT_BOLD, fontSize=20, leading=23, textColor=THIS
        ),
    }


def _tiles(this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle]) -> Table:
    share = _share(this.answered_on_time, this.answered)
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
            share,
            "tijdig beantwoord",
            f"{number(this.answered_on_time)} van {number(this.answered)} antwoorden",
        ),
        (days, "mediane behandeltijd", f"vorig kwartaal {number(previous.median_days)}"),
        (
            number(this.open_at_end),
            "open op einde kwartaal",
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
                ("LINEABOVE", (0, 0), (-1, 0), 2.5, THIS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _figures_table(
    this: QuarterFigures, previous: QuarterFigures, st: dict[str, ParagraphStyle]
) -> Table:
    head = ["Cijfer", this.quarter.label, previous.quarter.label, "Verschil"]
    data: list[list[object]] = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in head]]
    bands = []
    for row in compare(this, previous):
        sub = row.key in _INDENTED
        data.append(
            [
                Paragraph(FIGURE_LABELS[row.key], st["sub" if sub else "cell"]),
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
    style = [
        ("FONT", (1, 1), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, THIS),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("TEXTCOLOR", (3, 1), (3, -1), MUTED),
    ]
    for index in bands:
        style += [
            ("LINEABOVE", (0, index), (-1, index), 0.4, RULE),
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
                ("LINEBELOW", (0, 0), (-1, 0), 1, THIS),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
            ]
        )
    )
    return table


def _notes(today: date) -> list[str]:
    return [
        "Een verzoek dat meer dan één recht inroept, telt bij elk van die rechten mee.",
        "Tijdig: beantwoord uiterlijk op de termijn die gold (de wettelijke termijn van één "
        "maand, of drie maanden na een verlenging; de strengere bedrijfsdoelstelling als die "
        "vroeger valt).",
        "Behandelingstijd: kalenderdagen van ontvangst tot antwoord, voor de verzoeken die in het "
        "kwartaal beantwoord werden. Het 90e percentiel is lineair geïnterpoleerd, zoals "
        "PERCENTIEL.INC in Excel.",
        "Open op het einde van het kwartaal: ontvangen, maar op de laatste dag van het kwartaal "
        "nog niet beantwoord, ingetrokken of afgewezen.",
        f"Vandaag over tijd: open verzoeken waarvan de termijn vóór "
        f"{format_date(today, 'd MMMM y', locale=LOCALE)} verstreek.",
    ]


def render_quarterly_pdf(
    figures: QuarterFigures, previous: QuarterFigures, *, organisation: str, today: date
) -> bytes:
    """The management report of `figures.quarter` as PDF bytes (A4, two pages)."""
    st = _styles()
    q = figures.quarter
    title = f"Kwartaalrapport gegevensbeschermingsverzoeken {q.label}"
    period = (
        f"{format_date(q.start, 'd MMMM', locale=LOCALE)} – "
        f"{format_date(q.end, 'd MMMM y', locale=LOCALE)}"
    )
    charts = Table(
        [[timeliness_chart(figures, previous), channel_chart(figures, previous)]],
        colWidths=[WIDTH / 2] * 2,
        hAlign="LEFT",
    )
    charts.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    story: list[object] = [
        Paragraph(esc(organisation), st["org"]),
        Paragraph(f"Kwartaalrapport gegevensbeschermingsverzoeken<br/>{q.label}", st["title"]),
        Paragraph(
            f"{period} · opgemaakt op {format_date(today, 'd MMMM y', locale=LOCALE)}", st["org"]
        ),
        Spacer(1, 6 * mm),
        _tiles(figures, previous, st),
        Spacer(1, 5 * mm),
        Paragraph("Samenvatting", st["h2"]),
        Paragraph(esc(summary(figures, previous)), st["body"]),
        Spacer(1, 6 * mm),
        rights_chart(figures, previous),
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
                *[Paragraph(esc(note), st["note"], bulletText="•") for note in _notes(today)],
            ]
        ),
    ]
    footer = f"{clean(organisation)} · {title}"

    def on_page(canvas: object, doc: SimpleDocTemplate) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 7.5)  # type: ignore[attr-defined]
        canvas.setFillColor(MUTED)  # type: ignore[attr-defined]
        canvas.drawString(MARGIN, 12 * mm, footer)  # type: ignore[attr-defined]
        canvas.drawRightString(
            A4[0] - MARGIN,
            12 * mm,  # type: ignore[attr-defined]
            f"pagina {doc.page}",
        )
        canvas.restoreState()  # type: ignore[attr-defined]

    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=clean(organisation),
        subject="Kwartaalrapport AVG-verzoeken",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


# -- the XLSX ----------------------------------------------------------------------------


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
