"""Belgian working days, for counting GDPR periods under Regulation 1182/71.

Working day = Monday to Friday and not one of Belgium's ten public holidays, as listed by
the `holidays` package for country "BE". Every lookup is cached: deadline lists for tens of
thousands of requests ask the same few hundred dates over and over.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

_ONE_DAY = timedelta(days=1)

# The names of holidays in the languages of our letters; `holidays` knows BE in nl, fr, de, en_US.
_HOLIDAY_LANGUAGES = {"nl": "nl", "fr": "fr", "en": "en_US", "de": "de"}

# Belgium's module of `holidays`, loaded by itself under this name (see _belgium).
_BELGIUM = "cluma_dpo.domain._holidays_belgium"
_loading = threading.Lock()


@cache
def _belgium() -> Any:
    """`holidays`' Belgium class, loaded on first use without the other countries.

    `holidays.country_holidays("BE")`, like `import holidays.countries.belgium`, first runs
    the package `holidays.countries`, which imports all ~250 countries (60-90 ms, a good
    part of a command's start-up). Belgium's module needs only the base classes of
    `holidays`, so it is loaded from its own file under a name of ours; the package's own
    import of it, should anything else ask for all countries, is left untouched.
    """
    import holidays  # the base package: its countries load lazily

    countries = sys.modules.get("holidays.countries")
    if countries is not None:  # loaded already: nothing to save
        return countries.Belgium
    with _loading:
        module = sys.modules.get(_BELGIUM)
        if module is None:
            path = Path(holidays.__file__).with_name("countries") / "belgium.py"
            spec = importlib.util.spec_from_file_location(_BELGIUM, path)
            if spec is None or spec.loader is None:  # pragma: no cover - a broken install
                return type(holidays.country_holidays("BE"))
            module = importlib.util.module_from_spec(spec)
            sys.modules[_BELGIUM] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[_BELGIUM]
                raise
        return module.Belgium


@cache
def _holidays_of(year: int, language: str = "nl") -> dict[date, str]:
    """Belgian public holidays of one year, date -> name (a plain dict: cheap lookups)."""
    return dict(_belgium()(years=year, language=language))


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
    """The name of the Belgian public holiday on `d` in nl, fr, en or de (else en), or None."""
    return _holidays_of(d.year, _HOLIDAY_LANGUAGES.get(language, "en_US")).get(d)
