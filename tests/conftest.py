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

# SQLCipher key derivation with a few rounds in this process and in every Python program
# a test starts (tests/kdf.py says why; `real_kdf` tests use the program's 256,000).
from tests import kdf

os.environ[kdf.ENV] = str(kdf.FAST)
_FAST_KDF_DIR = os.path.join(os.path.dirname(__file__), "_fast_kdf")
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_FAST_KDF_DIR, os.environ.get("PYTHONPATH", "")) if p
)
kdf.set_process_default(kdf.FAST)


@pytest.fixture(autouse=True)
def _key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    if request.node.get_closest_marker("real_kdf") is None:
        yield
        return
    before = kdf.current()
    monkeypatch.delenv(kdf.ENV, raising=False)
    kdf.set_process_default(kdf.REAL)
    try:
        yield
    finally:
        kdf.set_process_default(before)


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
    # the test logins' passwords, as a user's ~/.pgpass holds them: the sockets the cluster
    # trusts need none to sign in, but the documents' key opens with them (storage.server_keys)
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        yield cluster
    finally:
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before
        cluster.stop()
