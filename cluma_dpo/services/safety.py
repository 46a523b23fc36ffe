"""Backups, restores and passphrase changes: the encrypted file never exists in plaintext.

A restore and a passphrase change replace what other opens of the database read: they take
its OS-level lock exclusively (storage.db_lock) and refuse while another window or command
has it open (issue 16, finding 1).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

from cluma_dpo.domain.backups import BackupInfo, BackupStatus
from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.validation import new_passphrase
from cluma_dpo.paths import DB_NAME
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import chain_key, repositories
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage.db_lock import DatabaseLock


def backup(wb: Workbench, out: Path, passphrase: str) -> Path:
    out = Path(out).expanduser().resolve()
    if out.resolve() == wb.path.resolve():
        raise ValidationError(msg("backup.same_file"))
    eng.export_encrypted(wb.store, out, passphrase)
    wb.record("backup-made", None, note_of(msg("note.backup_made")))
    return out


def _verify_file(path: Path, passphrase: str) -> BackupInfo:
    """Open a backup on its own and check it fully before it may replace anything: the
    passphrase, an intact file, a schema we know, and an audit chain that verifies (a
    cut-off copy fails the chain's head count)."""
    from cluma_dpo.services.unit_of_work import chain_report
    from cluma_dpo.storage.migrate import KNOWN_REVISIONS, current_revision

    engine = eng.make_engine(path, passphrase)
    store = eng.Store(path, engine)
    try:
        eng.check_key(engine)
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        if result != "ok" or current_revision(store) not in KNOWN_REVISIONS:
            raise StoreError(msg("backup.damaged"))
        problem = eng.manifest_problem(store)
        if problem is not None:
            raise StoreError(msg("backup.incomplete", problem=problem))
        with store.session(write=False) as session:
            report = chain_report(session)
            newest = repositories.event_at(session)
            requests = repositories.request_count(session)
        if not report.ok:
            raise StoreError(msg("backup.chain_broken"))
        return BackupInfo(
            newest_event=datetime.fromisoformat(newest) if newest else None,
            requests=requests,
            events=report.count,
        )
    except StoreError:
        raise
    except Exception:
        raise StoreError(msg("backup.damaged")) from None
    finally:
        engine.dispose()


def describe_backup(backup_file: Path, passphrase: str) -> BackupInfo:
    """Check a backup in full and say what it holds, before it may replace anything."""
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise ValidationError(msg("backup.no_file", file=str(backup_file)))
    return _verify_file(backup_file, passphrase)


def restore(
    data_dir: Path,
    backup_file: Path,
    passphrase: str,
    *,
    force: bool = False,
    lock: DatabaseLock | None = None,
) -> Path:
    """Put a backup in place of the database in data_dir (the current one is kept in
    backups/). `lock` is the caller's exclusive lock of the database (the app restoring the
    database it has open); without it the lock is taken here, and refused while another
    window or command has the database open."""
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise ValidationError(msg("backup.no_file", file=str(backup_file)))
    target = Path(data_dir) / DB_NAME
    if target.exists() and not force:
        raise ValidationError(msg("backup.database_exists", file=str(target)))
    _verify_file(backup_file, passphrase)
    if not target.parent.exists():
        target.parent.mkdir(parents=True)
        with contextlib.suppress(OSError):
            os.chmod(target.parent, 0o700)
    if lock is None:
        with DatabaseLock(target).exclusively() as held:
            _swap(target, backup_file, passphrase, held)
    else:
        _swap(target, backup_file, passphrase, lock)
    return target


def _swap(target: Path, backup_file: Path, passphrase: str, lock: DatabaseLock) -> None:
    if target.exists():
        keep = target.parent / "backups" / eng.timestamped("before-restore")
        keep.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(target, keep)
        # the WAL holds committed changes not yet in the main file: it travels with it
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                shutil.move(str(target) + suffix, str(keep) + suffix)
    tmp = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup_file, tmp)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)  # atomic: either the old state or the whole backup
    store = eng.open_store(target.parent, passphrase, lock=lock)
    try:
        eng.drop_manifest(store)
        eng.set_wal(store.engine)
        Workbench(store).record(
            "restored-from-backup", None, note_of(msg("note.restored_from_backup"))
        )
    finally:
        store.hand_over_lock()  # the lock stays the caller's
        store.close()


def restore_open(wb: Workbench, backup_file: Path, passphrase: str) -> Workbench:
    """The app restores over the database it has open: its own open does not count as
    another instance. Returns the restored database, open with the backup's passphrase;
    `wb` is then closed. On failure `wb` stays open and usable, nothing was changed."""
    lock = wb.store.lock
    if lock is None:  # a store opened without a lock: take one for the restore
        lock = DatabaseLock(wb.path)
    with lock.exclusively():
        wb.store.engine.dispose()  # no connection of ours reads the file being replaced
        restore(wb.path.parent, backup_file, passphrase, force=True, lock=lock)
    store = eng.open_store(wb.path.parent, passphrase, lock=wb.store.hand_over_lock() or lock)
    wb.close()
    return Workbench(store, front_end="app", clock=wb.clock)


def backup_status(wb: Workbench) -> BackupStatus:
    """When the last backup was made and when the database began (its audit trail)."""
    with wb.reading() as uow:
        last = repositories.event_at(uow.session, "backup-made")
        first = repositories.event_at(uow.session, last=False)
    return BackupStatus(
        last_backup=datetime.fromisoformat(str(last)) if last else None,
        first_event=datetime.fromisoformat(str(first)) if first else None,
    )


def verify_passphrase(wb: Workbench, passphrase: str) -> None:
    """StoreError unless `passphrase` opens this database (the app asks it before a backup,
    which is encrypted with it: a typing error would make the backup useless)."""
    engine = eng.make_engine(wb.path, passphrase)
    try:
        eng.check_key(engine)
    finally:
        engine.dispose()


def change_passphrase(wb: Workbench, passphrase: str) -> None:
    """Re-encrypt with a new passphrase; refused while another window or command has the
    database open (it keeps the old key). `wb` goes on with the new key; the event is
    written with it, once the rekey succeeded."""
    secret = new_passphrase(passphrase)
    store = wb.store
    lock = store.lock if store.lock is not None else DatabaseLock(wb.path)
    with lock.exclusively():
        # the audit chain's key, wrapped with the new passphrase too: it opens whichever
        # passphrase the file has if this is killed between here and the event below
        with store.session(write=True) as session:
            chain_key.stage_passphrase(session, secret)
        eng.rekey(store, secret)
        store.hand_over_lock()
        wb.store = eng.Store(store.path, eng.make_engine(store.path, secret), lock)
    wb.record("passphrase-changed", None, None)
