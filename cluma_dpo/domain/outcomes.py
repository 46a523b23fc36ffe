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
from cluma_dpo.domain.model import Outcome, Right, RightOutcome

GRANTING = (Outcome.GRANTED, Outcome.PARTLY_GRANTED)


def _rights(values: Iterable[str | Right], what: str, asked: Sequence[Right]) -> set[Right]:
    found: set[Right] = set()
    for value in values:
        try:
            right = Right(value)
        except ValueError:
            raise ValidationError(
                f"{what}: {value!r} is not a right; use one of " + ", ".join(r.value for r in asked)
            ) from None
        if right not in asked:
            raise ValidationError(
                f"{what}: this request does not ask for {right.value} "
                f"(it asks for {', '.join(r.value for r in asked)})"
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
            raise ValidationError(
                "--granted and --refused split a partly granted request; "
                f"with --outcome {outcome.value} every right is {outcome.value}"
            )
        return tuple(RightOutcome(r, outcome) for r in rights)
    both = yes & no
    if both:
        raise ValidationError(
            f"{', '.join(sorted(r.value for r in both))} cannot be both granted and refused"
        )
    items = tuple(
        RightOutcome(r, Outcome.GRANTED if r in yes else Outcome.REFUSED if r in no else
                     Outcome.PARTLY_GRANTED)
        for r in rights
    )  # fmt: skip
    results = {i.outcome for i in items}
    if results == {Outcome.GRANTED}:
        raise ValidationError("Every right was granted: close as granted, not partly granted.")
    if results == {Outcome.REFUSED}:
        raise ValidationError("Every right was refused: close as refused, not partly granted.")
    if Outcome.PARTLY_GRANTED in results and (done is None or not done.strip()):
        partly = ", ".join(i.right.value for i in items if i.outcome is Outcome.PARTLY_GRANTED)
        raise ValidationError(
            f"Partly granted ({partly}): say what was done with --done, and what was not "
            "and why with --reason (the letter tells the person both)."
        )
    return items


def art19_pending(items: Sequence[RightOutcome], open_recipient_items: int) -> str | None:
    """What is still to be told under Art. 19 before the request can close, or None."""
    told = [i.right.value for i in items if i.right.notifies_recipients and i.outcome in GRANTING]
    if not told or open_recipient_items <= 0:
        return None
    who = "1 recipient" if open_recipient_items == 1 else f"{open_recipient_items} recipients"
    return f"{who} still to be told of the {', '.join(told)}"


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
            raise ValidationError(
                "An objection to direct marketing cannot be refused: it is absolute "
                "(GDPR Art. 21(2)-(3)); the person is on the suppression list already."
            )
    pending = art19_pending(items, open_recipient_items)
    if pending and not answering:
        # GDPR Art. 19: every recipient is told (or the item marked not applicable) first.
        raise IllegalTransition(
            f"Cannot close: {pending} (GDPR Art. 19). Record the answer first (close "
            "--answered), send the recipient notices, mark each recipient notified or not "
            "applicable with a note, then close."
        )
