"""The name of each setting as the settings dialog labels it, for the messages that name a
setting ("IBAN must be a valid IBAN ..."): a person reads the label, never the key
"bank.iban" (issue #14). The texts are the catalogue's `setting.label.<key>` entries, in the
wording of the dialog's own labels (cluma_dpo/gui/setting_fields.py).
"""

from __future__ import annotations

from cluma_dpo.domain.messages import N_, Message, msg

_LABELS = {
    "organisation.name": N_("setting.label.organisation.name"),
    "organisation.street": N_("setting.label.organisation.street"),
    "organisation.postcode": N_("setting.label.organisation.postcode"),
    "organisation.city": N_("setting.label.organisation.city"),
    "organisation.country": N_("setting.label.organisation.country"),
    "organisation.phone": N_("setting.label.organisation.phone"),
    "organisation.email": N_("setting.label.organisation.email"),
    "organisation.website": N_("setting.label.organisation.website"),
    "organisation.vat_number": N_("setting.label.organisation.vat_number"),
    "dpo.name": N_("setting.label.dpo.name"),
    "dpo.email": N_("setting.label.dpo.email"),
    "letters.signature_name": N_("setting.label.letters.signature_name"),
    "letters.signature_title": N_("setting.label.letters.signature_title"),
    "letters.default_language": N_("setting.label.letters.default_language"),
    "letters.window": N_("setting.label.letters.window"),
    "bank.iban": N_("setting.label.bank.iban"),
    "bank.bic": N_("setting.label.bank.bic"),
    "fees.copy_amount": N_("setting.label.fees.copy_amount"),
    "fees.vat_rate": N_("setting.label.fees.vat_rate"),
    "fees.payment_days": N_("setting.label.fees.payment_days"),
    "recipients": N_("setting.label.recipients"),
    "sources": N_("setting.label.sources"),
    "warnings.due_soon_days": N_("setting.label.warnings.due_soon_days"),
    "deadlines.pause_for_identity": N_("setting.label.deadlines.pause_for_identity"),
    "lock.idle_minutes": N_("setting.label.lock.idle_minutes"),
    "backup.reminder_days": N_("setting.label.backup.reminder_days"),
    "backup.safety_copy_days": N_("setting.label.backup.safety_copy_days"),
    "retention.years": N_("setting.label.retention.years"),
    "reports.include_names": N_("setting.label.reports.include_names"),
    "calendar.alarm_days": N_("setting.label.calendar.alarm_days"),
    "calendar.include_names": N_("setting.label.calendar.include_names"),
    "calendar.feed_file": N_("setting.label.calendar.feed_file"),
    "interface.language": N_("setting.label.interface.language"),
    # the parts of an answer to an access request (GDPR Art. 15(1)), one per letter language
    "purposes": N_("setting.label.purposes"),
    "categories": N_("setting.label.categories"),
    "retention": N_("setting.label.retention"),
    "automated_decisions": N_("setting.label.automated_decisions"),
}


def label(key: str) -> Message:
    """The label of the setting `key`; "access.purposes.fr" is "Purposes (a) (fr)"."""
    head, _, rest = key.partition(".")
    if head == "access":
        part, _, language = rest.partition(".")
        return msg("setting.label.access", part=msg(_LABELS[part]), language=language)
    code = _LABELS.get(key)
    return msg(code) if code else msg("text.verbatim", text=key)
