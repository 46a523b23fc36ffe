"""Erasure reaches the program's own copies (issue 16, finding 5).

An identity document erased after the check, or a request anonymised by the retention
policy, may still be read in a safety copy the program made earlier in backups/ (the
database a restore replaced, the copy before an upgrade). Which copy holds what cannot be
told without opening each one, so every safety copy goes, and the audit trail says how
many (the DPO reads it in the request list's history and in `audit`); a front end that
wants to say so at once (the command line, as `passwd` does) counts them with `counted()`.
The DPO's own backups are theirs to keep or destroy: the README says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from cluma_dpo.domain.messages import msg_n, note_of
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import safety_copies


@dataclass
class Deleted:
    """How many safety copies the use cases run inside `counted()` deleted."""

    count: int = 0


_COUNTING: ContextVar[Deleted | None] = ContextVar("cluma_safety_copies_deleted", default=None)


@contextlib.contextmanager
def counted() -> Iterator[Deleted]:
    """Count the safety copies that erasures and retention delete inside the block."""
    deleted = Deleted()
    token = _COUNTING.set(deleted)
    try:
        yield deleted
    finally:
        _COUNTING.reset(token)


def forget_safety_copies(uow: UnitOfWork) -> int:
    """Remove the program's safety copies of this database; how many there were."""
    if uow.data_dir is None:
        return 0
    count = safety_copies.forget(uow.data_dir)
    counting = _COUNTING.get()
    if counting is not None:
        counting.count += count
    if count:
        note = msg_n("note.safety_copies_deleted", "note.safety_copies_deleted.other", count)
        uow.record("safety-copies-deleted", None, note_of(note))
    return count
