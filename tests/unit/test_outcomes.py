"""Per-right outcomes when closing (issue 13 items 5 and 10) and the fee grounds (item 4)."""

from __future__ import annotations

import pytest

from cluma_dpo import texts
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.fees import fee_ground
from cluma_dpo.domain.model import FeeGround, Outcome, Right, RightOutcome
from cluma_dpo.domain.outcomes import check_outcomes, right_outcomes

R, E, A = Right.RECTIFICATION, Right.ERASURE, Right.ACCESS
G, P, X = Outcome.GRANTED, Outcome.PARTLY_GRANTED, Outcome.REFUSED


def test_granted_and_refused_apply_to_every_right() -> None:
    assert right_outcomes((R, E), G) == (RightOutcome(R, G), RightOutcome(E, G))
    assert right_outcomes((R, E), X) == (RightOutcome(R, X), RightOutcome(E, X))
    # issue 14: the options are the command line's hint, the message says the rule
    with pytest.raises(ValidationError, match="only a partly granted request is split") as caught:
        right_outcomes((R, E), G, refused=["erasure"])
    assert "--granted and --refused" in texts.hint(caught.value.msg, "en")


def test_partly_granted_names_each_right() -> None:
    items = right_outcomes((R, E), P, granted=["rectification"], refused=["erasure"])
    assert items == (RightOutcome(R, G), RightOutcome(E, X))
    # a right named in neither was itself granted in part: then say what was done
    with pytest.raises(ValidationError, match="say what was done") as caught:
        right_outcomes((R,), P)
    assert "--done" in texts.hint(caught.value.msg, "en")
    assert right_outcomes((R,), P, done="address corrected") == (RightOutcome(R, P),)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"granted": ["rectification", "erasure"]}, "close as granted"),
        ({"refused": ["rectification", "erasure"]}, "close as refused"),
        ({"granted": ["access"]}, "does not ask for access"),
        ({"granted": ["eating"]}, "'eating' is not a right"),
        ({"granted": ["erasure"], "refused": ["erasure"]}, "both granted and refused"),
    ],
)
def test_a_split_that_does_not_add_up_is_refused(kw: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        right_outcomes((R, E), P, **kw)


def test_art_19_before_a_partly_granted_rectification_is_closed() -> None:
    items = right_outcomes((R, E), P, granted=["rectification"], refused=["erasure"])
    with pytest.raises(IllegalTransition, match=r"still to be told of the rectification.*Art\. 19"):
        check_outcomes(items, 4, identity_failed=False)
    check_outcomes(items, 0, identity_failed=False)
    # nothing granted to tell: a refused erasure does not wait for the recipients
    check_outcomes(right_outcomes((E,), X), 4, identity_failed=False)


def test_a_marketing_opt_out_is_never_refused() -> None:
    items = right_outcomes((A, Right.MARKETING_OPT_OUT), X)
    with pytest.raises(ValidationError, match=r"absolute \(GDPR Art\. 21\(2\)-\(3\)\)"):
        check_outcomes(items, 0, identity_failed=False)
    check_outcomes(items, 0, identity_failed=True)  # nobody identified: nothing to grant
    check_outcomes(right_outcomes((Right.OBJECTION,), X), 0, identity_failed=False)  # 21(1)


def test_fees_only_where_the_gdpr_allows_one() -> None:
    # a first access request: the copy is free (Art. 15(3))
    with pytest.raises(ValidationError, match=r"first copy .* is free"):
        fee_ground((A,), None, earlier_access=None)
    with pytest.raises(ValidationError, match=r"first copy .* is free"):
        fee_ground((A,), "further-copy", earlier_access=None)
    assert fee_ground((A,), None, earlier_access="DSR-2026-0001") is FeeGround.FURTHER_COPY
    # erasure + objection ask for no copy: only Art. 12(5)(a) could carry a fee
    with pytest.raises(ValidationError, match="asks for no copy"):
        fee_ground((E, Right.OBJECTION), None, earlier_access="DSR-2026-0001")
    assert fee_ground((E,), "excessive", earlier_access=None) is FeeGround.EXCESSIVE
    with pytest.raises(ValidationError, match="always free"):
        fee_ground((Right.MARKETING_OPT_OUT,), "excessive", earlier_access=None)
    with pytest.raises(ValidationError, match="unknown"):
        fee_ground((A,), "because", earlier_access=None)
