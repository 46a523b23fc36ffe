"""Shared PDF plumbing: the embedded Unicode font and escaping of user text for reportlab.

reportlab's Paragraph parses its text as XML: every value that comes from the database
goes through `esc()` first (design.md, "Text in documents is data, never markup").
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from cluma_dpo.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

# C0/C1 control characters other than tab and newline, and lone surrogates: not printable.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (embedded as TrueType subset) once per process; returns its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{name}.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    return FONT


def clean(text: object) -> str:
    """User text as printable characters: control characters removed, None as ''."""
    if text is None:
        return ""
    return _CONTROL.sub("", str(text))


def esc(text: object) -> str:
    """User text made safe for a reportlab Paragraph: cleaned, then XML-escaped."""
    return escape(clean(text), {'"': "&quot;"})
