"""Files the program writes for the DPO (letters, exports, reports): safely (issue #16).

The bytes go to a temporary file created exclusively beside the target (O_CREAT|O_EXCL|
O_NOFOLLOW, mode 0600, a random name, so nobody can plant a symlink to receive them),
are synced, and renamed over the target in one step; a failure removes the temporary file,
and left-overs of a killed earlier run are removed on the next write into that folder.
A leaf outside the layers, like logs.py.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

PREFIX = ".cluma-dpo-"
SUFFIX = ".part"
NEW_FILE_MODE = 0o600  # exports hold names and e-mail addresses: the owner's alone
# A temporary file older than this is a left-over of a killed run, not one being written.
STALE_AFTER_SECONDS = 10 * 60

# The program's own files, never a target for a document, letter or export (issue 16:
# `document REF ID --out <data dir>/cluma-dpo.db` replaced the live database with a PDF):
# (data dir, database file name), registered by the store when it opens a database.
_PROTECTED: set[tuple[Path, str]] = set()


class ProgramFile(OSError):
    """The target is one of the program's own files (the database, its WAL, lock or a
    safety copy): refused, whatever the name's suffix."""


def protect(data_dir: Path, database_name: str) -> None:
    """Never write a document over the database in `data_dir`, its companions (-wal, -shm,
    .lock, .restoring) or anything in its backups/ folder."""
    _PROTECTED.add((Path(data_dir).resolve(), database_name))


def refuse_program_file(target: Path) -> None:
    """Raise ProgramFile when `target` is one of the protected files (symlinks resolved)."""
    path = Path(target).expanduser().absolute()
    folder = path.parent.resolve()
    candidates = {(folder, path.name)}
    with contextlib.suppress(OSError):
        real = path.resolve()  # a symlink's target counts too (it is replaced, but say so)
        candidates.add((real.parent, real.name))
    for data_dir, name in _PROTECTED:
        for where, leaf in candidates:
            if (where == data_dir and leaf.startswith(name)) or where.is_relative_to(
                data_dir / "backups"
            ):
                raise ProgramFile(errno.EPERM, "the program's own file", str(target))


def write_atomically(target: Path, data: bytes) -> Path:
    """Write `data` to `target`: afterwards the old file or the whole new one, never half.

    A new file is 0600; an existing target of one's own keeps its permissions. A file someone
    else put at that name (in a shared or sticky folder) lends nothing: planted 0666, it
    would have made the register readable by every user of the machine.
    """
    target = Path(target)
    refuse_program_file(target)
    folder = target.parent
    keep_mode: int | None = None
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(FileNotFoundError):
        info = os.stat(target, follow_symlinks=False)  # a symlink is replaced, not obeyed
        if stat.S_ISREG(info.st_mode) and (uid is None or info.st_uid == uid):
            keep_mode = stat.S_IMODE(info.st_mode) & 0o666
    fd, part = create_exclusive(folder)
    try:
        try:
            # "now" as the file system sees it (machine time, not the business clock)
            remove_leftovers(folder, target.name, now=os.fstat(fd).st_mtime)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if keep_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, keep_mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    sync_folder(folder)
    return target


def create_exclusive(folder: Path) -> tuple[int, Path]:
    """A new file of our own beside the target: a random name, created only if nothing
    (not even a symlink) is there, 0600 at most whatever the umask. Not tempfile.mkstemp:
    no temporary file of this program ever goes through the temp machinery (see the
    hardening suite), and the folder is the target's, on purpose (rename is atomic there)."""
    for _ in range(100):
        part = folder / f"{PREFIX}{secrets.token_hex(8)}{SUFFIX}"
        try:
            return open_private(part), part
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def open_private(path: Path) -> int:
    """A new file only the owner can read (0600 whatever the umask), created only if nothing,
    not even a symlink, is at `path`: its descriptor, open for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, NEW_FILE_MODE)


def remove_leftovers(folder: Path, target_name: str | None, *, now: float) -> None:
    """Remove this program's temporary files a killed run left in `folder`: ours (prefix,
    owner), regular files (a symlink is never followed), old enough not to be in use.
    Also the predictable `.NAME.part` of earlier versions for the file about to be written."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        old_style = target_name is not None and entry.name == f".{target_name}.part"
        ours = entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX)
        if not (ours or old_style):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
            continue
        if ours and now - info.st_mtime < STALE_AFTER_SECONDS:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, nor needs to."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class NotARegularFile(OSError):
    """What a user named to be read is no plain file: missing, a folder, a device, a pipe,
    or a file of a pseudo file system (``/proc/self/environ`` says it has 0 bytes and then
    gives the process's environment, the passphrase with it)."""


class TooLarge(OSError):
    """The file has more bytes than the caller accepts."""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, opened once (what is checked is what is
    read), at most `limit` bytes; a file whose size is not what it said is refused."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotARegularFile(exc.errno, "no file", str(path)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(errno.EINVAL, "no file", str(path))
        if info.st_size > limit:  # refused before it is read
            raise TooLarge(errno.EFBIG, "too large", str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # it grew while it was read
        raise TooLarge(errno.EFBIG, "too large", str(path))
    if size != info.st_size:  # /proc, /sys: the size said 0, the reading gave more
        raise NotARegularFile(errno.EINVAL, "no file", str(path))
    return b"".join(chunks)
