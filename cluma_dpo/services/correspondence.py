"""The request keeps its correspondence (issue 17): an incoming message and its attachments,
scanned post, stored encrypted with the request beside the letters the program made.

They go into the same store as the kept letters (documents + document_contents, inside the
SQLCipher file): nothing of them is ever written to disk in plaintext, and retention's
anonymisation removes their bytes and names with the rest of the request's documents.
`Correspondence` holds the Workbench's methods; each runs in one short transaction with its
audit event (the note names the kind and the size, never the file's name: it may be one).
"""

from __future__ import annotations

import contextlib
import hashlib

from cluma_dpo.domain import validation as validate
from cluma_dpo.domain.correspondence import (
    IDENTITY,
    IncomingKind,
    StoredDocument,
    check_attachable,
    content_type_of,
    distinct_name,
    listed_kind,
    message_name,
    stored_name,
)
from cluma_dpo.domain.errors import NotFound, ValidationError
from cluma_dpo.domain.messages import Message, msg, note_of
from cluma_dpo.services import mail_in, suppression
from cluma_dpo.services import requests as req
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import kept
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import DocumentRecord, IdentityDocumentRecord, RequestRecord


def _store(
    uow: UnitOfWork,
    rec: RequestRecord,
    kind: IncomingKind,
    filename: str,
    data: bytes,
    *,
    came_with: int | None = None,
) -> int:
    document_id = kept.add(
        uow.session,
        DocumentRecord(
            request_id=rec.id,
            kind=kind.value,
            language=rec.language,
            sha256=hashlib.sha256(data).hexdigest(),
            produced_at=req.now(uow),
            filename=filename[:255],
            made_by=uow.actor,
            saved_path=None,  # it came in: it was never saved anywhere by the program
            # an attachment names the message it came with (what tells two apart)
            concerns=f"#{came_with}" if came_with is not None else None,
        ),
        data,
    )
    note = msg(
        "note.correspondence_stored",
        kind=Message(f"doc.kind.{kind.value}"),
        size=len(data),
        id=str(document_id),
    )
    uow.record("correspondence-stored", rec.reference, note_of(note))
    return document_id


def _taken(uow: UnitOfWork, rec: RequestRecord) -> set[str]:
    """The names the request's documents are kept under: a new one takes none of them."""
    return {d.filename for d in kept.of_request(uow.session, rec.id) if d.filename}


def store_message(uow: UnitOfWork, reference: str, message: mail_in.ReadMessage) -> list[int]:
    """The original message and each of its attachments; their ids, the message's first.
    Each keeps its own name (the message: its file's, else its reference and date), never
    one another document of the request has."""
    rec = repo.get_request(uow.session, reference)
    taken = _taken(uow, rec)
    p = message.proposal
    name = distinct_name(
        message_name(message.filename, message.filename_suffix, reference, p.received_at), taken
    )
    taken.add(name)
    ids = [_store(uow, rec, IncomingKind.EMAIL, name, message.original)]
    for described, data in zip(p.attachments, message.attachment_bytes, strict=True):
        name = distinct_name(described.filename, taken)
        taken.add(name)
        ids.append(_store(uow, rec, IncomingKind.ATTACHMENT, name, data, came_with=ids[0]))
    return ids


def attach(uow: UnitOfWork, reference: str, filename: str, data: bytes, kind: str) -> list[int]:
    """A file the DPO attaches: scanned post, or a message (then its attachments too), or
    the copy of an identity document (handed to the identity check: no id, as it is not
    kept with the correspondence)."""
    content_type = check_attachable(filename, data, kind)
    if kind == IDENTITY:
        from pathlib import PurePath

        hand_to_check(uow, reference, data, PurePath(filename).suffix.lower())
        return []
    if content_type in (mail_in.EML_TYPES[0], mail_in.MSG_TYPE):
        if kind != IncomingKind.OTHER.value:
            return store_message(uow, reference, mail_in.read(data, name=filename))
        mail_in.read(data)  # stored as it is, but only when it is a message at all
    rec = repo.get_request(uow.session, reference)
    name = distinct_name(stored_name(filename) or f"{reference}-{kind}", _taken(uow, rec))
    return [_store(uow, rec, IncomingKind(kind), name, data)]


def stored(uow: UnitOfWork, reference: str) -> list[StoredDocument]:
    """What is kept with the request: letters, fee notes and correspondence, oldest first."""
    rec = repo.get_request(uow.session, reference)
    out: list[StoredDocument] = []
    for d in kept.of_request(uow.session, rec.id):
        if d.kept_size is None:
            continue  # a fact only (a dossier, or anonymised): nothing to give back
        kind = listed_kind(d.kind)
        filename = d.filename or f"{reference}-{d.kind}.pdf"
        out.append(
            StoredDocument(
                id=d.id,
                kind=kind,
                filename=filename,
                content_type=content_type_of(filename)
                if d.kind in _INCOMING
                else "application/pdf",
                size=d.kept_size,
                added=d.produced_at,
                letter_kind=d.kind if kind == "letter" else None,
            )
        )
    return out


_INCOMING = frozenset(k.value for k in IncomingKind)


def content(uow: UnitOfWork, reference: str, document_id: int) -> tuple[StoredDocument, bytes]:
    """One stored document of the request and its bytes, exactly as they were stored."""
    found = next((d for d in stored(uow, reference) if d.id == document_id), None)
    if found is None:
        raise NotFound(
            msg("store.no_document_of_request", id=str(document_id), reference=reference)
        )
    return found, kept.content(uow.session, document_id)


_IDENTITY_SOURCES = frozenset({IncomingKind.SCAN.value, IncomingKind.ATTACHMENT.value})


def hand_to_check(uow: UnitOfWork, reference: str, data: bytes, suffix: str | None) -> None:
    """Keep `data` as the request's copy of an identity document (the answer to the request
    for it, when that was asked): erased when the check ends. Refused once it has ended."""
    from cluma_dpo.domain import lifecycle as lc
    from cluma_dpo.domain.model import IdentityStatus, Status
    from cluma_dpo.services import workflow

    rec = repo.get_request(uow.session, reference, details=True)
    status = Status(rec.status)
    if lc.Action.RECEIVE_IDENTITY in lc.allowed_actions(status):
        workflow.receive_identity(uow, reference, document=data, suffix=suffix)
    elif lc.Action.VERIFY_IDENTITY in lc.allowed_actions(status) and rec.identity_status in (
        IdentityStatus.NOT_CHECKED.value,
        IdentityStatus.RECEIVED.value,
    ):
        suffix = validate.identity_document(data, suffix)
        rec.identity_documents.append(
            IdentityDocumentRecord(suffix=suffix, content=data, stored_on=uow.today)
        )
        uow.record(
            "identity-document-stored", reference, note_of(msg("note.identity_document_stored"))
        )
    else:
        raise ValidationError(msg("identity.check_not_open", reference=reference))


def use_as_identity_document(uow: UnitOfWork, reference: str, document_id: int) -> None:
    """Hand a kept scan or attachment to the identity check: it becomes the request's copy
    of an identity document and leaves the kept correspondence, so the erase-after-check
    rule reaches it (and its copy in the message it came with)."""
    from pathlib import PurePath

    found, data = content(uow, reference, document_id)
    record = kept.get(uow.session, document_id)
    if record.kind not in _IDENTITY_SOURCES:
        raise ValidationError(msg("identity.not_from_correspondence"))
    hand_to_check(uow, reference, data, PurePath(found.filename).suffix.lower() or None)
    kept.remove(uow.session, record)
    note = msg("note.correspondence_to_identity", kind=Message(f"doc.kind.{record.kind}"),
               id=str(document_id))  # fmt: skip
    uow.record("correspondence-to-identity", reference, note_of(note))


def written_out(uow: UnitOfWork, reference: str, document: StoredDocument) -> None:
    note = msg(
        "note.correspondence_written",
        kind=Message(f"doc.kind.{document.letter_kind or document.kind}"),
        id=str(document.id),
    )
    uow.record("document-written-out", reference, note_of(note))


class Correspondence:
    """The Workbench's use cases on stored correspondence (the Workbench gives the units)."""

    def reading(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def writing(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def register_message(self, cmd: req.NewRequest, message: mail_in.ReadMessage) -> str:
        """Register the request a message makes and keep the message with it, in one step."""

        with self.writing() as uow:
            reference = req.register_request(uow, cmd)
            suppression.suppress_for_request(uow, reference)
            store_message(uow, reference, message)
            return reference

    def attach(self, reference: str, filename: str, data: bytes, kind: str) -> list[int]:
        with self.writing() as uow:
            return attach(uow, reference, filename, data, kind)

    def stored_documents(self, reference: str) -> list[StoredDocument]:
        with self.reading() as uow:
            return stored(uow, reference)

    def stored_document(self, reference: str, document_id: int) -> tuple[StoredDocument, bytes]:
        with self.reading() as uow:
            return content(uow, reference, document_id)

    def use_as_identity_document(self, reference: str, document_id: int) -> None:
        with self.writing() as uow:
            use_as_identity_document(uow, reference, document_id)

    def document_written_out(self, reference: str, document: StoredDocument) -> None:
        """Record that a stored document was written out of the database (by the front end)."""
        with self.writing() as uow:
            written_out(uow, reference, document)
