"""The Workbench's identity-check use cases that erase copies of identity documents
(services.identity_copies), and the list of what may still be one (review h17)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date

from cluma_dpo.domain.correspondence import StoredDocument
from cluma_dpo.services import identity_copies, workflow
from cluma_dpo.services.correspondence import stored
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo


def flagged(uow: UnitOfWork, reference: str) -> list[StoredDocument]:
    """The kept scans and attachments that may be identity documents, as listed."""
    rec = repo.get_request(uow.session, reference)
    ids = {d.id for d in identity_copies.candidates(uow, rec)}
    return [d for d in stored(uow, reference) if d.id in ids]


class IdentityChecks:
    """The Workbench's identity-check use cases that erase copies (the Workbench gives the
    units)."""

    def writing(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def reading(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def verify_identity(
        self,
        reference: str,
        method: str,
        on: date | str | None = None,
        *,
        erase: Sequence[int] = (),
    ) -> None:
        """Record the identity as verified; the kept attachments `erase` names are identity
        documents and are erased with the request's own."""
        with self.writing() as uow:
            workflow.verify_identity(uow, reference, method, on, erase=erase)

    def fail_identity(
        self,
        reference: str,
        reason: str | None = None,
        on: date | str | None = None,
        *,
        erase: Sequence[int] = (),
    ) -> None:
        with self.writing() as uow:
            workflow.fail_identity(uow, reference, reason, on, erase=erase)

    def erase_identity_copies(self, reference: str, ids: Sequence[int]) -> None:
        with self.writing() as uow:
            identity_copies.erase_now(uow, reference, ids)

    def identity_candidates(self, reference: str) -> list[StoredDocument]:
        with self.reading() as uow:
            return flagged(uow, reference)
