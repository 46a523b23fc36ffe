"""Effective due dates and warning levels for all 50,000 requests: the domain alone, and
`wb.due()` end to end."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from cluma_dpo.domain import calendar_be
from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.model import Pause, Status
from cluma_dpo.storage.records import PauseRecord, RequestRecord
from cluma_dpo.storage.repositories import parse_rights
from tests.benchmarks.support import Timings, compare, measure, report, timed

Inputs = list[tuple[dl.DeadlineInput, Status]]


@pytest.fixture(scope="module")
def deadline_inputs(wb: Any) -> Inputs:
    """One DeadlineInput (and the status) per request, built from the database."""
    r = RequestRecord
    with wb.reading() as uow:
        s = uow.session
        pauses: dict[int, list[Pause]] = defaultdict(list)
        for request_id, started, ended in s.execute(
            select(PauseRecord.request_id, PauseRecord.started, PauseRecord.ended).order_by(
                PauseRecord.id
            )
        ):
            pauses[request_id].append(Pause(started, ended))
        rows = s.execute(
            select(r.id, r.received, r.rights, r.account_deletion, r.extended_on, r.status)
        ).all()
    return [
        (
            dl.DeadlineInput(
                received,
                parse_rights(rights),
                account_deletion,
                tuple(pauses.get(id_, ())),
                extended_on,
            ),
            Status(status),
        )
        for id_, received, rights, account_deletion, extended_on, status in rows
    ]


def forget_cached_dates() -> None:
    """Empty the domain's date caches, as in a freshly started program."""
    for module in (dl, calendar_be):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def all_warnings(inputs: Inputs, today: date) -> int:
    count = 0
    for inp, status in inputs:
        d = dl.compute_deadlines(inp, explain=False)
        count += len(dl.warnings_for(d, status, today, due_soon_days=7))
    return count


def test_deadlines_and_warnings_for_all_requests(
    benchmark: Any, deadline_inputs: Inputs, today: date
) -> None:
    """compute_deadlines(explain=False) + warnings_for over 50,000 requests, caches cold."""
    assert len(deadline_inputs) >= 50_000
    cold = Timings()
    benchmark.pedantic(
        timed(lambda: all_warnings(deadline_inputs, today), cold),
        setup=forget_cached_dates,
        rounds=7,
    )
    warm = measure(lambda: all_warnings(deadline_inputs, today), 7)
    report(
        benchmark,
        "deadlines + warning levels, 50,000 requests (domain, caches cold)",
        cold,
        limit_s=0.200,
    )
    report(benchmark, "… the same with the date caches warm", warm, check=False)


def test_due_end_to_end(benchmark: Any, wb: Any, deadline_inputs: Inputs, today: date) -> None:
    """`wb.due()`: the warnings of every open request, from the database."""
    mine, domain = compare(
        benchmark, lambda: wb.due(today), lambda: all_warnings(deadline_inputs, today), rounds=10
    )
    found = len(wb.due(today))
    report(
        benchmark,
        "wb.due() end to end (all requests)",
        mine,
        baseline=domain,
        limit_s=0.200,
        note=f"{found} warnings; baseline = the domain over all 50,000 inputs",
    )
