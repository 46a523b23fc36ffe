"""Whom an Art. 19 notice may go to (domain.letters asks these when a recipient is named).

A recipient of the settings, on the request's checklist, not marked not applicable there,
with a postal address for the window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.lifecycle import RECIPIENT_NOT_APPLICABLE
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.recipients import Recipient, find

# Control characters print as nothing: a reason made of them only is no reason.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def blank(text: str | None) -> bool:
    return not _INVISIBLE.sub("", text or "").strip()


def why_not_recipient(request: RequestView, recipient: str) -> str | None:
    if blank(recipient):
        return "recipient-notice: name the recipient to be told (--recipient)"
    wanted = recipient.strip().casefold()
    listed = [i for i in request.recipients if i.recipient.casefold() == wanted]
    can = [i.recipient for i in request.recipients if i.state != "not-applicable"]
    choice = ", ".join(can) or "none"
    if not listed:
        return f"{recipient!r} is not on this request's Art. 19 checklist (recipients: {choice})"
    if listed[0].state == "not-applicable":
        return (
            f"{listed[0].recipient} is marked not applicable for this request "
            f"(recipients to tell: {choice})"
        )
    return None


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
