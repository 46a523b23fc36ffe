"""Backups, restores and passphrase changes: the encrypted file never exists in plaintext.

A restore and a passphrase change replace what other opens of the database read: they take
its OS-level lock exclusively (storage.db_lock) and refuse while another window or command
has it open (issue 16, finding 1). Restoring lives in services.restore; the program's own
safety copies in storage.safety_copies.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cluma_dpo.domain.backups import BackupInfo, BackupStatus
from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.validation import new_passphrase
from cluma_dpo.logs import LOG
from cluma_dpo.services.restore import restore as restore
from cluma_dpo.services.restore import restore_open as restore_open
from cluma_dpo.services.restore import verify_file as verify_file
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import backup_file as exports
from cluma_dpo.storage import chain_key, repositories
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage import safety_copies as copies
from cluma_dpo.storage.db_lock import DatabaseLock
from cluma_dpo.storage.migrate import current_revision


def file_only(wb: Workbench) -> None:
    """Backups, restores and the passphrase are the local file's: on a shared server the
    administrator backs the database up and each user has a password (issue 18)."""
    if not wb.store.is_file:
        raise StoreError(msg("server.file_only"))


def backup(wb: Workbench, out: Path, passphrase: str) -> Path:
    """An encrypted backup at `out`. A symlink planted at that name is never followed (the
    name is made absolute, not resolved): the backup is refused as an existing file."""
    file_only(wb)
    out = Path(out).expanduser().absolute()
    if out.parent.resolve() / out.name == wb.path.resolve():
        raise ValidationError(msg("backup.same_file"))
    exports.export_encrypted(wb.store, out, passphrase)
    wb.record("backup-made", None, note_of(msg("note.backup_made")))
    prune_safety_copies(wb)
    return out


def prune_safety_copies(wb: Workbench) -> list[Path]:
    """Remove the program's safety copies older than the setting backup.safety_copy_days."""
    days = wb.settings().backup.safety_copy_days
    return copies.prune(wb.path.parent, wb.today(), days)


def list_backups(wb: Workbench) -> list[copies.SafetyCopy]:
    """The backups folder: the program's safety copies and the DPO's backups kept there,
    expired copies removed first."""
    prune_safety_copies(wb)
    return copies.copies(wb.path.parent)


def describe_backup(backup_file: Path, passphrase: str) -> BackupInfo:
    """Check a backup in full and say what it holds, before it may replace anything."""
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise ValidationError(msg("backup.no_file", file=str(backup_file)))
    return verify_file(backup_file, passphrase, own_copy=copies.is_own_copy(backup_file))


def backup_status(wb: Workbench) -> BackupStatus:
    """When the last backup was made and when the database began (its audit trail).

    A database restored from a backup counts that backup: up to the restore its content is
    exactly what the backup file holds (its own 'backup-made' event is written after the
    copy, so it is never in the file). The later of the two events is the last backup."""
    with wb.reading() as uow:
        made = repositories.event_at(uow.session, "backup-made")
        restored = repositories.event_at(uow.session, "restored-from-backup")
        first = repositories.event_at(uow.session, last=False)
    times = [datetime.fromisoformat(str(at)) for at in (made, restored) if at]
    return BackupStatus(
        last_backup=max(times) if times else None,
        first_event=datetime.fromisoformat(str(first)) if first else None,
    )


def verify_passphrase(wb: Workbench, passphrase: str) -> None:
    """StoreError unless `passphrase` opens this database (the app asks it before a backup,
    which is encrypted with it: a typing error would make the backup useless)."""
    file_only(wb)
    engine = eng.make_engine(wb.path, passphrase)
    try:
        eng.check_key(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True, slots=True)
class CopiesRekeyed:
    """What a passphrase change did to the program's safety copies in backups/."""

    reencrypted: int
    deleted: int


def change_passphrase(wb: Workbench, passphrase: str) -> CopiesRekeyed:
    """Re-encrypt with a new passphrase; refused while another window or command has the
    database open (it keeps the old key). `wb` goes on with the new key; the event is
    written with it, once the rekey succeeded. The program's safety copies follow: each is
    re-encrypted with the new passphrase, or deleted when the old one does not open it."""
    file_only(wb)
    secret = new_passphrase(passphrase)
    store = wb.store
    old = store.engine.url.password
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
    return _rekey_copies(wb.path.parent, str(old or ""), secret)


def _rekey_copies(data_dir: Path, old: str, new: str) -> CopiesRekeyed:
    copies.remove_rekeyed_leftovers(data_dir)  # of a passphrase change killed earlier
    done = deleted = 0
    for copy in copies.copies(data_dir):
        if not copy.own:
            continue  # the DPO's own backups keep the passphrase they were made with
        try:
            _rekey_copy(copy.path, old, new)
            done += 1
        except Exception as exc:  # another passphrase, damaged: it cannot follow, it goes
            LOG.warning("safety copy not re-encrypted (%s): deleted", type(exc).__name__)
            with contextlib.suppress(OSError):
                copies.remove(copy.path)
                deleted += 1
    return CopiesRekeyed(done, deleted)


def _rekey_copy(path: Path, old: str, new: str) -> None:
    """The copy, encrypted with `new`, in place of the one under `old` (one rename)."""
    fresh = path.with_name(f".{path.name}{copies.REKEYED}")
    with contextlib.suppress(FileNotFoundError):
        fresh.unlink()
    engine = eng.make_engine(path, old)
    try:
        eng.check_key(engine)
        store = eng.Store(path, engine)
        if (current_revision(store) or "") >= "0006":  # older copies have no chain key yet
            with store.session(write=True) as session:  # the chain's key opens with `new` too
                chain_key.stage_passphrase(session, new)
        eng.fold_wal(engine)  # its WAL folded in: it goes below
        exports.export_encrypted(store, fresh, new)
    finally:
        engine.dispose()
    for suffix in copies.COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)
    os.replace(fresh, path)
