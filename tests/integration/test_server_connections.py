"""The pool of server connections (issue 18, speed): a connection the server has closed is
replaced before it is used, without a round trip to check every live one first.

The server is the session's throwaway cluster (tests/pg_cluster.py); without PostgreSQL's
binaries these tests are skipped, saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.integration.test_postgresql import ok


@pytest.fixture
def server_wb(pg_cluster: Any, run_as: Any, tmp_path: Path) -> Any:
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    ok(run_as(url, "add", "--right", "access", "--name", "Jan Peeters",
              "--received", "2026-11-23"))  # fmt: skip
    wb = open_server_workbench(parse_server_url(url), tmp_path / "local")
    yield wb
    wb.close()


def _pings(wb: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pings the pool sends (a round trip each) from now on."""
    seen: list[int] = []
    dialect = wb.store.engine.dialect
    real = dialect.do_ping

    def ping(dbapi_conn: Any) -> bool:
        seen.append(1)
        return bool(real(dbapi_conn))

    monkeypatch.setattr(dialect, "do_ping", ping)
    return seen


def test_a_live_connection_is_used_without_a_ping(server_wb: Any, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cluma_dpo.services.requests import RequestQuery

    server_wb.count(RequestQuery())  # the pool holds a connection now
    pings = _pings(server_wb, monkeypatch)
    for _ in range(3):
        assert server_wb.count(RequestQuery()) == 1
    assert pings == []


def test_a_connection_the_server_closed_is_replaced_before_use(
    pg_cluster: Any, server_wb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.services.requests import RequestQuery

    assert server_wb.count(RequestQuery()) == 1
    pings = _pings(server_wb, monkeypatch)
    database = server_wb.store.address.database
    with pg_cluster.admin() as conn:  # as a restart of the server would
        closed = conn.execute(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()[0]
    assert closed >= 1
    assert server_wb.count(RequestQuery()) == 1  # no error: a new connection
    assert len(pings) == 1  # the closed one was looked at, and dropped
    assert server_wb.count(RequestQuery()) == 1
    assert len(pings) == 1
