"""The commands the command line adds to a message (texts.hint): `cli.hint.<code>`.

A message names what to do ("record the extension first"), never how on which front end;
the command line then shows the command that does it. Listed here so that the catalogue
tools find every hint; the test of the catalogue checks each belongs to a message code.
"""

from __future__ import annotations

from cluma_dpo.domain.messages import N_

HINTS = (
    N_("cli.hint.letter.answer.not_answered"),
    N_("cli.hint.letter.answer.not_identified"),
    N_("cli.hint.letter.extension.not_recorded"),
    N_("cli.hint.letter.identity.not_recorded"),
    N_("cli.hint.letter.notice.not_decided"),
    N_("cli.hint.letter.refusal.not_refused"),
    N_("cli.hint.letter.withdrawal.not_withdrawn"),
    N_("cli.hint.letter.recipient.unnamed"),
    N_("cli.hint.letter.recipient.no_address"),
    N_("cli.hint.letter.extension.late"),
    N_("cli.hint.letter.identity.late"),
    N_("cli.hint.letter.text_needed"),
    N_("cli.hint.letter.text_other_language"),
    N_("cli.hint.fee.iban_not_set"),
    N_("cli.hint.fee.no_copy"),
    N_("cli.hint.fee.first_copy_free"),
    N_("cli.hint.fee.no_iban"),
    N_("cli.hint.outcome.split_only_partly"),
    N_("cli.hint.outcome.partly_needs_done"),
    N_("cli.hint.outcome.art19_close"),
    N_("cli.hint.lifecycle.identity_unverified_close"),
    N_("cli.hint.retention.clock_before"),
    N_("cli.hint.retention.clock_after"),
    N_("cli.hint.email.no_address"),
    N_("cli.hint.identity.erase_with_the_check"),
    N_("cli.hint.audit.key_unusable"),
    N_("cli.hint.server.not_initialised"),
    N_("cli.hint.server.upgrade_by_owner"),
    N_("cli.hint.server.password_needed"),
)
