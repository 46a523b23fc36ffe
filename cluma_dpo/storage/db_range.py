"""The lock on the database file itself (Linux), beside the one on its lock file.

The lock file can be deleted while its holders are open (by hand, by a clean-up script):
the next `restore` or `passwd` then makes a new one and takes it exclusively, and nothing
stops it. So every open also locks one byte of the database file itself, at RANGE_START,
far from the bytes SQLite locks (0x40000000 to 0x40000201, one GiB in): the same
open-file-description lock, shared while open, exclusive for a restore or a passphrase
change. Nobody removes the database file by mistake.

One danger is particular to the database file: closing ANY descriptor of a file drops every
POSIX lock the process holds on it, and SQLite's locks are POSIX locks. Were a descriptor
of ours closed while a connection of this process has the file open, another process could
take the file exclusively and delete the WAL under that connection. So a descriptor of the
database file is never closed while another lock of this process on the same file is held:
it is unlocked and kept for the next one. Only when no lock of this process holds the file
any more (every connection is closed before its lock is released: storage.engine.Store)
are its descriptors closed.

Elsewhere (Windows keeps an open file from being deleted; other Unix systems mix flock and
POSIX locks) only the lock file is locked: `take` returns None.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

RANGE_START = 1 << 40  # one TiB in: far from SQLite's lock bytes at one GiB
SUPPORTED = sys.platform == "linux"


class Busy(Exception):
    """Another holder's lock is in the way."""


@dataclass(frozen=True, slots=True)
class Held:
    """A locked descriptor of one database file (device, inode)."""

    fd: int
    file: tuple[int, int]


@dataclass(slots=True)
class _File:
    in_use: int = 0  # descriptors of this process that hold (or are taking) a lock
    idle: list[int] = field(default_factory=list)  # unlocked, kept open (see above)


_FILES: dict[tuple[int, int], _File] = {}
_GUARD = threading.Lock()


def _setlk(fd: int, kind: int) -> bool:
    import errno
    import fcntl
    import struct

    # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for an OFD lock)
    arg = struct.pack("hhqqi4x", kind, os.SEEK_SET, RANGE_START, 1, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, arg)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _kind(exclusive: bool) -> int:
    import fcntl

    return fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK


def _key(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _descriptor(path: Path) -> tuple[int, tuple[int, int]] | None:
    """A descriptor of the file at `path` (an idle one when there is one), counted in use;
    None when no regular file is there."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    with _GUARD:
        known = _FILES.get(_key(info))
        if known is not None and known.idle:
            known.in_use += 1
            return known.idle.pop(), _key(info)
    flags = os.O_RDWR | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    key = _key(os.fstat(fd))
    with _GUARD:
        _FILES.setdefault(key, _File()).in_use += 1
    return fd, key


def _put_back(fd: int, key: tuple[int, int]) -> None:
    """An unlocked descriptor: kept while another lock of this process holds the file,
    closed with the file's other descriptors when none does."""
    with _GUARD:
        known = _FILES[key]
        known.in_use -= 1
        if known.in_use > 0:
            known.idle.append(fd)
            return
        del _FILES[key]
        closing = [fd, *known.idle]
    for each in closing:
        with contextlib.suppress(OSError):
            os.close(each)


def take(path: Path, exclusive: bool) -> Held | None:
    """The lock on the database file at `path`; None when there is no file there (or this
    system locks only the lock file). Busy when another holder is in the way; OSError when
    the file cannot be opened or locked (the caller fails closed)."""
    if not SUPPORTED:
        return None
    while True:
        got = _descriptor(path)
        if got is None:
            return None
        fd, key = got
        try:
            locked = _setlk(fd, _kind(exclusive))
        except OSError:
            _put_back(fd, key)
            raise
        if not locked:
            _put_back(fd, key)
            raise Busy
        try:
            still = _key(os.stat(path)) == key
        except OSError:
            still = False
        if still:
            return Held(fd, key)
        release(Held(fd, key))  # replaced meanwhile (a restore): lock the file there now


def convert(held: Held, exclusive: bool) -> bool:
    """Shared to exclusive (or back) in one step; a refused conversion keeps the lock."""
    return _setlk(held.fd, _kind(exclusive))


def release(held: Held) -> None:
    with contextlib.suppress(OSError):
        _setlk(held.fd, _unlock_kind())
    _put_back(held.fd, held.file)


def _unlock_kind() -> int:
    import fcntl

    return fcntl.F_UNLCK


def covers(held: Held | None, path: Path) -> bool:
    """Whether `held` locks the file that is at `path` now."""
    if held is None:
        return False
    try:
        return _key(os.stat(path)) == held.file
    except OSError:
        return False
