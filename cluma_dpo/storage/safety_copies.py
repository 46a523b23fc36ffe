"""The copies the program makes by itself in `<data dir>/backups/` (issue 16, finding 5).

`before-restore-<stamp>.db`: the database a restore replaced (with its -wal when that held
changes); `pre-upgrade-<revision>-<stamp>.db`: an encrypted copy taken before a schema
upgrade. They follow the program's promises: `backup list` shows them beside the DPO's own
backups kept in that folder, `restore` accepts them, they expire after the setting
`backup.safety_copy_days`, a passphrase change re-encrypts them (or deletes them and says
so), and an erasure (identity documents, retention) deletes them, because they may still
hold what was erased.

Two files are made on the way: `cluma-dpo.db.restoring` (the backup being prepared beside
the database by a restore) and `backups/.NAME.rekeyed` (a safety copy being re-encrypted by
a passphrase change). A kill leaves them behind, with personal data under a passphrase the
database may no longer have: the next open removes the first (once the lock shows that no
restore is under way: storage.db_lock), the next passphrase change and every erasure the
second.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

FOLDER = "backups"
BEFORE_RESTORE = "before-restore"
PRE_UPGRADE = "pre-upgrade"
USER = "backup"
_NAME = re.compile(r"^(?P<kind>before-restore|pre-upgrade-\w+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$")
STAMP = "%Y%m%d-%H%M%S-%f"
COMPANIONS = ("-wal", "-shm", "-journal")
RESTORING = ".restoring"  # the restored file, prepared beside the database
REKEYED = ".rekeyed"  # a safety copy being re-encrypted, beside it in backups/


@dataclass(frozen=True, slots=True)
class SafetyCopy:
    """One file of the backups folder: the program's own copy, or a backup the DPO put there."""

    path: Path
    kind: str  # before-restore | pre-upgrade | backup
    made: datetime | None  # from the name (the program's copies), else the file's time
    size: int

    @property
    def own(self) -> bool:
        """Made by the program by itself (not by `cluma-dpo backup`)."""
        return self.kind != USER

    def expires(self, days: int) -> date | None:
        """The day after which it is removed (None: never, it is the DPO's own backup)."""
        if not self.own or self.made is None:
            return None
        return date.fromordinal(self.made.date().toordinal() + days)


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def is_own_copy(path: Path) -> bool:
    """Whether `path` is named as one of the program's safety copies."""
    return _NAME.match(Path(path).name) is not None


def copies(data_dir: Path) -> list[SafetyCopy]:
    """Every database file in the backups folder, oldest first (symlinks are not followed)."""
    found: list[SafetyCopy] = []
    try:
        entries = list(os.scandir(folder_of(data_dir)))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.endswith(".db") or entry.name.startswith("."):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        named = _NAME.match(entry.name)
        if named:
            kind = BEFORE_RESTORE if named["kind"] == BEFORE_RESTORE else PRE_UPGRADE
            made: datetime | None = datetime.strptime(named["stamp"], STAMP)
        else:
            kind, made = USER, datetime.fromtimestamp(info.st_mtime)
        size = info.st_size + _companion_size(Path(entry.path))
        found.append(SafetyCopy(Path(entry.path), kind, made, size))
    return sorted(found, key=lambda c: (c.made or datetime.min, c.path.name))


def unused_name(folder: Path, prefix: str, moment: datetime) -> Path:
    """`<prefix>-<moment>.db` in `folder`, dated by the caller's clock (the program's, as
    every verb's); a microsecond later while that name, or one of its companions, is taken
    (a clock pinned with `--today` or by a test gives every copy the same moment)."""
    for step in range(100_000):
        stamp = (moment + timedelta(microseconds=step)).strftime(STAMP)
        path = Path(folder) / f"{prefix}-{stamp}.db"
        if not any(os.path.lexists(str(path) + c) for c in ("", *COMPANIONS)):
            return path
    raise FileExistsError(str(Path(folder) / prefix))


def _companion_size(path: Path) -> int:
    total = 0
    for suffix in COMPANIONS:
        with contextlib.suppress(OSError):
            total += os.stat(str(path) + suffix, follow_symlinks=False).st_size
    return total


def remove(path: Path) -> None:
    """The copy and what SQLite keeps beside it."""
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)
    os.unlink(path)


def expired(data_dir: Path, today: date, days: int) -> list[SafetyCopy]:
    """The program's copies older than `days` days on `today`."""
    return [
        c
        for c in copies(data_dir)
        if c.own and (limit := c.expires(days)) is not None and today > limit
    ]


def prune(data_dir: Path, today: date, days: int) -> list[Path]:
    """Remove the program's copies older than `days` days; the removed paths."""
    gone: list[Path] = []
    for copy in expired(data_dir, today, days):
        with contextlib.suppress(OSError):
            remove(copy.path)
            gone.append(copy.path)
    return gone


def forget(data_dir: Path) -> int:
    """Remove every safety copy of the program (after an erasure: they may still hold what
    was erased); how many there were. The DPO's own backups are not touched."""
    count = 0
    remove_rekeyed_leftovers(data_dir)
    for copy in copies(data_dir):
        if copy.own:
            with contextlib.suppress(OSError):
                remove(copy.path)
                count += 1
    return count


def restoring_path(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + RESTORING)


def _remove_with_companions(path: Path) -> None:
    for name in [str(path), *(str(path) + suffix for suffix in COMPANIONS)]:
        with contextlib.suppress(OSError):
            os.unlink(name)


def remove_restore_leftovers(database: Path) -> None:
    """What a killed restore left beside `database`. Only for whoever holds the database's
    lock: a restore under way holds it exclusively."""
    _remove_with_companions(restoring_path(database))


def remove_rekeyed_leftovers(data_dir: Path) -> int:
    """The half re-encrypted safety copies a killed passphrase change left; how many."""
    try:
        entries = list(os.scandir(folder_of(data_dir)))
    except OSError:
        return 0
    found = [Path(e.path) for e in entries if e.name.startswith(".") and e.name.endswith(REKEYED)]
    for path in found:
        _remove_with_companions(path)
    return len(found)
