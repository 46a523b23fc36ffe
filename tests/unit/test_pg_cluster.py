"""The throwaway PostgreSQL cluster of the tests (tests/pg_cluster.py): without a server the
tests that need one are skipped with the reason, never silently (issue 18)."""

from __future__ import annotations

import pytest

from tests import pg_cluster


def test_no_server_binaries_means_no_cluster_and_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_cluster, "find_bindir", lambda: None)
    cluster, reason = pg_cluster.start_cluster()
    assert cluster is None
    assert "no PostgreSQL server binaries" in reason  # the conftest's pytest.skip says it
