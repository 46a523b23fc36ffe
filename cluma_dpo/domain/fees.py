"""Fee-note arithmetic: Belgian structured communication, bank details, VAT and due date.

GDPR Art. 12(5) and 15(3) allow a reasonable fee for further copies; the person is told
before anything is charged (EDPB Guidelines 01/2022 §192). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.be import ogm_vcs
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
)
from stdnum.exceptions import ValidationError as StdnumError

from cluma_dpo.domain.calendar_be import next_working_day_on_or_after
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import N_, Message, Param, msg
from cluma_dpo.domain.model import FeeGround, Right
from cluma_dpo.domain.setting_labels import label

FEE_NUMBER = re.compile(r"FN-(\d{4})-(\d{1,6})")
_CENT = Decimal("0.01")

_WHY = {
    InvalidChecksum: N_("fee.why.checksum"),
    InvalidLength: N_("fee.why.length"),
    InvalidFormat: N_("fee.why.format"),
    InvalidComponent: N_("fee.why.component"),
}


def _why(exc: StdnumError) -> Message:
    for kind, reason in _WHY.items():
        if isinstance(exc, kind):
            return msg(reason)
    return msg("fee.why.malformed")


def structured_reference(number: str) -> str:
    """The Belgian structured communication (OGM/VCS) of a fee note, e.g. '+++202/6000/04236+++'.

    The ten base digits are the year and the sequence number padded to six digits
    ("FN-2026-0042" -> 2026000042); the last two are those ten digits mod 97, a remainder
    of 0 becoming 97 (Febelfin standard, as implemented by `stdnum.be.ogm_vcs`).
    """
    match = FEE_NUMBER.fullmatch(number.strip())
    if match is None:
        raise ValidationError(msg("fee.number_form", number=number))
    base = f"{match.group(1)}{int(match.group(2)):06d}"
    digits = base + ogm_vcs.calc_check_digits(base)
    return f"+++{ogm_vcs.format(ogm_vcs.validate(digits))}+++"


def reference_digits(reference: str) -> str:
    """The twelve digits of a structured communication, validated ('+++...+++' removed)."""
    try:
        return ogm_vcs.validate(reference)
    except StdnumError as exc:
        raise ValidationError(
            msg("fee.reference_invalid", reference=reference, why=_why(exc))
        ) from exc


def validate_iban(value: str, *, field: Param | None = None) -> str:
    """The IBAN in its compact form ('BE71096123456769'), or a ValidationError naming `field`.

    The value is quoted in the message because this is the company's own account; callers
    checking a data subject's account must catch the error and word their own message.
    """
    try:
        return str(stdnum_iban.validate(value))
    except StdnumError as exc:
        raise ValidationError(
            msg("fee.iban_invalid", field=field or label("bank.iban"), why=_why(exc))
        ) from exc


def format_iban(value: str) -> str:
    """An IBAN in groups of four for print: 'BE71 0961 2345 6769'."""
    return str(stdnum_iban.format(value))


def validate_bic(value: str, *, field: Param | None = None) -> str:
    """The BIC in its compact upper-case form ('GKCCBEBB'), or a ValidationError."""
    try:
        return str(stdnum_bic.validate(value))
    except StdnumError as exc:
        raise ValidationError(
            msg("fee.bic_invalid", field=field or label("bank.bic"), why=_why(exc))
        ) from exc


_TYPED_AMOUNT = re.compile(r"[0-9]*(?:[.,][0-9]*)?", re.ASCII)


def parse_amount(value: object, *, field: Param = "amount") -> Decimal:
    """A non-negative amount in euro with at most two decimals.

    Typed text is ASCII digits with at most one decimal mark (comma or point): Decimal()
    alone would also read '1_000', '1e2' and Arabic-Indic or full-width digits, and the
    amount on the fee note must be the one the DPO saw typed."""
    text = str(value).strip()
    if not isinstance(value, Decimal) and not _TYPED_AMOUNT.fullmatch(text):
        raise ValidationError(msg("fee.amount_invalid", field=field))
    try:
        amount = Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(msg("fee.amount_invalid", field=field)) from exc
    if not amount.is_finite() or amount < 0:
        raise ValidationError(msg("fee.amount_invalid", field=field))
    try:
        cents = amount.quantize(_CENT)
    except InvalidOperation:  # 1e999: more digits than the decimal context holds
        raise ValidationError(msg("fee.amount_invalid", field=field)) from None
    if amount != cents:
        raise ValidationError(msg("fee.amount_decimals", field=field))
    return cents


def vat_split(amount_incl: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """(net, vat) of an amount that includes VAT at `rate` percent; net + vat == amount_incl.

    The net amount is rounded half-up to the cent and the VAT is the remainder, so the
    printed lines always add up to the amount asked.
    """
    if rate < 0:
        raise ValidationError(msg("fee.negative", field=label("fees.vat_rate"), value=rate))
    if amount_incl < 0:
        raise ValidationError(msg("fee.negative", field="amount", value=amount_incl))
    net = (amount_incl * 100 / (100 + rate)).quantize(_CENT, rounding=ROUND_HALF_UP)
    return net, (amount_incl - net).quantize(_CENT)


def fee_due_date(issued: date, days: int, answer_due: date | None = None) -> date:
    """The payment date of a fee note: `days` calendar days after it was issued, moved to
    the next working day off a weekend or Belgian public holiday (as the deadlines are).

    Never after `answer_due`, the date by which the request must be answered (Art. 12(3)),
    which a fee does not suspend: a pay-by date after it would ask the person to pay for an
    answer already due (second reading, finding 25). A due date already past (or the day
    of issue) does not move the payment date before the note's own date."""
    if days < 1:
        raise ValidationError(msg("fee.payment_days", field=label("fees.payment_days"), n=days))
    pay_by = next_working_day_on_or_after(issued + timedelta(days=days))
    if answer_due is not None and issued < answer_due < pay_by:
        return answer_due
    return pay_by


def fee_ground(
    rights: Sequence[Right], ground: str | None, *, earlier_access: str | None
) -> FeeGround:
    """The ground on which a fee may be charged for a request; ValidationError if none.

    GDPR Art. 15(3): a copy of the data is free; a reasonable fee only for further copies.
    Art. 12(5)(a): a manifestly unfounded or excessive request may carry a reasonable fee
    (the reason recorded, the burden of proof the company's). Art. 21(2)-(3): objecting
    to direct marketing is always free. `earlier_access` is the reference of an earlier,
    answered access request of the same person, if there is one.
    """
    if rights and all(r.is_marketing_objection for r in rights):
        raise ValidationError(msg("fee.marketing_free"))
    if ground is None:
        if Right.ACCESS in rights and earlier_access:
            return FeeGround.FURTHER_COPY
        raise ValidationError(_FIRST_COPY_FREE if Right.ACCESS in rights else _NO_COPY)
    try:
        chosen = FeeGround(ground)
    except ValueError:
        raise ValidationError(
            msg(
                "fee.ground_unknown",
                ground=ground,
                further_copy=FeeGround.FURTHER_COPY.value,
                excessive=", ".join(g.value for g in FeeGround if g.art_12_5),
            )
        ) from None
    if chosen is FeeGround.FURTHER_COPY:
        if Right.ACCESS not in rights:
            raise ValidationError(_NO_COPY)
        if not earlier_access:
            raise ValidationError(_FIRST_COPY_FREE)
    return chosen


_FIRST_COPY_FREE = msg("fee.first_copy_free")
_NO_COPY = msg("fee.no_copy")

# The description a fee note starts from, in the fee note's language (the request's):
# the DPO may reword it, but never has to translate a Dutch default into a French note.
FEE_DESCRIPTIONS: Mapping[FeeGround, str] = {
    FeeGround.FURTHER_COPY: N_("fee.description.further_copy"),
    FeeGround.EXCESSIVE: N_("fee.description.excessive"),
    FeeGround.UNFOUNDED: N_("fee.description.unfounded"),
    FeeGround.REPETITIVE: N_("fee.description.repetitive"),
}
_LANGUAGES = ("nl", "fr", "en", "de")


def fee_description(ground: FeeGround | str, language: str) -> str:
    """The default description of a fee note on `ground` in `language` (English if unknown)."""
    from cluma_dpo.texts import render

    return render(msg(FEE_DESCRIPTIONS[FeeGround(ground)]), language)


def check_fee_reason(ground: FeeGround, reason: str | None) -> None:
    """Art. 12(5): a fee for a manifestly unfounded or excessive request states why it is
    so (the burden of proof is the company's); naming the ground is no reason."""
    if not ground.art_12_5:
        return
    said = " ".join((reason or "").split()).casefold()
    texts = {
        fee_description(g, lang).casefold() for g in FeeGround if g.art_12_5 for lang in _LANGUAGES
    }
    if said in texts:
        raise ValidationError(msg("fee.reason_needed"))
