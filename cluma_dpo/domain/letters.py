"""The letters the DPO sends, and whether one fits a request as it stands.

One list of kinds for the command line's choices, the letter dialog, the templates and the
renderer. `check_letter` refuses a letter that would be legally incomplete; its message
says what to record first.
"""

from __future__ import annotations

import enum
import re

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import RequestView, Right


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


def check_letter(kind: str, request: RequestView, recipient: str | None = None) -> LetterKind:
    """The kind, once the request holds what that letter must say; ValidationError otherwise."""
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
    return letter
