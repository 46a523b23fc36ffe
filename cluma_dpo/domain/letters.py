"""The letters the DPO sends, and whether one fits a request as it stands.

One list of kinds for the command line's choices, the letter dialog, the templates and the
renderer. `check_letter` refuses a letter that would be legally incomplete; its message
says what to record first.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.lifecycle import RECIPIENT_NOT_APPLICABLE
from cluma_dpo.domain.model import RequestView, Right
from cluma_dpo.domain.recipients import Recipient, find


class LetterKind(enum.StrEnum):
    """A letter to the data subject (or, under Art. 19, to a recipient); design.md "Letters"."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"  # GDPR Art. 12(6)
    EXTENSION = "extension"  # Art. 12(3): with the reasons, within the first month
    ANSWER = "answer"  # its content follows the request's rights
    REFUSAL = "refusal"  # Art. 12(4): reasons, the GBA and the courts
    RECIPIENT_NOTICE = "recipient-notice"  # Art. 19


LETTER_KINDS: tuple[str, ...] = tuple(kind.value for kind in LetterKind)

# Control characters print as nothing: a reason made of them only is no reason.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _blank(text: str | None) -> bool:
    return not _INVISIBLE.sub("", text or "").strip()


def letter_kind(value: str) -> LetterKind:
    """The kind named `value`; ValidationError listing the kinds when there is none."""
    try:
        return LetterKind(value)
    except ValueError:
        raise ValidationError(
            f"letter kind {value!r} is unknown: use one of {', '.join(LETTER_KINDS)}"
        ) from None


def check_letter(
    kind: str,
    request: RequestView,
    recipient: str | None = None,
    recipients: Sequence[Recipient] = (),
) -> LetterKind:
    """The kind, once the request holds what that letter must say; ValidationError otherwise.
    `recipients` are the settings' (a recipient notice goes only to one of them)."""
    letter = letter_kind(kind)
    ref = request.reference
    if letter is LetterKind.EXTENSION and (
        request.extended_due_date is None or _blank(request.extension_reason)
    ):
        raise ValidationError(
            f"{ref} has no extension recorded: run `cluma-dpo extend {ref} --reason ...` first"
        )
    # GDPR Art. 12(4): a refusal states its reasons.
    if letter is LetterKind.REFUSAL and _blank(request.outcome_reason):
        raise ValidationError(
            f"{ref} has no reason for the refusal recorded: "
            f"run `cluma-dpo close {ref} --outcome refused --reason ...` first"
        )
    if letter is LetterKind.RECIPIENT_NOTICE:
        if _blank(recipient):
            raise ValidationError("recipient-notice: name the recipient to be told")
        if not any(r.notifies_recipients for r in request.rights):
            notifying = ", ".join(r.value for r in Right if r.notifies_recipients)
            raise ValidationError(
                f"{ref} asks for no right that is told to recipients (Art. 19: {notifying})"
            )
        notice_recipient(request, recipients, recipient)
    return letter


def notice_recipient(
    request: RequestView, recipients: Sequence[Recipient], name: str | None
) -> Recipient:
    """The recipient an Art. 19 notice goes to: one of the settings' recipients, on the
    request's checklist and not marked not applicable there, with a postal address."""
    wanted = (name or "").strip()
    on_list = {i.recipient.casefold(): i.state for i in request.recipients}
    tellable = [
        r
        for r in recipients
        if on_list.get(r.name.casefold(), RECIPIENT_NOT_APPLICABLE) != RECIPIENT_NOT_APPLICABLE
    ]
    chosen = find(tellable, wanted)
    if chosen is None:
        known = find(recipients, wanted)
        if known is None:
            why = f"'{wanted}' is not one of the recipients in the settings"
        elif known.name.casefold() not in on_list:
            why = f"{known.name} is not on the checklist of {request.reference}"
        else:
            why = f"{known.name} is marked not applicable on the checklist of {request.reference}"
        names = ", ".join(r.name for r in tellable) or "none"
        raise ValidationError(f"recipient-notice: {why}; the recipients that can be told: {names}")
    if not chosen.has_address:
        raise ValidationError(
            f"recipient-notice: {chosen.name} has no postal address in the settings: complete "
            "the setting `recipients` (street, postcode, city, country) first"
        )
    return chosen
