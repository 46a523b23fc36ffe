"""Whom an Art. 19 notice may go to (domain.letters asks these when a recipient is named).

A recipient of the settings, on the request's checklist, not marked not applicable there,
with a postal address for the window. A recipient marked as having received
nothing (not-received) has nothing to be told either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.lifecycle import RECIPIENT_NOT_RECEIVED, RECIPIENT_NOT_TOLD
from cluma_dpo.domain.messages import Message, Param, msg
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.recipients import Recipient, find

# Control characters print as nothing: a reason made of them only is no reason.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def blank(text: str | None) -> bool:
    return not _INVISIBLE.sub("", text or "").strip()


def _names(names: Sequence[str]) -> Param:
    return ", ".join(names) if names else msg("letter.recipient.none")


def why_not_recipient(request: RequestView, recipient: str) -> Message | None:
    if blank(recipient):
        return msg("letter.recipient.unnamed")
    wanted = recipient.strip().casefold()
    listed = [i for i in request.recipients if i.recipient.casefold() == wanted]
    choice = _names([i.recipient for i in request.recipients if i.state not in RECIPIENT_NOT_TOLD])
    if not listed:
        return msg("letter.recipient.not_on_checklist", recipient=recipient, choice=choice)
    if listed[0].state == RECIPIENT_NOT_RECEIVED:
        return msg("letter.recipient.not_received", recipient=listed[0].recipient, choice=choice)
    if listed[0].state in RECIPIENT_NOT_TOLD:
        return msg("letter.recipient.not_applicable", recipient=listed[0].recipient, choice=choice)
    return None


def notice_recipient(
    request: RequestView, recipients: Sequence[Recipient], name: str | None
) -> Recipient:
    """The recipient an Art. 19 notice goes to: one of the settings' recipients, on the
    request's checklist and not marked not applicable or not received there, with a postal
    address."""
    wanted = (name or "").strip()
    on_list = {i.recipient.casefold(): i.state for i in request.recipients}
    tellable = [
        r
        for r in recipients
        if r.name.casefold() in on_list and on_list[r.name.casefold()] not in RECIPIENT_NOT_TOLD
    ]
    chosen = find(tellable, wanted)
    if chosen is None:
        known = find(recipients, wanted)
        ref = request.reference
        if known is None:
            why = msg("letter.recipient.not_in_settings", recipient=wanted)
        elif known.name.casefold() not in on_list:
            why = msg("letter.recipient.not_listed", recipient=known.name, ref=ref)
        elif on_list[known.name.casefold()] == RECIPIENT_NOT_RECEIVED:
            why = msg("letter.recipient.marked_not_received", recipient=known.name, ref=ref)
        else:
            why = msg("letter.recipient.marked_not_applicable", recipient=known.name, ref=ref)
        names = _names([r.name for r in tellable])
        raise ValidationError(msg("letter.recipient.cannot_tell", why=why, names=names))
    if not chosen.has_address:
        raise ValidationError(msg("letter.recipient.no_address", recipient=chosen.name))
    return chosen
