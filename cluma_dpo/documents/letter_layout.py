"""The A4 letter page for a window envelope (DIN 5008 form B) and the letter's text on it.

Geometry, letterhead, address window, fold marks, the first page's information block and
"page 1 of 2" numbering; the paragraph styles and colours are in letter_styles. Every
string handed to this module is reportlab Paragraph markup that was escaped where it came
from (`esc`, `as_markup`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import unescape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

# the tests reach styles through this module (letter_layout.styles)
from cluma_dpo.documents.addresses import ADDRESS_SIZES, ASCENT, TIGHT, fit_window
from cluma_dpo.documents.letter_styles import GREY, INK, RULE, SQUEEZED, Compact, styles
from cluma_dpo.documents.numbered_canvas import NumberedCanvas
from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, register_fonts
from cluma_dpo.documents.templates import Block

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm  # DIN 5008: text starts 25 mm from the left edge
RIGHT_MARGIN = 20 * mm
BOTTOM_MARGIN = 20 * mm  # 8 mm above the page number
BODY_TOP_FIRST = 98 * mm  # from the top: below the address field (which ends at 90 mm)
BODY_TOP_LATER = 24 * mm

# DIN 5008 form B address field: 20 mm from the left, 45 mm from the top, 85 x 45 mm;
# the first 17.7 mm are the endorsement zone (return address on its last line).
WINDOW_WIDTH, WINDOW_HEIGHT = 85 * mm, 45 * mm
WINDOW_TOP = 45 * mm
WINDOW_X = {"left": 20 * mm, "right": PAGE_WIDTH - 20 * mm - 85 * mm}
WINDOW_PADDING = 5 * mm
ENDORSEMENT_HEIGHT = 17.7 * mm
ADDRESS_ZONE_TOP = WINDOW_TOP + ENDORSEMENT_HEIGHT + 0.8 * mm  # addresses.ADDRESS_ZONE_HEIGHT
# for addresses stored before they were checked at input (addresses.check_address_fits)
_LEGACY_SIZES = tuple((size, TIGHT) for size in (8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0))
INFO_X = {"left": 125 * mm, "right": LEFT_MARGIN}  # the information block beside the window
INFO_TOP = 50 * mm
INFO_WIDTH = 65 * mm
FOLD_MARKS = (105 * mm, 210 * mm)  # DIN 5008 form B folds, from the top
HOLE_MARK = PAGE_HEIGHT / 2  # 148.5 mm: punch mark


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What is printed around the text: letterhead, window, information block, numbering."""

    organisation: str  # the name, markup
    letterhead_lines: tuple[str, ...]  # small grey lines under the name, markup
    return_address: str  # plain text (drawn, not parsed), one line
    address_lines: tuple[str, ...]  # markup, one entry per postal line
    info_rows: tuple[tuple[str, str], ...]  # (label, value), markup
    place_date: str  # markup
    running_header: str  # top of pages 2+, markup
    page_label: str  # plain text with {page} and {pages}
    window: str = "left"  # "left" | "right"


def _draw_paragraph(
    canv: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draw markup with its top-left corner at (x, top) measured from the page top."""
    para = Paragraph(text, style)
    _, height = para.wrapOn(canv, width, PAGE_HEIGHT)
    para.drawOn(canv, x, PAGE_HEIGHT - top - height)
    return float(height)


def _draw_first_page(canv: Canvas, doc: BaseDocTemplate, furniture: PageFurniture) -> None:
    st = styles()
    canv.saveState()
    text_width = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
    # Letterhead.
    top = 14 * mm
    top += _draw_paragraph(
        canv, furniture.organisation, st.letterhead_name, LEFT_MARGIN, top, text_width
    )
    for line in furniture.letterhead_lines:
        top += _draw_paragraph(canv, line, st.letterhead_line, LEFT_MARGIN, top + 1, text_width)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    rule_y = PAGE_HEIGHT - top - 2.5 * mm
    canv.line(LEFT_MARGIN, rule_y, PAGE_WIDTH - RIGHT_MARGIN, rule_y)
    # Fold marks (DIN 5008 form B) and the punch mark, at the left edge.
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.3)
    for fold in FOLD_MARKS:
        canv.line(4 * mm, PAGE_HEIGHT - fold, 9 * mm, PAGE_HEIGHT - fold)
    canv.line(4 * mm, PAGE_HEIGHT - HOLE_MARK, 11 * mm, PAGE_HEIGHT - HOLE_MARK)
    _draw_window(canv, furniture)
    _draw_info_block(canv, furniture)
    canv.restoreState()


def _draw_window(canv: Canvas, furniture: PageFurniture) -> None:
    x = WINDOW_X.get(furniture.window, WINDOW_X["left"]) + WINDOW_PADDING
    width = WINDOW_WIDTH - 2 * WINDOW_PADDING
    # Return address: the last line of the endorsement zone, one line in small type
    # (made smaller still rather than wrapped), underlined.
    ret_bottom = PAGE_HEIGHT - WINDOW_TOP - ENDORSEMENT_HEIGHT + 1.6 * mm
    size = 6.5
    while size > 4.5 and stringWidth(furniture.return_address, FONT, size) > width:
        size -= 0.25
    canv.setFont(FONT, size)
    canv.setFillColor(GREY)
    canv.drawString(x, ret_bottom, furniture.return_address)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.3)
    canv.line(x, ret_bottom - 1.2 * mm, x + width, ret_bottom - 1.2 * mm)
    # The recipient: wrapped at spaces and hyphens only, at 10 pt down to 9 pt (input
    # refuses an address that needs less, see addresses.check_address_fits); smaller only
    # for one stored before that rule, so that nothing leaves the window.
    plain_lines = [unescape(line, {"&quot;": '"'}) for line in furniture.address_lines]
    fit = fit_window(plain_lines, ADDRESS_SIZES + _LEGACY_SIZES)
    canv.setFont(FONT, fit.size)
    canv.setFillColor(INK)
    baseline = PAGE_HEIGHT - ADDRESS_ZONE_TOP - ASCENT * fit.size
    for line in fit.lines:
        canv.drawString(x, baseline, line)
        baseline -= fit.leading


def _draw_info_block(canv: Canvas, furniture: PageFurniture) -> None:
    st = styles()
    x = INFO_X.get(furniture.window, INFO_X["left"])
    rows = [
        [Paragraph(label, st.label), Paragraph(value, st.info)]
        for label, value in furniture.info_rows
    ]
    top = INFO_TOP
    if rows:
        table = Table(rows, colWidths=[24 * mm, INFO_WIDTH - 24 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a label on its value's first line
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    # the smaller label this much lower: both on one baseline
                    ("TOPPADDING", (0, 0), (0, -1), 0.6 + st.info.fontSize - st.label.fontSize),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ]
            )
        )
        _, height = table.wrapOn(canv, INFO_WIDTH, 60 * mm)
        table.drawOn(canv, x, PAGE_HEIGHT - top - height)
        top += height + 4 * mm
    _draw_paragraph(canv, furniture.place_date, st.info, x, top, INFO_WIDTH)


def _draw_later_page(canv: Canvas, doc: BaseDocTemplate, furniture: PageFurniture) -> None:
    st = styles()
    canv.saveState()
    width = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
    height = _draw_paragraph(canv, furniture.running_header, st.small, LEFT_MARGIN, 12 * mm, width)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    rule_y = PAGE_HEIGHT - 12 * mm - height - 1.5 * mm
    canv.line(LEFT_MARGIN, rule_y, PAGE_WIDTH - RIGHT_MARGIN, rule_y)
    canv.restoreState()


class _LetterCanvas(NumberedCanvas):
    """Writes "page n of N" on every page, and only when N > 1."""

    def __init__(self, *args: Any, page_label: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label

    def draw_page_number(self, page: int, pages: int) -> None:
        if pages > 1:
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            label = page_label(self._page_label, page, pages)
            self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, 12 * mm, label)


_PAGE_FIELD = re.compile(r"\{(page|pages)\}")


def page_label(template: str, page: int, pages: int) -> str:
    """'Pagina {page} van {pages}' filled in; only those two fields, never str.format (a
    wording override could reach attributes through it, or name a field that is missing)."""
    values = {"page": page, "pages": pages}
    return _PAGE_FIELD.sub(lambda m: str(values[m.group(1)]), template)


def build_pdf(
    furniture: PageFurniture,
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str = "",
) -> bytes:
    """Lay the story out on letter pages and return the PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    width = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        subject=subject,
        creator="cluma-dpo",
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=BODY_TOP_LATER,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=FONT,
    )
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        width,
        PAGE_HEIGHT - BODY_TOP_FIRST - BOTTOM_MARGIN,
        id="first",
        **pad,
    )
    later = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        width,
        PAGE_HEIGHT - BODY_TOP_LATER - BOTTOM_MARGIN,
        id="later",
        **pad,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=partial(_draw_first_page, furniture=furniture),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later], onPage=partial(_draw_later_page, furniture=furniture)),
        ]
    )
    doc.build(list(story), canvasmaker=partial(_LetterCanvas, page_label=furniture.page_label))
    return buffer.getvalue()


# -- the text of a letter ---------------------------------------------------------------


# "Art. 17", "artikel 12, lid 3", "Abs. 3", "§ 2": the word and its number on one line.
_REFERENCE_WORD = re.compile(
    r"(?<![\w.])(Art\.|art\.|[Aa]rtikel|[Aa]rticles?|Abs\.|lid|paragraphe|alinéa|§) (?=\d)"
)


def tie_references(markup: str) -> str:
    """Markup with a non-breaking space between a legal reference word and its number."""
    return _REFERENCE_WORD.sub(r"\1&nbsp;", markup)


_WORD = re.compile(r"(?<![^\s>])([^\s<>]*\w-[^\s<>]*\w)(?![^\s<])")
# The body text's width less the bullet indent, and a bold glyph's width: a word measured
# against this never runs past the line whatever its place and weight.
_LONGEST = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN - 6 * mm


def break_long_compounds(markup: str, font_size: float = 10.5) -> str:
    """A hyphenated word wider than a whole line (a name of many parts) broken after its
    own hyphens with a line break, never inside a part. Paragraphs break words at spaces
    only (letter_styles: reportlab's breaking at embedded hyphens drops hyphens), so only
    such a word would otherwise be cut wherever the line ends."""
    register_fonts()

    def wrap(match: re.Match[str]) -> str:
        word = match.group(1)
        if stringWidth(unescape(word), FONT_BOLD, font_size) <= _LONGEST:
            return word
        chunks: list[str] = []
        for part in re.split(r"(?<=-)", word):
            if chunks and stringWidth(unescape(chunks[-1] + part), FONT_BOLD, font_size) <= (
                _LONGEST
            ):
                chunks[-1] += part
            else:
                chunks.append(part)
        return "<br/>".join(chunks)

    return _WORD.sub(wrap, markup)


# A bullet of a few lines is never split over two pages (a remedy cut in half by the page
# break, seen on the German fee note); a longer one (a DPO's text) may be.
_WHOLE_BULLET = 600


class WholeParagraph(Paragraph):
    """A paragraph that moves to the next page whole instead of being split."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


def block_flowables(blocks: Sequence[Block], *, compact: Compact = False) -> list[Flowable]:
    """Paragraph flowables; a lead-in ending in ":" stays with the list or quote after it."""
    st = styles(compact)
    flowables: list[Flowable] = []
    previous = ""
    for block in blocks:
        text = break_long_compounds(tie_references(block.text))
        if previous == "bullet" and block.kind != "bullet":
            flowables.append(Spacer(1, 4.5))  # the bullets' own spacing is tighter
        if block.kind == "bullet" and len(text) <= _WHOLE_BULLET:
            flowables.append(WholeParagraph(text, st.bullet, bulletText="•"))
        elif block.kind == "bullet":
            flowables.append(Paragraph(text, st.bullet, bulletText="•"))
        elif block.kind == "heading":
            flowables.append(Paragraph(text, st.heading))
        elif block.kind == "quote":
            flowables.append(Paragraph(text, st.quote))
        else:
            lead_in = text.rstrip().endswith(":")
            flowables.append(Paragraph(text, st.lead_in if lead_in else st.body))
        previous = block.kind
    return flowables


@dataclass(frozen=True, slots=True)
class Signature:
    closing: str
    name: str
    title: str
    organisation: str
    enclosures_label: str = ""
    enclosures: tuple[str, ...] = ()


def signature_flowables(signature: Signature, *, compact: Compact = False) -> list[Flowable]:
    """The closing, the signature and the list of enclosures, to be kept together."""
    st = styles(compact)
    tight = compact == SQUEEZED
    lines: list[Flowable] = [
        Spacer(1, 1.5 * mm if tight else 3 * mm),
        Paragraph(signature.closing, st.signature),
        Spacer(1, 10 * mm if tight else 12 * mm),  # room to sign
        Paragraph(f"<b>{signature.name}</b>", st.signature),
    ]
    lines += [
        Paragraph(text, st.signature) for text in (signature.title, signature.organisation) if text
    ]
    if signature.enclosures:
        lines += [Spacer(1, 8 * mm), Paragraph(signature.enclosures_label, st.small)]
        lines += [Paragraph(text, st.enclosure, bulletText="–") for text in signature.enclosures]
    return lines


def letter_story(
    subject: str,
    salutation: str,
    body: Sequence[Flowable],
    signature: Signature,
    *,
    compact: Compact = False,
) -> list[Flowable]:
    """Subject, salutation, body and signature. The closing, signature and enclosures never
    stand alone on a page: the body's last paragraph goes along with them."""
    st = styles(compact)
    story: list[Flowable] = [Paragraph(subject, st.subject)]
    if salutation:
        story.append(Paragraph(salutation, st.body))
    body = list(body)
    # One KeepTogether, not nested ones: reportlab does not lay out a KeepTogether nested in
    # another one correctly.
    story += body[:-1]
    story.append(KeepTogether(body[-1:] + signature_flowables(signature, compact=compact)))
    return story
