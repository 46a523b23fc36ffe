"""The deadlines as calendar entries (issue 17): what the DPO's calendar shows, and on which
day. Pure: the requests' computed dates in, entries out; the file is made in documents.

Per open request (not answered, closed, withdrawn or rejected, and not paused: a paused
request has no due date, design.md "Deadlines" rule 5):
- its effective due date, the one that governs warnings (statutory, extended or a company
  target, whichever applies; design.md rule 6);
- while it is not extended: the last day to decide on an extension, which is the statutory
  due date (an extension must be recorded on or before it; GDPR Art. 12(3)).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cluma_dpo.domain.model import RequestView, Status


class EntryKind(enum.StrEnum):
    DUE = "due"
    EXTENSION_DECISION = "extension-decision"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    reference: str
    kind: EntryKind
    on: date
    name: str | None = None  # only when the DPO's setting asks for names


def calendar_entries(
    views: Iterable[RequestView], *, include_names: bool = False
) -> list[CalendarEntry]:
    """The entries of the open requests, by date then reference."""
    out: list[CalendarEntry] = []
    for v in views:
        if not v.status.is_open or v.paused:
            continue
        name = v.subject.name if include_names else None
        if v.effective_due_date is not None:
            out.append(CalendarEntry(v.reference, EntryKind.DUE, v.effective_due_date, name))
        extended = v.extended_due_date is not None or v.status == Status.EXTENDED
        if v.due_date is not None and not extended:
            entry = CalendarEntry(v.reference, EntryKind.EXTENSION_DECISION, v.due_date, name)
            out.append(entry)
    return sorted(out, key=lambda e: (e.on, e.reference, e.kind.value))
