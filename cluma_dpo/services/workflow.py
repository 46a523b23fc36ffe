"""Lifecycle use cases: identity checks, extension, closing, withdrawal, rejection, Art. 19.

Each step asks the domain whether it is allowed (lifecycle, deadlines), changes the
record, refreshes the cached deadlines and writes its audit event, in one transaction.
An illegal step raises before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import grounds as gr
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain import outcomes as oc
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.events import method_message, outcome_message, right_message
from cluma_dpo.domain.messages import ListOf, Message, msg, msg_n, note_of
from cluma_dpo.domain.model import IdentityStatus, RightOutcome, Status
from cluma_dpo.domain.settings import Settings
from cluma_dpo.services import identity_copies
from cluma_dpo.services.deadlines import deadline_input, refresh_deadlines
from cluma_dpo.services.requests import now
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import (
    IdentityDocumentRecord,
    PauseRecord,
    RequestRecord,
)
from cluma_dpo.storage.views import format_right_outcomes, parse_right_outcomes


def _step_date(rec: RequestRecord, on: date | str | None, what: Message, today: date) -> date:
    d = today if on is None else v.iso_date(on, what, today=today)
    if d < rec.received:
        raise ValidationError(msg("validation.before_received", field=what))
    return d


def _split(items: Iterable[RightOutcome]) -> ListOf:
    """What became of each right: "inzage ingewilligd en wissing geweigerd"."""
    return ListOf(
        msg("note.right_outcome", right=right_message(i.right), outcome=outcome_message(i.outcome))
        for i in items
    )


def _identity_failed(rec: RequestRecord) -> bool:
    return rec.identity_status == IdentityStatus.FAILED.value


def _next(rec: RequestRecord, action: lc.Action) -> Status:
    """The status `action` leads to, by the lifecycle's rules (refuses before any change)."""
    return lc.next_status(Status(rec.status), action, identity_failed=_identity_failed(rec))


def _advance(uow: UnitOfWork, rec: RequestRecord, action: lc.Action) -> None:
    rec.status = _next(rec, action).value
    rec.updated_at = now(uow)


def _erase_identity_documents(uow: UnitOfWork, rec: RequestRecord) -> None:
    """Data minimisation: the copy goes once the check ends (with its copy in a kept
    message); the audit keeps the fact."""
    identity_copies.erase(uow, rec)


def _end_open_pauses(rec: RequestRecord, d: date) -> None:
    """A step that ends the identity wait (failure, withdrawal, rejection) ends its pause:
    the clock runs again from that day (never before the pause began)."""
    for p in rec.pauses:
        if p.ended is None:
            p.ended = max(d, p.started)


def _load(uow: UnitOfWork, reference: str) -> RequestRecord:
    return repo.get_request(uow.session, reference, details=True)


# -- identity (GDPR Art. 12(6); EDPB Guidelines 01/2022 §5.3) -----------------------------


def request_identity(
    uow: UnitOfWork, reference: str, on: date | str | None = None, needed: str | None = None
) -> None:
    """Ask for identity information; `needed` says what (printed in the identity request,
    in the request's language; without it the letter uses the standard wording)."""
    rec = _load(uow, reference)
    what = v.reason(needed, v.FIELD_NEEDED, required=False)
    d = _step_date(rec, on, msg("word.date.identity_asked"), uow.today)
    _next(rec, lc.Action.REQUEST_IDENTITY)  # a final state refuses first
    dl.check_pause_start(deadline_input(rec).pauses, d, statutory_due=rec.due_date)
    _advance(uow, rec, lc.Action.REQUEST_IDENTITY)
    rec.pauses.append(PauseRecord(started=d))
    rec.identity_status = IdentityStatus.REQUESTED.value
    rec.identity_needed = what
    refresh_deadlines(rec, load_settings(uow.session))
    uow.record(
        "identity-requested",
        rec.reference,
        note_of(
            msg("note.identity_requested_what", on=d, needed=what)
            if what
            else msg("note.identity_requested", on=d)
        ),
    )


def receive_identity(
    uow: UnitOfWork,
    reference: str,
    on: date | str | None = None,
    document: bytes | None = None,
    suffix: str | None = None,
) -> None:
    rec = _load(uow, reference)
    d = _step_date(rec, on, msg("word.date.identity_arrived"), uow.today)
    dl.check_pause_end(deadline_input(rec).pauses, d)
    open_pauses = [p for p in rec.pauses if p.ended is None]
    if document is not None:
        suffix = v.identity_document(document, suffix)
    _advance(uow, rec, lc.Action.RECEIVE_IDENTITY)
    for p in open_pauses:
        p.ended = d
    rec.identity_status = IdentityStatus.RECEIVED.value
    refresh_deadlines(rec, load_settings(uow.session))
    paused = sum(((p.ended or d) - p.started).days for p in open_pauses)
    uow.record(
        "identity-received",
        rec.reference,
        note_of(msg_n("note.identity_received", "note.identity_received.other", paused, on=d)),
    )
    if document is not None:
        rec.identity_documents.append(
            IdentityDocumentRecord(suffix=suffix or ".pdf", content=document, stored_on=d)
        )
        uow.record(
            "identity-document-stored",
            rec.reference,
            note_of(msg("note.identity_document_stored")),
        )


def verify_identity(
    uow: UnitOfWork,
    reference: str,
    method: str,
    on: date | str | None = None,
    *,
    erase: Sequence[int] = (),
) -> None:
    """The identity verified; `erase`: kept scans or attachments the DPO says are identity
    documents, erased with the request's own (refused before anything changes)."""
    rec = _load(uow, reference)
    m = v.identity_method(method)
    d = _step_date(rec, on, msg("word.date.identity_check"), uow.today)
    copies = identity_copies.chosen(uow, rec, erase)
    _advance(uow, rec, lc.Action.VERIFY_IDENTITY)
    rec.identity_status = IdentityStatus.VERIFIED.value
    rec.identity_method = m.value
    rec.identity_checked_on = d
    note = msg("note.identity_verified", method=method_message(m), on=d)
    uow.record("identity-verified", rec.reference, note_of(note))
    identity_copies.erase(uow, rec, copies)


def fail_identity(
    uow: UnitOfWork,
    reference: str,
    reason: str | None = None,
    on: date | str | None = None,
    *,
    erase: Sequence[int] = (),
) -> None:
    rec = _load(uow, reference)
    why = v.reason(reason, required=False)
    d = _step_date(rec, on, msg("word.date.identity_check"), uow.today)
    copies = identity_copies.chosen(uow, rec, erase)
    _advance(uow, rec, lc.Action.FAIL_IDENTITY)
    _end_open_pauses(rec, d)
    rec.identity_status = IdentityStatus.FAILED.value
    rec.identity_checked_on = d
    rec.identity_note = why
    refresh_deadlines(rec, load_settings(uow.session))
    uow.record("identity-failed", rec.reference, why)
    identity_copies.erase(uow, rec, copies)


# -- extension (GDPR Art. 12(3)) ----------------------------------------------------------


def extension_check(rec: RequestRecord, settings: Settings, on: date, reason: str | None) -> None:
    dl.check_extension_of(
        deadline_input(rec), on, reason, pause_for_identity=settings.deadlines.pause_for_identity
    )


def extend(uow: UnitOfWork, reference: str, reason: str, on: date | str | None = None) -> None:
    rec = _load(uow, reference)
    why = v.reason(reason, v.FIELD_EXTENSION_REASON)
    d = _step_date(rec, on, msg("word.date.extension"), uow.today)
    _next(rec, lc.Action.EXTEND)  # refuses in a final state first
    settings = load_settings(uow.session)
    extension_check(rec, settings, d, why)
    _advance(uow, rec, lc.Action.EXTEND)
    rec.extended_on = d
    rec.extension_reason = why
    refresh_deadlines(rec, settings)
    uow.record(
        "extended",
        rec.reference,
        note_of(msg("note.extended", on=d, due=rec.extended_due_date or d, reason=why or "")),
    )


# -- endings ------------------------------------------------------------------------------


def close(
    uow: UnitOfWork,
    reference: str,
    outcome: str,
    reason: str | None = None,
    on: date | str | None = None,
    *,
    granted: tuple[str, ...] = (),
    refused: tuple[str, ...] = (),
    done: str | None = None,
    answered: bool = False,
    objection_ground: str | None = None,
    kept_for: str | None = None,
    kept_until: date | str | None = None,
) -> bool:
    """Record the answer and close; a partly granted request names what became of each
    right (`granted`, `refused`, the others granted in part: `done` says what was done).

    A granted rectification, erasure or restriction with recipients still to tell (Art. 19)
    is not closed: refused, or with `answered` the answer is recorded (status answered) so
    that the notices can say what was decided; closing again once they are settled closes
    it. A refused Art. 21(1) objection names its one ground (`objection_ground`); an
    erasure not granted in full may name the Art. 17(3)(b) obligation under which data is
    kept (`kept_for`) and until when (`kept_until`). Returns whether the request is closed."""
    rec = _load(uow, reference)
    result = v.outcome(outcome)
    why = v.reason(reason, required=False)
    what = v.reason(done, v.FIELD_DONE, required=False)
    d = _step_date(rec, on, msg("word.date.answer"), uow.today)
    _next(rec, lc.Action.CLOSE)
    failed = _identity_failed(rec)
    open_items = sum(1 for i in rec.recipient_items if i.state == lc.RECIPIENT_OPEN)
    # a grant needs the identity its answer letter needs (issue 15); an answer recorded
    # before that rule is closed as it was: the person has it
    recording = Status(rec.status) is not Status.ANSWERED
    identity = IdentityStatus(rec.identity_status) if recording else None
    rights = repo.parse_rights(rec.rights)
    lc.check_close(  # Art. 19 per right, below
        result, why, 0, identity_failed=failed, identity=identity, rights=rights
    )
    if Status(rec.status) is Status.ANSWERED:
        # the person has this answer already: closing confirms it, it does not change it
        why, what = why or rec.outcome_reason, what or rec.outcome_done
    items = oc.right_outcomes(rights, result, granted=granted, refused=refused, done=what)
    if Status(rec.status) is Status.ANSWERED and (
        rec.outcome != result.value
        or (rec.right_outcomes or None)
        != (format_right_outcomes(items) if result.value == "partly-granted" else None)
    ):
        recorded = _split(parse_right_outcomes(rec.right_outcomes))
        on, said = rec.answered_on or d, outcome_message(rec.outcome or result.value)
        raise ValidationError(
            msg("lifecycle.close_same_outcome_split", on=on, outcome=said, split=recorded)
            if recorded.items
            else msg("lifecycle.close_same_outcome", on=on, outcome=said)
        )
    grounds = gr.closing_grounds(items, objection_ground, kept_for, kept_until, d, failed)
    if Status(rec.status) is Status.ANSWERED and grounds.empty:
        grounds = gr.from_text(rec.grounds)  # confirming the answer keeps what it said
    oc.check_outcomes(items, open_items, identity_failed=failed, answering=answered)
    to_tell = oc.art19_pending(items, open_items)
    rec.outcome, rec.outcome_reason = result.value, why
    rec.outcome_done, rec.grounds = what, gr.to_text(grounds)
    rec.right_outcomes = format_right_outcomes(items) if result.value == "partly-granted" else None
    note = msg(
        "note.outcome",
        outcome=outcome_message(result),
        split=msg("note.split", split=_split(items)) if rec.right_outcomes else "",
        done=msg("note.done", done=what) if what else "",
        reason=msg("note.reason", reason=why) if why else "",
    )
    if to_tell:
        if Status(rec.status) is not Status.ANSWERED:
            _advance(uow, rec, lc.Action.ANSWER)
        rec.answered_on = d
        rec.updated_at = now(uow)
        told = ListOf(
            right_message(i.right)
            for i in items
            if i.right.notifies_recipients and i.outcome in oc.GRANTING
        )
        pending = msg_n(
            "note.answered", "note.answered.other", open_items, outcome=note, rights=told
        )
        uow.record("answered", rec.reference, note_of(pending))
        return False
    _advance(uow, rec, lc.Action.CLOSE)
    rec.answered_on = rec.answered_on or d
    rec.ended_on = d
    uow.record("closed", rec.reference, note_of(note))
    _erase_identity_documents(uow, rec)
    return True


def withdraw(
    uow: UnitOfWork, reference: str, reason: str | None = None, on: date | str | None = None
) -> None:
    rec = _load(uow, reference)
    why = v.reason(reason, required=False)
    d = _step_date(rec, on, msg("word.date.withdrawal"), uow.today)
    _advance(uow, rec, lc.Action.WITHDRAW)
    _end_open_pauses(rec, d)
    rec.ended_on = d
    rec.outcome_reason = why
    refresh_deadlines(rec, load_settings(uow.session))
    uow.record("withdrawn", rec.reference, why)
    _erase_identity_documents(uow, rec)


def reject(
    uow: UnitOfWork,
    reference: str,
    reason: str,
    on: date | str | None = None,
    ground: str | None = None,
) -> None:
    """Art. 12(5): manifestly unfounded or excessive, the `ground` says which (the letter
    states that one); the burden of proof is the company's."""
    rec = _load(uow, reference)
    why = v.reason(reason, v.FIELD_REJECTION_REASON, required=False)
    _next(rec, lc.Action.REJECT)
    lc.check_reject(why)
    rec.grounds = gr.to_text(gr.rejection(ground))
    d = _step_date(rec, on, msg("word.date.rejection"), uow.today)
    _advance(uow, rec, lc.Action.REJECT)
    _end_open_pauses(rec, d)
    rec.outcome_reason = why
    rec.answered_on = d
    rec.ended_on = d
    refresh_deadlines(rec, load_settings(uow.session))
    uow.record("rejected", rec.reference, note_of(msg("note.rejected", reason=why or "")))
    _erase_identity_documents(uow, rec)


# -- Art. 19 recipients checklist ---------------------------------------------------------


def mark_recipient(
    uow: UnitOfWork,
    reference: str,
    recipient: str,
    state: str,
    on: date | str | None = None,
    note: str | None = None,
) -> None:
    rec = _load(uow, reference)
    lc.check_checklist_change(Status(rec.status), state)
    wanted = (recipient or "").strip().casefold()
    items = [i for i in rec.recipient_items if i.recipient.casefold() == wanted]
    if not items:
        names = ", ".join(i.recipient for i in rec.recipient_items)
        raise ValidationError(
            msg("recipient.not_on_checklist", names=names)
            if names
            else msg("recipient.checklist_empty")
        )
    why = v.reason(note, v.FIELD_NOTE, required=state == "not-applicable")
    item = items[0]
    item.state = state
    item.on = (
        _step_date(rec, on, msg("word.date.recipient"), uow.today)
        if state != lc.RECIPIENT_OPEN
        else None
    )
    item.note = why
    rec.updated_at = now(uow)
    told = (
        msg("note.recipient_why", recipient=item.recipient, reason=why)
        if why
        else msg("note.recipient", recipient=item.recipient)
    )
    uow.record(f"recipient-{state}", rec.reference, note_of(told))
