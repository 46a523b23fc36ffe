"""Issue 16, finding 1, tested as the issue demands: with the real desktop app running.

The app (`python -m cluma_dpo` without a verb, offscreen, the passphrase from the
environment as for automation) opens the database and keeps it open. `restore --force` and
`passwd` from a terminal must then refuse, saying the database is open in another Cluma
DPO window, and change nothing; once the app has quit, the restore goes through.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.storage.db_lock import DatabaseLock
from tests.hardening.support import Env, received_day, run_cli

pytestmark = pytest.mark.slow


def _app_holds(db: Path) -> bool:
    probe = DatabaseLock(db)
    try:
        probe.acquire_exclusive()
    except StoreError:
        return True
    probe.release()
    return False


def _start_app(env: Env) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cluma_dpo"],
        env=env.child_env(QT_QPA_PLATFORM="offscreen"),
        cwd=env.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_restore_and_passwd_refuse_while_the_app_is_open(env: Env) -> None:
    assert run_cli(["init"], env).code == 0
    added = run_cli(["add", "--right", "access", "--name", "Open App", "--received",
                     str(received_day())], env)  # fmt: skip
    assert added.code == 0, added
    backup = env.root / "backup.db"
    assert run_cli(["backup", "--out", str(backup)], env).code == 0
    db = env.data_dir / "cluma-dpo.db"
    app = _start_app(env)
    try:
        deadline = time.monotonic() + 90
        while not _app_holds(db):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not open the database"
            time.sleep(0.2)
        before = db.read_bytes()
        r = run_cli(["restore", "--force", str(backup)], env)
        assert r.code == 2, r
        assert "open in another Cluma DPO window" in r.err, r
        assert "Traceback" not in r.err
        p = run_cli(["passwd"], env, CLUMA_DPO_NEW_PASSPHRASE="a new passphrase, refused")
        assert p.code == 2 and "open in another Cluma DPO window" in p.err, p
        assert db.read_bytes() == before
        assert not (env.data_dir / "backups").exists()  # not even a safety copy was made
        assert app.poll() is None  # the app is still running, its database untouched
        assert run_cli(["list"], env).code == 0  # reading beside the app is never refused
    finally:
        app.terminate()
        try:
            app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.communicate()
    r = run_cli(["restore", "--force", str(backup)], env)
    assert r.code == 0, r
