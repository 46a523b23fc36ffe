"""Belgian working days, for counting GDPR periods under Regulation 1182/71.

Working day = Monday to Friday and not one of Belgium's ten public holidays, as listed by
the `holidays` package for country "BE". Every lookup is cached: deadline lists for tens of
thousands of requests ask the same few hundred dates over and over.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays

_ONE_DAY = timedelta(days=1)

# `holidays` imports all its countries on first use (~60 ms): pay that once, at import,
# rather than inside the first deadline computation of a 50,000-request list.
holidays.country_holidays("BE")

# The names of holidays in the languages of our letters; `holidays` knows BE in nl, fr, en_US.
_HOLIDAY_LANGUAGES = {"nl": "nl", "fr": "fr", "en": "en_US"}


@cache
def _holidays_of(year: int, language: str = "nl") -> dict[date, str]:
    """Belgian public holidays of one year, date -> name (a plain dict: cheap lookups)."""
    return dict(holidays.country_holidays("BE", years=year, language=language))


@cache
def is_working_day(d: date) -> bool:
    """Not a Saturday, Sunday or Belgian public holiday (Regulation 1182/71 Art. 3(4))."""
    return d.weekday() < 5 and d not in _holidays_of(d.year)


@cache
def next_working_day_on_or_after(d: date) -> date:
    """`d` itself if it is a working day, else the first working day after it."""
    while not is_working_day(d):
        d += _ONE_DAY
    return d


def next_working_day_after(d: date) -> date:
    """The first working day strictly after `d`."""
    return next_working_day_on_or_after(d + _ONE_DAY)


def holiday_name(d: date, language: str = "nl") -> str | None:
    """The name of the Belgian public holiday on `d` in nl, fr or en (else en), or None."""
    return _holidays_of(d.year, _HOLIDAY_LANGUAGES.get(language, "en_US")).get(d)
