"""The Art. 21(3) marketing suppression list: an objection to direct marketing stops it at
once, whatever becomes of the rest of the request."""

from __future__ import annotations

from datetime import date

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.services.settings import guard_register
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import SuppressionRecord


def suppress(uow: UnitOfWork, email: str, reference: str | None, on: date | None = None) -> bool:
    """Put an e-mail on the marketing suppression list; False if it was there already."""
    address = v.email(email)
    if address is None:
        raise ValidationError(msg("suppression.email_needed"))
    key = address.casefold()
    if repo.is_suppressed(uow.session, key):
        return False
    guard_register(uow)
    repo.add_suppression(
        uow.session,
        SuppressionRecord(email=key, since=on or uow.today, source_reference=reference),
    )
    uow.record("suppression-added", reference, note_of(msg("note.suppression_added")))
    return True


def suppress_for_request(uow: UnitOfWork, reference: str) -> None:
    """An objection to direct marketing stops it at once (Art. 21(3)): no waiting for an answer."""
    rec = repo.get_request(uow.session, reference)
    rights = repo.parse_rights(rec.rights)
    if rec.subject_email and any(r.is_marketing_objection for r in rights):
        suppress(uow, rec.subject_email, rec.reference, rec.received)


def suppression_list(uow: UnitOfWork) -> list[tuple[str, date, str | None]]:
    return repo.suppression_list(uow.session)
