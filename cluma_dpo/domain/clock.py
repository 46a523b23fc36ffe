"""The one place the program asks what day and time it is.

Deadlines, warnings, retention and audit times all depend on "today"; a rule that reads the
machine's clock by itself cannot be tested on a fixed day and breaks on the day the tests
run. Front ends get a `Clock` from the composition root and hand it down; tests pass a
`FixedClock`. Belgian law counts in Belgian days: "today" is the date in Europe/Brussels,
whatever the machine's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, time-zone aware (Europe/Brussels)."""
        ...

    def today(self) -> date:
        """Today's date in Brussels."""
        ...


@dataclass(frozen=True, slots=True)
class SystemClock:
    """The machine's clock, read in Brussels time."""

    def now(self) -> datetime:
        return datetime.now(BRUSSELS)

    def today(self) -> date:
        return self.now().date()


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock that always says the same moment: for tests, demo data and `--today`."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")

    @classmethod
    def on(cls, day: date, at: time = time(12, 0)) -> FixedClock:
        """Noon (or `at`) in Brussels on `day`."""
        return cls(datetime.combine(day, at, BRUSSELS))

    def now(self) -> datetime:
        return self.at.astimezone(BRUSSELS)

    def today(self) -> date:
        return self.now().date()


SYSTEM_CLOCK: Clock = SystemClock()


def utc_stamp(clock: Clock) -> str:
    """The clock's moment as an ISO 8601 UTC timestamp (how the audit trail writes time)."""
    return clock.now().astimezone(UTC).isoformat(timespec="microseconds")


def naive_utc(clock: Clock) -> datetime:
    """The clock's moment in UTC without tzinfo (how the records store timestamps)."""
    return clock.now().astimezone(UTC).replace(tzinfo=None)
