"""Demo data: a new database full of believable requests, exactly as the services make them.

Requests arrive over the last eight quarters; each is played through the real services by
services/demo_desk.py, a step at a time and every step at its own moment: the steps of all
requests are taken in time order, in a few large transactions, with the unit of work's
clock set to each step's moment so that the audit trail and the records carry history.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from cluma_dpo.domain.calendar_be import next_working_day_on_or_after as working_day
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.services import settings as cfg
from cluma_dpo.services.demo_desk import OFFICE_HOURS, Case, Desk, Story, office_time
from cluma_dpo.services.demo_people import People, weighted
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage.batch import BatchUnitOfWork

Progress = Callable[[int, int], None]
STEPS = 3_000  # per transaction: the steps of some 600 requests
# The textbook example IBAN (bank code 096, Belfius): BE68539007547034 has a bank code
# python-stdnum does not know, so the settings refuse it.
DEMO_IBAN, DEMO_BIC = "BE71096123456769", "GKCCBEBB"

_RIGHTS = {
    "access": 40,
    "erasure": 20,
    "marketing-opt-out": 15,
    "objection": 8,
    "rectification": 8,
    "restriction": 4,
    "portability": 5,
}
_SECOND = {
    "access": ("rectification", "portability", "erasure"),
    "erasure": ("marketing-opt-out", "access"),
    "rectification": ("access",),
    "objection": ("erasure",),
    "marketing-opt-out": ("erasure",),
    "restriction": ("access",),
    "portability": ("access",),
}
_CHANNELS = {"email": 45, "web": 25, "post": 14, "phone": 9, "in-person": 7}


def _arrivals(rng: random.Random, n: int, today: date) -> list[tuple[date, str]]:
    """Receipt dates over the last eight quarters (a little busier lately), with channels."""
    from dateutil.relativedelta import relativedelta

    from cluma_dpo.domain.calendar_be import is_working_day

    quarter_start = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
    start = quarter_start - relativedelta(months=21)
    span, growth = (today - start).days + 1, 0.8
    channels, weights = weighted(_CHANNELS)
    out = []
    for _ in range(n):
        u = rng.random()  # inverse of the distribution with density 1 + growth * t on [0, 1]
        t = (-1 + (1 + 2 * growth * u * (1 + growth / 2)) ** 0.5) / growth
        d = start + timedelta(min(span - 1, int(t * span)))
        channel = rng.choices(channels, weights)[0]
        office = channel in ("post", "phone", "in-person")
        if not is_working_day(d) and (office or rng.random() < 0.5):
            while not is_working_day(d) or d > today:  # the next working day, else the last one
                d += timedelta(1) if working_day(d) <= today else -timedelta(1)
        out.append((d, channel))
    out.sort(key=lambda x: x[0])
    return out


def _registered_at(days: list[date]) -> list[datetime]:
    """Registration times: through the office day, in order of receipt (references follow)."""
    counts: dict[date, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    out, seen = [], dict.fromkeys(counts, 0)
    for d in days:
        step = OFFICE_HOURS / counts[d]
        out.append(office_time(d, (seen[d] + 0.5) * step + seen[d] % 7 / 7))
        seen[d] += 1
    return out


def fill_demo(
    wb: Workbench,
    n: int,
    *,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add `n` demo requests received over the last eight quarters; returns how many."""
    today = today or wb.today()
    rng = random.Random(seed)
    with wb.writing() as uow:
        bank = cfg.load_settings(uow.session).bank
        if not bank.iban:  # fee notes need the company's account
            cfg.set_setting(uow, "bank.iban", DEMO_IBAN)
            if not bank.bic:
                cfg.set_setting(uow, "bank.bic", DEMO_BIC)
        copy_amount = cfg.load_settings(uow.session).fees.copy_amount
    people = People(rng, seed, min(2000, 100 + n))
    arrivals = _arrivals(rng, n, today)
    stamps = _registered_at([min(working_day(d), today) for d, _ in arrivals])
    cases: list[Case] = []
    names, weights = weighted(_RIGHTS)
    for (received, channel), at in zip(arrivals, stamps, strict=True):
        rights = [rng.choices(names, weights)[0]]
        if rng.random() < 0.10:
            rights.append(rng.choice(_SECOND[rights[0]]))
        (name, email, street, postcode, city, country), language = people.person(
            channel in ("email", "web") or rng.random() < 0.6,
            channel == "post" or rng.random() < 0.5,
        )
        deletion = "erasure" in rights and rng.random() < 0.5
        known = rng.random() < {"web": 0.35, "email": 0.15}.get(channel, 0.0)
        intake = NewRequest(
            rights=rights,
            name=name,
            received=received,
            email=email,
            # Faker writes an English "Flat 3\nSmith Rue" on two lines; a street is one
            street=street.replace("\n", ", ") if street else None,
            postcode=postcode,
            city=city,
            country=country,
            channel=channel,
            language=language,
            account_deletion=deletion,
            known_account=known,
        )
        cases.append(Case(intake, at))
    _play(wb, Desk(rng, today, copy_amount), cases, progress)
    return n


def _play(wb: Workbench, desk: Desk, cases: list[Case], progress: Progress | None) -> None:
    """Take every step of every case in time order, each on a clock that says its moment,
    STEPS to a transaction.

    The services number requests in the order they register them and fee notes in the
    order they issue them, so both come out gapless and in date order; the audit trail
    reads in time order and every record carries the dates of its own steps."""
    due = [(c.registered, i) for i, c in enumerate(cases)]  # (moment of the next step, case)
    heapq.heapify(due)
    stories: dict[int, Story] = {}
    finished = 0
    while due:
        with wb.writing() as outer:
            desk.uow = uow = BatchUnitOfWork(outer)
            for _ in range(STEPS):
                if not due:
                    break
                at, i = heapq.heappop(due)
                uow.clock = FixedClock(at)
                story = stories.get(i) or stories.setdefault(i, desk.story(cases[i]))
                nxt = next(story, None)
                if nxt is None:
                    del stories[i]
                    finished += 1
                else:
                    heapq.heappush(due, (nxt, i))
            uow.close()
        if progress is not None:
            progress(finished, len(cases))
