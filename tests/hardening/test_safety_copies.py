"""Issue 16, findings 1, 5 and 6: what a restore leaves behind follows the program's promises.

- A reference (or fee-note number) told to someone is never handed out again, even after a
  restore of an older backup brought back lower counters.
- The program's own safety copies in backups/ (the database a restore replaced, the copy
  before an upgrade) are listed by `backup list`, restorable, expire after the setting
  backup.safety_copy_days, follow a passphrase change, and an erasure deletes them.
- A left-over backup_manifest table never blocks `backup`, and the error says the cause.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from tests.hardening.support import PASSPHRASE, Env, call_cli, received_day, rows

NEW = "the new passphrase for the copies"
OTHER = "a passphrase the database never had"


def _init(env: Env) -> None:
    done = call_cli(["init"])
    assert done.code == 0, done


def _add(name: str = "Anna Backup") -> str:
    r = call_cli(["add", "--right", "access", "--name", name, "--received", str(received_day())])
    assert r.code == 0, r
    return r.out.strip()


def _references() -> list[str]:
    listed = call_cli(["list", "--json"])
    assert listed.code == 0, listed
    return sorted(item["reference"] for item in json.loads(listed.out))


def _backup(path: Path) -> Path:
    made = call_cli(["backup", "--out", str(path)])
    assert made.code == 0, made
    return path


def _restore(path: Path) -> None:
    done = call_cli(["restore", "--force", str(path)])
    assert done.code == 0, done


def _listed() -> list[dict]:
    r = call_cli(["backup", "list", "--json"])
    assert r.code == 0, r
    return json.loads(r.out)


def _own_copies(env: Env) -> list[Path]:
    folder = env.data_dir / "backups"
    if not folder.exists():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.startswith(("before-restore-", "pre-upgrade-")) and p.name.endswith(".db")
    )


# -- finding 1: references are never reused across a restore --------------------------------


def test_a_reference_handed_out_before_a_restore_is_never_handed_out_again(env: Env) -> None:
    _init(env)
    assert call_cli(["settings", "set", "bank.iban", "BE71096123456769"]).code == 0
    first = [_add(f"Person {n}") for n in range(3)]
    year = received_day().year
    assert first[-1] == f"DSR-{year}-0003"
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        for ref in first:  # a fee may be asked once the identity is known
            wb.verify_identity(ref, "account-email", received_day())
    finally:
        wb.close()
    backup = _backup(env.root / "three.db")
    told = [_add("Told Four"), _add("Told Five")]
    assert told == [f"DSR-{year}-0004", f"DSR-{year}-0005"]
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        fee = wb.issue_fee_note(first[0], "10.00", "a sixth identical request", ground="excessive")
    finally:
        wb.close()
    assert fee.number.endswith("-0001")
    _restore(backup)
    assert _references() == first  # the backup's state: 0004 and 0005 are gone
    after = _add("After The Restore")
    assert after == f"DSR-{year}-0006", "a reference told to someone was handed out again"
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        again = wb.issue_fee_note(
            first[1], "10.00", "a sixth identical request", ground="excessive"
        )
    finally:
        wb.close()
    assert again.number != fee.number and again.number.endswith("-0002")
    # the marks live in the encrypted file: a backup of it, restored, still knows them
    later = _backup(env.root / "later.db")
    _restore(later)
    assert _add("Seven") == f"DSR-{year}-0007"


def test_the_app_restoring_a_backup_under_another_passphrase_keeps_the_numbers(
    env: Env,
) -> None:
    """The passphrase was changed after the backup: the backup's passphrase does not open
    the database being replaced, but the app reads its numbers with its own key."""
    from cluma_dpo.services.requests import NewRequest
    from cluma_dpo.services.safety import change_passphrase, restore_open

    _init(env)
    _add("One")
    old = _backup(env.root / "old.db")  # under PASSPHRASE
    wb = open_workbench(env.data_dir, PASSPHRASE, front_end="app")
    change_passphrase(wb, NEW)
    for name in ("Two", "Three"):
        wb.register(NewRequest(rights=["access"], name=name, received=str(received_day())))
    restored = restore_open(wb, old, PASSPHRASE)
    try:
        ref = restored.register(
            NewRequest(rights=["access"], name="Four", received=str(received_day()))
        )
    finally:
        restored.close()
    assert ref.endswith("-0004")


# -- finding 5: the program's own copies ----------------------------------------------------


def test_backup_list_shows_the_safety_copy_and_restore_accepts_it(env: Env) -> None:
    _init(env)
    _add("One")
    backup = _backup(env.root / "one.db")
    second = _add("Two")
    assert _listed() == []
    _restore(backup)
    copies = _own_copies(env)
    assert len(copies) == 1, copies
    listed = _listed()
    assert [(Path(c["file"]), c["kind"]) for c in listed] == [(copies[0], "before-restore")]
    made = date.fromisoformat(listed[0]["made"][:10])
    assert date.fromisoformat(listed[0]["expires"]) == date.fromordinal(made.toordinal() + 30)
    text = call_cli(["backup", "list"])
    assert text.code == 0 and copies[0].name in text.out and "restore" in text.out
    # the copy is the database as it was before the restore: restoring it brings Two back
    _restore(copies[0])
    assert second in _references()
    assert call_cli(["audit", "verify"]).code == 0
    # and the DPO's own backup kept in the folder is listed as theirs
    shutil.copyfile(backup, env.data_dir / "backups" / "mine.db")
    kinds = {Path(c["file"]).name: c["kind"] for c in _listed()}
    assert kinds["mine.db"] == "backup"


def test_safety_copies_expire_after_the_setting_and_the_users_backups_never(env: Env) -> None:
    _init(env)
    _add("One")
    backup = _backup(env.root / "one.db")
    _restore(backup)
    (copy,) = _own_copies(env)
    folder = copy.parent
    # made on 1 November 2026; the tests' day is 25 November 2026
    old = folder / "before-restore-20261101-120000-000000.db"
    copy.rename(old)
    upgrade = folder / "pre-upgrade-0004-20261101-120000-000000.db"
    shutil.copyfile(backup, upgrade)
    mine = folder / "mine-20200101.db"
    shutil.copyfile(backup, mine)
    assert {Path(c["file"]) for c in _listed()} == {old, upgrade, mine}  # 30 days: kept
    assert call_cli(["settings", "set", "backup.safety_copy_days", "10"]).code == 0
    assert {Path(c["file"]) for c in _listed()} == {mine}  # 24 days old > 10: removed
    assert not old.exists() and not upgrade.exists() and mine.exists()


def test_passwd_re_encrypts_the_safety_copies_or_deletes_them_and_says_so(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.services.safety import describe_backup

    _init(env)
    _add("One")
    backup = _backup(env.root / "one.db")
    _restore(backup)
    (copy,) = _own_copies(env)
    # a copy under a passphrase the database no longer has: it cannot follow
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        from cluma_dpo.services.safety import backup as make_backup

        stray = make_backup(wb, env.root / "stray.db", OTHER)
    finally:
        wb.close()
    foreign = copy.parent / "pre-upgrade-0004-20261120-120000-000000.db"
    stray.rename(foreign)
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", NEW)
    r = call_cli(["passwd"])
    assert r.code == 0, r
    assert "1 re-encrypted" in r.out and "1 deleted" in r.out, r.out
    assert copy.exists() and not foreign.exists()
    assert describe_backup(copy, NEW).requests == 1  # opens with the new passphrase
    from cluma_dpo.domain.errors import StoreError

    with pytest.raises(StoreError):
        describe_backup(copy, PASSPHRASE)


def test_erasing_an_identity_document_deletes_the_safety_copies_that_may_hold_it(
    env: Env,
) -> None:
    from tests.hardening.support import run_cli
    from tests.hardening.test_identity_documents import make_document, new_request

    ref, day = new_request(env)
    doc = env.root / "id.png"
    make_document(doc)
    stored = call_cli(["identity", ref, "--received-on", day, "--document", str(doc)])
    assert stored.code == 0, stored
    backup = _backup(env.root / "with-document.db")
    _restore(backup)  # the replaced database (holding the document) stays in backups/
    assert len(_own_copies(env)) == 1
    mine = env.data_dir / "backups" / "mine.db"
    shutil.copyfile(backup, mine)
    verified = run_cli(["identity", ref, "--verified", "--method", "id-document", "--on", day], env)
    assert verified.code == 0, verified
    assert _own_copies(env) == []
    assert mine.exists()  # the DPO's own backup is theirs (the README says so)
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        kinds = [k for (k,) in rows(wb, "SELECT kind FROM audit_events")]
    finally:
        wb.close()
    assert "safety-copies-deleted" in kinds  # the DPO is told, in the audit trail


def test_retention_deletes_the_safety_copies(env: Env) -> None:
    from cluma_dpo.services.requests import NewRequest

    _init(env)
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        old = wb.register(NewRequest(rights=["access"], name="Old One", received="2019-03-04"))
        wb.verify_identity(old, "account-email", "2019-03-04")
        wb.close_request(old, "granted", on="2019-03-05")
    finally:
        wb.close()
    _restore(_backup(env.root / "b.db"))
    assert len(_own_copies(env)) == 1
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        assert wb.retention_run(date_confirmed=True) == 1
    finally:
        wb.close()
    assert _own_copies(env) == []


# -- finding 6: a left-over manifest never blocks a backup ----------------------------------


def test_a_backup_copied_into_place_by_hand_can_be_backed_up_again(env: Env) -> None:
    _init(env)
    _add("One")
    backup = _backup(env.root / "one.db")
    db = env.data_dir / "cluma-dpo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, db)  # by hand: its backup_manifest table comes along
    again = call_cli(["backup", "--out", str(env.root / "again.db")])
    assert again.code == 0, again
    _restore(env.root / "again.db")  # and the new backup is whole
    assert call_cli(["audit", "verify"]).code == 0


def test_a_restore_leaves_no_manifest_in_the_database(env: Env) -> None:
    _init(env)
    _add("One")
    _restore(_backup(env.root / "one.db"))
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        assert not rows(wb, "SELECT name FROM sqlite_master WHERE name = 'backup_manifest'")
    finally:
        wb.close()


# -- file modes -----------------------------------------------------------------------------


@pytest.fixture
def open_umask():  # type: ignore[no-untyped-def]
    old = os.umask(0)  # the widest: every mode below is the program's own choice
    yield
    os.umask(old)


def test_backups_restores_and_their_folder_are_the_owners_alone(
    env: Env, open_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo import files

    made: list[int] = []
    create = files.create_exclusive

    def watched(folder: Path) -> tuple[int, Path]:
        fd, part = create(folder)
        made.append(os.stat(part).st_mode & 0o777)
        return fd, part

    monkeypatch.setattr(files, "create_exclusive", watched)
    _init(env)
    _add("One")
    backup = _backup(env.root / "out" / "one.db")
    assert made == [0o600]  # the temporary file, from its creation on
    assert backup.stat().st_mode & 0o777 == 0o600
    assert (env.root / "out").stat().st_mode & 0o777 == 0o700  # a folder it made
    _restore(backup)
    assert (env.data_dir / "backups").stat().st_mode & 0o777 == 0o700
    assert (env.data_dir / "cluma-dpo.db").stat().st_mode & 0o777 == 0o600
    for copy in _own_copies(env):
        assert copy.stat().st_mode & 0o777 == 0o600
    assert not list(env.data_dir.glob("*.restoring*"))


def test_backup_out_never_follows_a_symlink_planted_at_the_target(env: Env) -> None:
    _init(env)
    _add("One")
    victim = env.root / "elsewhere" / "received.db"
    victim.parent.mkdir()
    link = env.root / "planted.db"
    link.symlink_to(victim)
    r = call_cli(["backup", "--out", str(link)])
    assert r.code == 1, r
    assert "already exists" in r.err
    assert not victim.exists() and link.is_symlink()
    victim.write_bytes(b"theirs")
    r = call_cli(["backup", "--out", str(link)])
    assert r.code == 1 and victim.read_bytes() == b"theirs"
    assert not [p for p in env.root.iterdir() if p.name.endswith(".part")]


@pytest.mark.real_kdf  # a file made by an earlier version
def test_the_pre_upgrade_copy_of_a_database_with_a_stray_manifest(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old database holding a left-over backup_manifest: the copy before the upgrade
    used to fail like every backup (the upgrade with it); now it is made, listed, private,
    and restorable (an old schema is upgraded once restored)."""
    from cluma_dpo.storage import engine as eng

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.db"
    env.data_dir.mkdir()
    db = env.data_dir / eng.DB_NAME
    shutil.copyfile(fixture, db)
    old = eng.make_engine(db, "fixture passphrase 0001")
    try:
        with old.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE backup_manifest (name TEXT PRIMARY KEY, rows INT)")
            conn.exec_driver_sql("INSERT INTO backup_manifest VALUES ('requests', 999)")
    finally:
        old.dispose()
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "fixture passphrase 0001")
    shown = call_cli(["show", "DSR-2024-0001", "--json"])
    assert shown.code == 0, shown  # upgraded, after its copy
    listed = _listed()
    assert [c["kind"] for c in listed] == ["pre-upgrade"], listed
    copy = Path(listed[0]["file"])
    assert copy.stat().st_mode & 0o777 == 0o600
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    _restore(copy)
    assert call_cli(["show", "DSR-2024-0001", "--json"]).code == 0
    assert call_cli(["audit", "verify"]).code == 0
    assert call_cli(["backup", "--out", str(env.root / "after.db")]).code == 0


def test_a_backup_that_fails_says_why_not_that_the_database_is_busy(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure inside the copy used to be hidden: the attached copy was detached while its
    transaction was still open, which fails with 'locked', shown as 'The database is busy'."""
    import sqlite3

    from cluma_dpo.storage import backup_file

    _init(env)
    _add("One")
    real = backup_file._export_with_manifest

    def full_disk(cur) -> None:  # type: ignore[no-untyped-def]
        real(cur)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_file, "_export_with_manifest", full_disk)
    out = env.root / "full.db"
    r = call_cli(["backup", "--out", str(out)])
    assert r.code == 1, r
    assert "disk space" in r.err and "busy" not in r.err, r
    assert not out.exists() and not [p for p in env.root.iterdir() if p.suffix == ".part"]
    monkeypatch.setattr(backup_file, "_export_with_manifest", real)
    assert call_cli(["backup", "--out", str(out)]).code == 0  # nothing was left in the way


def test_a_stray_wal_without_its_database_is_not_applied_to_the_restored_file(
    env: Env,
) -> None:
    _init(env)
    _add("One")
    backup = _backup(env.root / "one.db")
    db = env.data_dir / "cluma-dpo.db"
    wb = open_workbench(env.data_dir, PASSPHRASE)  # the app: its changes sit in the WAL
    try:
        from cluma_dpo.services.requests import NewRequest

        for n in range(20):
            wb.register(NewRequest(rights=["access"], name=f"In The WAL {n}",
                                   received=str(received_day())))  # fmt: skip
        stray = (env.root / "stray-wal").write_bytes(Path(str(db) + "-wal").read_bytes())
        assert stray > 0
    finally:
        wb.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    Path(str(db) + "-wal").write_bytes((env.root / "stray-wal").read_bytes())
    done = call_cli(["restore", str(backup)])  # no database: no --force needed
    assert done.code == 0, done
    assert len(_references()) == 1
    assert call_cli(["audit", "verify"]).code == 0


# -- h16b, item 3: the command line says how many safety copies an erasure deleted ---------


def _deleted_said(out: str) -> bool:
    return "safety cop" in out and "deleted" in out


def test_the_identity_step_that_erases_says_how_many_safety_copies_it_deleted(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """passwd says what became of the copies; an erasure deleted them without a word."""
    from tests.hardening.test_identity_documents import make_document, new_request

    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    ref, day = new_request(env)
    doc = env.root / "id.png"
    make_document(doc)
    stored = call_cli(["identity", ref, "--received-on", day, "--document", str(doc)])
    assert stored.code == 0, stored
    assert not _deleted_said(stored.out)  # nothing erased, nothing said
    _restore(_backup(env.root / "with-document.db"))
    assert len(_own_copies(env)) == 1
    verified = call_cli(["identity", ref, "--verified", "--method", "id-document", "--on", day])
    assert verified.code == 0, verified
    assert _own_copies(env) == []
    assert "1 safety copy" in verified.out and "deleted" in verified.out, verified.out
    closed = call_cli(["close", ref, "--outcome", "granted", "--on", day])
    assert closed.code == 0, closed
    assert not _deleted_said(closed.out + closed.err)  # no copy left: nothing to say


def test_retention_run_says_how_many_safety_copies_it_deleted(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.services.requests import NewRequest
    from tests.conftest import TODAY

    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    _init(env)
    wb = open_workbench(env.data_dir, PASSPHRASE)
    try:
        old = wb.register(NewRequest(rights=["access"], name="Old One", received="2019-03-04"))
        wb.verify_identity(old, "account-email", "2019-03-04")
        wb.close_request(old, "granted", on="2019-03-05")
    finally:
        wb.close()
    _restore(_backup(env.root / "b.db"))
    upgrade = env.data_dir / "backups" / "pre-upgrade-0004-20261120-120000-000000.db"
    shutil.copyfile(_own_copies(env)[0], upgrade)
    copies = len(_own_copies(env))
    assert copies == 2
    listed = call_cli(["retention", "run", "--today", TODAY.isoformat()])
    assert listed.code == 0 and not _deleted_said(listed.out), listed  # without --yes: nothing
    done = call_cli(["retention", "run", "--yes", "--today", TODAY.isoformat()])
    assert done.code == 0, done
    assert _own_copies(env) == []
    assert "2 safety copies" in done.out and "deleted" in done.out, done.out
