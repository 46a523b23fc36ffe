"""The audit trail's words: every event kind the services record, and the values an event's
note names (a right, a channel, an outcome...), as catalogue codes (issue #14).

`texts.event_label(kind)` prints a kind's name in the reader's language; a note is a
`Message` (`messages.note_of`) whose parameters are these messages, so the timeline and the
dossier say "inzage en wissing" where the note was recorded as rights access, erasure.
tests/i18n/test_event_kinds.py finds every kind recorded in the code and fails on one that
is missing here.
"""

from __future__ import annotations

from cluma_dpo.domain.messages import N_, Message, msg
from cluma_dpo.domain.model import Channel, IdentityMethod, Outcome, Right

EVENT_KINDS: dict[str, str] = {
    "request-registered": N_("event.request-registered"),
    "subject-edited": N_("event.subject-edited"),
    "identity-not-needed": N_("event.identity-not-needed"),
    "identity-requested": N_("event.identity-requested"),
    "identity-received": N_("event.identity-received"),
    "identity-verified": N_("event.identity-verified"),
    "identity-failed": N_("event.identity-failed"),
    "identity-document-stored": N_("event.identity-document-stored"),
    "identity-document-erased": N_("event.identity-document-erased"),
    "extended": N_("event.extended"),
    "answered": N_("event.answered"),
    "closed": N_("event.closed"),
    "withdrawn": N_("event.withdrawn"),
    "rejected": N_("event.rejected"),
    "recipient-notified": N_("event.recipient-notified"),
    "recipient-not-applicable": N_("event.recipient-not-applicable"),
    "recipient-not-received": N_("event.recipient-not-received"),
    "recipient-open": N_("event.recipient-open"),
    "objection-kind-confirmed": N_("event.objection-kind-confirmed"),
    "suppression-added": N_("event.suppression-added"),
    "fee-note-issued": N_("event.fee-note-issued"),
    "fee-paid": N_("event.fee-paid"),
    "fee-note-cancelled": N_("event.fee-note-cancelled"),
    "document-produced": N_("event.document-produced"),
    "document-saved": N_("event.document-saved"),
    "document-printed": N_("event.document-printed"),
    "document-replaced": N_("event.document-replaced"),
    "correspondence-stored": N_("event.correspondence-stored"),
    "document-written-out": N_("event.document-written-out"),
    "email-draft-made": N_("event.email-draft-made"),
    "email-sent": N_("event.email-sent"),
    "correspondence-to-identity": N_("event.correspondence-to-identity"),
    "calendar-exported": N_("event.calendar-exported"),
    "register-exported": N_("event.register-exported"),
    "quarterly-report": N_("event.quarterly-report"),
    "setting-changed": N_("event.setting-changed"),
    "backup-made": N_("event.backup-made"),
    "restored-from-backup": N_("event.restored-from-backup"),
    "passphrase-changed": N_("event.passphrase-changed"),
    "safety-copies-deleted": N_("event.safety-copies-deleted"),
    "database-created": N_("event.database-created"),
    "user-added": N_("event.user-added"),
    "user-removed": N_("event.user-removed"),
    "password-changed": N_("event.password-changed"),
    "password-reset": N_("event.password-reset"),
    "copied-to-server": N_("event.copied-to-server"),
    "copied-from-file": N_("event.copied-from-file"),
    "anonymised": N_("event.anonymised"),
    "note-added": N_("event.note-added"),
    "audit-chain-upgraded": N_("event.audit-chain-upgraded"),
    "audit-chain-upgraded-broken": N_("event.audit-chain-upgraded-broken"),
    "audit-chain-end-changed": N_("event.audit-chain-end-changed"),
    "state-recorded": N_("event.state-recorded"),
    "settings-sealed": N_("event.settings-sealed"),
    "settings-changed-outside": N_("event.settings-changed-outside"),
}

_RIGHTS: dict[Right, Message] = {
    Right.ACCESS: msg("right.access"),
    Right.RECTIFICATION: msg("right.rectification"),
    Right.ERASURE: msg("right.erasure"),
    Right.RESTRICTION: msg("right.restriction"),
    Right.OBJECTION: msg("right.objection"),
    Right.PORTABILITY: msg("right.portability"),
    Right.MARKETING_OPT_OUT: msg("right.marketing-opt-out"),
}
_CHANNELS: dict[Channel, Message] = {
    Channel.EMAIL: msg("channel.email"),
    Channel.POST: msg("channel.post"),
    Channel.WEB: msg("channel.web"),
    Channel.PHONE: msg("channel.phone"),
    Channel.IN_PERSON: msg("channel.in-person"),
}
_OUTCOMES: dict[Outcome, Message] = {
    Outcome.GRANTED: msg("outcome.granted"),
    Outcome.PARTLY_GRANTED: msg("outcome.partly-granted"),
    Outcome.REFUSED: msg("outcome.refused"),
}
_METHODS: dict[IdentityMethod, Message] = {
    IdentityMethod.ACCOUNT_EMAIL: msg("word.method.account-email"),
    IdentityMethod.ID_DOCUMENT: msg("word.method.id-document"),
    IdentityMethod.IN_PERSON: msg("word.method.in-person"),
    IdentityMethod.KNOWN_CUSTOMER: msg("word.method.known-customer"),
    IdentityMethod.OTHER: msg("word.method.other"),
}
# the data subject's fields, as `edit` names them
_FIELDS: dict[str, Message] = {
    "name": msg("word.field.name"),
    "email": msg("word.field.email"),
    "street": msg("word.field.street"),
    "postcode": msg("word.field.postcode"),
    "city": msg("word.field.city"),
    "country": msg("word.field.country"),
    "language": msg("word.field.language"),
    "form": msg("word.field.form"),
}


def right_message(right: Right | str) -> Message:
    return _RIGHTS[Right(right)]


def channel_message(channel: Channel | str) -> Message:
    return _CHANNELS[Channel(channel)]


def outcome_message(outcome: Outcome | str) -> Message:
    return _OUTCOMES[Outcome(outcome)]


def method_message(method: IdentityMethod | str) -> Message:
    return _METHODS[IdentityMethod(method)]


def field_message(field: str) -> Message:
    return _FIELDS.get(field) or msg("text.verbatim", text=field)
