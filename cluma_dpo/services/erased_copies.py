"""Erasure reaches the program's own copies (issue 16, finding 5).

An identity document erased after the check, or a request anonymised by the retention
policy, may still be read in a safety copy the program made earlier in backups/ (the
database a restore replaced, the copy before an upgrade). Which copy holds what cannot be
told without opening each one, so every safety copy goes, and the audit trail says how
many (the DPO reads it in the request list's history and in `audit`). The DPO's own
backups are theirs to keep or destroy: the README says so.
"""

from __future__ import annotations

from cluma_dpo.domain.messages import msg_n, note_of
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import safety_copies


def forget_safety_copies(uow: UnitOfWork) -> int:
    """Remove the program's safety copies of this database; how many there were."""
    if uow.data_dir is None:
        return 0
    count = safety_copies.forget(uow.data_dir)
    if count:
        note = msg_n("note.safety_copies_deleted", "note.safety_copies_deleted.other", count)
        uow.record("safety-copies-deleted", None, note_of(note))
    return count
