"""The same work on a local PostgreSQL server as on the encrypted file (issue 18): a list with
a search, `due`, and opening + the first screen, at 50,000 requests, each within 1.5× of the
SQLCipher figure measured in the same run (interleaved round by round, support.compare).

The server holds the demo copied with `migrate --to` (tests/benchmarks/pg_office.py); the
program signs in as a dpo login through 127.0.0.1 with its password (SCRAM-SHA-256), the
way a colleague's computer reaches the office's server, less the TLS.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from cluma_dpo.services.requests import RequestQuery
from tests.benchmarks.support import PASSPHRASE, Timings, compare, measure, report
from tests.benchmarks.test_list import FIRST_SCREEN, SEARCH

LIMIT = 1.5  # PostgreSQL / SQLCipher


def test_migrate_to_server(benchmark: Any, office: Any) -> None:
    """`migrate --to` of the whole demo (timed once, when the cached cluster was built)."""
    benchmark.pedantic(lambda: None, rounds=1)  # the figure is the build's, not a round's
    report(
        benchmark,
        f"migrate --to PostgreSQL (the whole demo, {office.requests():,} requests, in one go)",
        Timings([office.migrate_seconds]),
        check=False,
        note="measured now" if office.built_now else "measured when the cached cluster was built",
    )


def test_search_on_server(benchmark: Any, wb: Any, server_wb: Any) -> None:
    """wb.requests(search, first 200) + wb.count(search): PostgreSQL vs SQLCipher."""
    query = RequestQuery(search=SEARCH)

    def on(workbench: Any) -> tuple[int, int]:
        return len(workbench.requests(query, limit=FIRST_SCREEN)), workbench.count(query)

    mine, base = compare(benchmark, lambda: on(server_wb), lambda: on(wb), rounds=30)
    found, expected = on(server_wb), on(wb)
    report(
        benchmark,
        f"PostgreSQL: search {SEARCH!r} (first 200 + count) vs SQLCipher",
        mine,
        baseline=base,
        limit_ratio=LIMIT,
        note=f"{found[1]} matches on both",
    )
    assert found == expected and found[1] > 0


def test_due_on_server(benchmark: Any, wb: Any, server_wb: Any, today: date) -> None:
    """`wb.due()` (the service of the `due` verb): PostgreSQL vs SQLCipher."""
    mine, base = compare(benchmark, lambda: server_wb.due(today), lambda: wb.due(today), rounds=30)
    found = server_wb.due(today)
    report(
        benchmark,
        "PostgreSQL: wb.due() (all requests) vs SQLCipher",
        mine,
        baseline=base,
        limit_ratio=LIMIT,
        note=f"{len(found)} warnings on both",
    )
    same = [(w.reference, w.level, w.date) for w in wb.due(today)]
    assert [(w.reference, w.level, w.date) for w in found] == same


def test_open_and_first_screen_on_server(
    benchmark: Any, office: Any, work_dir: Path, tmp_path: Path
) -> None:
    """open_server_workbench as the dpo login + the first 200 rows vs open_workbench (with
    its PBKDF2 key derivation) + the same 200 rows on the file."""
    from cluma_dpo.app import open_server_workbench, open_workbench
    from cluma_dpo.storage.server_url import parse_server_url

    address = parse_server_url(office.dpo_url)

    def first_screen(workbench: Any) -> int:
        try:
            return len(workbench.requests(RequestQuery(), limit=FIRST_SCREEN))
        finally:
            workbench.close()

    def on_server() -> int:
        return first_screen(open_server_workbench(address, tmp_path, front_end="bench"))

    def on_file() -> int:
        return first_screen(open_workbench(work_dir, PASSPHRASE, front_end="bench"))

    mine, base = compare(benchmark, on_server, on_file, rounds=7)
    # what signing in costs alone: a new connection (SCRAM-SHA-256) and `SELECT 1`
    import psycopg

    def connect() -> None:
        with psycopg.connect(**address.connect_args()) as conn:
            conn.execute("SELECT 1").fetchall()

    sign_in = measure(connect, 7)
    report(
        benchmark,
        "PostgreSQL: open (dpo login) + first screen (200 rows) vs SQLCipher open + same",
        mine,
        baseline=base,
        limit_ratio=LIMIT,
        note="the file's figure includes its PBKDF2 key derivation",
    )
    report(
        benchmark, "… of which a new connection (SCRAM-SHA-256) + SELECT 1", sign_in, check=False
    )
    assert on_server() == on_file() == FIRST_SCREEN
