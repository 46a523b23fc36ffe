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
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from stdnum.be import iban as be_iban

from cluma_dpo.documents.letter_layout import (
    block_flowables,
    build_pdf,
    letter_story,
)
from cluma_dpo.documents.letter_styles import GREY, RULE, styles
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
from cluma_dpo.domain.model import FeeNoteView, RequestView
from cluma_dpo.domain.settings import Settings

QR_SIZE = 32 * mm
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
        raise ValidationError(
            "bank.iban is not set: configure it with `cluma-dpo settings set bank.iban ...`"
        )
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
    amount = parse_amount(fee.amount, field=f"{fee.number} amount")
    if amount <= 0:
        raise ValidationError(f"{fee.number}: the amount must be more than 0")
    try:
        rate = Decimal(str(fee.vat_rate or "0").replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(f"{fee.number}: VAT rate {fee.vat_rate!r} is not a number") from exc
    net, vat = vat_split(amount, rate)
    iban, bic = _bank(settings)
    reference = fee.structured_reference or structured_reference(fee.number)
    digits = reference_digits(reference)
    return {
        "number": text(fee.number),
        "reason": text(fee.reason),
        "ground": fee.ground.value,  # "further-copy" (Art. 15(3)) or "excessive" (12(5)(a))
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


def payment_block(fee: Mapping[str, Any], rendered: RenderedTemplate) -> list[Flowable]:
    """The payment details beside the EPC QR code, in a light frame."""
    st = styles()
    labels: Mapping[str, Any] = rendered.parts.get("labels") or {}

    def label(key: str) -> Paragraph:
        return Paragraph(as_markup(labels.get(key, key)), st.table_label)

    rows = [
        ("reason", esc(fee["reason"]), False),
        ("net", esc(fee["net"]), False),
        ("vat", f"{esc(fee['vat'])} ({esc(fee['vat_rate'])})", False),
        ("amount", esc(fee["amount"]), True),
        ("due_on", esc(fee["due_on"]), False),
        ("beneficiary", esc(fee["beneficiary"]), False),
        ("iban", esc(fee["iban"]), False),
        ("bic", esc(fee["bic"]), False),
        ("reference", esc(fee["structured_reference"]), True),
    ]
    rows = [row for row in rows if row[1]]
    total = [key for key, _, _ in rows].index("amount")
    details = Table(
        [
            [label(key), Paragraph(value, st.table_strong if strong else st.table_cell)]
            for key, value, strong in rows
        ],
        colWidths=[48 * mm, 68 * mm],
    )
    details.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LINEABOVE", (0, total), (-1, total), 0.4, RULE),
                ("LINEBELOW", (0, total), (-1, total), 0.4, RULE),
            ]
        )
    )
    qr = epc_qr(
        fee["beneficiary"], fee["_iban"], fee["bic"] or None, fee["_amount"], fee["_digits"]
    )
    caption = Paragraph(as_markup(labels.get("scan", "")), st.label)
    box = Table([[details, [EpcQrCode(qr, QR_SIZE), caption]]], colWidths=[120 * mm, 45 * mm - 0.1])
    box.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return [Spacer(1, 1.5 * mm), box, Spacer(1, 5 * mm)]


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
    body = block_flowables(parse_markup(rendered.body))
    body += payment_block(fee_values, rendered)
    body += block_flowables(parse_markup(as_markup(rendered.parts.get("after_payment", ""))))
    subject = rendered.markup("subject_line")
    story = letter_story(
        subject, rendered.markup("salutation"), body, signature(settings, rendered)
    )
    return build_pdf(
        furniture,
        story,
        title=plain(subject),
        author=organisation(settings)["name"],
        subject=f"{request.reference} {fee.number}",
    )
