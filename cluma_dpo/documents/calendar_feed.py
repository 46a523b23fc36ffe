"""The deadline calendar as an iCalendar file (issue 17), for Outlook to import or subscribe
to: one all-day event per entry, with an alarm a set number of days before.

The events carry references only (and names only when the DPO's setting asks for them):
a calendar is synchronised to phones and servers the DPO does not control. Their UIDs
depend on the reference and the kind only, so a new file updates the events it replaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from cluma_dpo import texts
from cluma_dpo.domain.deadline_calendar import CalendarEntry, EntryKind
from cluma_dpo.domain.messages import N_, Message, msg

PRODID = "-//Cluma Engineering NV//cluma-dpo//EN"
# (reference only, with the name)
_SUMMARY = {
    EntryKind.DUE: (N_("calendar.event.due"), N_("calendar.event.due.named")),
    EntryKind.EXTENSION_DECISION: (
        N_("calendar.event.extension_decision"),
        N_("calendar.event.extension_decision.named"),
    ),
}


def uid(entry: CalendarEntry) -> str:
    return f"{entry.reference}-{entry.kind.value}@cluma-dpo"


def build_calendar(
    entries: Iterable[CalendarEntry],
    *,
    stamp: datetime,
    alarm_days: int,
    language: str,
) -> bytes:
    """The .ics bytes; `stamp` (aware) is the DTSTAMP of every event (the clock's now)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", texts.render(msg("calendar.name"), language))
    for entry in entries:
        summary = texts.render(_summary(entry), language)
        event = Event()
        event.add("uid", uid(entry))
        event.add("dtstamp", stamp.astimezone(UTC))  # RFC 5545 3.8.7.2: in UTC
        event.add("dtstart", entry.on)  # a date: an all-day event
        event.add("dtend", entry.on + timedelta(days=1))
        event.add("summary", summary)
        event.add("transp", "TRANSPARENT")  # a deadline does not make the DPO busy
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-alarm_days))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _summary(entry: CalendarEntry) -> Message:
    plain, named = _SUMMARY[entry.kind]
    if entry.name:
        return msg(named, reference=entry.reference, name=entry.name)
    return msg(plain, reference=entry.reference)
