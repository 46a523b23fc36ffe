"""The demo data: 5,000 requests written into a fresh database by `fill_demo`.

Moved here from tests/integration/test_demo.py, which keeps what the fill must produce.
Needs no cached demo database: each round fills a new one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.benchmarks.support import PASSPHRASE, Timings, report, timed

REQUESTS = 5_000


def test_fill_demo_5000_requests(benchmark: Any, tmp_path: Path) -> None:
    """fill_demo(wb, 5,000) on a new database (opening it, with the key derivation, untimed)."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.demo import fill_demo

    opened: list[Any] = []

    def new_database() -> tuple[tuple[Any], dict[str, Any]]:
        wb = open_workbench(tmp_path / f"demo-{len(opened)}", PASSPHRASE, create=True)
        opened.append(wb)
        return (wb,), {}

    mine = Timings()
    try:
        benchmark.pedantic(
            timed(lambda wb: fill_demo(wb, REQUESTS, seed=7), mine),
            setup=new_database,
            rounds=2,
            iterations=1,
        )
        assert opened[-1].dashboard().total == REQUESTS
    finally:
        for wb in opened:
            wb.close()
    report(
        benchmark,
        f"demo data: fill_demo of {REQUESTS:,} requests into a new database",
        mine,
        limit_s=30.0,
        note="every step through the real services since issue 12 (was 15 s when the demo "
        "wrote records itself)",
    )
