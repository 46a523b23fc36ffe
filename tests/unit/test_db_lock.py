"""The OS-level lock of an open database (issue 15 part 2, issue 16 finding 1): every open holds
it shared; a restore or a passphrase change needs it exclusively and refuses, changing
nothing, while ANOTHER window or command has the database open: two opens in one process,
and two real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.errors import StoreError

PASSPHRASE = "lock test passphrase 1"
NEW = "a new passphrase for the lock"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    wb = open_workbench(folder, PASSPHRASE, create=True)
    wb.record("database-created", None, None)
    wb.close()
    return folder


@pytest.fixture
def backup_file(data_dir: Path, tmp_path: Path) -> Path:
    from cluma_dpo.services.safety import backup

    wb = open_workbench(data_dir, PASSPHRASE)
    try:
        return backup(wb, tmp_path / "copy.db", PASSPHRASE)
    finally:
        wb.close()


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
        CLUMA_DPO_DATA_DIR=str(data_dir),
        CLUMA_DPO_PASSPHRASE=PASSPHRASE,
        CLUMA_DPO_LANGUAGE="en",
        CLUMA_DPO_LOG_DIR=str(data_dir.parent / "log"),
    )
    env.update(extra)
    return env


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    """Another process with the database open (as the app is), until its stdin closes."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from cluma_dpo.app import open_workbench
        wb = open_workbench(Path({str(data_dir)!r}), {PASSPHRASE!r}, front_end="app")
        print("open", flush=True)
        sys.stdin.read()
        wb.close()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(data_dir),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def _cli(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluma_dpo", *args],
        capture_output=True,
        text=True,
        env=_env(data_dir, **env),
        timeout=120,
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- the lock itself ----------------------------------------------------------------------


def test_shared_opens_coexist_and_an_exclusive_one_is_refused(tmp_path: Path) -> None:
    from cluma_dpo.storage.db_lock import DatabaseLock

    db = tmp_path / "cluma-dpo.db"
    first, second, third = DatabaseLock(db), DatabaseLock(db), DatabaseLock(db)
    first.acquire_shared()
    second.acquire_shared()
    with pytest.raises(StoreError) as refused:
        third.acquire_exclusive()
    assert refused.value.msg.code == "store.in_use"
    with pytest.raises(StoreError):
        first.acquire_exclusive()  # the other shared open is in the way
    assert first.held and not first.exclusive  # still open, shared
    second.release()
    first.acquire_exclusive()  # alone now: the conversion succeeds
    with pytest.raises(StoreError) as waiting:
        third.acquire_shared(wait=0.2)  # a restore under way: an open waits, then says so
    assert waiting.value.msg.code == "store.being_replaced"
    first.share()
    third.acquire_shared(wait=0)
    first.release()
    third.release()
    assert not (tmp_path / "cluma-dpo.db.lock").exists()  # the last holder removes it


def test_every_open_holds_the_lock_until_closed(data_dir: Path) -> None:
    from cluma_dpo.storage.db_lock import DatabaseLock

    probe = DatabaseLock(data_dir / "cluma-dpo.db")
    wb = open_workbench(data_dir, PASSPHRASE)
    with pytest.raises(StoreError):
        probe.acquire_exclusive()
    wb.close()
    probe.acquire_exclusive()
    probe.release()
    assert _files(data_dir).keys() == {"cluma-dpo.db"}  # a closed database leaves no lock file


# -- restore and passwd, two opens in one process -----------------------------------------


def test_passphrase_change_refused_while_another_open_holds_the_database(data_dir: Path) -> None:
    from cluma_dpo.services.safety import change_passphrase

    mine = open_workbench(data_dir, PASSPHRASE)
    other = open_workbench(data_dir, PASSPHRASE)
    try:
        with pytest.raises(StoreError) as refused:
            change_passphrase(mine, NEW)
        assert refused.value.msg.code == "store.in_use"
        assert other.settings() is not None  # the other open still reads with its key
        assert mine.settings() is not None  # and so does this one: nothing changed
    finally:
        other.close()
    change_passphrase(mine, NEW)  # alone now
    assert mine.verify_audit().ok  # goes on with the new key
    mine.close()
    with pytest.raises(StoreError):
        open_workbench(data_dir, PASSPHRASE)
    open_workbench(data_dir, NEW).close()


def test_restore_refused_while_another_open_holds_the_database(
    data_dir: Path, backup_file: Path
) -> None:
    from cluma_dpo.services.safety import restore

    other = open_workbench(data_dir, PASSPHRASE)
    before = _files(data_dir)
    try:
        with pytest.raises(StoreError) as refused:
            restore(data_dir, backup_file, PASSPHRASE, force=True)
        assert refused.value.msg.code == "store.in_use"
        assert _files(data_dir) == before
        assert not (data_dir / "backups").exists()  # not even a safety copy was made
    finally:
        other.close()
    restore(data_dir, backup_file, PASSPHRASE, force=True)


# -- two real processes ---------------------------------------------------------------------


def test_cli_restore_and_passwd_refuse_while_another_process_has_it_open(
    data_dir: Path, backup_file: Path
) -> None:
    holder = _holder(data_dir)
    try:
        before = _files(data_dir)
        r = _cli(data_dir, "restore", "--force", str(backup_file))
        assert r.returncode == 2, r.stderr  # the database cannot be had: exit 2 (README)
        assert "open in another" in r.stderr and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
        p = _cli(data_dir, "passwd", CLUMA_DPO_NEW_PASSPHRASE=NEW)
        assert p.returncode == 2, p.stderr
        assert "open in another" in p.stderr
        nl = _cli(data_dir, "passwd", CLUMA_DPO_NEW_PASSPHRASE=NEW, CLUMA_DPO_LANGUAGE="nl")
        assert "Traceback" not in nl.stderr and "open in another" not in nl.stderr
        del before["cluma-dpo.db.lock"]
        after = _files(data_dir)
        after.pop("cluma-dpo.db.lock")
        assert after.keys() == before.keys()
        assert _cli(data_dir, "list").returncode == 0  # reading is never refused
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    r = _cli(data_dir, "restore", "--force", str(backup_file))
    assert r.returncode == 0, r.stderr


def test_a_killed_holder_leaves_no_lock(data_dir: Path, backup_file: Path) -> None:
    holder = _holder(data_dir)
    holder.kill()
    holder.wait(timeout=60)
    r = _cli(data_dir, "passwd", CLUMA_DPO_NEW_PASSPHRASE=NEW)
    assert r.returncode == 0, r.stderr


# -- robustness (issue 16, attacker findings) -------------------------------------------------


def test_a_refused_conversion_keeps_the_shared_lock(tmp_path: Path) -> None:
    """Shared to exclusive in one step or not at all: flock drops the shared lock first, so
    a third process could take the file exclusively in between (and a refused conversion
    left the database unlocked until it was taken again)."""
    from cluma_dpo.storage import db_lock

    path = tmp_path / "cluma-dpo.db.lock"
    path.touch()
    with open(path, "r+b") as mine, open(path, "r+b") as other, open(path, "r+b") as third:
        assert db_lock._lock(mine, exclusive=False)
        assert db_lock._lock(other, exclusive=False)
        assert not db_lock._convert(mine, exclusive=True)  # the other holder is in the way
        db_lock._unlock(other)
        # the refused conversion kept this holder's shared lock: nobody gets it exclusively
        assert not db_lock._lock(third, exclusive=True)
        assert db_lock._convert(mine, exclusive=True)  # alone now
        assert not db_lock._lock(third, exclusive=False)


def test_conversion_while_others_keep_coming_never_lets_an_exclusive_holder_in(
    tmp_path: Path,
) -> None:
    """Many refused conversions while another holder keeps the shared lock: at no moment
    may a third open get the lock exclusively."""
    from cluma_dpo.storage import db_lock

    path = tmp_path / "cluma-dpo.db.lock"
    path.touch()
    with open(path, "r+b") as mine, open(path, "r+b") as other, open(path, "r+b") as third:
        assert db_lock._lock(mine, exclusive=False) and db_lock._lock(other, exclusive=False)
        for _ in range(200):
            assert not db_lock._convert(mine, exclusive=True)
            db_lock._unlock(other)
            assert not db_lock._lock(third, exclusive=True)
            assert db_lock._lock(other, exclusive=False)


@pytest.mark.parametrize("planted", ["folder", "symlink", "dangling symlink", "fifo"])
def test_the_lock_fails_closed_when_something_is_planted_at_its_name(
    data_dir: Path, tmp_path: Path, planted: str
) -> None:
    """A folder, a symlink (even to a file that does not exist yet) or a pipe where the lock
    file belongs: every open is refused, naming the file, and nothing is created through
    the symlink. Before, an OSError let the open go on without any lock."""
    from cluma_dpo.storage.db_lock import DatabaseLock

    lock = data_dir / "cluma-dpo.db.lock"
    victim = tmp_path / "victim"
    if planted == "folder":
        lock.mkdir()
    elif planted == "symlink":
        victim.write_bytes(b"")
        lock.symlink_to(victim)
    elif planted == "dangling symlink":
        lock.symlink_to(victim)
    else:
        os.mkfifo(lock)
    with pytest.raises(StoreError) as refused:
        open_workbench(data_dir, PASSPHRASE)
    assert refused.value.msg.code == "store.lock_unusable"
    assert str(lock) in str(refused.value.msg.params["file"])
    with pytest.raises(StoreError):
        DatabaseLock(data_dir / "cluma-dpo.db").acquire_exclusive()
    if planted == "dangling symlink":
        assert not victim.exists()
    r = _cli(data_dir, "list")
    assert r.returncode == 2, r.stderr
    assert "lock file" in r.stderr and "Traceback" not in r.stderr
    r = _cli(data_dir, "restore", "--force", str(data_dir / "cluma-dpo.db"))
    assert r.returncode != 0 and "Traceback" not in r.stderr


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW on this system")
def test_the_upgrade_lock_never_follows_a_symlink_planted_at_its_name(tmp_path: Path) -> None:
    from cluma_dpo.storage.migrate import _exclusive

    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    elsewhere = tmp_path / "elsewhere"
    (folder / ".upgrade.lock").symlink_to(elsewhere)
    with pytest.raises(OSError), _exclusive(folder):
        pass
    assert not elsewhere.exists()  # nothing was created through the link
