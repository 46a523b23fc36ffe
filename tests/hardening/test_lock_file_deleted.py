"""Issue 16, attacker pass on main: deleting `cluma-dpo.db.lock` must not let a restore or a
passphrase change in while another process has the database open.

Before, every open held its lock on the lock file only: once that file was deleted (by
hand, by a clean-up script), `restore --force` made a new one, locked it exclusively and
replaced the database under the open app. Now every open also holds the lock on a byte
range of the database file itself (Linux: an open-file-description lock far from the bytes
SQLite locks), which cannot be deleted out from under its holders.

Holding a descriptor of the database file is delicate: closing ANY descriptor of a file
drops every POSIX lock the process holds on it, SQLite's included, and another process
could then delete the WAL under a connection that still uses it. The second test checks
that opens and closes in one process leave SQLite's own locks alone.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.hardening.support import PASSPHRASE, Env, call_cli, received_day

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="the database file itself is locked on Linux"
)
DB = "cluma-dpo.db"


def _holder(env: Env) -> subprocess.Popen[str]:
    """Another process with the database open, as the app is, until its stdin closes."""
    code = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from cluma_dpo.app import open_workbench
        wb = open_workbench(Path(os.environ["CLUMA_DPO_DATA_DIR"]),
                            os.environ["CLUMA_DPO_PASSPHRASE"], front_end="app")
        wb.settings()
        print("open", flush=True)
        sys.stdin.read()
        wb.settings()
        wb.close()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env.child_env(),
        cwd=env.root,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def _ok(*args: str) -> str:
    r = call_cli(list(args))
    assert r.code == 0, r
    return r.out


def test_a_deleted_lock_file_does_not_let_restore_or_passwd_in(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ok("init")
    _ok("add", "--right", "access", "--name", "Open App", "--received", str(received_day()))
    backup = env.root / "backup.db"
    _ok("backup", "--out", str(backup))
    holder = _holder(env)
    try:
        lock = env.data_dir / f"{DB}.lock"
        assert lock.exists()
        lock.unlink()  # "a stale lock file"
        before = (env.data_dir / DB).read_bytes()
        r = call_cli(["restore", "--force", str(backup)])
        assert r.code == 2, r
        assert "open in another" in r.err and "Traceback" not in r.err, r
        monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", "a new passphrase, refused")
        p = call_cli(["passwd"])
        assert p.code == 2 and "open in another" in p.err, p
        assert (env.data_dir / DB).read_bytes() == before
        assert not (env.data_dir / "backups").exists()  # not even a safety copy was made
        assert _ok("list")  # reading beside the other process is never refused
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
    _ok("restore", "--force", str(backup))


_PROBE = """
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDWR)
# SQLite's SHARED lock bytes: 510 bytes from one GiB + 2 (os_unix.c, SHARED_FIRST)
arg = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0x40000002, 510, 0)
kind, _, _, _, pid = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, arg))
print(pid if kind != fcntl.F_UNLCK else 0)
"""


def _sqlite_lock_holder(env: Env) -> int:
    """The process holding SQLite's shared lock on the database file (0: none), as another
    process sees it."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(env.data_dir / DB)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return int(out.strip())


def test_opens_and_closes_in_one_process_leave_sqlites_own_locks_alone(env: Env) -> None:
    """SQLite holds a shared lock on the database file for as long as a connection in WAL
    mode is open: closing a descriptor of ours must not drop it."""
    import os

    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.requests import NewRequest

    _ok("init")
    first = open_workbench(env.data_dir, PASSPHRASE)
    try:
        first.settings()  # its connection is open, in WAL mode
        assert _sqlite_lock_holder(env) == os.getpid()
        for _ in range(2):
            open_workbench(env.data_dir, PASSPHRASE).close()
            _ok("list")  # the quick reader opens and closes too
            assert _sqlite_lock_holder(env) == os.getpid(), "SQLite's lock was dropped"
        ref = first.register(NewRequest(rights=["access"], name="Still Here",
                                        received=str(received_day())))  # fmt: skip
    finally:
        first.close()
    assert ref in _ok("list")
