"""Issue 16, "must show": kill -9 during `restore --force`, at least 20 times at random
moments, leaves a database that opens, whose audit trail verifies, and that backs up.

The restored file is prepared in full beside the database and put in place in one rename,
so after a kill the database is either the old one (with the request added since the
backup) or the whole restored one (without it), never a mixture, never missing, never
holding the backup's manifest (which used to block every later backup).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time

import pytest

from tests.hardening.support import Env, call_cli, received_day, run_cli

pytestmark = pytest.mark.slow

ROUNDS = 20
SEED = int(os.environ.get("CLUMA_HARDENING_SEED", time.time_ns() % 2**31))


# Only the restore runs in a process of its own (it is what gets killed); the checks run
# the same CLI in this process, which keeps the rounds to about a second each.


def _add(name: str) -> str:
    r = call_cli(["add", "--right", "access", "--name", name, "--received", str(received_day())])
    assert r.code == 0, r
    return r.out.strip()


def _references() -> list[str]:
    r = call_cli(["list", "--json"])
    assert r.code == 0, r
    return sorted(item["reference"] for item in json.loads(r.out))


def _restore_killed_after(env: Env, backup: str, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "cluma_dpo", "restore", "--force", backup],
        env=env.child_env(),
        cwd=env.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.kill()
    proc.wait()


def test_kill_9_during_restore_leaves_a_whole_database(env: Env) -> None:
    rng = random.Random(SEED)
    print(f"seed {SEED}")
    assert run_cli(["init"], env).code == 0
    kept = [_add(f"Kept {n}") for n in range(3)]
    backup = str(env.root / "backup.db")
    assert call_cli(["backup", "--out", backup]).code == 0
    start = time.monotonic()
    assert run_cli(["restore", "--force", backup], env).code == 0
    whole = time.monotonic() - start  # the kills fall before, inside and after a restore
    outcomes = {"old": 0, "restored": 0}
    for round_ in range(ROUNDS):
        since = _add(f"Since {round_}")  # in the database, not in the backup
        # half the kills anywhere in the run, half in its last part, where the file is
        # prepared, linked into backups/ and renamed (the start-up takes most of a run)
        low = 0.0 if round_ % 2 else 0.6 * whole
        _restore_killed_after(env, backup, rng.uniform(low, whole * 1.05))
        refs = _references()  # opens (a missing or half file would fail here)
        if since in refs:
            outcomes["old"] += 1
        else:
            outcomes["restored"] += 1
            assert kept == [r for r in refs if r in kept], (round_, refs)
        verified = call_cli(["audit", "verify"])
        assert verified.code == 0, (round_, verified)
        out = env.root / f"after-{round_}.db"
        made = call_cli(["backup", "--out", str(out)])
        assert made.code == 0, (round_, made)  # never "busy" because of a stray manifest
        out.unlink()
    print(outcomes)
    # the next restore cleans what a killed one left beside the database
    assert run_cli(["restore", "--force", backup], env).code == 0
    assert not [p for p in os.listdir(env.data_dir) if ".restoring" in p]
    # every reference handed out in the rounds stays handed out
    after = _add("After The Rounds")
    assert int(after.rsplit("-", 1)[1]) == len(kept) + ROUNDS + 1
