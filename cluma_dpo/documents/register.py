"""The register of requests as an XLSX workbook: one row per request, plus the suppression list.

Written with openpyxl's write-only mode so that 50,000 requests stream out quickly. Every
text goes in as text, never as a formula (design.md, "Text in documents is data, never
markup"); `write_table` is shared with the quarterly report's workbook. Its headers and
words are in the language asked for (`doc.register.*` and the model's values in the
catalogue); dates are real dates, shown dd/mm/yyyy (dd.mm.yyyy in German).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import chain, islice

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cluma_dpo import texts
from cluma_dpo.documents import xlsx
from cluma_dpo.documents.words import labels, word
from cluma_dpo.domain.deadlines import answered_on_time
from cluma_dpo.domain.messages import N_, msg
from cluma_dpo.domain.model import (
    Channel,
    FeeStatus,
    IdentityMethod,
    Outcome,
    RequestView,
    Right,
    Status,
)

DATE_FORMAT = "DD/MM/YYYY"
DATE_FORMATS = {"de": "DD.MM.YYYY"}  # the other languages: DATE_FORMAT
SAMPLE_ROWS = 200  # rows looked at to size the columns
MAX_WIDTH = 60
# What XML 1.0 cannot carry: openpyxl refuses C0 controls and writes U+FFFE/U+FFFF into a
# file Excel then calls corrupt. C1 controls and lone surrogates go too, as in pdfkit.clean.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A text that may need `text_value`: one of those characters, or a leading "=" or "#"
# (formula, error code). One search per text keeps the common case cheap.
_NEEDS_CARE = re.compile("^[=#]|[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ERROR_CODES = frozenset(ERROR_CODES)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_HEADER_ALIGN = Alignment(vertical="center")

HEADER_CODES = (
    N_("doc.register.reference"),
    N_("doc.register.subject"),
    N_("doc.register.email"),
    N_("doc.register.rights"),
    N_("doc.register.channel"),
    N_("doc.register.received"),
    N_("doc.register.statutory"),
    N_("doc.register.extended"),
    N_("doc.register.company_target"),
    N_("doc.register.effective"),
    N_("doc.register.status"),
    N_("doc.register.outcome"),
    N_("doc.register.answered_on"),
    N_("doc.register.on_time"),
    N_("doc.register.days"),
    N_("doc.register.identity_method"),
    N_("doc.register.fee_notes"),
    N_("doc.register.language"),
)
_NAMES = slice(1, 3)  # the subject's name and e-mail address in the headers and in request_row


def headers(*, names: bool = True, language: str = "nl") -> tuple[str, ...]:
    """The register's column headers in `language`, without the data subject's name and
    e-mail address unless `names`."""
    shown = HEADER_CODES if names else HEADER_CODES[: _NAMES.start] + HEADER_CODES[_NAMES.stop :]
    return tuple(word(code, language) for code in shown)


HEADERS = headers()  # in Dutch, the default language


def text_value(value: str, ws: WriteOnlyWorksheet) -> str | Cell | None:
    """`value` as a cell value that stays text: characters XML cannot carry removed, and the
    rare value openpyxl would write as a formula ("=1+2") or an error ("#N/A") forced to text.

    Only those rare values pay for a cell object; the rest go in as plain str, the fast path.
    ("+32 ...", "-x" and "@SUM(A1)" are stored as text by openpyxl as they are.)
    """
    text = _NOT_XML.sub("", value)
    if (text[:1] == "=" and len(text) > 1) or text in _ERROR_CODES:
        cell = WriteOnlyCell(ws, text)
        cell.data_type = "s"
        return cell
    return text or None


class _DateColumn:
    """A DD/MM/YYYY cell for one column, refilled row after row.

    A write-only sheet writes each appended row at once, so one styled cell per column can
    be reused instead of creating and styling a new cell for every date.
    """

    def __init__(self, ws: WriteOnlyWorksheet, number_format: str = DATE_FORMAT) -> None:
        self._cell = WriteOnlyCell(ws)
        self._cell.number_format = number_format

    def __call__(self, day: date) -> Cell:
        self._cell.value = day
        return self._cell


def column_widths(headers: Sequence[str], sample: Iterable[Sequence[object]]) -> list[float]:
    """Widths that fit the header and the sampled values (a date shows as 10 characters)."""
    widths = [len(h) + 4 for h in headers]  # room for the filter button
    for row in sample:
        for i, value in enumerate(row):
            if value is not None:
                size = 10 if isinstance(value, date) else len(str(value))
                widths[i] = max(widths[i], size + 2)
    return [min(w, MAX_WIDTH) for w in widths]


def write_table(
    wb: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    language: str = "nl",
    footer: Sequence[str] = (),
) -> int:
    """A sheet with a frozen, filterable header over `rows` (plain values: str, int, Decimal,
    date, None), streamed; columns sized from the first rows; dates shown as `language`
    writes them; `footer`'s lines under the table, after an empty row. Returns the number
    of rows.

    A row given as a list is changed in place (its dates and risky texts become cells).
    """
    it = iter(rows)
    head = list(islice(it, SAMPLE_ROWS))
    ws = xlsx.create_sheet(wb, title)
    for index, width in enumerate(column_widths(headers, head), 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    header = []
    for name in headers:
        cell = WriteOnlyCell(ws, name)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    date_format = DATE_FORMATS.get(language, DATE_FORMAT)
    dates = [_DateColumn(ws, date_format) for _ in headers]
    count = 0
    for row in chain(head, it):
        cells = row if row.__class__ is list else list(row)
        for i, value in enumerate(cells):
            if isinstance(value, str):
                if _NEEDS_CARE.search(value):
                    cells[i] = text_value(value, ws)
            elif value.__class__ is date:  # a datetime keeps openpyxl's own format
                cells[i] = dates[i](value)
        ws.append(cells)
        count += 1
    if footer:
        ws.append([])
    for line in footer:
        ws.append([text_value(line, ws)])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    return count


def on_time(request: RequestView, language: str = "nl") -> str | None:
    """ "ja"/"nee" once answered, against the legal due date that applied; None before."""
    answered = answered_on_time(request.answered_on, request.due_date, request.extended_due_date)
    return None if answered is None else word("word.yes" if answered else "word.no", language)


def days_taken(request: RequestView) -> int | None:
    """Calendar days from receipt to answer."""
    return None if request.answered_on is None else (request.answered_on - request.received).days


def request_row(r: RequestView, *, names: bool = True, language: str = "nl") -> list[object]:
    """The register row of one request, in `headers(names=names)` order, as plain values."""
    s = r.subject
    right, channel, status = (
        labels(Right, language),
        labels(Channel, language),
        labels(Status, language),
    )
    outcome, method, fee = (
        labels(Outcome, language),
        labels(IdentityMethod, language),
        labels(FeeStatus, language),
    )
    row: list[object] = [
        r.reference,
        s.name,
        s.email,
        ", ".join([right[x] for x in r.rights]),
        channel[r.channel],
        r.received,
        r.due_date,
        r.extended_due_date,
        r.company_target_date,
        r.effective_due_date,
        status[r.status],
        outcome[r.outcome] if r.outcome else None,
        r.answered_on,
        on_time(r, language),
        days_taken(r),
        method[r.identity.method] if r.identity.method else None,
        "; ".join([f"{n.number} ({fee[n.status]})" for n in r.fee_notes]) or None,
        s.language.value,
    ]
    if not names:
        del row[_NAMES]
    return row


def render_register(
    requests: Iterable[RequestView],
    suppression: Iterable[tuple[str, date]] | None,
    *,
    today: date,
    language: str = "nl",
) -> bytes:
    """The register as XLSX bytes in `language`: the requests ("Verzoeken") and the
    suppression list ("Uitschrijvingen").

    Without a suppression list (None: management on a shared server, which reads no
    personal data) the register leaves out the name and e-mail columns and says so under
    the table; there is no suppression sheet."""
    lang = language if language in texts.LANGUAGES else "nl"
    names = suppression is not None
    wb = Workbook(write_only=True)
    wb.properties.title = texts.render(msg("doc.register.title", day=today), lang)
    wb.properties.creator = "cluma-dpo"
    rows = (request_row(r, names=names, language=lang) for r in requests)
    write_table(
        wb,
        word(N_("doc.register.sheet.requests"), lang),
        headers(names=names, language=lang),
        rows,
        language=lang,
        footer=() if names else (word(N_("doc.register.without_personal_data"), lang),),
    )
    if suppression is None:
        return xlsx.save(wb)
    write_table(
        wb,
        word(N_("doc.register.sheet.suppression"), lang),
        (word(N_("doc.register.email"), lang), word(N_("doc.register.since"), lang)),
        ([e, d] for e, d in suppression),
        language=lang,
    )
    return xlsx.save(wb)
