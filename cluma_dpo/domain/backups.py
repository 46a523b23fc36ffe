"""What the front ends show about backups: when the last one was made, whether to remind the
DPO, and what a backup file holds before it replaces the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """When the last backup of this database was made (its 'backup-made' audit event, or the
    'restored-from-backup' one: a restored database is that backup's content) and
    since when the database exists (its first audit event); None when there is none."""

    last_backup: datetime | None
    first_event: datetime | None

    def reminder_due(self, today: date, reminder_days: int) -> bool:
        """Whether to remind the DPO: the last backup (or, without one, the database's
        creation) is more than `reminder_days` days ago; never when reminder_days is 0."""
        if reminder_days <= 0:
            return False
        since = self.last_backup or self.first_event
        if since is None:
            return False
        return (today - since.date()).days > reminder_days


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file holds, read after it was checked in full (passphrase, integrity,
    manifest, audit chain): the time of its newest audit event and its number of requests."""

    newest_event: datetime | None
    requests: int
    events: int
