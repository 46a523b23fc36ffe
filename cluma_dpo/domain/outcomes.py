"""What became of each right of a request when it is closed (issue 13).

A granted request grants every right and a refused one refuses every right. A partly granted
request says, per right, whether it was granted, refused or itself granted in part; the
letter then says exactly that. Art. 19 is settled before a rectification, erasure or
restriction that was (partly) granted is closed; a marketing opt-out (Art. 21(3)) is never
refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.domain.messages import ListOf, Message, msg, msg_n
from cluma_dpo.domain.model import Outcome, Right, RightOutcome, right_name

GRANTING = (Outcome.GRANTED, Outcome.PARTLY_GRANTED)


def _rights(values: Iterable[str | Right], what: str, asked: Sequence[Right]) -> set[Right]:
    found: set[Right] = set()
    for value in values:
        try:
            right = Right(value)
        except ValueError:
            raise ValidationError(
                msg(
                    "outcome.not_a_right",
                    option=what,
                    value=str(value),
                    allowed=", ".join(r.value for r in asked),
                )
            ) from None
        if right not in asked:
            raise ValidationError(
                msg(
                    "outcome.not_asked",
                    option=what,
                    right=right.value,
                    asked=", ".join(r.value for r in asked),
                )
            )
        found.add(right)
    return found


def right_outcomes(
    rights: Sequence[Right],
    outcome: Outcome,
    *,
    granted: Iterable[str | Right] = (),
    refused: Iterable[str | Right] = (),
    done: str | None = None,
) -> tuple[RightOutcome, ...]:
    """The outcome of each right; ValidationError when the split does not add up.

    With partly granted, rights named in `granted` were granted, those in `refused` refused,
    and any other right was itself granted in part (then `done` says what was done).
    """
    yes = _rights(granted, "--granted", rights)
    no = _rights(refused, "--refused", rights)
    if outcome is not Outcome.PARTLY_GRANTED:
        if yes or no:
            raise ValidationError(msg("outcome.split_only_partly", outcome=outcome.value))
        return tuple(RightOutcome(r, outcome) for r in rights)
    both = yes & no
    if both:
        raise ValidationError(msg("outcome.both", rights=", ".join(sorted(r.value for r in both))))
    items = tuple(
        RightOutcome(r, Outcome.GRANTED if r in yes else Outcome.REFUSED if r in no else
                     Outcome.PARTLY_GRANTED)
        for r in rights
    )  # fmt: skip
    results = {i.outcome for i in items}
    if results == {Outcome.GRANTED}:
        raise ValidationError(msg("outcome.all_granted"))
    if results == {Outcome.REFUSED}:
        raise ValidationError(msg("outcome.all_refused"))
    if Outcome.PARTLY_GRANTED in results and (done is None or not done.strip()):
        partly = ", ".join(i.right.value for i in items if i.outcome is Outcome.PARTLY_GRANTED)
        raise ValidationError(msg("outcome.partly_needs_done", rights=partly))
    return items


def art19_pending(items: Sequence[RightOutcome], open_recipient_items: int) -> Message | None:
    """What is still to be told under Art. 19 before the request can close, or None."""
    told = [i.right for i in items if i.right.notifies_recipients and i.outcome in GRANTING]
    if not told or open_recipient_items <= 0:
        return None
    return msg_n(
        "outcome.art19_pending",
        "outcome.art19_pending.plural",
        open_recipient_items,
        rights=ListOf(right_name(r) for r in told),
    )


def check_outcomes(
    items: Sequence[RightOutcome],
    open_recipient_items: int,
    *,
    identity_failed: bool,
    answering: bool = False,
) -> None:
    """Art. 21(3) and Art. 19 over the per-right outcomes. With `answering` the answer is
    only recorded (the request waits as answered): the recipients may still be told."""
    for item in items:
        if (
            item.right is Right.MARKETING_OPT_OUT
            and item.outcome is not Outcome.GRANTED
            and not identity_failed
        ):
            raise ValidationError(msg("outcome.marketing_absolute"))
    pending = art19_pending(items, open_recipient_items)
    if pending and not answering:
        # GDPR Art. 19: every recipient is told (or the item marked not applicable) first.
        raise IllegalTransition(msg("outcome.art19_close", pending=pending))
