"""The lifecycle of a rights request: which step is allowed from which status.

The transition table is data (`TRANSITIONS`); `next_status` applies it and every refusal
is an `IllegalTransition` whose message can be shown as is in a dialog or on stderr.
"""

from __future__ import annotations

import enum
from types import MappingProxyType

from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.model import Outcome, Status


class Action(enum.StrEnum):
    REQUEST_IDENTITY = "request-identity"
    RECEIVE_IDENTITY = "receive-identity"
    VERIFY_IDENTITY = "verify-identity"
    FAIL_IDENTITY = "fail-identity"
    SKIP_IDENTITY = "skip-identity"
    START = "start"
    EXTEND = "extend"
    REQUEST_FEE = "request-fee"
    FEE_SETTLED = "fee-settled"
    CLOSE = "close"
    # Issue 13: the outcome decided while Art. 19 notices are still to go out; closed after
    ANSWER = "answer"
    WITHDRAW = "withdraw"
    REJECT = "reject"


_A = Action
_S = Status

# Ending steps open to every request that is still being handled.
_ENDINGS = {
    _A.CLOSE: _S.CLOSED,
    _A.ANSWER: _S.ANSWERED,
    _A.WITHDRAW: _S.WITHDRAWN,
    _A.REJECT: _S.REJECTED,
}

_TABLE: dict[Status, dict[Action, Status]] = {
    _S.RECEIVED: {
        _A.REQUEST_IDENTITY: _S.AWAITING_INFORMATION,
        _A.VERIFY_IDENTITY: _S.IN_PROGRESS,
        _A.SKIP_IDENTITY: _S.IN_PROGRESS,  # known account: no check needed
        # Art. 12(2), 11(2): the DPO may judge at once that the person cannot be identified.
        _A.FAIL_IDENTITY: _S.IDENTITY_CHECK,
        _A.START: _S.IN_PROGRESS,
        _A.EXTEND: _S.EXTENDED,
        **_ENDINGS,
    },
    _S.IDENTITY_CHECK: {
        # Art. 12(6): ask (again) only what is needed to remove a reasonable doubt.
        _A.REQUEST_IDENTITY: _S.AWAITING_INFORMATION,
        _A.VERIFY_IDENTITY: _S.IN_PROGRESS,
        _A.SKIP_IDENTITY: _S.IN_PROGRESS,
        # A failed check stays here: the DPO then closes as refused or rejects.
        _A.FAIL_IDENTITY: _S.IDENTITY_CHECK,
        _A.START: _S.IN_PROGRESS,
        _A.EXTEND: _S.EXTENDED,
        **_ENDINGS,
    },
    _S.AWAITING_INFORMATION: {
        _A.RECEIVE_IDENTITY: _S.IDENTITY_CHECK,
        # Deviation from the first draft: when the data subject never answers, Art. 11(2)
        # and 12(2) let the controller decline to act because it cannot identify him; without
        # this step such a request could only be "rejected" under Art. 12(5), which would be
        # the wrong ground. The service ends the open pause when it records the failure.
        _A.FAIL_IDENTITY: _S.IDENTITY_CHECK,
        # No CLOSE while waiting: the clock is stopped and the answer is not yet possible.
        _A.WITHDRAW: _S.WITHDRAWN,
        _A.REJECT: _S.REJECTED,
    },
    _S.IN_PROGRESS: {
        # The identity may still be recorded once handling started; the status does not move.
        _A.VERIFY_IDENTITY: _S.IN_PROGRESS,
        _A.SKIP_IDENTITY: _S.IN_PROGRESS,
        _A.EXTEND: _S.EXTENDED,
        _A.REQUEST_FEE: _S.AWAITING_FEE_PAYMENT,
        **_ENDINGS,
    },
    _S.EXTENDED: {
        _A.VERIFY_IDENTITY: _S.EXTENDED,
        _A.SKIP_IDENTITY: _S.EXTENDED,
        _A.REQUEST_FEE: _S.AWAITING_FEE_PAYMENT,
        **_ENDINGS,
    },
    _S.AWAITING_FEE_PAYMENT: {
        # Back to in progress even if extended before: the extension lives on in the
        # request's extended_on date, which is what the deadlines read, not in the status.
        _A.FEE_SETTLED: _S.IN_PROGRESS,
        **_ENDINGS,
    },
    # Once answered only closing remains: withdrawing or rejecting a request already acted
    # upon would misstate what happened (and Art. 12(5) is a ground not to act at all).
    _S.ANSWERED: {_A.CLOSE: _S.CLOSED},
    _S.CLOSED: {},
    _S.WITHDRAWN: {},
    _S.REJECTED: {},
}

TRANSITIONS: MappingProxyType[Status, MappingProxyType[Action, Status]] = MappingProxyType(
    {status: MappingProxyType(steps) for status, steps in _TABLE.items()}
)

_ALLOWED = {status: frozenset(steps) for status, steps in _TABLE.items()}

# "Cannot <verb>: <state>." for an action unavailable in a status still being handled.
_VERB = {
    _A.REQUEST_IDENTITY: "ask for identity information",
    _A.RECEIVE_IDENTITY: "record that identity information arrived",
    _A.VERIFY_IDENTITY: "verify the identity",
    _A.FAIL_IDENTITY: "record a failed identity check",
    _A.SKIP_IDENTITY: "skip the identity check",
    _A.START: "start handling",
    _A.EXTEND: "extend",
    _A.REQUEST_FEE: "ask for a fee",
    _A.FEE_SETTLED: "record the fee as settled",
    _A.CLOSE: "close",
    _A.ANSWER: "record the answer",
    _A.WITHDRAW: "record a withdrawal",
    _A.REJECT: "reject",
}
_STATE = {
    _S.RECEIVED: "the request has only just been received",
    _S.IDENTITY_CHECK: "the identity check is still under way",
    _S.AWAITING_INFORMATION: "identity information from the data subject is awaited",
    _S.IN_PROGRESS: "the request is already in progress",
    _S.EXTENDED: "the request has been extended and is in progress",
    _S.AWAITING_FEE_PAYMENT: "a fee payment is awaited",
    _S.ANSWERED: "the request has been answered; only closing it remains",
}
# When the action itself, not the status, is the reason.
_NOTHING_TO_RECORD = {
    _A.RECEIVE_IDENTITY: "no identity information has been asked for",
    _A.FEE_SETTLED: "no fee payment is awaited",
}
# "This request is already <final>; <consequence>." for final statuses.
_FINAL = {_S.CLOSED: "closed", _S.WITHDRAWN: "withdrawn", _S.REJECTED: "rejected"}
_CONSEQUENCE = {
    _A.REQUEST_IDENTITY: "no identity information can be asked for any more",
    _A.RECEIVE_IDENTITY: "identity information can no longer be recorded",
    _A.VERIFY_IDENTITY: "its identity can no longer be verified",
    _A.FAIL_IDENTITY: "its identity check can no longer be changed",
    _A.SKIP_IDENTITY: "its identity check can no longer be changed",
    _A.START: "it cannot be started",
    _A.EXTEND: "it cannot be extended",
    _A.REQUEST_FEE: "no fee can be asked for any more",
    _A.FEE_SETTLED: "record the payment on the fee note instead",
    _A.CLOSE: "it cannot be closed",
    _A.ANSWER: "its answer can no longer change",
    _A.WITHDRAW: "it cannot be withdrawn",
    _A.REJECT: "it cannot be rejected",
}
# Where the generic sentence would be vague, say what to do instead.
_SPECIFIC = {
    (_S.EXTENDED, _A.EXTEND): "This request has already been extended; GDPR Art. 12(3) "
    "allows one extension only.",
    (_S.AWAITING_INFORMATION, _A.CLOSE): "Cannot close while identity information is "
    "awaited: record that it arrived, or that the identity check failed, first.",
    (_S.AWAITING_INFORMATION, _A.EXTEND): "Cannot extend while the clock is paused for "
    "identity information.",
    (_S.AWAITING_INFORMATION, _A.REQUEST_IDENTITY): "Identity information has already been "
    "asked for; record its arrival first.",
    (_S.AWAITING_FEE_PAYMENT, _A.REQUEST_FEE): "A fee has already been asked for; record "
    "its payment or close the request first.",
}


# GDPR Art. 11(2), 12(2): a person who could not be identified gets no data and no change.
# Once the identity check failed only a refusal remains: closing as refused, or an Art. 12(5)
# rejection; and the data subject may still withdraw. No start, extension, fee or new check.
AFTER_FAILED_IDENTITY = frozenset({_A.CLOSE, _A.REJECT, _A.WITHDRAW})
_FAILED_STATE = "the identity check failed; only a refusal remains"
_FAILED_CLOSE = (
    "The identity check failed: the request can only be refused (or rejected), not granted."
)


def allowed_actions(current: Status, *, identity_failed: bool = False) -> frozenset[Action]:
    """The steps the DPO may take from `current` (empty for a final status); with
    `identity_failed`, only those of AFTER_FAILED_IDENTITY among them."""
    if identity_failed:
        return _ALLOWED[current] & AFTER_FAILED_IDENTITY
    return _ALLOWED[current]


def why_not(current: Status, action: Action, *, identity_failed: bool = False) -> str | None:
    """Why `action` is unavailable from `current` (for a tooltip), or None if allowed."""
    if action in allowed_actions(current, identity_failed=identity_failed):
        return None
    if action in _ALLOWED[current]:  # allowed but for the failed identity check
        return f"Cannot {_VERB[action]}: {_FAILED_STATE}."
    if current in _FINAL:
        consequence = _CONSEQUENCE[action]
        if _ENDINGS.get(action) is current:
            consequence += " again"
        return f"This request is already {_FINAL[current]}; {consequence}."
    specific = _SPECIFIC.get((current, action))
    if specific is not None:
        return specific
    state = _NOTHING_TO_RECORD.get(action, _STATE[current])
    return f"Cannot {_VERB[action]}: {state}."


def next_status(current: Status, action: Action, *, identity_failed: bool = False) -> Status:
    """The status after `action`; IllegalTransition when the table (or, with
    `identity_failed`, the failed identity check) does not allow it."""
    target = _TABLE[current].get(action)
    if target is None or (identity_failed and action not in AFTER_FAILED_IDENTITY):
        raise IllegalTransition(
            why_not(current, action, identity_failed=identity_failed)
            or "This step is not allowed now."
        )
    return target


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def check_close(
    outcome: Outcome,
    reason: str | None,
    open_recipient_items: int,
    *,
    identity_failed: bool = False,
) -> None:
    """Refuse a closing the GDPR does not allow; return quietly otherwise.

    `open_recipient_items` counts the Art. 19 checklist items still open; they matter only
    for a grant (a refusal changed nothing to tell).
    """
    if identity_failed and outcome is not Outcome.REFUSED:
        # Art. 11(2), 12(2): without an identity no data may be handed over or changed
        raise IllegalTransition(_FAILED_CLOSE)
    if outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED) and _blank(reason):
        # GDPR Art. 12(4): tell the data subject why not, and of the right to complain.
        raise ValidationError(
            "A refusal or partial grant needs the reasons the data subject will be told "
            "(GDPR Art. 12(4))."
        )
    if outcome == Outcome.GRANTED and open_recipient_items > 0:
        # GDPR Art. 19: every recipient must be told of the rectification, erasure or
        # restriction (or the item marked not applicable) before the request is granted.
        items = (
            "1 recipient is"
            if open_recipient_items == 1
            else (f"{open_recipient_items} recipients are")
        )
        raise IllegalTransition(
            f"Cannot close as granted: {items} still to be told of the rectification, "
            "erasure or restriction (GDPR Art. 19)."
        )


def check_reject(reason: str | None) -> None:
    """GDPR Art. 12(5): a rejection needs recorded reasons; the burden of proof is ours."""
    if _blank(reason):
        raise ValidationError(
            "A rejection needs a reason: under GDPR Art. 12(5) the company must show why "
            "the request is manifestly unfounded or excessive."
        )


# -- the Art. 19 checklist ------------------------------------------------------------------

RECIPIENT_OPEN, RECIPIENT_NOTIFIED, RECIPIENT_NOT_APPLICABLE = "open", "notified", "not-applicable"
RECIPIENT_STATES = (RECIPIENT_NOTIFIED, RECIPIENT_NOT_APPLICABLE, RECIPIENT_OPEN)


def checklist_frozen(status: Status) -> bool:
    """A finished request (closed, withdrawn, rejected) keeps its checklist as it was: the
    record of whom the company told (GDPR Art. 5(2), 19) may not change afterwards."""
    return status.is_final


def check_checklist_change(status: Status, state: str) -> None:
    """Refuse marking a recipient `state` on a request in `status`; return quietly otherwise."""
    if checklist_frozen(status):
        raise IllegalTransition("This request is finished; its checklist can no longer change.")
    if state not in RECIPIENT_STATES:
        raise ValidationError("Unknown state; use one of: " + ", ".join(RECIPIENT_STATES) + ".")
