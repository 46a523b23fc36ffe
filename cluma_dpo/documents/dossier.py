"""One request's dossier as a PDF: its data, every date with its reasons, the timeline and the
audit-chain check, so that the DPO can show what was done and when (GDPR Art. 5(2)).

Everything it prints besides the request's own data is in the dossier's language (nl, fr,
en, de), from the one gettext catalogue (`doc.dossier.*` captions; the model's values, event
and document kinds through `words`). Dates are numeric in the tables, long in sentences.
An event's note recorded as a message prints in the dossier's language; older notes print
as recorded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cluma_dpo import texts
from cluma_dpo.documents.audit_verdict import audit_verdict, head_line
from cluma_dpo.documents.numbered_canvas import NumberedCanvas
from cluma_dpo.documents.pdfkit import FONT, FONT_BOLD, clean, esc
from cluma_dpo.documents.theme import (
    ALERT,
    BAND,
    GOOD,
    MUTED_HEX,
    RULE,
    a4_document,
    base_styles,
    draw_footer,
    ruled_rows,
    text_width,
)
from cluma_dpo.documents.words import LANGUAGES, document_label, event_label, label, word
from cluma_dpo.documents.words import recipient_state as recipient_state_label
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.messages import Message, message_of_note, msg
from cluma_dpo.domain.model import EventView, RequestView, Status

MARGIN = 20 * mm
_PRODUCED = re.compile(
    r"(?P<kind>[a-z0-9-]+) \((?P<language>[a-z]{2})\); sha256 (?P<digest>[0-9a-f]{64})"
)
WIDTH = text_width(MARGIN)
# Column widths (the last column takes the rest): wide enough for the longest word of every
# label and caption in nl, fr, en and de, so lines break only at spaces
# (tests/integration/test_dossier_layout.py). The file and note columns fit a sha256 line.
_CELL_PAD = 4  # pt, left and right in a grid cell
_DIGEST_SIZE = 6  # pt: "sha256 <64 hex digits>" on one line
_RECIPIENT_COLUMNS = (46 * mm, 36 * mm, 22 * mm)
_FEE_COLUMNS = (28 * mm, 24 * mm, 23 * mm, 22 * mm, 26 * mm)
_DOCUMENT_COLUMNS = (40 * mm, 27 * mm)
_TIMELINE_COLUMNS = (28 * mm, 39 * mm)
_FIRST_ROWS = 3  # a section's heading stays with its table's header and first two rows


def _styles() -> dict[str, ParagraphStyle]:
    st = base_styles(9, 12, title=(18, 22), heading_space=(10, 4))
    body = st["body"]
    return {
        **st,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "key": ParagraphStyle("key", parent=body, fontName=FONT_BOLD),
        "th": ParagraphStyle("th", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10),
        "h2_free": ParagraphStyle("h2_free", parent=st["h2"], keepWithNext=0),
        "h2_empty": ParagraphStyle("h2_empty", parent=st["h2"], keepWithNext=0, spaceAfter=0),
        "alert": ParagraphStyle(
            "alert",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=colors.white,
        ),
    }


class _Dossier:
    """Builds the flowables of one dossier in one language."""

    def __init__(self, request: RequestView, language: str) -> None:
        self.r = request
        self.lang = language if language in LANGUAGES else "nl"
        self.st = _styles()

    def w(self, key: str) -> str:
        """A caption: `key` is a code, or the last part of a `doc.dossier.*` code."""
        return word(key if key.startswith("doc.") else f"doc.dossier.{key}", self.lang)

    def day(self, value: date | None) -> str:
        """A date in a table: numeric, as the language writes it (04/01/2027, 04.01.2027)."""
        return "" if value is None else texts.short_date(value, self.lang)

    def moment(self, value: datetime) -> str:
        """An audit time (UTC as stored) in local time, to the minute."""
        return texts.timestamp(value, self.lang)

    def p(self, text: object, style: str = "body") -> Paragraph:
        """A paragraph of user text: escaped, never markup."""
        return Paragraph(esc(text), self.st[style])

    def heading(self, key: str) -> Paragraph:
        return Paragraph(self.w(key), self.st["h2"])

    def kept(self, key: str, body: Flowable) -> KeepTogether:
        """A short section (a few facts): its heading and body on one page."""
        return KeepTogether([self.heading(key), body])

    def section(self, key: str, table: Table | None) -> list[Flowable]:
        """A section that may run over pages: its heading goes to a new page unless the
        table's header and first rows fit under it. Without rows, one line: "Fee notes: none"
        (a heading with "none" under it could be left alone on a page)."""
        if table is None:
            text = (
                f'{self.w(key)}<font name="{FONT}" color="{MUTED_HEX}">{self.w("doc.none")}</font>'
            )
            return [Paragraph(text, self.st["h2_empty"])]
        heading = Paragraph(self.w(key), self.st["h2_free"])
        style = heading.style
        _, height = heading.wrap(WIDTH, A4[1])
        table.wrap(WIDTH, A4[1])
        rows: list[float] = list(getattr(table, "_rowHeights", []))
        need = style.spaceBefore + height + style.spaceAfter + sum(rows[:_FIRST_ROWS])
        return [CondPageBreak(need), heading, table]

    def facts(self, rows: Sequence[tuple[str, object]]) -> Table:
        """A two-column table of caption and value, empty values left out."""
        data = [
            [Paragraph(self.w(k), self.st["key"]), self.p(v)]
            for k, v in rows
            if v not in (None, "")
        ]
        table = Table(data or [["", ""]], colWidths=[52 * mm, WIDTH - 52 * mm], hAlign="LEFT")
        table.setStyle(TableStyle(ruled_rows(3)))
        return table

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]
    ) -> Table | None:
        """A full-width table with a header band, None without rows; `rows` hold user values
        (escaped here), `widths` all columns' widths but the last, which takes the rest."""
        if not rows:
            return None
        data = [[Paragraph(self.w(h), self.st["th"]) for h in header]]
        data += [
            [v if isinstance(v, Paragraph) else self.p(v, "small") for v in row] for row in rows
        ]
        table = Table(data, colWidths=[*widths, WIDTH - sum(widths)], repeatRows=1, hAlign="LEFT")
        padding = [(f"{side}PADDING", (0, 0), (-1, -1), _CELL_PAD) for side in ("LEFT", "RIGHT")]
        table.setStyle(
            TableStyle([("BACKGROUND", (0, 0), (-1, 0), BAND), *ruled_rows(2.5), *padding])
        )
        return table

    def banner(self, text: str, colour: colors.Color) -> Table:
        box = Table([[Paragraph(text, self.st["alert"])]], colWidths=[WIDTH])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return box

    def story(self, audit: ChainReport) -> list[Flowable]:
        r, s, lang = self.r, self.r.subject, self.lang
        out: list[Flowable] = [
            Paragraph(f"{self.w('title')} {esc(r.reference)}", self.st["title"]),
            Paragraph(self.w("subtitle"), self.st["body"]),
            Spacer(1, 6 * mm),
        ]
        if r.anonymised:
            out += [self.banner(self.w("anonymised"), ALERT), Spacer(1, 4 * mm)]
        # a rejection (Art. 12(5)) keeps its date in answered_on: no answer was given
        answered_caption = "rejected_on" if r.status is Status.REJECTED else "answered_on"
        art = self.w("article")
        rights = ", ".join(f"{label(x, lang)} ({art} {x.article})" for x in r.rights)
        pauses = "; ".join(f"{self.day(p.started)} – {self.day(p.ended) or '…'}" for p in r.pauses)
        out.append(
            self.kept(
                "request",
                self.facts(
                    [
                        ("reference", r.reference),
                        ("rights", rights),
                        ("channel", label(r.channel, lang)),
                        ("received", self.day(r.received)),
                        ("status", label(r.status, lang)),
                        ("outcome", label(r.outcome, lang) if r.outcome else None),
                        ("reason", r.outcome_reason),
                        (answered_caption, self.day(r.answered_on)),
                        (
                            "account_deletion",
                            word("word.yes", lang) if r.account_deletion else None,
                        ),
                        ("extended_on", self.day(r.extended_on)),
                        ("extension_reason", r.extension_reason),
                        ("pauses", pauses),
                    ]
                ),
            )
        )
        place = " ".join(x for x in (s.postcode, s.city) if x)
        # a country alone (the default "BE" of a request without an address) is no address
        address = (
            ", ".join(x for x in (s.street, place, s.country) if x) if s.street or place else ""
        )
        subject = [
            ("name", s.name),
            ("email", s.email),
            ("address", address),
            ("language", label(s.language, lang)),
        ]
        ident = r.identity
        identity = [
            ("status", label(ident.status, lang)),
            ("method", label(ident.method, lang) if ident.method else None),
            ("checked_on", self.day(ident.checked_on)),
            ("note", ident.note),
            ("document", self.w("doc_stored" if ident.document_stored else "doc_none")),
        ]
        out += [
            self.kept("subject", self.facts(subject)),
            self.kept("dates", self._dates()),
            self.kept("identity", self.facts(identity)),
        ]
        out += self.section("recipients", self._recipients())
        out += self.section("fee_notes", self._fee_notes())
        out += self.section("documents", self._documents())
        out += self.section("timeline", self._timeline())
        verdict = esc(audit_verdict(audit, self.lang))
        head = head_line(audit, self.lang)  # the paper anchor (issue 16, finding 8)
        verdict += f"<br/>{esc(head)}" if head else ""
        out.append(self.kept("audit", self.banner(verdict, GOOD if audit.ok else ALERT)))
        return out

    def _recipients(self) -> Table | None:
        mark = {"notified": "☑", "not-applicable": "☒", "not-received": "☒"}
        rows = [
            (
                f"{mark.get(x.state, '☐')} {x.recipient}",
                recipient_state_label(x.state, self.lang),
                self.day(x.on),
                x.note,
            )
            for x in self.r.recipients
        ]
        return self.grid(("recipient", "status", "checked_on", "note"), rows, _RECIPIENT_COLUMNS)

    def _fee_notes(self) -> Table | None:
        rows = [
            (
                self._two_lines(n.number, n.reason),
                self._amount(n.amount, n.vat_rate),
                self.day(n.issued_on),
                self.day(n.due_on),
                f"{label(n.status, self.lang)} {self.day(n.paid_on)}",
                n.structured_reference,
            )
            for n in self.r.fee_notes
        ]
        header = ("number", "amount", "issued", "due", "status", "payment_ref")
        return self.grid(header, rows, _FEE_COLUMNS)

    def _documents(self) -> Table | None:
        rows = [
            (
                f"{document_label(d.kind, self.lang)} ({d.language})",
                self.moment(d.produced_at),
                self._two_lines(d.filename or "", f"sha256 {d.sha256}", size=_DIGEST_SIZE),
            )
            for d in self.r.documents
        ]
        return self.grid(("kind", "produced", "file"), rows, _DOCUMENT_COLUMNS)

    def _timeline(self) -> Table | None:
        rows = [
            (
                self._two_lines(self.moment(e.at), e.actor),
                event_label(e.kind, self.lang),
                self._note(e),
            )
            for e in sorted(self.r.events, key=lambda e: e.at)
        ]
        return self.grid(("when_by", "event", "note"), rows, _TIMELINE_COLUMNS)

    def _note(self, event: EventView) -> str | Paragraph:
        """The note in the dossier's language (a note of an older version: as recorded); a
        produced document's note ("acknowledgement (nl); sha256 …") names its kind in the
        dossier's language over its digest."""
        if event.kind != "document-produced":
            return texts.render_note(event.note, self.lang)
        stored = message_of_note(event.note)
        if isinstance(stored, Message) and "sha256" in stored.params:
            p = stored.params
            name = texts.render_param(p["kind"], self.lang)
            kind = f"{name} ({texts.render_param(p['language'], self.lang)})"
            return self._two_lines(kind, f"sha256 {p['sha256']}", size=_DIGEST_SIZE)
        found = _PRODUCED.fullmatch(event.note or "")  # as older versions recorded it
        if found is None:
            return texts.render_note(event.note, self.lang)
        kind = f"{document_label(found['kind'], self.lang)} ({found['language']})"
        return self._two_lines(kind, f"sha256 {found['digest']}", size=_DIGEST_SIZE)

    def _two_lines(self, first: str, second: str, size: float = 7) -> Paragraph:
        """User text over a smaller grey second line."""
        below = f'<font size="{size}" color="{MUTED_HEX}">{esc(second)}</font>'
        return Paragraph(f"{esc(first)}<br/>{below}" if first else below, self.st["small"])

    def _amount(self, amount: str, vat_rate: str) -> Paragraph:
        money = texts.money(Decimal(amount), self.lang)
        vat = texts.render(msg("doc.dossier.vat_included", rate=vat_rate), self.lang)
        return self._two_lines(money, vat)

    def _dates(self) -> Table:
        """Each date with the rules that made it (request.explanations); while the clock is
        paused the statutory and governing dates read "paused"."""
        r = self.r
        paused = self.w("paused") if r.paused else ""
        dates = [
            ("statutory", self.day(r.due_date) or paused),
            ("extended", self.day(r.extended_due_date)),
            ("company_target", self.day(r.company_target_date)),
            ("effective", self.day(r.effective_due_date) or paused),
        ]
        rows = [
            [
                Paragraph(self.w(key), self.st["key"]),
                Paragraph(f"<b>{shown}</b>", self.st["body"]),
                Paragraph(
                    "<br/>".join(
                        esc(texts.render(line, self.lang)) for line in r.explanations.get(key, ())
                    ),
                    self.st["small"],
                ),
            ]
            for key, shown in dates
            if shown
        ]
        widths = [40 * mm, 28 * mm, WIDTH - 68 * mm]
        table = Table(rows or [["", "", ""]], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(ruled_rows(3)))
        return table


class _DossierCanvas(NumberedCanvas):
    """Under every page a rule, the reference with the day it was made, and "page n of N"."""

    def __init__(self, *args: Any, footer_left: str, page_words: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_left = footer_left
        self._page_words = page_words

    def draw_page_number(self, page: int, pages: int) -> None:
        self.setStrokeColor(RULE)
        self.line(MARGIN, 14 * mm, A4[0] - MARGIN, 14 * mm)
        right = self._page_words.format(n=page, total=pages)
        draw_footer(self, MARGIN, 10 * mm, self._footer_left, right)


def render_dossier(
    request: RequestView,
    *,
    audit: ChainReport,
    today: date,
    language: str = "nl",
) -> bytes:
    """The dossier of `request` as PDF bytes (A4), in nl, fr, en or de (else Dutch), with
    the verdict of the audit chain `audit`."""
    builder = _Dossier(request, language)
    out = BytesIO()
    doc = a4_document(
        out,
        margin=MARGIN,
        title=f"{builder.w('title')} {request.reference}",
        author="cluma-dpo",
        subject=builder.w("subtitle"),
    )
    made_on = texts.render(msg("doc.made_on", day=today), builder.lang)
    canvas = partial(
        _DossierCanvas,
        footer_left=f"{clean(request.reference)} · {made_on}",
        page_words=builder.w("doc.page"),
    )
    doc.build(builder.story(audit), canvasmaker=canvas)
    return out.getvalue()
