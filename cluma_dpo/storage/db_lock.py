"""One writer owns the file during a restore or a passphrase change (issue 16, finding 1).

Every open of the database (the app, a command, the quick reader) holds a SHARED lock on a
lock file beside it, `cluma-dpo.db.lock`, for as long as it is open. `restore` and `passwd`
need the lock EXCLUSIVELY and ask for it without waiting: while another window or command
has the database open they refuse, and nothing is changed. An open that finds the lock held
exclusively (a restore under way) waits a little, then says so.

The lock is the operating system's (open-file-description locks on Linux, flock on other
Unix systems, LockFileEx on Windows): it is released when the process ends, however it ends,
so a killed process never leaves the file locked. These locks belong to one open of the
file, so two opens in one process exclude each other as two processes do. On Linux a shared
lock becomes exclusive in one step, or stays shared: nobody can slip in between (flock
drops the shared lock first). The lock file holds nothing.

The lock fails closed: a lock file that cannot be opened or locked (a folder or a symlink
planted at its name, no permission) refuses the open with a message naming the file, never
lets it go on unlocked (issue 16, attacker findings).

Deleting the lock file must not let a restore in under an open database: on Linux every
open also holds the same lock on a byte of the database file itself (storage.db_range),
which nobody deletes by mistake. Whoever gets the lock knows that no restore is under way:
it removes what a killed restore left beside the database (`cluma-dpo.db.restoring`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.storage import db_range
from cluma_dpo.storage.safety_copies import remove_restore_leftovers

SUFFIX = ".lock"
WAIT_SECONDS = 15.0  # how long an open waits for a restore or a passphrase change to end
_POLL = 0.05


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


if sys.platform == "win32":  # pragma: no cover - Windows
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel = ctypes.WinDLL("kernel32", use_last_error=True)
    _EXCLUSIVE, _FAIL_IMMEDIATELY = 0x2, 0x1

    def _lock(fh: IO[bytes], exclusive: bool) -> bool:
        handle = msvcrt.get_osfhandle(fh.fileno())
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        return bool(_kernel.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(fh: IO[bytes]) -> None:
        handle = msvcrt.get_osfhandle(fh.fileno())
        _kernel.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))

    def _convert(fh: IO[bytes], exclusive: bool) -> bool:
        _unlock(fh)  # Windows cannot convert a lock: release, then ask anew
        return _lock(fh, exclusive)

elif sys.platform == "linux":  # locks of one open file description, converted atomically
    import errno
    import fcntl
    import struct

    def _flock(fh: IO[bytes], kind: int) -> bool:
        # struct flock: l_type, l_whence, l_start, l_len (0: the whole file), l_pid (0 for OFD)
        arg = struct.pack("hhqqi4x", kind, os.SEEK_SET, 0, 0, 0)
        try:
            fcntl.fcntl(fh.fileno(), fcntl.F_OFD_SETLK, arg)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):  # another holder's lock is in the way
                return False
            raise
        return True

    def _lock(fh: IO[bytes], exclusive: bool) -> bool:
        return _flock(fh, fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK)

    def _unlock(fh: IO[bytes]) -> None:
        _flock(fh, fcntl.F_UNLCK)

    def _convert(fh: IO[bytes], exclusive: bool) -> bool:
        # one step: a refused conversion keeps the shared lock (POSIX lock semantics)
        return _lock(fh, exclusive)

else:  # pragma: no cover - other Unix systems
    import fcntl

    def _lock(fh: IO[bytes], exclusive: bool) -> bool:
        try:
            fcntl.flock(fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh, fcntl.LOCK_UN)

    def _convert(fh: IO[bytes], exclusive: bool) -> bool:
        # flock converts in place; a refused conversion may have dropped the old lock
        return _lock(fh, exclusive)


def _same_file(fh: IO[bytes], path: Path) -> bool:
    """Whether the open file is still the one at `path` (the last holder may have removed it
    between our open and our lock: then the lock protects nothing)."""
    try:
        here, there = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class DatabaseLock:
    """The lock of one open of the database: shared while open, exclusive for a moment.

    The last holder removes the lock file (a closed database leaves only its own file); an
    open that locked a file removed meanwhile notices it and locks the new one."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._fh: IO[bytes] | None = None
        self._range: db_range.Held | None = None  # the database file's own (Linux)
        self.exclusive = False

    @property
    def held(self) -> bool:
        return self._fh is not None

    def _open(self) -> IO[bytes]:
        """The lock file, opened without following a symlink; StoreError naming the file and
        the cause when it cannot be (fail closed: never an open without the lock)."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            raise self._unusable(exc) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a device or a pipe planted there
            os.close(fd)
            raise self._unusable(None)
        return os.fdopen(fd, "r+b")

    def _unusable(self, exc: OSError | None, file: Path | None = None) -> StoreError:
        cause = os.strerror(exc.errno) if exc is not None and exc.errno else "not a file"
        where = str(file or self.path)
        return StoreError(msg("store.lock_unusable", file=where, cause=cause))

    def _take(self, exclusive: bool) -> bool:
        """A new open of the lock file, locked; False if another holder is in the way."""
        while True:
            fh = self._open()
            try:
                locked = _lock(fh, exclusive)
            except OSError as exc:  # no locks on this file system: refuse, never go on
                fh.close()
                raise self._unusable(exc) from None
            if not locked:
                fh.close()
                return False
            if not _same_file(fh, self.path):
                fh.close()  # removed by its last holder meanwhile: lock the new one
                continue
            try:  # the database file's own lock: a deleted lock file does not count
                self._range = db_range.take(self.database, exclusive)
            except db_range.Busy:
                fh.close()
                return False
            except OSError as exc:
                fh.close()
                raise self._unusable(exc, self.database) from None
            self._fh = fh
            remove_restore_leftovers(self.database)  # no restore is under way
            return True

    def acquire_shared(self, wait: float | None = None) -> None:
        """Take the shared lock, waiting up to `wait` seconds for an exclusive holder."""
        if self._fh is not None:
            return
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        while not self._take(exclusive=False):
            if time.monotonic() >= deadline:
                raise StoreError(msg("store.being_replaced"))
            time.sleep(_POLL)

    def acquire_exclusive(self) -> None:
        """The exclusive lock now, or StoreError naming the cause (another instance)."""
        if self._fh is None:
            if not self._take(exclusive=True):
                raise StoreError(msg("store.in_use"))
        elif not self.exclusive:
            if not _convert(self._fh, exclusive=True):
                self._regain_shared()
                raise StoreError(msg("store.in_use"))
            if self._range is not None and not db_range.convert(self._range, exclusive=True):
                _convert(self._fh, exclusive=False)  # back to shared: never refused
                raise StoreError(msg("store.in_use"))
        self.exclusive = True

    def share(self) -> None:
        """Back from exclusive to shared (others may open the database again)."""
        if self._fh is not None and self.exclusive:
            if self._range is not None:
                db_range.convert(self._range, exclusive=False)  # never refused
            if not _convert(self._fh, exclusive=False):  # pragma: no cover - never refused
                self._regain_shared()
            self.exclusive = False

    def cover(self, file: Path | None = None) -> None:
        """Lock the database file that is at `file` (default: the database) now, in this
        lock's mode, and let go of the one locked before: after the database was created,
        and by a restore before it renames the prepared file into place."""
        target = self.database if file is None else Path(file)
        if self._fh is None or db_range.covers(self._range, target):
            return
        try:
            new = db_range.take(target, self.exclusive)
        except db_range.Busy:
            raise StoreError(msg("store.in_use")) from None
        except OSError as exc:
            raise self._unusable(exc, target) from None
        old, self._range = self._range, new
        if old is not None:
            db_range.release(old)

    def _drop_range(self) -> None:
        held, self._range = self._range, None
        if held is not None:
            db_range.release(held)

    def _regain_shared(self) -> None:
        fh, self._fh = self._fh, None
        self._drop_range()
        if fh is not None:
            fh.close()
        self.exclusive = False
        self.acquire_shared()

    def release(self) -> None:
        self._drop_range()
        fh, self._fh = self._fh, None
        self.exclusive = False
        if fh is None:
            return
        with contextlib.suppress(OSError):
            # the last holder (nobody else shares it) removes the file; Windows keeps it
            if sys.platform != "win32" and _convert(fh, exclusive=True):
                if _same_file(fh, self.path):
                    os.unlink(self.path)
            _unlock(fh)
        fh.close()

    @contextlib.contextmanager
    def exclusively(self) -> Iterator[DatabaseLock]:
        """Exclusive for the block (StoreError if another instance has the database open),
        shared again afterwards if it was shared before, released if it was not held."""
        was_held = self.held
        self.acquire_exclusive()
        try:
            yield self
        finally:
            if was_held:
                self.share()
            else:
                self.release()
