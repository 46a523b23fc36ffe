"""What a front end asks of the register, as plain data: the storage repositories and the
command line's quick reader (services.quick) answer the same queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RequestQuery:
    """A filter over the register, as the list verb and the workbench's list ask for it."""

    status: str | None = None
    statuses: tuple[str, ...] = ()
    right: str | None = None
    search: str | None = None
    overdue: bool = False
    due_within: int | None = None
    not_overdue: bool = False  # with due_within: only what is still to come (dashboard count)
    open_only: bool = False
    paused: bool | None = None
    awaiting_fee: bool = False
    today: date | None = None
    order_by: str = "received"
    descending: bool = True


# Longer than any searchable text (a name is at most 200 characters, an e-mail address 254):
# a longer term matches nothing, and so does its first MAX_SEARCH characters. Cut there, the
# pattern stays far below SQLite's 50,000-byte limit for LIKE (a 100 kB --search was exit 3).
MAX_SEARCH = 2000


def search_pattern(q: RequestQuery) -> str | None:
    """The LIKE pattern of the search box (escaped), or None when nothing is searched."""
    if not (q.search and q.search.strip()):
        return None
    term = q.search.strip().casefold()[:MAX_SEARCH]
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
