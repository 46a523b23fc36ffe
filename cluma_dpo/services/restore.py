"""Restoring a backup (or one of the program's safety copies) in place of the database.

The restore owns the file: it holds the database's lock exclusively (storage.db_lock) and
refuses while another window or command has it open. The restored file is prepared in full
beside the database (copied 0600, upgraded, its manifest dropped, the numbers the replaced
database handed out carried into it, the restore recorded) and only then put in place in
one rename: a kill at any moment leaves either the old database or the restored one, both
whole, never a left-over manifest that blocks every later backup (issue 16, finding 6).
The replaced database stays in backups/ as a safety copy (a hard link: no copy is made).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cluma_dpo.domain.backups import BackupInfo
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock
from cluma_dpo.domain.errors import StoreError, ValidationError
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.files import open_private, sync_folder
from cluma_dpo.logs import LOG
from cluma_dpo.paths import DB_NAME
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import backup_file as exports
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage import legacy_chain, numbering, repositories
from cluma_dpo.storage import safety_copies as copies
from cluma_dpo.storage.db_lock import DatabaseLock

CHAIN_COVERS_DATA = "0006"  # the schema whose chain covers the data (HMAC, state digests)


class ChainCheck(Protocol):
    @property
    def ok(self) -> bool: ...
    @property
    def count(self) -> int: ...


def restore(
    data_dir: Path,
    backup_file: Path,
    passphrase: str,
    *,
    force: bool = False,
    lock: DatabaseLock | None = None,
    carried: numbering.Marks | None = None,
    clock: Clock = SYSTEM_CLOCK,
    front_end: str = "cli",
) -> Path:
    """Put a backup in place of the database in data_dir (the current one is kept in
    backups/). `lock` is the caller's exclusive lock of the database (the app restoring the
    database it has open); without it the lock is taken here, and refused while another
    window or command has the database open. `carried`: the numbers the current database
    handed out, when the caller read them already (else they are read here). The restore's
    audit event is dated by `clock` and names `front_end`'s actor, as the caller's own
    events are."""
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise ValidationError(msg("backup.no_file", file=str(backup_file)))
    target = Path(data_dir) / DB_NAME
    if target.exists() and not force:
        raise ValidationError(msg("backup.database_exists", file=str(target)))
    verify_file(backup_file, passphrase, own_copy=copies.is_own_copy(backup_file))
    exports.make_private_folder(target.parent)
    if lock is None:
        with DatabaseLock(target).exclusively() as held:
            _swap(target, backup_file, passphrase, held, carried, clock, front_end)
    else:
        _swap(target, backup_file, passphrase, lock, carried, clock, front_end)
    return target


def verify_file(path: Path, passphrase: str, *, own_copy: bool = False) -> BackupInfo:
    """Open a backup on its own and check it fully before it may replace anything: the
    passphrase, an intact file, a schema we know, and an audit chain that verifies (a
    cut-off copy fails the chain's head count). One of the program's own safety copies
    (`own_copy`: the database a restore replaced) has no manifest: it was never copied."""
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
        problem = exports.manifest_problem(store)
        if problem is not None and not (own_copy and problem.code == "backup.problem.no_manifest"):
            raise StoreError(msg("backup.incomplete", problem=problem))
        with store.session(write=False) as session:
            if (current_revision(store) or "") < CHAIN_COVERS_DATA:  # an older version's
                report: ChainCheck = legacy_chain.check(session.connection())
            else:
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


def _swap(
    target: Path,
    backup_file: Path,
    passphrase: str,
    lock: DatabaseLock,
    carried: numbering.Marks | None,
    clock: Clock,
    front_end: str,
) -> None:
    # `lock` is held exclusively by the caller for the whole swap: nobody else has it open
    tmp = copies.restoring_path(target)
    _remove_with_companions(tmp)  # a left-over of a killed restore
    if carried is None and target.exists():
        carried = _settle(target, passphrase)
    _copy_private(backup_file, tmp)
    wal = Path(str(backup_file) + "-wal")
    if wal.is_file() and wal.stat().st_size:  # a safety copy's committed changes
        _copy_private(wal, Path(str(tmp) + "-wal"))
    try:
        _prepare(tmp, passphrase, carried or {}, clock, front_end)
        if target.exists():
            _keep_replaced(target, clock)
        else:  # a WAL without its database would be applied to the restored file
            _remove_with_companions(target, main_file=False)
        lock.cover(tmp)  # the restored file is locked before it takes the database's name
        try:
            os.replace(tmp, target)  # atomic: the old database or the whole restored one
        except BaseException:
            lock.cover(target)
            raise
    finally:
        _remove_with_companions(tmp)
    sync_folder(target.parent)


def _settle(target: Path, passphrase: str) -> numbering.Marks:
    """The numbers the current database handed out, its WAL folded in (so that the file in
    backups/ is whole by itself). Empty if it cannot be read with this passphrase (damaged,
    or another passphrase): the restore goes on, and says so in the log."""
    marks = numbering.issued_in_file(target, passphrase)
    if marks is None:
        LOG.warning("restore: the replaced database could not be read; its numbers are unknown")
        return {}
    return marks


def _prepare(
    tmp: Path, passphrase: str, carried: numbering.Marks, clock: Clock, front_end: str
) -> None:
    """The restored file, complete before it is put in place."""
    from cluma_dpo.services.settings import load_settings
    from cluma_dpo.storage.migrate import ensure_schema

    engine = eng.make_engine(tmp, passphrase)
    store = eng.Store(tmp, engine)
    try:
        eng.check_key(engine)
        eng.set_wal(engine)
        ensure_schema(
            store,
            lambda prefix: exports.export_encrypted(
                store, copies.unused_name(prefix.parent, prefix.name, clock.now()), passphrase
            ),
        )
        exports.drop_manifest(store)
        # the replaced database's numbers rise with the event: the seal of the chain's end
        # covers them (storage.chain_head)
        with Workbench(store, front_end=front_end, clock=clock).writing() as uow:
            numbering.carry_forward(uow.session, carried)
            days = load_settings(uow.session).backup.safety_copy_days
            uow.record("restored-from-backup", None, note_of(msg("note.restored_from_backup")))
        eng.fold_wal(engine)
    finally:
        engine.dispose()
    if Path(str(tmp) + "-wal").exists() and Path(str(tmp) + "-wal").stat().st_size:
        raise StoreError(msg("store.io_error"))  # never put a file in place without its WAL
    copies.prune(tmp.parent, clock.today(), days)


def _keep_replaced(target: Path, clock: Clock) -> None:
    """The replaced database as a safety copy in backups/: a second name for the same file
    (its WAL is empty after _settle, else copied beside it); a copy where the file system
    has no hard links. Named by the program's clock, which its expiry is counted by."""
    folder = copies.folder_of(target.parent)
    exports.make_private_folder(folder)
    keep = copies.unused_name(folder, copies.BEFORE_RESTORE, clock.now())
    wal = Path(str(target) + "-wal")
    if wal.is_file() and wal.stat().st_size:
        _copy_private(wal, Path(str(keep) + "-wal"))
    try:
        os.link(target, keep)
    except FileExistsError:
        raise
    except OSError:
        _copy_private(target, keep)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(target) + suffix)


def _copy_private(source: Path, dest: Path) -> None:
    """A copy only the owner can read, created exclusively (never through a symlink)."""
    fd = open_private(dest)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(dest)
        raise


def _remove_with_companions(path: Path, *, main_file: bool = True) -> None:
    names = [str(path) + s for s in copies.COMPANIONS]
    for name in [str(path), *names] if main_file else names:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)


def restore_open(wb: Workbench, backup_file: Path, passphrase: str) -> Workbench:
    """The app restores over the database it has open: its own open does not count as
    another instance. Returns the restored database, open with the backup's passphrase;
    `wb` is then closed. On failure `wb` stays open and usable, nothing was changed."""
    if not wb.store.is_file:  # a server's backups are its administrator's (issue 18)
        raise StoreError(msg("server.file_only"))
    lock = wb.store.lock
    if lock is None:  # a store opened without a lock: take one for the restore
        lock = DatabaseLock(wb.path)
    with lock.exclusively():
        with wb.reading() as uow:  # its own key reads its numbers, whatever the backup's
            carried = numbering.issued(uow.session)
        wb.store.engine.dispose()  # no connection of ours reads the file being replaced
        restore(
            wb.path.parent,
            backup_file,
            passphrase,
            force=True,
            lock=lock,
            carried=carried,
            clock=wb.clock,
            front_end="app",
        )
    store = eng.open_store(wb.path.parent, passphrase, lock=wb.store.hand_over_lock() or lock)
    wb.close()
    return Workbench(store, front_end="app", clock=wb.clock)
