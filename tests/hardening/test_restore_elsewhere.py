"""Issue 16, attacker pass on main: what a restore carries and what it leaves behind.

- A backup restored into a NEW, empty data dir knows every number handed out that the
  database it was made from knew, including the marks an earlier restore carried into it
  (they travel inside the encrypted file): numbering does not start again.
- The restore dates what it records (its audit event, the safety copy of the database it
  replaced, and so that copy's expiry) by the program's clock, as every other verb does.
- A restore killed with -9 leaves `cluma-dpo.db.restoring` (the backup under its own,
  maybe older, passphrase, with personal data): the next open removes it, once the lock
  shows that no restore is under way. A passphrase change killed while it re-encrypted the
  safety copies leaves `.NAME.rekeyed` in backups/: the next passphrase change and an
  erasure remove it.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo import app
from cluma_dpo.domain.clock import FixedClock
from tests.hardening.support import PASSPHRASE, Env, call_cli, received_day

LATER = date(2027, 3, 3)  # far from the machine's clock and from the tests' pinned day


def _ok(*args: str) -> str:
    r = call_cli(list(args))
    assert r.code == 0, r
    return r.out


def _add(name: str, *, data_dir: Path | None = None) -> str:
    where = ["--data-dir", str(data_dir)] if data_dir else []
    out = _ok(*where, "add", "--right", "access", "--name", name, "--received",
              str(received_day()))  # fmt: skip
    return out.strip()


def test_a_backup_restored_into_a_new_folder_goes_on_above_the_numbers_it_knew(
    env: Env,
) -> None:
    year = received_day().year
    _ok("init")
    _add("One")
    old = env.root / "old.db"
    _ok("backup", "--out", str(old))
    assert [_add("Two"), _add("Three")][-1] == f"DSR-{year}-0003"
    _ok("restore", "--force", str(old))  # holds One only, and knows 0003 was handed out
    carried = env.root / "carried.db"
    _ok("backup", "--out", str(carried))
    elsewhere = env.root / "new data dir"
    _ok("--data-dir", str(elsewhere), "restore", str(carried))
    assert _add("Four", data_dir=elsewhere) == f"DSR-{year}-0004"
    assert call_cli(["--data-dir", str(elsewhere), "audit", "verify"]).code == 0


def test_restore_dates_its_event_and_its_safety_copy_by_the_programs_clock(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ok("init")
    _add("Someone")
    backup = env.root / "b.db"
    _ok("backup", "--out", str(backup))
    monkeypatch.setattr(app, "CLOCK", FixedClock.on(LATER))
    _ok("restore", "--force", str(backup))
    _ok("restore", "--force", str(backup))  # twice at the same (pinned) moment: two copies
    from tests.hardening.audit_support import query

    rows = query(env, "SELECT at FROM audit_events WHERE kind = 'restored-from-backup'")
    assert rows and all(str(at).startswith(LATER.isoformat()) for (at,) in rows), rows
    listed = json.loads(_ok("backup", "list", "--json"))
    copies = [c for c in listed if c["kind"] == "before-restore"]
    assert len(copies) == 2, listed  # none expired on the program's day, none overwritten
    assert {c["made"][:10] for c in copies} == {LATER.isoformat()}, copies


def test_a_left_over_restoring_file_is_removed_at_the_next_open(env: Env) -> None:
    _ok("init")
    _add("Someone")
    backup = env.root / "b.db"
    _ok("backup", "--out", str(backup))
    left = env.data_dir / "cluma-dpo.db.restoring"
    shutil.copyfile(backup, left)  # what a kill -9 during `restore --force` leaves
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(left) + suffix).write_bytes(b"left over")
    assert _ok("list", "--json")  # any open (here the quick reader's)
    assert not [p.name for p in env.data_dir.iterdir() if ".restoring" in p.name]
    shutil.copyfile(backup, left)
    from cluma_dpo.app import open_workbench

    open_workbench(env.data_dir, PASSPHRASE).close()  # the workbench's open too
    assert not left.exists()


def _plant_rekeyed(env: Env) -> Path:
    folder = env.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    planted = folder / ".before-restore-20261120-101010-000000.db.rekeyed"
    planted.write_bytes(b"a half re-encrypted safety copy")
    return planted


def test_a_left_over_rekeyed_copy_is_removed_by_passwd_and_by_an_erasure(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ok("init")
    ref = _add("Someone")
    planted = _plant_rekeyed(env)
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", "another passphrase for the copies")
    _ok("passwd")
    assert not planted.exists()
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "another passphrase for the copies")
    planted = _plant_rekeyed(env)
    doc = env.root / "id.pdf"
    doc.write_bytes(b"%PDF-1.4 identity card copy")
    _ok("identity", ref, "--requested-on", str(received_day()))
    _ok("identity", ref, "--received-on", str(received_day()), "--document", str(doc))
    _ok("identity", ref, "--verified", "--method", "id-document", "--on", str(received_day()))
    assert not planted.exists()  # the erasure of the identity document reached it
