"""The house look of the DPO's own PDFs, the dossier and the quarterly report: colours,
text styles, table rules, the A4 page and its footer. Letters have their own look
(letter_styles): they go out on the organisation's letterhead.
"""

from __future__ import annotations

from typing import IO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, register_fonts

INK = colors.HexColor("#1F2933")  # text
MUTED_HEX = "#52606D"  # for <font color=...> in Paragraph markup
MUTED = colors.HexColor(MUTED_HEX)  # secondary text, footers
ACCENT = colors.HexColor("#1F4E79")  # titles, headings, header rules; the report's "this quarter"
BAND = colors.HexColor("#EEF3F8")  # header bands and tiles
RULE = colors.HexColor("#C9D3DD")  # 0.25 pt lines between the dossier's table rows
RULE_LIGHT = colors.HexColor("#D5DDE5")  # the report's 0.4 pt lines and chart grids
ALERT = colors.HexColor("#B42318")
GOOD = colors.HexColor("#1E7B34")

FOOTER_SIZE = 7.5

# A TableStyle command: its name, the first and the last cell, then its arguments (the
# reportlab stubs spell the same type as their private _TableCommand).
TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


def text_width(margin: float) -> float:
    """The width of the text column on A4 between two `margin`s."""
    return A4[0] - 2 * margin - 12  # the frame pads 6 pt on each side


def base_styles(
    size: float,
    leading: float,
    *,
    title: tuple[float, float],
    title_space: tuple[float, float] = (0, 0),
    heading_space: tuple[float, float],
) -> dict[str, ParagraphStyle]:
    """The styles every document has: "body" (`size`/`leading` pt, INK), "title" (bold,
    ACCENT; `title` is its size/leading) and "h2" (bold 11.5/15 pt, ACCENT, kept with what
    follows); the spaces are (before, after). Each document adds its own on "body"."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=leading, textColor=INK)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=title[0],
            leading=title[1],
            textColor=ACCENT,
            spaceBefore=title_space[0],
            spaceAfter=title_space[1],
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=heading_space[0],
            spaceAfter=heading_space[1],
            keepWithNext=1,
        ),
    }


def ruled_rows(padding: float) -> list[TableCommand]:
    """Table commands: cells aligned at the top, a thin rule under every row."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]


# the rule under a table's header row
HEADER_RULE: TableCommand = ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT)


def a4_document(
    out: IO[bytes], *, margin: float, title: str, author: str, subject: str
) -> SimpleDocTemplate:
    """A4 pages with `margin` left and right, room for the footer at the bottom."""
    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        subject=subject,
    )


def draw_footer(canvas: Canvas, margin: float, y: float, left: str, right: str) -> None:
    """Small grey text at height `y`: `left` from the left margin, `right` against the right."""
    canvas.setFont(FONT, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(margin, y, left)
    canvas.drawRightString(A4[0] - margin, y, right)
