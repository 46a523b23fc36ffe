"""Documents you can reopen (issue 15): the letters and fee notes kept in the database,
listed, read back exactly as printed, and saved or printed again.

`KeptDocuments` holds the Workbench's methods for them (the Workbench mixes it in); each
runs in its own short transaction, and saving or printing again is an audit event.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from cluma_dpo.domain.correspondence import INCOMING_KINDS
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, msg, note_of
from cluma_dpo.domain.model import DocumentView
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import kept
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import DocumentRecord
from cluma_dpo.storage.views import document_view


def documents(uow: UnitOfWork, reference: str) -> list[DocumentView]:
    """The documents produced for a request, oldest first (without their bytes)."""
    rec = repo.get_request(uow.session, reference)
    return [document_view(d) for d in kept.of_request(uow.session, rec.id)]


def document_pdf(uow: UnitOfWork, document_id: int) -> bytes:
    return kept.content(uow.session, document_id)


def kept_fee_note(uow: UnitOfWork, reference: str, number: str) -> int | None:
    """The id of the kept PDF of fee note `number` of request `reference` (the newest), or
    None when none is kept (issued without one); refused when the note is another's."""
    fee = repo.get_fee_note(uow.session, number)
    rec = repo.get_request(uow.session, reference)
    if fee.request_id != rec.id:
        raise ValidationError(msg("fee.other_request", number=fee.number, reference=rec.reference))
    found = [
        d.id
        for d in kept.of_request(uow.session, rec.id)
        if d.kind == "fee-note" and d.concerns == fee.number and d.kept_size is not None
    ]
    return found[-1] if found else None


def _note(doc: DocumentRecord, code: str) -> str:
    return note_of(
        msg(
            code,
            kind=Message(f"doc.kind.{doc.kind}"),
            language=Message(f"language.{doc.language}"),
            made=doc.produced_at,
        )
    )


def saved_again(uow: UnitOfWork, document_id: int, path: str) -> DocumentView:
    """The kept document was written to `path` again: that is where it is now saved."""
    doc = kept.get_kept(uow.session, document_id)  # only what is kept is saved again
    doc.saved_path = path
    if doc.kind not in INCOMING_KINDS:  # what came in keeps the name it came with (issue 17)
        doc.filename = Path(path).name[:255]
    uow.record("document-saved", doc.request.reference, _note(doc, "note.document_saved"))
    return document_view(doc)


def printed_again(uow: UnitOfWork, document_id: int) -> None:
    doc = kept.get_kept(uow.session, document_id)
    uow.record("document-printed", doc.request.reference, _note(doc, "note.document_printed"))


class KeptDocuments:
    """The Workbench's use cases on kept documents (the Workbench gives reading/writing)."""

    def reading(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def writing(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def fee_note_pdf(
        self,
        number: str,
        language: str | None = None,
        *,
        filename: str | None = None,
        deliver: Callable[[bytes], None] | None = None,
    ) -> bytes:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def reprint_fee_note(
        self,
        reference: str,
        number: str,
        path: str | Path,
        deliver: Callable[[bytes], None],
        language: str | None = None,
    ) -> bytes:
        """Fee note `number`'s PDF again, byte for byte as kept (issue 16): delivered first,
        then recorded as saved at `path`. A note issued without a PDF gets its first one now
        (recorded as produced, and kept; in `language` if given). A failed delivery records
        nothing."""
        with self.reading() as uow:
            found = kept_fee_note(uow, reference, number)
            data = document_pdf(uow, found) if found is not None else None
        if found is None or data is None:
            return self.fee_note_pdf(number, language, filename=str(path), deliver=deliver)
        deliver(data)
        self.document_saved(found, path)
        return data

    def documents(self, reference: str) -> list[DocumentView]:
        """What was produced for the request: kind, language, when, by whom, where saved,
        and whether its PDF is kept (never its digest: that is for the dossier)."""
        with self.reading() as uow:
            return documents(uow, reference)

    def document_pdf(self, document_id: int) -> bytes:
        """The kept PDF exactly as it was printed or saved; NotFound when none is kept."""
        with self.reading() as uow:
            return document_pdf(uow, document_id)

    def document_saved(self, document_id: int, path: str | Path) -> DocumentView:
        """Record that the kept PDF was written to `path` (after the front end wrote it)."""
        with self.writing() as uow:
            return saved_again(uow, document_id, str(path))

    def document_printed(self, document_id: int) -> None:
        """Record that the kept PDF was printed again."""
        with self.writing() as uow:
            printed_again(uow, document_id)
