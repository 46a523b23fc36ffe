"""Test-wide settings: Qt offscreen, never the user's data dir, and a pinned clock."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks interface.language (Dutch by default); the tests that read its
# messages read them in English unless they choose a language themselves (issue #14:
# tests/i18n/ runs the same errors in nl, fr and de).
os.environ.setdefault("CLUMA_DPO_LANGUAGE", "en")

# The day every in-process test lives on (a Wednesday). No test may depend on the day it
# runs: the composition root's clock is pinned to this day for each test. Tests that start
# the program as a separate process compute their dates from that process's own clock.
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock

    clock = FixedClock.on(TODAY)
    monkeypatch.setattr(app, "CLOCK", clock)
    return clock


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """One throwaway PostgreSQL cluster for the whole run (tests/pg_cluster.py), started on
    first use; a test that needs it is skipped, with the reason, when none can start."""
    from tests.pg_cluster import start_cluster

    cluster, reason = start_cluster()
    if cluster is None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    try:
        yield cluster
    finally:
        cluster.stop()
