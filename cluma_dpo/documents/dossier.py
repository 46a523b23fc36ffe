"""One request's dossier as a PDF: its data, every date with its reasons, the timeline and the
audit-chain check, so that the DPO can show what was done and when (GDPR Art. 5(2)).

Its words, and `label()` for the model's values, live in cluma_dpo.documents.labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from io import BytesIO
from typing import Any

from babel.numbers import format_currency
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cluma_dpo.documents.labels import (
    DOSSIER_WORDS,
    LANGUAGES,
    label,
    language_index,
    word,
)
from cluma_dpo.documents.labels import labels as labels  # re-exported: register.py uses it
from cluma_dpo.documents.numbered_canvas import NumberedCanvas
from cluma_dpo.documents.pdfkit import FONT_BOLD, clean, esc
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
from cluma_dpo.domain.model import RequestView

MARGIN = 20 * mm
WIDTH = text_width(MARGIN)


def _styles() -> dict[str, ParagraphStyle]:
    st = base_styles(9, 12, title=(18, 22), heading_space=(10, 4))
    body = st["body"]
    return {
        **st,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "key": ParagraphStyle("key", parent=body, fontName=FONT_BOLD),
        "th": ParagraphStyle("th", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10),
        "alert": ParagraphStyle(
            "alert",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=colors.white,
        ),
    }


def _day(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


def _moment(value: datetime) -> str:
    return f"{value:%d/%m/%Y %H:%M}"


class _Dossier:
    """Builds the flowables of one dossier in one language."""

    def __init__(self, request: RequestView, language: str) -> None:
        self.r = request
        self.lang = language if language in LANGUAGES else "nl"
        self.i = language_index(self.lang)
        self.st = _styles()

    def w(self, key: str) -> str:
        return DOSSIER_WORDS[key][self.i]

    def p(self, text: object, style: str = "body") -> Paragraph:
        """A paragraph of user text: escaped, never markup."""
        return Paragraph(esc(text), self.st[style])

    def heading(self, key: str) -> Paragraph:
        return Paragraph(self.w(key), self.st["h2"])

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
        self, header: Sequence[str], rows: Sequence[Sequence[object]], shares: Sequence[float]
    ) -> Table | Paragraph:
        """A full-width table with a header band; `rows` hold user values (escaped here),
        `shares` the relative column widths."""
        if not rows:
            return self.p(self.w("none"))
        data = [[Paragraph(self.w(h), self.st["th"]) for h in header]]
        data += [
            [v if isinstance(v, Paragraph) else self.p(v, "small") for v in row] for row in rows
        ]
        widths = [WIDTH * share / sum(shares) for share in shares]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BAND), *ruled_rows(2.5)]))
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

    def story(self, audit_ok: bool, audit_message: str) -> list[Flowable]:
        r, s, lang = self.r, self.r.subject, self.lang
        out: list[Flowable] = [
            Paragraph(f"{self.w('title')} {esc(r.reference)}", self.st["title"]),
            Paragraph(self.w("subtitle"), self.st["body"]),
            Spacer(1, 6 * mm),
        ]
        if r.anonymised:
            out += [self.banner(self.w("anonymised"), ALERT), Spacer(1, 4 * mm)]
        rights = ", ".join(f"{label(x, lang)} (art. {x.article})" for x in r.rights)
        pauses = "; ".join(f"{_day(p.started)} – {_day(p.ended) or '…'}" for p in r.pauses)
        out += [
            self.heading("request"),
            self.facts(
                [
                    ("reference", r.reference),
                    ("rights", rights),
                    ("channel", label(r.channel, lang)),
                    ("received", _day(r.received)),
                    ("status", label(r.status, lang)),
                    ("outcome", label(r.outcome, lang) if r.outcome else None),
                    ("reason", r.outcome_reason),
                    ("answered_on", _day(r.answered_on)),
                    ("account_deletion", self.w("yes") if r.account_deletion else None),
                    ("extended_on", _day(r.extended_on)),
                    ("extension_reason", r.extension_reason),
                    ("pauses", pauses),
                ]
            ),
        ]
        place = " ".join(x for x in (s.postcode, s.city) if x)
        address = ", ".join(x for x in (s.street, place, s.country) if x)
        out += [
            self.heading("subject"),
            self.facts(
                [
                    ("name", s.name),
                    ("email", s.email),
                    ("address", address),
                    ("language", label(s.language, lang)),
                ]
            ),
        ]
        out += [self.heading("dates"), self._dates()]
        ident = r.identity
        out += [
            self.heading("identity"),
            self.facts(
                [
                    ("status", label(ident.status, lang)),
                    ("method", label(ident.method, lang) if ident.method else None),
                    ("checked_on", _day(ident.checked_on)),
                    ("note", ident.note),
                    ("document", self.w("doc_stored" if ident.document_stored else "doc_none")),
                ]
            ),
        ]
        mark = {"notified": "☑", "not-applicable": "☒"}
        out += [
            self.heading("recipients"),
            self.grid(
                ("recipient", "status", "checked_on", "note"),
                [
                    (
                        f"{mark.get(x.state, '☐')} {x.recipient}",
                        word(f"recipient.{x.state}", x.state, lang),
                        _day(x.on),
                        x.note,
                    )
                    for x in r.recipients
                ],
                (48, 38, 24, 60),
            ),
        ]
        out += [
            self.heading("fee_notes"),
            self.grid(
                ("number", "amount", "issued", "due", "status", "payment_ref"),
                [
                    (
                        self._two_lines(n.number, n.reason),
                        self._amount(n.amount, n.vat_rate),
                        _day(n.issued_on),
                        _day(n.due_on),
                        f"{label(n.status, lang)} {_day(n.paid_on)}",
                        n.structured_reference,
                    )
                    for n in r.fee_notes
                ],
                (31, 27, 22, 21, 25, 44),
            ),
        ]
        out += [
            self.heading("documents"),
            self.grid(
                ("kind", "language", "produced", "file"),
                [
                    (
                        d.kind,
                        d.language,
                        _moment(d.produced_at),
                        self._two_lines(d.filename or "", f"sha256 {d.sha256}", size=6.5),
                    )
                    for d in r.documents
                ],
                (26, 17, 29, 98),
            ),
        ]
        events = sorted(r.events, key=lambda e: e.at)
        out += [
            self.heading("timeline"),
            self.grid(
                ("when", "event", "actor", "note"),
                [(_moment(e.at), e.kind, e.actor, e.note) for e in events],
                (31, 44, 16, 79),
            ),
        ]
        verdict = self.w("audit_ok" if audit_ok else "audit_broken")
        out += [
            KeepTogether(
                [
                    self.heading("audit"),
                    self.banner(f"{verdict} {esc(audit_message)}", GOOD if audit_ok else ALERT),
                ]
            )
        ]
        return out

    def _two_lines(self, first: str, second: str, size: float = 7) -> Paragraph:
        """User text over a smaller grey second line (6.5 pt keeps a sha256 on one line)."""
        below = f'<font size="{size}" color="{MUTED_HEX}">{esc(second)}</font>'
        return Paragraph(f"{esc(first)}<br/>{below}" if first else below, self.st["small"])

    def _amount(self, amount: str, vat_rate: str) -> Paragraph:
        locale = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_IE"}[self.lang]
        money = format_currency(Decimal(amount), "EUR", locale=locale)
        return self._two_lines(money, f"incl. {vat_rate}% {self.w('vat')}")

    def _dates(self) -> Table:
        """Each date with the rules that made it (request.explanations); while the clock is
        paused the statutory and governing dates read "paused"."""
        r = self.r
        paused = self.w("paused") if r.paused else ""
        dates = [
            ("statutory", _day(r.due_date) or paused),
            ("extended", _day(r.extended_due_date)),
            ("company_target", _day(r.company_target_date)),
            ("effective", _day(r.effective_due_date) or paused),
        ]
        rows = [
            [
                Paragraph(self.w(key), self.st["key"]),
                Paragraph(f"<b>{shown}</b>", self.st["body"]),
                Paragraph(
                    "<br/>".join(esc(line) for line in r.explanations.get(key, ())),
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
    audit_ok: bool,
    audit_message: str,
    today: date,
    language: str = "nl",
) -> bytes:
    """The dossier of `request` as PDF bytes (A4), in nl, fr or en."""
    builder = _Dossier(request, language)
    out = BytesIO()
    doc = a4_document(
        out,
        margin=MARGIN,
        title=f"{builder.w('title')} {request.reference}",
        author="cluma-dpo",
        subject=builder.w("subtitle"),
    )
    made_on = builder.w("made_on").format(day=_day(today))
    canvas = partial(
        _DossierCanvas,
        footer_left=f"{clean(request.reference)} · {made_on}",
        page_words=builder.w("page"),
    )
    doc.build(builder.story(audit_ok, audit_message), canvasmaker=canvas)
    return out.getvalue()
