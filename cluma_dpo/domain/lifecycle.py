"""The lifecycle of a rights request: which step is allowed from which status.

The transition table is data (`TRANSITIONS`); `next_status` applies it and every refusal
is an `IllegalTransition` whose message can be shown as is in a dialog or on stderr.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from types import MappingProxyType

from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.messages import N_, Message, msg, msg_n
from cluma_dpo.domain.model import IdentityStatus, Outcome, Right, Status


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
    _A.REQUEST_IDENTITY: N_("lifecycle.verb.request-identity"),
    _A.RECEIVE_IDENTITY: N_("lifecycle.verb.receive-identity"),
    _A.VERIFY_IDENTITY: N_("lifecycle.verb.verify-identity"),
    _A.FAIL_IDENTITY: N_("lifecycle.verb.fail-identity"),
    _A.SKIP_IDENTITY: N_("lifecycle.verb.skip-identity"),
    _A.START: N_("lifecycle.verb.start"),
    _A.EXTEND: N_("lifecycle.verb.extend"),
    _A.REQUEST_FEE: N_("lifecycle.verb.request-fee"),
    _A.FEE_SETTLED: N_("lifecycle.verb.fee-settled"),
    _A.CLOSE: N_("lifecycle.verb.close"),
    _A.ANSWER: N_("lifecycle.verb.answer"),
    _A.WITHDRAW: N_("lifecycle.verb.withdraw"),
    _A.REJECT: N_("lifecycle.verb.reject"),
}
_STATE = {
    _S.RECEIVED: N_("lifecycle.state.received"),
    _S.IDENTITY_CHECK: N_("lifecycle.state.identity-check"),
    _S.AWAITING_INFORMATION: N_("lifecycle.state.awaiting-information"),
    _S.IN_PROGRESS: N_("lifecycle.state.in-progress"),
    _S.EXTENDED: N_("lifecycle.state.extended"),
    _S.AWAITING_FEE_PAYMENT: N_("lifecycle.state.awaiting-fee-payment"),
    _S.ANSWERED: N_("lifecycle.state.answered"),
}
# When the action itself, not the status, is the reason.
_NOTHING_TO_RECORD = {
    _A.RECEIVE_IDENTITY: N_("lifecycle.state.no-identity-asked"),
    _A.FEE_SETTLED: N_("lifecycle.state.no-fee-awaited"),
}
# "This request is already <final>; <consequence>." for final statuses.
_FINAL = {
    _S.CLOSED: N_("lifecycle.final.closed"),
    _S.WITHDRAWN: N_("lifecycle.final.withdrawn"),
    _S.REJECTED: N_("lifecycle.final.rejected"),
}
_CONSEQUENCE = {
    _A.REQUEST_IDENTITY: N_("lifecycle.consequence.request-identity"),
    _A.RECEIVE_IDENTITY: N_("lifecycle.consequence.receive-identity"),
    _A.VERIFY_IDENTITY: N_("lifecycle.consequence.verify-identity"),
    _A.FAIL_IDENTITY: N_("lifecycle.consequence.identity-check"),
    _A.SKIP_IDENTITY: N_("lifecycle.consequence.identity-check"),
    _A.START: N_("lifecycle.consequence.start"),
    _A.EXTEND: N_("lifecycle.consequence.extend"),
    _A.REQUEST_FEE: N_("lifecycle.consequence.request-fee"),
    _A.FEE_SETTLED: N_("lifecycle.consequence.fee-settled"),
    _A.CLOSE: N_("lifecycle.consequence.close"),
    _A.ANSWER: N_("lifecycle.consequence.answer"),
    _A.WITHDRAW: N_("lifecycle.consequence.withdraw"),
    _A.REJECT: N_("lifecycle.consequence.reject"),
}
# The same ending a second time ("it cannot be closed again").
_AGAIN = {
    _A.CLOSE: N_("lifecycle.consequence.close-again"),
    _A.WITHDRAW: N_("lifecycle.consequence.withdraw-again"),
    _A.REJECT: N_("lifecycle.consequence.reject-again"),
}
# Where the generic sentence would be vague, say what to do instead.
_SPECIFIC = {
    (_S.EXTENDED, _A.EXTEND): N_("lifecycle.already_extended"),
    (_S.AWAITING_INFORMATION, _A.CLOSE): N_("lifecycle.close_while_awaiting"),
    (_S.AWAITING_INFORMATION, _A.EXTEND): N_("lifecycle.extend_while_paused"),
    (_S.AWAITING_INFORMATION, _A.REQUEST_IDENTITY): N_("lifecycle.identity_already_asked"),
    (_S.AWAITING_FEE_PAYMENT, _A.REQUEST_FEE): N_("lifecycle.fee_already_asked"),
}


# GDPR Art. 11(2), 12(2): a person who could not be identified gets no data and no change.
# Once the identity check failed only a refusal remains: closing as refused, or an Art. 12(5)
# rejection; and the data subject may still withdraw. No start, extension, fee or new check.
AFTER_FAILED_IDENTITY = frozenset({_A.CLOSE, _A.REJECT, _A.WITHDRAW})
_FAILED_STATE = N_("lifecycle.state.identity-failed")


def verb(action: Action) -> Message:
    """The step as a sentence names it ("ask for a fee"), in the reader's language."""
    return msg(_VERB[action])


def allowed_actions(current: Status, *, identity_failed: bool = False) -> frozenset[Action]:
    """The steps the DPO may take from `current` (empty for a final status); with
    `identity_failed`, only those of AFTER_FAILED_IDENTITY among them."""
    if identity_failed:
        return _ALLOWED[current] & AFTER_FAILED_IDENTITY
    return _ALLOWED[current]


def why_not(current: Status, action: Action, *, identity_failed: bool = False) -> Message | None:
    """Why `action` is unavailable from `current` (for a tooltip), or None if allowed."""
    if action in allowed_actions(current, identity_failed=identity_failed):
        return None
    if action in _ALLOWED[current]:  # allowed but for the failed identity check
        return msg("lifecycle.cannot", verb=verb(action), state=msg(_FAILED_STATE))
    if current in _FINAL:
        again = _ENDINGS.get(action) is current
        consequence = _AGAIN[action] if again else _CONSEQUENCE[action]
        return msg("lifecycle.already", final=msg(_FINAL[current]), consequence=msg(consequence))
    specific = _SPECIFIC.get((current, action))
    if specific is not None:
        return msg(specific)
    state = _NOTHING_TO_RECORD.get(action, _STATE[current])
    return msg("lifecycle.cannot", verb=verb(action), state=msg(state))


def next_status(current: Status, action: Action, *, identity_failed: bool = False) -> Status:
    """The status after `action`; IllegalTransition when the table (or, with
    `identity_failed`, the failed identity check) does not allow it."""
    target = _TABLE[current].get(action)
    if target is None or (identity_failed and action not in AFTER_FAILED_IDENTITY):
        raise IllegalTransition(
            why_not(current, action, identity_failed=identity_failed) or msg("lifecycle.not_now")
        )
    return target


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


# The identity states in which data may be handed over or changed for the person
IDENTIFIED = (IdentityStatus.VERIFIED, IdentityStatus.NOT_NEEDED)


def identity_needed(rights: Sequence[Right] = ()) -> bool:
    """Whether granting `rights` depends on the identity check. A marketing opt-out alone
    does not (Art. 21(2)-(3): absolute, discloses and changes nothing; more information may
    be asked only on reasonable doubt, Art. 12(2) and (6)). `()`: not known, needed."""
    return not rights or any(not r.is_marketing_objection for r in rights)


def identified(identity: IdentityStatus, rights: Sequence[Right] = ()) -> bool:
    """Whether an answer may hand over or change data for the person (GDPR Art. 12(2),
    12(6)): the identity was verified, or no check was needed (a known account, or a
    marketing opt-out alone, unless the check failed). One rule for the answer letter
    (domain.letters) and for closing with a grant (below): a grant recorded without it
    would leave no letter to send (issue 15)."""
    if identity is IdentityStatus.FAILED:
        return False  # the DPO recorded a doubt the person did not resolve (Art. 12(6))
    return identity in IDENTIFIED or not identity_needed(rights)


def check_outcome_identity(
    outcome: Outcome, identity: IdentityStatus | None, rights: Sequence[Right] = ()
) -> None:
    """Refuse an outcome the identity check does not allow; `None`: not known here."""
    if identity is None or outcome is Outcome.REFUSED or identified(identity, rights):
        return
    if identity is IdentityStatus.FAILED:
        # Art. 12(2), 12(6): without an identity no data may be handed over or changed
        raise IllegalTransition(msg("lifecycle.identity_failed_close"))
    raise IllegalTransition(msg("lifecycle.identity_unverified_close"))


def check_close(
    outcome: Outcome,
    reason: str | None,
    open_recipient_items: int,
    *,
    identity_failed: bool = False,
    identity: IdentityStatus | None = None,
    rights: Sequence[Right] = (),
) -> None:
    """Refuse a closing the GDPR does not allow; return quietly otherwise.

    `open_recipient_items` counts the Art. 19 checklist items still open; they matter only
    for a grant (a refusal changed nothing to tell). `identity`, when given, must allow
    the outcome (`check_outcome_identity`).
    """
    if identity_failed:
        identity = IdentityStatus.FAILED
    check_outcome_identity(outcome, identity, rights)
    if outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED) and _blank(reason):
        # GDPR Art. 12(4): tell the data subject why not, and of the right to complain.
        raise ValidationError(msg("lifecycle.refusal_needs_reason"))
    if outcome == Outcome.GRANTED and open_recipient_items > 0:
        # GDPR Art. 19: every recipient must be told of the rectification, erasure or
        # restriction (or the item marked not applicable) before the request is granted.
        raise IllegalTransition(
            msg_n(
                "lifecycle.granted_recipients_open",
                "lifecycle.granted_recipients_open.plural",
                open_recipient_items,
            )
        )


def check_reject(reason: str | None) -> None:
    """GDPR Art. 12(5): a rejection needs recorded reasons; the burden of proof is ours."""
    if _blank(reason):
        raise ValidationError(msg("lifecycle.rejection_needs_reason"))


# -- the Art. 19 checklist ------------------------------------------------------------------

RECIPIENT_OPEN, RECIPIENT_NOTIFIED, RECIPIENT_NOT_APPLICABLE = "open", "notified", "not-applicable"
# nothing to tell: the recipient never received this person's data (lawyer's finding 32);
# "not-applicable" is Art. 19's exception (impossible, disproportionate effort) only
RECIPIENT_NOT_RECEIVED = "not-received"
RECIPIENT_STATES = (
    RECIPIENT_NOTIFIED,
    RECIPIENT_NOT_APPLICABLE,
    RECIPIENT_OPEN,
    RECIPIENT_NOT_RECEIVED,
)
# the states in which a recipient gets no Art. 19 notice
RECIPIENT_NOT_TOLD = (RECIPIENT_NOT_APPLICABLE, RECIPIENT_NOT_RECEIVED)


def checklist_frozen(status: Status) -> bool:
    """A finished request (closed, withdrawn, rejected) keeps its checklist as it was: the
    record of whom the company told (GDPR Art. 5(2), 19) may not change afterwards."""
    return status.is_final


def check_checklist_change(status: Status, state: str) -> None:
    """Refuse marking a recipient `state` on a request in `status`; return quietly otherwise."""
    if checklist_frozen(status):
        raise IllegalTransition(msg("lifecycle.checklist_frozen"))
    if state not in RECIPIENT_STATES:
        raise ValidationError(
            msg("lifecycle.unknown_recipient_state", allowed=", ".join(RECIPIENT_STATES))
        )
