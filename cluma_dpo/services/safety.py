"""Backups, restores and passphrase changes: the encrypted file never exists in plaintext."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.validation import new_passphrase
from cluma_dpo.paths import DB_NAME
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import engine as eng


def backup(wb: Workbench, out: Path, passphrase: str) -> Path:
    out = Path(out).expanduser().resolve()
    if out.resolve() == wb.path.resolve():
        raise ValidationError(msg("backup.same_file"))
    eng.export_encrypted(wb.store, out, passphrase)
    wb.record("backup-made", None, note_of(msg("note.backup_made")))
    return out


def _verify_file(path: Path, passphrase: str) -> None:
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
        if not report.ok:
            raise StoreError(msg("backup.chain_broken"))
    except StoreError:
        raise
    except Exception:
        raise StoreError(msg("backup.damaged")) from None
    finally:
        engine.dispose()


def restore(data_dir: Path, backup_file: Path, passphrase: str, *, force: bool = False) -> Path:
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
    store = eng.open_store(Path(data_dir), passphrase)
    try:
        eng.drop_manifest(store)
        eng.set_wal(store.engine)
        Workbench(store).record(
            "restored-from-backup", None, note_of(msg("note.restored_from_backup"))
        )
    finally:
        store.close()
    return target


def change_passphrase(wb: Workbench, passphrase: str) -> None:
    """Re-encrypt with a new passphrase; close the app first (other connections keep the
    old key and fail). The event is written with the new key, once the rekey succeeded."""
    secret = new_passphrase(passphrase)
    eng.rekey(wb.store, secret)
    store = eng.open_store(wb.path.parent, secret)
    try:
        Workbench(store).record("passphrase-changed", None, None)
    finally:
        store.close()
