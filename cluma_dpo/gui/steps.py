"""The lifecycle steps as dialogs: what each asks, which domain rule checks it as you type,
and which workbench call records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import grounds as gr
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain import outcomes as oc
from cluma_dpo.domain.grounds import RejectionGround
from cluma_dpo.domain.messages import msg
from cluma_dpo.domain.model import (
    Channel,
    FeeNoteView,
    IdentityMethod,
    IdentityStatus,
    Outcome,
    RequestView,
    Status,
)
from cluma_dpo.domain.validation import MAX_DOCUMENT_BYTES
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.reason import Step, StepInput
from cluma_dpo.gui.file_dialogs import read_chosen
from cluma_dpo.services.api import WorkbenchApi

translate = QCoreApplication.translate


def extended_date(view: RequestView, on: date, *, pause_for_identity: bool) -> date | None:
    """The due date an extension recorded on `on` would give (for the dialog's text): the
    service records the date of this same rule, under the same deadline setting."""
    inp = dl.DeadlineInput(
        view.received, view.rights, view.account_deletion, view.pauses, view.extended_on
    )
    return dl.extended_due(inp, on, pause_for_identity=pause_for_identity)


def extend(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    pause = wb.settings().deadlines.pause_for_identity
    until = extended_date(view, today, pause_for_identity=pause)
    intro = translate(
        "Steps",
        "GDPR Art. 12(3): the time to answer may be extended once, by two further "
        "months, when the request is complex or numerous. The data subject must be told why "
        "within the first month.\n\nDue now: {0}. Extended: {1}.",
    ).format(labels.long_date(view.due_date), labels.long_date(until))
    return Step(
        title=translate("Steps", "Extend {0}").format(view.reference),
        intro=intro,
        ok_text=translate("Steps", "&Extend"),
        apply=lambda s: wb.extend(view.reference, s.reason or "", on=s.on),
        done=lambda s: translate("Steps", "{0}: extended; the new deadline is {1}.").format(
            view.reference,
            labels.long_date(extended_date(view, s.on or today, pause_for_identity=pause)),
        ),
        earliest=view.received,
        # printed in the extension letter, which is in the person's language (issue 15)
        reason_label=translate("Steps", "Reason told to the data subject (in {0}):").format(
            labels.label(labels.LANGUAGES, view.subject.language)
        ),
        reason_required=True,
    )


def _split(parts: Mapping[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(granted rights, refused rights) of a right -> outcome mapping; the others: in part."""
    granted = tuple(r for r, o in parts.items() if o == Outcome.GRANTED.value)
    refused = tuple(r for r, o in parts.items() if o == Outcome.REFUSED.value)
    return granted, refused


def close_answered(wb: WorkbenchApi, view: RequestView) -> Step:
    """Close a request whose answer is recorded (it waited for the Art. 19 notices): the
    recorded answer is confirmed as it is, never chosen again."""
    outcome = view.outcome or Outcome.GRANTED

    def apply(s: StepInput) -> None:
        recorded = {i.right.value: i.outcome.value for i in view.right_outcomes}
        granted, refused = _split(recorded)
        wb.close_request(
            view.reference,
            outcome.value,
            reason=view.outcome_reason,
            on=s.on,
            granted=granted,
            refused=refused,
            done=view.outcome_done,
        )

    return Step(
        title=translate("Steps", "Close {0}").format(view.reference),
        intro=translate(
            "Steps",
            "The answer is recorded: {0}. Close the request once every recipient is told "
            "(GDPR Art. 19); the recorded answer stays as it is.",
        ).format(labels.label(labels.OUTCOMES, outcome)),
        ok_text=translate("Steps", "&Close request"),
        apply=apply,
        done=lambda s: translate("Steps", "{0}: closed.").format(view.reference),
        earliest=view.answered_on or view.received,
    )


def close(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    if view.status is Status.ANSWERED and view.outcome is not None:
        return close_answered(wb, view)
    failed = view.identity.status is IdentityStatus.FAILED

    def split(s: StepInput) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return _split(s.parts)

    def outcome_allowed(s: StepInput) -> None:
        # a grant needs the identity its answer letter needs: said beside the outcome
        lc.check_outcome_identity(Outcome(s.choice or ""), view.identity.status, view.rights)

    def check(s: StepInput) -> None:
        outcome = Outcome(s.choice or "")
        # Art. 19 is not a reason to refuse here: with recipients still to tell, the
        # answer is recorded and the request waits as answered (services.workflow.close)
        lc.check_close(outcome, s.reason, 0, identity=view.identity.status, rights=view.rights)
        granted, refused = split(s)
        items = oc.right_outcomes(
            view.rights, outcome, granted=granted, refused=refused, done=s.done
        )
        oc.check_outcomes(items, 0, identity_failed=failed, answering=True)
        # a refused Art. 21(1) objection names its one ground (the lawyer's finding 6)
        g = s.grounds
        gr.closing_grounds(
            items, g.get("objection_ground"), g.get("kept_for"), g.get("kept_until"),
            s.on or today, failed,
        )  # fmt: skip

    def apply(s: StepInput) -> None:
        granted, refused = split(s)
        wb.close_request(
            view.reference,
            s.choice or "",
            reason=s.reason,
            on=s.on,
            granted=granted,
            refused=refused,
            done=s.done,
            answered=True,
            **s.grounds,  # objection_ground, kept_for, kept_until (lawyer's findings 6, 10)
        )

    return Step(
        title=translate("Steps", "Close {0}").format(view.reference),
        intro=translate(
            "Steps",
            "Record how the request was answered. A refusal or a partial grant needs "
            "the reasons the data subject is told (GDPR Art. 12(4)).",
        ),
        ok_text=translate("Steps", "&Close request"),
        apply=apply,
        done=lambda s: translate("Steps", "{0}: answer recorded ({1}).").format(
            view.reference, labels.label(labels.OUTCOMES, Outcome(s.choice or ""))
        ),
        choice_label=translate("Steps", "Outcome:"),
        choices=[(labels.label(labels.OUTCOMES, o), o.value) for o in Outcome],
        earliest=view.received,
        reason_label=translate("Steps", "Reasons:"),
        check=check,
        choice_check=outcome_allowed,
    )


def withdraw(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    return Step(
        title=translate("Steps", "Withdrawal of {0}").format(view.reference),
        intro=translate(
            "Steps", "The data subject withdrew the request. Nothing more will be done."
        ),
        ok_text=translate("Steps", "Record &withdrawal"),
        apply=lambda s: wb.withdraw(view.reference, reason=s.reason, on=s.on),
        done=lambda s: translate("Steps", "{0}: recorded as withdrawn.").format(view.reference),
        earliest=view.received,
        reason_label=translate("Steps", "Note (optional):"),
    )


def _check_rejection(s: StepInput) -> None:
    lc.check_reject(s.reason)
    gr.rejection(s.choice)


def reject(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    return Step(
        title=translate("Steps", "Reject {0}").format(view.reference),
        intro=translate(
            "Steps",
            "GDPR Art. 12(5): a manifestly unfounded or excessive request may be "
            "refused. The company must be able to show why: record the reasons.",
        ),
        ok_text=translate("Steps", "&Reject"),
        apply=lambda s: wb.reject(view.reference, s.reason or "", on=s.on, ground=s.choice),
        # Art. 12(5): the one ground the letter states (the lawyer's finding 8)
        choice_label=translate("Steps", "Ground:"),
        choices=[
            (translate("Steps", "(choose the ground)"), ""),
            (translate("Steps", "Manifestly unfounded"), RejectionGround.UNFOUNDED.value),
            (translate("Steps", "Excessive"), RejectionGround.EXCESSIVE.value),
            (
                translate("Steps", "Excessive, because of its repetitive character"),
                RejectionGround.REPETITIVE.value,
            ),
        ],
        done=lambda s: translate("Steps", "{0}: rejected (Art. 12(5)).").format(view.reference),
        earliest=view.received,
        reason_label=translate("Steps", "Reasons:"),
        reason_required=True,
        check=_check_rejection,
    )


def request_identity(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    return Step(
        title=translate("Steps", "Ask for identity information"),
        intro=translate(
            "Steps",
            "GDPR Art. 12(6): ask only what removes a reasonable doubt. The clock stops "
            "from the day you ask until the information arrives (EDPB 01/2022 §5.3).",
        ),
        ok_text=translate("Steps", "&Record"),
        apply=lambda s: wb.request_identity(view.reference, on=s.on, needed=s.reason),
        done=lambda s: translate(
            "Steps", "{0}: identity information asked; the clock stops."
        ).format(view.reference),
        earliest=view.received,
        # printed in the identity request, which is in the person's language (issue 13)
        reason_label=translate("Steps", "What is needed (optional, in {0}):").format(
            labels.label(labels.LANGUAGES, view.subject.language)
        ),
    )


def receive_identity(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    def apply(s: StepInput) -> None:
        limit = MAX_DOCUMENT_BYTES  # read as the command line reads it: a regular file only
        too_large = msg("validation.document_too_large", n=limit // 2**20)
        document = read_chosen(s.file, limit, too_large) if s.file else None
        suffix = s.file.suffix if s.file else None
        wb.receive_identity(view.reference, on=s.on, document=document, suffix=suffix)

    return Step(
        title=translate("Steps", "Identity information received"),
        intro=translate(
            "Steps",
            "The clock runs again from this day. A copy of an identity document is "
            "stored encrypted and erased as soon as the check ends.",
        ),
        ok_text=translate("Steps", "&Record"),
        apply=apply,
        done=lambda s: translate(
            "Steps", "{0}: identity information received; the clock runs again."
        ).format(view.reference),
        earliest=(view.pauses[-1].started if view.pauses else view.received),
        with_file=True,
    )


def likely_identity_method(view: RequestView) -> IdentityMethod:
    """The method that fits how the request came and what is on file (issue 15: not
    "matching account e-mail" for a letter from someone without an e-mail address)."""
    ident, channel = view.identity, view.channel
    if ident.document_stored or ident.status is IdentityStatus.RECEIVED:
        return IdentityMethod.ID_DOCUMENT
    if channel is Channel.IN_PERSON:
        return IdentityMethod.IN_PERSON
    # an e-mail address proves nothing by itself: the account's address only when the
    # request was marked as coming from a known customer account (dpo15 finding 16)
    known = ident.status is IdentityStatus.NOT_NEEDED
    if channel in (Channel.EMAIL, Channel.WEB) and view.subject.email and known:
        return IdentityMethod.ACCOUNT_EMAIL
    return IdentityMethod.ID_DOCUMENT


def identity_copies(view: RequestView) -> list[tuple[int, str]]:
    """The kept scans and attachments in PDF, JPEG or PNG, (id, title): when the check is
    recorded the DPO says which are copies of an identity document (erased with it)."""
    from cluma_dpo.gui.documents_tab import document_title, is_identity_source

    return [(d.id, document_title(d)) for d in view.documents
            if d.id is not None and is_identity_source(d)]  # fmt: skip


def _erased(s: StepInput, copies: list[tuple[int, str]]) -> str:
    """What the status bar adds when copies were erased with the check."""
    if not s.erase:
        return ""
    names = ", ".join(title for i, title in copies if i in s.erase)
    return " " + translate("Steps", "Erased as identity document: {0}.").format(names)


def verify_identity(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    copies = identity_copies(view)
    return Step(
        title=translate("Steps", "Identity verified"),
        intro=translate("Steps", "How was the identity of the data subject established?"),
        ok_text=translate("Steps", "&Verified"),
        apply=lambda s: wb.verify_identity(view.reference, s.choice or "", on=s.on, erase=s.erase),
        done=lambda s: (
            translate("Steps", "{0}: identity verified ({1}).").format(
                view.reference,
                labels.label(labels.IDENTITY_METHODS, IdentityMethod(s.choice or "")),
            )
            + _erased(s, copies)
        ),
        choice_label=translate("Steps", "Method:"),
        choices=[(labels.label(labels.IDENTITY_METHODS, m), m.value) for m in IdentityMethod],
        default_choice=likely_identity_method(view).value,
        earliest=view.received,
        attachments=copies,
    )


def fail_identity(wb: WorkbenchApi, view: RequestView, today: date) -> Step:
    copies = identity_copies(view)
    return Step(
        title=translate("Steps", "Identity check failed"),
        intro=translate(
            "Steps",
            "GDPR Art. 11(2), 12(2): the data subject could not be identified. Close "
            "the request as refused afterwards, with the reasons.",
        ),
        ok_text=translate("Steps", "Record &failure"),
        apply=lambda s: wb.fail_identity(view.reference, s.reason, on=s.on, erase=s.erase),
        done=lambda s: (
            translate("Steps", "{0}: identity check failed.").format(view.reference)
            + _erased(s, copies)
        ),
        earliest=view.received,
        reason_label=translate("Steps", "Reason (optional):"),
        attachments=copies,
    )


def fee_paid(wb: WorkbenchApi, fee: FeeNoteView, today: date) -> Step:
    return Step(
        title=translate("Steps", "Fee note {0} paid").format(fee.number),
        intro=translate("Steps", "Fee note {0} of {1}, reference {2}.").format(
            fee.number, labels.money(fee.amount), fee.structured_reference
        ),
        ok_text=translate("Steps", "Mark &paid"),
        apply=lambda s: wb.fee_paid(fee.number, on=s.on),
        done=lambda s: translate("Steps", "Fee note {0} marked paid.").format(fee.number),
        earliest=fee.issued_on,
    )


def cancel_fee(wb: WorkbenchApi, fee: FeeNoteView, today: date) -> Step:
    return Step(
        title=translate("Steps", "Cancel fee note {0}").format(fee.number),
        intro=translate("Steps", "The fee note stays in the register as cancelled."),
        ok_text=translate("Steps", "Cancel &fee note"),
        apply=lambda s: wb.cancel_fee_note(fee.number, s.reason),
        done=lambda s: translate("Steps", "Fee note {0} cancelled.").format(fee.number),
        with_date=False,
        reason_label=translate("Steps", "Reason (optional):"),
    )


def recipient_not_applicable(wb: WorkbenchApi, view: RequestView, recipient: str) -> Step:
    return Step(
        title=translate("Steps", "Recipient not applicable"),
        intro=translate(
            "Steps",
            "Telling {0} proves impossible or involves disproportionate effort "
            "(GDPR Art. 19). The answer letter says so.",
        ).format(recipient),
        ok_text=translate("Steps", "&Record"),
        apply=lambda s: wb.mark_recipient(
            view.reference, recipient, "not-applicable", on=s.on, note=s.reason
        ),
        done=lambda s: translate("Steps", "{0}: {1} recorded as not applicable.").format(
            view.reference, recipient
        ),
        earliest=view.received,
        reason_label=translate("Steps", "Why:"),
        reason_required=True,
    )
