"""How the command line shows things: the JSON shapes of the contract and plain text."""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from cluma_dpo.domain import grounds
from cluma_dpo.domain.model import RequestView
from cluma_dpo.texts import render, render_note


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


def _grounds(r: RequestView) -> dict[str, str]:
    """The ground chosen when refusing (Art. 21(1), 12(5), 17(3)(b)); only what was chosen."""
    g = grounds.of(r)
    values = {
        "objection": _plain(g.objection),
        "rejection": _plain(g.rejection),
        "kept_for": _plain(g.retention),
        "kept_until": _plain(g.kept_until),
    }
    return {k: str(v) for k, v in values.items() if v}


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
        "grounds": _grounds(r),
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


# What management on a server does not read of a request (storage.figures): the data
# subject, the DPO's free texts, and what the figures views do not carry at all (shown
# empty, it would mislead: the checklist, the documents, the grounds, the timeline).
_NOT_IN_FIGURES = (
    "subject", "form_of_address", "outcome_reason", "outcome_done", "extension_reason",
    "grounds", "recipients", "documents", "explanations", "events",
)  # fmt: skip


def figures_json(r: RequestView) -> dict[str, object]:
    """`request_json` without personal data: what a management login reads of a request."""
    out = request_json(r, with_events=False)
    for key in _NOT_IN_FIGURES:
        out.pop(key, None)
    identity = r.identity
    out["identity"] = {
        "status": identity.status.value,
        "method": _plain(identity.method),
        "checked_on": _plain(identity.checked_on),
    }
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
