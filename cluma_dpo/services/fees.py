"""Fee notes (GDPR Art. 12(5), 15(3)): numbered, payable by structured reference, tracked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cluma_dpo.domain import fees as fee_rules
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.messages import Amount, Message, msg, note_of
from cluma_dpo.domain.model import FeeGround, FeeNoteView, FeeStatus, Status
from cluma_dpo.services.requests import now
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import Session, UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import FeeNoteRecord, RequestRecord
from cluma_dpo.storage.request_queries import earlier_access

FEE_PREFIX = "FN"


def issue_fee_note(
    uow: UnitOfWork,
    reference: str,
    amount: str | Decimal,
    reason: str,
    on: date | str | None = None,
    ground: str | None = None,
) -> FeeNoteView:
    """Issue a fee note where the GDPR allows one (`domain.fees.fee_ground`)."""
    s = uow.session
    rec = repo.get_request(s, reference, details=True)
    settings = load_settings(s)
    iban = settings.bank.iban
    if not iban:
        raise ValidationError(msg("fee.no_iban"))
    fee_rules.validate_iban(iban)
    value = v.fee_amount(amount)
    rights = repo.parse_rights(rec.rights)
    chosen = fee_rules.fee_ground(rights, ground, earlier_access=earlier_access(s, rec))
    why = v.fee_reason(reason)
    fee_rules.check_fee_reason(chosen, why)
    issued = v.iso_date(on or uow.today, v.FIELD_FEE_NOTE_DATE, today=uow.today)
    if issued < rec.received:
        raise ValidationError(msg("fee.before_received"))
    lc.next_status(Status(rec.status), lc.Action.REQUEST_FEE)
    seq = repo.next_sequence(s, FeeNoteRecord, issued.year)
    number = f"{FEE_PREFIX}-{issued.year}-{seq:04d}"
    fee = FeeNoteRecord(
        number=number,
        year=issued.year,
        seq=seq,
        amount=f"{value:.2f}",
        vat_rate=str(settings.fees.vat_rate),
        reason=why,
        issued_on=issued,
        due_on=fee_rules.fee_due_date(
            issued, settings.fees.payment_days, rec.extended_due_date or rec.due_date
        ),
        status=FeeStatus.UNPAID.value,
        structured_reference=fee_rules.structured_reference(number),
        ground=chosen.value,
    )
    rec.fee_notes.append(fee)
    rec.status = lc.next_status(Status(rec.status), lc.Action.REQUEST_FEE).value
    rec.updated_at = now(uow)
    uow.record(
        "fee-note-issued",
        rec.reference,
        note_of(
            msg(
                "note.fee_note_issued",
                number=number,
                amount=Amount(Decimal(fee.amount)),
                ground=_GROUNDS.get(chosen.value) or chosen.value,
                reason=why,
            )
        ),
    )
    s.flush()
    return repo.fee_view(fee)


def grounds_of(session: Session, rec: RequestRecord) -> dict[str, Message | None]:
    """Each fee ground (`FeeGround`) with None when a fee note on it is allowed for the
    request, else why not (`domain.fees.fee_ground`)."""
    rights = repo.parse_rights(rec.rights)
    earlier = earlier_access(session, rec)
    out: dict[str, Message | None] = {}
    for ground in FeeGround:
        try:
            fee_rules.fee_ground(rights, ground.value, earlier_access=earlier)
            out[ground.value] = None
        except ValidationError as exc:
            out[ground.value] = exc.msg
    return out


def refusal_of(session: Session, rec: RequestRecord) -> Message | None:
    """Why no fee note at all may be issued for the request; None when a ground allows
    one. Only a request that is nothing but a marketing opt-out is always free."""
    grounds = grounds_of(session, rec)
    if any(why is None for why in grounds.values()):
        return None
    return grounds[FeeGround.EXCESSIVE.value]


def fee_grounds(uow: UnitOfWork, reference: str) -> dict[str, Message | None]:
    """For the workbench's fee-note dialog: which ground it may offer, and why not."""
    return grounds_of(uow.session, repo.get_request(uow.session, reference, details=True))


def fee_refusal(uow: UnitOfWork, reference: str) -> Message | None:
    return refusal_of(uow.session, repo.get_request(uow.session, reference, details=True))


def _settle_if_done(uow: UnitOfWork, rec: RequestRecord) -> None:
    if Status(rec.status) is Status.AWAITING_FEE_PAYMENT and not any(
        f.status == FeeStatus.UNPAID.value for f in rec.fee_notes
    ):
        rec.status = lc.next_status(Status.AWAITING_FEE_PAYMENT, lc.Action.FEE_SETTLED).value
        rec.updated_at = now(uow)


def fee_paid(uow: UnitOfWork, number: str, on: date | str | None = None) -> FeeNoteView:
    fee = repo.get_fee_note(uow.session, number)
    _check_unpaid(fee)
    paid = v.iso_date(on or uow.today, v.FIELD_PAYMENT_DATE, today=uow.today)
    if paid < fee.issued_on:
        raise ValidationError(msg("fee.paid_before_issued"))
    fee.status, fee.paid_on = FeeStatus.PAID.value, paid
    uow.record(
        "fee-paid", fee.request.reference, note_of(msg("note.fee_paid", number=fee.number, on=paid))
    )
    _settle_if_done(uow, fee.request)
    return repo.fee_view(fee)


def cancel_fee_note(uow: UnitOfWork, number: str, reason: str | None = None) -> FeeNoteView:
    fee = repo.get_fee_note(uow.session, number)
    _check_unpaid(fee)
    why = v.reason(reason, required=False)
    fee.status = FeeStatus.CANCELLED.value
    uow.record(
        "fee-note-cancelled",
        fee.request.reference,
        note_of(
            msg("note.fee_note_cancelled_why", number=fee.number, reason=why)
            if why
            else msg("note.fee_note_cancelled", number=fee.number)
        ),
    )
    _settle_if_done(uow, fee.request)
    return repo.fee_view(fee)


_GROUNDS: dict[str, Message] = {
    "further-copy": msg("fee.ground.further-copy"),
    "excessive": msg("fee.ground.excessive"),
    "unfounded": msg("fee.ground.unfounded"),
    "repetitive": msg("fee.ground.repetitive"),
}


def _check_unpaid(fee: FeeNoteRecord) -> None:
    if fee.status == FeeStatus.PAID.value:
        raise IllegalTransition(msg("fee.already_paid", number=fee.number))
    if fee.status != FeeStatus.UNPAID.value:
        raise IllegalTransition(msg("fee.already_cancelled", number=fee.number))
