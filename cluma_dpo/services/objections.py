"""The objection split (issue 13): Art. 21(1) objection versus marketing opt-out.

Before the split every `objection` was treated as an objection to direct marketing: put on
the suppression list and due the next working day. The migration marks those requests for
review; the DPO confirms, once for each, which kind it was. The suppression entries stay
either way (removing someone from the list could send marketing to a person who objected).
"""

from __future__ import annotations

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.model import RequestView, Right
from cluma_dpo.services.deadlines import refresh_deadlines
from cluma_dpo.services.requests import now
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.request_queries import kind_review_views

KINDS = (Right.OBJECTION.value, Right.MARKETING_OPT_OUT.value)


def to_review(uow: UnitOfWork) -> list[RequestView]:
    return kind_review_views(uow.session)


def confirm_kind(uow: UnitOfWork, reference: str, kind: str) -> None:
    """Record which objection an old `objection` request was; the rights change if it was
    a marketing opt-out, and its deadlines follow (open requests)."""
    if kind not in KINDS:
        raise ValidationError(msg("objection.confirm_kind", kinds=", ".join(KINDS)))
    rec = repo.get_request(uow.session, reference, details=True)
    if not rec.kind_review:
        raise ValidationError(msg("objection.none_waiting", reference=rec.reference))
    rights = [r.value for r in repo.parse_rights(rec.rights)]
    if kind == Right.MARKETING_OPT_OUT.value:
        rights = list(dict.fromkeys(kind if r == Right.OBJECTION.value else r for r in rights))
    rec.rights = ",".join(rights)
    rec.kind_review = False
    rec.updated_at = now(uow)
    refresh_deadlines(rec, load_settings(uow.session))
    uow.record(
        "objection-kind-confirmed",
        rec.reference,
        note_of(
            msg("note.objection_art21_1")
            if kind == Right.OBJECTION.value
            else msg("note.objection_marketing")
        ),
    )
