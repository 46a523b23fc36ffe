"""A list sorted on a server comes out in the file's order (issue 18): PostgreSQL takes NULL
as the largest value and SQLite as the smallest, and a paused request has no governing due
date (storage.request_queries._placed).

The server is the session's throwaway cluster (tests/pg_cluster.py); without PostgreSQL's
binaries these tests are skipped, saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.integration.test_postgresql import ok

# (name, received); the second is paused (identity asked), the third withdrawn
PEOPLE = [("An Aerts", "2026-11-02"), ("Bo Bosmans", "2026-11-10"), ("Cas Claes", "2026-11-20"),
          ("Dirk Dams", "2026-11-23")]  # fmt: skip


def _fill(wb: Any) -> None:
    from cluma_dpo.services.requests import NewRequest

    refs = [
        wb.register(NewRequest(rights=["access"], name=name, received=day))  # type: ignore[arg-type]
        for name, day in PEOPLE
    ]
    wb.request_identity(refs[1], "2026-11-12")
    wb.withdraw(refs[2], on="2026-11-24")


def _orders(wb: Any) -> dict[tuple[str, bool], list[str]]:
    from cluma_dpo.services.requests import RequestQuery

    return {
        (order, down): [v.subject.name for v in wb.requests(RequestQuery(order_by=order,
                                                                          descending=down))]
        for order in ("due", "urgency", "received", "name")
        for down in (False, True)
    }  # fmt: skip


def test_sorted_lists_on_a_server_match_the_file(
    pg_cluster: Any, run_as: Any, tmp_path: Path
) -> None:
    from cluma_dpo.app import open_server_workbench, open_workbench
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    server = open_server_workbench(parse_server_url(url), tmp_path / "local")
    local = open_workbench(tmp_path / "file", "a file passphrase of some length", create=True)
    try:
        _fill(server)
        _fill(local)
        on_server, on_file = _orders(server), _orders(local)
    finally:
        server.close()
        local.close()
    # the paused request (no due date) sorts first by due date ascending, last descending
    assert on_file[("due", False)][0] == "Bo Bosmans"
    assert on_file[("due", True)][-1] == "Bo Bosmans"
    assert on_server == on_file
