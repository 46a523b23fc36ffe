"""Rules that lived in the services, now the domain's: a failed identity check leaves only a
refusal, and a finished request keeps its Art. 19 checklist as it was."""

from __future__ import annotations

import pytest

from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.model import Outcome, Status
from cluma_dpo.texts import render

A = lc.Action


@pytest.mark.parametrize("status", list(Status))
def test_after_a_failed_identity_check_only_a_refusal_remains(status: Status) -> None:
    allowed = lc.allowed_actions(status, identity_failed=True)
    assert allowed == lc.allowed_actions(status) & {A.CLOSE, A.REJECT, A.WITHDRAW}
    for action in A:
        reason = lc.why_not(status, action, identity_failed=True)
        if action in allowed:
            assert reason is None
            assert (
                lc.next_status(status, action, identity_failed=True)
                is (lc.TRANSITIONS[status][action])
            )
        else:
            assert reason
            with pytest.raises(IllegalTransition) as exc:
                lc.next_status(status, action, identity_failed=True)
            assert exc.value.msg == reason


def test_the_failed_check_says_why_in_the_tooltip() -> None:
    reason = lc.why_not(Status.IDENTITY_CHECK, A.START, identity_failed=True)
    assert reason is not None
    assert (
        render(reason, "en")
        == "Cannot start handling: the identity check failed; only a refusal remains."
    )
    # a status that forbids the step anyway keeps its own reason
    assert lc.why_not(Status.CLOSED, A.START, identity_failed=True) == lc.why_not(
        Status.CLOSED, A.START
    )


@pytest.mark.parametrize("outcome", [Outcome.GRANTED, Outcome.PARTLY_GRANTED])
def test_a_failed_identity_check_cannot_close_as_granted(outcome: Outcome) -> None:
    with pytest.raises(IllegalTransition, match="can only be refused"):
        lc.check_close(outcome, "reasons", 0, identity_failed=True)


def test_a_failed_identity_check_closes_as_refused() -> None:
    lc.check_close(Outcome.REFUSED, "The data subject could not be identified.", 2,
                   identity_failed=True)  # fmt: skip
    with pytest.raises(ValidationError, match=r"12\(4\)"):  # still with the reasons
        lc.check_close(Outcome.REFUSED, "", 0, identity_failed=True)


@pytest.mark.parametrize("status", list(Status))
def test_a_finished_request_freezes_its_checklist(status: Status) -> None:
    assert lc.checklist_frozen(status) is status.is_final
    for state in lc.RECIPIENT_STATES:
        if status.is_final:
            with pytest.raises(IllegalTransition, match="checklist can no longer change"):
                lc.check_checklist_change(status, state)
        else:
            lc.check_checklist_change(status, state)


def test_a_checklist_item_takes_a_known_state_only() -> None:
    with pytest.raises(ValidationError, match="notified, not-applicable, open"):
        lc.check_checklist_change(Status.IN_PROGRESS, "told")
