"""What the command line prints for a person to read, in its language (issue 14).

Labels and values come from the message catalogue (`cli.show.*`, and the words the
documents use: `status.*`, `right.*`, `channel.*` ...); dates are numeric in these lists
(texts.short_date), amounts in euro by the language's convention. The JSON of `--json`
stays the contract's: values as typed, dates in ISO 8601.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from cluma_dpo.documents.words import label, recipient_state
from cluma_dpo.domain.messages import N_
from cluma_dpo.domain.model import DueWarning, RequestView
from cluma_dpo.domain.recipients import Recipient
from cluma_dpo.texts import (
    current_language,
    event_label,
    gettext,
    money,
    render_note,
    short_date,
    timestamp,
)

# The labels of `show`, in the order printed.
_LABELS = {
    "subject": N_("cli.show.subject"),
    "email": N_("cli.show.email"),
    "address": N_("cli.show.address"),
    "rights": N_("cli.show.rights"),
    "received": N_("cli.show.received"),
    "due": N_("cli.show.due"),
    "extended": N_("cli.show.extended_due"),
    "target": N_("cli.show.company_target"),
    "effective": N_("cli.show.effective_due"),
    "identity": N_("cli.show.identity"),
    "outcome": N_("cli.show.outcome"),
    "fee": N_("cli.show.fee_note"),
    "recipient": N_("cli.show.recipient"),
    "timeline": N_("cli.show.timeline"),
}
_PAUSED = N_("cli.show.paused")
_DUE = N_("cli.list.due")
_NONE = "-"


def _d(x: date | None) -> str:
    return short_date(x) if x else _NONE


def show_text(r: RequestView, *, names: bool = True) -> str:
    """`show` for a person to read; without `names` (management on a server) no data
    subject, no free text of the DPO's and no timeline: what the figures views hold."""
    heading = {key: gettext(code) for key, code in _LABELS.items()}
    width = max(len(text) for text in heading.values()) + 2

    def line(key: str, value: str) -> str:
        return f"  {heading[key]:<{width}}{value}"

    town = " ".join(x for x in (r.subject.postcode, r.subject.city) if x)
    abroad = r.subject.country if r.subject.country != "BE" else None
    address = ", ".join(p for p in (r.subject.street, town, abroad) if p) or _NONE
    lang = current_language()
    identity = label(r.identity.status, lang)
    if r.identity.method:
        identity += f" ({label(r.identity.method, lang)})"
    person = [
        line("subject", r.subject.name),
        line("email", r.subject.email or _NONE),
        line("address", address),
    ]
    lines = [
        f"{r.reference}  {label(r.status, lang)}",
        *(person if names else ()),
        line("rights", ", ".join(label(x, lang) for x in r.rights)),
        line("received", f"{_d(r.received)} ({label(r.channel, lang)})"),
        line("due", gettext(_PAUSED) if r.paused else _d(r.due_date)),
        line("extended", _d(r.extended_due_date)),
        line("target", _d(r.company_target_date)),
        line("effective", _d(r.effective_due_date)),
        line("identity", identity),
    ]
    if r.outcome:
        reason = f": {r.outcome_reason}" if r.outcome_reason and names else ""
        lines.append(line("outcome", label(r.outcome, lang) + reason))
    for f in r.fee_notes:
        status = label(f.status, lang)
        fee = f"{f.number} {money(f.amount)} {status}"
        if f.structured_reference:  # management on a server has none (storage.figures)
            fee += f" {f.structured_reference}"
        lines.append(line("fee", fee))
    for i in r.recipients:
        on = f" {_d(i.on)}" if i.on else ""
        lines.append(line("recipient", f"{i.recipient}: {recipient_state(i.state, lang)}{on}"))
    if r.events and names:
        lines.append(f"  {heading['timeline']}")
        for e in r.events:
            note = f"  {render_note(e.note)}" if e.note else ""
            lines.append(f"    {timestamp(e.at)}  {event_label(e.kind)}{note}")
    return "\n".join(lines)


def list_line(r: RequestView, *, names: bool = True) -> str:
    """One request of `list`; without `names` (management on a server) its identity
    check and outcome where the data subject's name stands."""
    lang = current_language()
    due = gettext(_PAUSED) if r.paused else _d(r.effective_due_date)
    status = label(r.status, lang)
    rights = ", ".join(label(x, lang) for x in r.rights)
    line = f"{r.reference}  {_d(r.received)}  {gettext(_DUE)} {due:<10}  {status:<22} {rights:<28}"
    if names:
        return f"{line} {r.subject.name}"
    outcome = label(r.outcome, lang) if r.outcome else _NONE
    return f"{line} {label(r.identity.status, lang):<22} {outcome}".rstrip()


_LEVELS = {
    "overdue": N_("cli.due.overdue"),
    "due-today": N_("cli.due.due_today"),
    "due-soon": N_("cli.due.due_soon"),
    "extension-decision": N_("cli.due.extension_decision"),
    "fee-overdue": N_("cli.due.fee_overdue"),
}


def due_line(w: DueWarning) -> str:
    level = gettext(_LEVELS[w.level.value]) if w.level.value in _LEVELS else w.level.value
    extra = f"  {w.fee_note}" if w.fee_note else ""
    return f"{level:<24} {_d(w.date)}  {w.reference}{extra}"


_ROLES = (N_("recipient_role.processor"), N_("recipient_role.controller"))
_RECIPIENT = {
    "incomplete": N_("cli.recipient.incomplete"),
    "outside_eea": N_("cli.recipient.outside_eea"),
    "purpose": N_("cli.recipient.purpose"),
    "safeguard": N_("cli.recipient.safeguard"),
}


def recipient_lines(recipients: Iterable[Recipient]) -> list[str]:
    """The setting `recipients` for a person to read, one recipient a line (settings show)."""
    lines = []
    for r in recipients:
        town = " ".join(t for t in (r.postcode, r.city) if t)
        address = ", ".join(t for t in (r.entity, r.street, town, r.country) if t)
        if not r.has_address:
            address = f"{r.entity}, {gettext(_RECIPIENT['incomplete'])}"
        role = label(r.role, current_language())
        if r.outside_eea:
            role += f", {gettext(_RECIPIENT['outside_eea'])}"
        extra = [f"{gettext(_RECIPIENT['purpose'])}: {r.purpose}"] if r.purpose else []
        if r.safeguard:
            extra += [f"{gettext(_RECIPIENT['safeguard'])}: {r.safeguard}"]
        lines.append("; ".join([f"  {r.name} ({role}): {address}", *extra]))
    return lines
