"""The lifecycle table: every (status, action) pair is allowed or refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.lifecycle import (
    TRANSITIONS,
    Action,
    allowed_actions,
    check_close,
    check_reject,
    next_status,
    why_not,
)
from cluma_dpo.domain.model import Outcome, Status
from cluma_dpo.texts import render

FINAL = (Status.CLOSED, Status.WITHDRAWN, Status.REJECTED)


@pytest.mark.parametrize(("status", "action"), list(itertools.product(Status, Action)))
def test_every_pair_is_allowed_or_refused_with_a_message(status: Status, action: Action) -> None:
    if action in allowed_actions(status):
        assert why_not(status, action) is None
        assert next_status(status, action) is TRANSITIONS[status][action]
    else:
        found = why_not(status, action)
        reason = render(found, "en") if found else None
        assert reason and reason.endswith(".") and reason[0].isupper()
        with pytest.raises(IllegalTransition) as err:
            next_status(status, action)
        assert err.value.message == reason


def test_every_status_is_in_the_table() -> None:
    assert set(TRANSITIONS) == set(Status)


@pytest.mark.parametrize("status", FINAL)
def test_final_states_allow_nothing(status: Status) -> None:
    assert allowed_actions(status) == frozenset()


@pytest.mark.parametrize(
    ("status", "action", "target"),
    [
        (Status.RECEIVED, Action.REQUEST_IDENTITY, Status.AWAITING_INFORMATION),
        (Status.RECEIVED, Action.VERIFY_IDENTITY, Status.IN_PROGRESS),
        (Status.RECEIVED, Action.SKIP_IDENTITY, Status.IN_PROGRESS),
        (Status.RECEIVED, Action.START, Status.IN_PROGRESS),
        (Status.RECEIVED, Action.EXTEND, Status.EXTENDED),
        (Status.AWAITING_INFORMATION, Action.RECEIVE_IDENTITY, Status.IDENTITY_CHECK),
        (Status.IDENTITY_CHECK, Action.VERIFY_IDENTITY, Status.IN_PROGRESS),
        (Status.IDENTITY_CHECK, Action.FAIL_IDENTITY, Status.IDENTITY_CHECK),
        (Status.IDENTITY_CHECK, Action.START, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Action.EXTEND, Status.EXTENDED),
        (Status.IN_PROGRESS, Action.REQUEST_FEE, Status.AWAITING_FEE_PAYMENT),
        (Status.EXTENDED, Action.REQUEST_FEE, Status.AWAITING_FEE_PAYMENT),
        (Status.EXTENDED, Action.VERIFY_IDENTITY, Status.EXTENDED),
        (Status.AWAITING_FEE_PAYMENT, Action.FEE_SETTLED, Status.IN_PROGRESS),
        (Status.EXTENDED, Action.CLOSE, Status.CLOSED),
        (Status.ANSWERED, Action.CLOSE, Status.CLOSED),
        (Status.AWAITING_INFORMATION, Action.WITHDRAW, Status.WITHDRAWN),
        (Status.AWAITING_FEE_PAYMENT, Action.REJECT, Status.REJECTED),
    ],
)
def test_transitions(status: Status, action: Action, target: Status) -> None:
    assert next_status(status, action) is target


def test_close_and_withdraw_and_reject_from_every_status_being_handled() -> None:
    handled = [s for s in Status if not s.is_final and s is not Status.ANSWERED]
    for status in handled:
        assert {Action.WITHDRAW, Action.REJECT} <= allowed_actions(status)
        assert (Action.CLOSE in allowed_actions(status)) == (
            status is not Status.AWAITING_INFORMATION
        )


def test_a_full_path() -> None:
    status = Status.RECEIVED
    for action in (
        Action.REQUEST_IDENTITY,
        Action.RECEIVE_IDENTITY,
        Action.VERIFY_IDENTITY,
        Action.EXTEND,
        Action.REQUEST_FEE,
        Action.FEE_SETTLED,
        Action.CLOSE,
    ):
        status = next_status(status, action)
    assert status is Status.CLOSED


@pytest.mark.parametrize(
    ("status", "action", "message"),
    [
        (Status.CLOSED, Action.CLOSE, "This request is already closed; it cannot be closed again."),
        (Status.CLOSED, Action.EXTEND, "This request is already closed; it cannot be extended."),
        (
            Status.CLOSED,
            Action.VERIFY_IDENTITY,
            "This request is already closed; its identity can no longer be verified.",
        ),
        (Status.WITHDRAWN, Action.CLOSE, "This request is already withdrawn; it cannot be closed."),
        (
            Status.EXTENDED,
            Action.EXTEND,
            "This request has already been extended; GDPR Art. 12(3) allows one extension only.",
        ),
        (
            Status.IN_PROGRESS,
            Action.FEE_SETTLED,
            "Cannot record the fee as settled: no fee payment is awaited.",
        ),
    ],
)
def test_messages_fit_for_a_dialog(status: Status, action: Action, message: str) -> None:
    with pytest.raises(IllegalTransition) as err:
        next_status(status, action)
    assert err.value.message == message


def test_no_close_while_identity_information_is_awaited() -> None:
    with pytest.raises(IllegalTransition, match="identity information is awaited"):
        next_status(Status.AWAITING_INFORMATION, Action.CLOSE)


def test_actions_accept_their_string_values() -> None:
    assert next_status(Status("received"), Action("extend")) is Status.EXTENDED


# --- closing and rejecting


@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.PARTLY_GRANTED])
@pytest.mark.parametrize("reason", [None, "", "  "])
def test_refusal_needs_reasons(outcome: Outcome, reason: str | None) -> None:
    with pytest.raises(ValidationError, match=r"Art\. 12\(4\)"):
        check_close(outcome, reason, open_recipient_items=0)


def test_refusal_with_reasons_is_fine() -> None:
    check_close(Outcome.REFUSED, "Art. 17(3)(b): legal obligation to keep invoices", 0)
    check_close(Outcome.PARTLY_GRANTED, "Invoices kept for 7 years", 2)
    check_close(Outcome.GRANTED, None, 0)


def test_granted_needs_every_recipient_told() -> None:
    with pytest.raises(IllegalTransition, match=r"1 recipient is still to be told.*Art\. 19"):
        check_close(Outcome.GRANTED, None, open_recipient_items=1)
    with pytest.raises(IllegalTransition, match="3 recipients are"):
        check_close(Outcome.GRANTED, "done", open_recipient_items=3)


@pytest.mark.parametrize("reason", [None, "", "\t"])
def test_rejection_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValidationError, match=r"Art\. 12\(5\)"):
        check_reject(reason)


def test_rejection_with_a_reason_is_fine() -> None:
    check_reject("Twelfth identical request this month")
