"""Fee notes for further copies (GDPR Art. 12(5), 15(3)) as a letter with an EPC QR code.

The payment block carries the company's IBAN and BIC, the Belgian structured
communication derived from the fee-note number and an EPC QR code ("BCD" SEPA credit
transfer, error correction M) that a banking app scans.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import segno
import segno.helpers
from babel import Locale
from babel.numbers import format_currency, format_percent
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from stdnum.be import iban as be_iban

from cluma_dpo.documents.letter_layout import (
    block_flowables,
    build_pdf,
    letter_story,
)
from cluma_dpo.documents.letter_styles import GREY, RULE, SQUEEZED, styles
from cluma_dpo.documents.letters import (
    LOCALES,
    is_abroad,
    letter_context,
    long_date,
    organisation,
    page_furniture,
    plain,
    signature,
    subject_address,
    text,
)
from cluma_dpo.documents.pdfkit import esc
from cluma_dpo.documents.templates import (
    RenderedTemplate,
    as_markup,
    check_language,
    parse_markup,
    render_template,
)
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.fees import (
    format_iban,
    parse_amount,
    reference_digits,
    structured_reference,
    validate_bic,
    validate_iban,
    vat_split,
)
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import FeeNoteView, RequestView
from cluma_dpo.domain.settings import Settings

QR_SIZE = 28 * mm
QR_COLUMN = QR_SIZE + 6 * mm  # the code and the air to its left
BOX_WIDTH = 165 * mm  # the text width (A4 less 25 mm left and 20 mm right)
BOX_PADDING = 3 * mm
ROW_PADDING = 0.8  # points above and below each row of the payment details
_EPC_NAME_MAX = 70  # EPC069-12: beneficiary name, at most 70 characters


class EpcQrCode(Flowable):
    """A QR code drawn as vector squares (crisp at any zoom, no image to embed)."""

    def __init__(self, qr: segno.QRCode, size: float) -> None:
        super().__init__()
        self.qr = qr
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        matrix = [list(row) for row in self.qr.matrix_iter(scale=1, border=4)]
        module = self.size / len(matrix)
        canv = self.canv
        canv.setFillColorRGB(0, 0, 0)
        path = canv.beginPath()
        for y, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if row[x]:
                    start = x
                    while x < len(row) and row[x]:
                        x += 1
                    top = self.size - y * module
                    # A hair of overlap so that no white seams show between modules.
                    path.rect(
                        start * module,
                        top - module - 0.05,
                        (x - start) * module + 0.05,
                        module + 0.05,
                    )
                else:
                    x += 1
        canv.drawPath(path, stroke=0, fill=1)


def _money(amount: Decimal, language: str) -> str:
    return str(format_currency(amount, "EUR", locale=LOCALES[language]))


def _percent(rate: Decimal, language: str) -> str:
    """'21%' or '21 %' as the language writes it, decimals kept ('5,5%')."""
    locale = Locale.parse(LOCALES[language])
    pattern = locale.percent_formats[None].pattern.replace("#,##0", "#,##0.##")
    return str(format_percent(rate / 100, pattern, locale=locale))


def _bank(settings: Settings) -> tuple[str, str | None]:
    raw_iban = text(settings.bank.iban)
    if not raw_iban:
        raise ValidationError(msg("fee.iban_not_set"))
    iban = validate_iban(raw_iban)
    raw_bic = text(settings.bank.bic)
    if raw_bic:
        return iban, validate_bic(raw_bic)
    # A Belgian IBAN names its bank; the BIC is optional for SEPA transfers anyway.
    return iban, (be_iban.to_bic(iban) if iban.startswith("BE") else None)


def epc_qr(
    beneficiary: str, iban: str, bic: str | None, amount: Decimal, reference_12: str
) -> segno.QRCode:
    """The EPC QR code; the structured communication goes in the structured remittance field."""
    return segno.helpers.make_epc_qr(
        name=beneficiary[:_EPC_NAME_MAX],
        iban=iban,
        amount=amount,
        reference=reference_12,
        bic=bic,
    )


def _fee_context(fee: FeeNoteView, settings: Settings, language: str) -> dict[str, Any]:
    amount = parse_amount(fee.amount, field=msg("fee.amount_of", number=fee.number))
    if amount <= 0:
        raise ValidationError(msg("fee.amount_positive", number=fee.number))
    try:
        rate = Decimal(str(fee.vat_rate or "0").replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(
            msg("fee.vat_not_a_number", number=fee.number, rate=repr(fee.vat_rate))
        ) from exc
    net, vat = vat_split(amount, rate)
    iban, bic = _bank(settings)
    reference = fee.structured_reference or structured_reference(fee.number)
    digits = reference_digits(reference)
    return {
        "number": text(fee.number),
        "reason": text(fee.reason),
        "ground": fee.ground.value,  # "further-copy" (Art. 15(3)), else an Art. 12(5)(a) ground
        "amount": _money(amount, language),
        "net": _money(net, language),
        "vat": _money(vat, language),
        "vat_rate": _percent(rate, language),
        "issued_on": long_date(fee.issued_on, language),
        "due_on": long_date(fee.due_on, language),
        "structured_reference": f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++",
        "iban": format_iban(iban),
        "bic": bic or "",
        "beneficiary": organisation(settings)["name"],
        # For the QR code only, not for the templates:
        "_amount": amount,
        "_iban": iban,
        "_digits": digits,
    }


def _label_width(labels: Mapping[str, Any]) -> float:
    """The label column: as wide as the widest label of the language, within bounds."""
    st = styles().table_label
    widest = max(
        (stringWidth(plain(as_markup(labels.get(k, k))), st.fontName, st.fontSize) for k in _ROWS),
        default=0.0,
    )
    return float(min(max(widest + 3 * mm, 28 * mm), 46 * mm))


_ROWS = ("reason", "net", "vat", "amount", "due_on", "beneficiary", "iban", "bic", "reference")


def payment_block(fee: Mapping[str, Any], rendered: RenderedTemplate) -> list[Flowable]:
    """The payment details in a light frame: the description across the top, then the
    amounts and the bank details beside the EPC QR code. Each label stands on the first
    line of its value (a wrapped description too)."""
    st = styles()
    labels: Mapping[str, Any] = rendered.parts.get("labels") or {}
    label_width = _label_width(labels)
    # Labels are set smaller than the values: this much lower, they share the baseline.
    label_drop = st.table_cell.fontSize - st.table_label.fontSize

    def table(rows: list[tuple[str, str, bool]], width: float) -> Table:
        cells = [
            [
                Paragraph(as_markup(labels.get(key, key)), st.table_label),
                Paragraph(value, st.table_strong if strong else st.table_cell),
            ]
            for key, value, strong in rows
        ]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
            ("TOPPADDING", (0, 0), (0, -1), ROW_PADDING + label_drop),
            ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
        ]
        keys = [key for key, _, _ in rows]
        if "amount" in keys:  # the total between two rules
            total = keys.index("amount")
            commands += [
                ("LINEABOVE", (0, total), (-1, total), 0.4, RULE),
                ("LINEBELOW", (0, total), (-1, total), 0.4, RULE),
            ]
        details = Table(cells, colWidths=[label_width, width - label_width])
        details.setStyle(TableStyle(commands))
        return details

    values = [
        ("net", esc(fee["net"]), False),
        ("vat", f"{esc(fee['vat'])} ({esc(fee['vat_rate'])})", False),
        ("amount", esc(fee["amount"]), True),
        ("due_on", esc(fee["due_on"]), False),
        ("beneficiary", esc(fee["beneficiary"]), False),
        ("iban", esc(fee["iban"]), False),
        ("bic", esc(fee["bic"]), False),
        ("reference", esc(fee["structured_reference"]), True),
    ]
    inner = BOX_WIDTH - 2 * BOX_PADDING
    details_width = inner - QR_COLUMN
    qr = epc_qr(
        fee["beneficiary"], fee["_iban"], fee["bic"] or None, fee["_amount"], fee["_digits"]
    )
    caption = Paragraph(as_markup(labels.get("scan", "")), st.caption)
    rows: list[list[Any]] = []
    if fee["reason"]:
        # The description across the whole frame: a long one takes few lines.
        rows.append([table([("reason", esc(fee["reason"]), False)], inner), ""])
    rows.append(
        [
            table([row for row in values if row[1]], details_width),
            [EpcQrCode(qr, QR_SIZE), Spacer(1, 1 * mm), caption],
        ]
    )
    box = Table(rows, colWidths=[details_width + BOX_PADDING, QR_COLUMN + BOX_PADDING])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, GREY),
        ("LEFTPADDING", (0, 0), (0, -1), BOX_PADDING),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (1, 0), (1, -1), BOX_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), BOX_PADDING - ROW_PADDING),
        ("BOTTOMPADDING", (0, -1), (-1, -1), BOX_PADDING - ROW_PADDING),
    ]
    if len(rows) == 2:
        commands += [
            ("SPAN", (0, 0), (1, 0)),
            ("TOPPADDING", (0, 1), (-1, 1), 1 * mm),  # a little air under the description
            # the QR code's top with the first row's text, not with the padding above it
            ("TOPPADDING", (1, 1), (1, 1), 1 * mm + ROW_PADDING),
        ]
    else:
        commands.append(("TOPPADDING", (1, 0), (1, 0), BOX_PADDING))
    box.setStyle(TableStyle(commands))
    return [Spacer(1, 1 * mm), box, Spacer(1, 3.5 * mm)]


def render_fee_note(
    request: RequestView,
    fee: FeeNoteView,
    settings: Settings,
    *,
    language: str,
    today: date,
    templates_dir: Path | None = None,
) -> bytes:
    """The fee note as PDF bytes; ValidationError if the bank details are missing or wrong."""
    check_language(language)
    fee_values = _fee_context(fee, settings, language)
    context = letter_context(request, settings, language, today, "fee-note")
    context["fee"] = {k: v for k, v in fee_values.items() if not k.startswith("_")}
    rendered = render_template("fee-note", language, context, templates_dir)
    labels: Mapping[str, Any] = rendered.parts.get("labels") or {}
    furniture = page_furniture(
        request,
        settings,
        rendered,
        language=language,
        address=subject_address(request, language),
        abroad=is_abroad(request),
        extra_rows=[(as_markup(labels.get("number", "")), esc(fee.number))],
    )
    # Set compact: a fee note is one page, with a 300-character description too; a long
    # foreign address with a long description gets a second, tighter try (letter_styles).
    pdf = b""
    for compact in (True, SQUEEZED):
        body = block_flowables(parse_markup(rendered.body), compact=compact)
        body += payment_block(fee_values, rendered)
        after = parse_markup(as_markup(rendered.parts.get("after_payment", "")))
        body += block_flowables(after, compact=compact)
        subject = rendered.markup("subject_line")
        story = letter_story(
            subject,
            rendered.markup("salutation"),
            body,
            signature(settings, rendered),
            compact=compact,
        )
        pdf = build_pdf(
            furniture,
            story,
            title=plain(subject),
            author=organisation(settings)["name"],
            subject=f"{request.reference} {fee.number}",
        )
        if _pages(pdf) == 1:
            break
    return pdf


def _pages(pdf: bytes) -> int:
    """The number of pages of a PDF reportlab just wrote (its page objects)."""
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
