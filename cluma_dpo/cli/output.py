"""How the command line shows things: the JSON shapes of the contract and plain text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from cluma_dpo.domain.model import RequestView
from cluma_dpo.texts import event_label, render, render_note

if TYPE_CHECKING:
    from cluma_dpo.domain.recipients import Recipient


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _flat(value: object) -> dict[str, object]:
    """A dataclass of plain values as `_plain` gives it, without asdict's deep copies."""
    fields = getattr(value, "__dataclass_fields__")  # noqa: B009 - any dataclass, unnamed
    return {name: _plain(getattr(value, name)) for name in fields}


def request_json(r: RequestView, *, with_events: bool = True) -> dict[str, object]:
    """The contract's `show --json` object (design.md, "Command-line contract")."""
    out = {
        "reference": r.reference,
        "rights": [x.value for x in r.rights],
        "status": r.status.value,
        "channel": r.channel.value,
        "language": r.subject.language.value,
        "received": r.received.isoformat(),
        "due_date": _plain(r.due_date),
        "extended_due_date": _plain(r.extended_due_date),
        "company_target_date": _plain(r.company_target_date),
        "effective_due_date": _plain(r.effective_due_date),
        "paused": r.paused,
        "account_deletion": r.account_deletion,
        "outcome": _plain(r.outcome),
        "outcome_reason": r.outcome_reason,
        "outcome_done": r.outcome_done,
        "right_outcomes": {i.right.value: i.outcome.value for i in r.right_outcomes},
        "answered_on": _plain(r.answered_on),
        "extended_on": _plain(r.extended_on),
        "extension_reason": r.extension_reason,
        "anonymised": r.anonymised,
        "subject": {
            "name": r.subject.name,
            "email": r.subject.email,
            "street": r.subject.street,
            "postcode": r.subject.postcode,
            "city": r.subject.city,
            "country": r.subject.country,
        },
        "form_of_address": r.subject.form.value,
        "objection_kind_to_confirm": r.kind_review,
        "identity": {
            "status": r.identity.status.value,
            "method": _plain(r.identity.method),
            "checked_on": _plain(r.identity.checked_on),
            "document_stored": r.identity.document_stored,
            "needed": r.identity.needed,
        },
        "pauses": [{"started": _plain(p.started), "ended": _plain(p.ended)} for p in r.pauses],
        "fee_notes": [
            {
                "number": f.number,
                "amount": f.amount,
                "status": f.status.value,
                "structured_reference": f.structured_reference,
                "issued_on": _plain(f.issued_on),
                "due_on": _plain(f.due_on),
                "paid_on": _plain(f.paid_on),
                "ground": f.ground.value,
            }
            for f in r.fee_notes
        ],
        "recipients": [_flat(i) for i in r.recipients],
        "documents": [_flat(d) for d in r.documents],
        "explanations": {k: [render(m) for m in v] for k, v in r.explanations.items()},
    }
    if with_events:
        out["events"] = [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "kind": e.kind,
                "note": render_note(e.note) if e.note is not None else None,
                "actor": e.actor,
            }
            for e in r.events
        ]
    return out


def dumps(obj: object) -> str:
    """`obj` as indented JSON. Dicts, lists, tuples, str, numbers and str enums go straight to
    the encoder; `_plain` is asked only for the rest (dates, decimals, dataclasses, other
    enums), instead of copying every value first: a 600-request list is 2.5 MB of JSON.
    Keys are str (every caller's are)."""
    return json.dumps(obj, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value: object) -> object:
    plain = _plain(value)
    if plain is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return plain


def show_text(r: RequestView) -> str:
    def d(x: date | None) -> str:
        return x.isoformat() if x else "-"

    lines = [
        f"{r.reference}  {r.status.value}",
        f"  data subject  {r.subject.name}",
        f"  e-mail        {r.subject.email or '-'}",
        f"  address       {', '.join(p for p in (r.subject.street, ' '.join(x for x in (r.subject.postcode, r.subject.city) if x), r.subject.country if r.subject.country != 'BE' else None) if p) or '-'}",  # noqa: E501
        f"  rights        {', '.join(x.value for x in r.rights)}",
        f"  received      {d(r.received)} ({r.channel.value})",
        f"  due           {d(r.due_date) if not r.paused else 'paused'}",
        f"  extended due  {d(r.extended_due_date)}",
        f"  company target {d(r.company_target_date)}",
        f"  effective due {d(r.effective_due_date)}",
        f"  identity      {r.identity.status.value}"
        + (f" ({r.identity.method.value})" if r.identity.method else ""),
    ]
    if r.outcome:
        lines.append(
            f"  outcome       {r.outcome.value}"
            + (f": {r.outcome_reason}" if r.outcome_reason else "")
        )
    for f in r.fee_notes:
        lines.append(
            f"  fee note      {f.number} EUR {f.amount} {f.status.value} {f.structured_reference}"
        )
    for i in r.recipients:
        lines.append(f"  recipient     {i.recipient}: {i.state}" + (f" {d(i.on)}" if i.on else ""))
    if r.events:
        lines.append("  timeline")
        for e in r.events:
            lines.append(
                # stored in UTC, shown in the workstation's time
                f"    {e.at.astimezone().strftime('%Y-%m-%d %H:%M')}  {event_label(e.kind)}"
                + (f"  {render_note(e.note)}" if e.note else "")
            )
    return "\n".join(lines)


def recipient_lines(recipients: Iterable[Recipient]) -> list[str]:
    """The setting `recipients` for a person to read, one recipient a line (settings show)."""
    lines = []
    for r in recipients:
        town = " ".join(t for t in (r.postcode, r.city) if t)
        address = ", ".join(t for t in (r.entity, r.street, town, r.country) if t)
        if not r.has_address:
            address = f"{r.entity}, no postal address yet (incomplete: notices are refused)"
        role = r.role.value + (", outside the EEA" if r.outside_eea else "")
        extra = [f"purpose: {r.purpose}"] if r.purpose else []
        extra += [f"safeguard: {r.safeguard}"] if r.safeguard else []
        lines.append("; ".join([f"  {r.name} ({role}): {address}", *extra]))
    return lines
