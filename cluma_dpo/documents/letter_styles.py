"""The letters' look: their colours and paragraph styles (letters and fee notes; the page
itself is in letter_layout)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, register_fonts

INK = colors.HexColor("#1b1b1b")
GREY = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa4ae")


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    lead_in: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    signature: ParagraphStyle
    small: ParagraphStyle
    enclosure: ParagraphStyle
    label: ParagraphStyle
    caption: ParagraphStyle
    table_label: ParagraphStyle
    info: ParagraphStyle
    address: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_line: ParagraphStyle
    table_cell: ParagraphStyle
    table_strong: ParagraphStyle


SQUEEZED: Literal["squeezed"] = "squeezed"
Compact = bool | Literal["squeezed"]


@cache
def styles(compact: Compact = False) -> Styles:
    """The paragraph styles, built once per process (the fonts are registered first).

    `compact` sets the text a little tighter (the same type, less space between lines and
    paragraphs): a fee note keeps its letter, payment details and signature on one page.
    SQUEEZED, tighter still (half a point smaller), is the fee note's second try when a long
    foreign address and a long description would push its signature over."""
    tight = compact == SQUEEZED
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9 if tight else 9.5,
        leading=11 if tight else 12.5 if compact else 13.5,
        textColor=INK,
        spaceAfter=3.5 if tight else 5.5 if compact else 7,
        allowWidows=0,
        allowOrphans=0,
        # A word breaks at a space, never inside and never by a dictionary: a long name
        # moves to the next line whole. Only a word wider than the whole line (a long e-mail
        # address) is cut rather than run off the paper; a name cannot be: the window checks
        # it at input (addresses.check_address_fits) and the text is 165 mm wide. Breaking
        # after a word's own hyphen (embeddedHyphenation) is off: reportlab 4.x/5.0 then
        # drops the next hyphen ("EU-|USDatenschutzrahmen" for "EU-US-Datenschutzrahmen").
        hyphenationLang="",
        embeddedHyphenation=0,
        splitLongWords=1,
    )
    return Styles(
        body=body,
        lead_in=ParagraphStyle("lead-in", parent=body, keepWithNext=1),
        subject=ParagraphStyle(
            "subject",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceAfter=8 if tight else 10 if compact else 14,
            keepWithNext=1,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            spaceBefore=5,
            spaceAfter=3,
            keepWithNext=1,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=5 * mm,
            bulletIndent=1.5 * mm,
            spaceAfter=2.5,
        ),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=6 * mm,
            rightIndent=6 * mm,
            borderPadding=0,
        ),
        signature=ParagraphStyle("signature", parent=body, spaceAfter=0),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10.5, textColor=GREY, spaceAfter=0
        ),
        enclosure=ParagraphStyle(
            "enclosure",
            parent=body,
            fontSize=8,
            leading=10.5,
            textColor=GREY,
            spaceAfter=0,
            leftIndent=4 * mm,
            bulletIndent=0,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=7.5, leading=11, textColor=GREY, spaceAfter=0
        ),
        caption=ParagraphStyle(
            "caption", parent=body, fontSize=7, leading=9, textColor=GREY, spaceAfter=0
        ),
        table_label=ParagraphStyle(
            "table-label", parent=body, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=0
        ),
        info=ParagraphStyle("info", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        address=ParagraphStyle("address", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        letterhead_name=ParagraphStyle(
            "lh-name",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=18,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        letterhead_line=ParagraphStyle(
            "lh-line", parent=body, fontSize=7.5, leading=10, textColor=GREY, spaceAfter=0
        ),
        table_cell=ParagraphStyle("cell", parent=body, spaceAfter=0, leading=11.5),
        table_strong=ParagraphStyle(
            "cell-strong", parent=body, fontName=FONT_BOLD, spaceAfter=0, leading=11.5
        ),
    )
