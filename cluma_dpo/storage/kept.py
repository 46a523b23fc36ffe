"""Kept documents: the PDF of each letter and fee note exactly as it was printed or saved,
in the encrypted database beside the fact of the document (issue 15)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.messages import msg
from cluma_dpo.storage import sealed
from cluma_dpo.storage.records import DocumentContentRecord, DocumentRecord


def add(session: Session, document: DocumentRecord, content: bytes | None) -> int:
    """Add the document (and keep its bytes when given); returns its id."""
    if content is not None:
        document.kept_size = len(content)
    session.add(document)
    session.flush()  # the id, for the content row
    if content is not None:
        session.add(DocumentContentRecord(document_id=document.id, content=content))
    return document.id


def get(session: Session, document_id: int) -> DocumentRecord:
    found = session.get(DocumentRecord, document_id)
    if found is None:
        raise NotFound(msg("store.no_document", id=str(document_id)))
    return found


def get_kept(session: Session, document_id: int) -> DocumentRecord:
    """The document, when its bytes are kept (without reading them); NotFound otherwise."""
    document = get(session, document_id)
    if document.kept_size is None:
        raise NotFound(msg("store.document_not_kept", id=str(document_id)))
    return document


def content(session: Session, document_id: int) -> bytes:
    """The kept bytes; NotFound when nothing is kept of it (made before, or anonymised)."""
    data = session.scalar(
        select(DocumentContentRecord.content).where(
            DocumentContentRecord.document_id == document_id
        )
    )
    if data is None:
        get(session, document_id)  # no such document at all: say so
        raise NotFound(msg("store.document_not_kept", id=str(document_id)))
    opened = sealed.open_column(session, "document_contents", document_id, data)
    assert opened is not None
    return opened


def of_request(session: Session, request_id: int) -> list[DocumentRecord]:
    return list(
        session.scalars(
            select(DocumentRecord)
            .where(DocumentRecord.request_id == request_id)
            .order_by(DocumentRecord.id)
        )
    )


def remove(session: Session, document: DocumentRecord) -> None:
    """Delete a document and its kept bytes (a letter the DPO replaced by a new one)."""
    session.execute(
        delete(DocumentContentRecord).where(DocumentContentRecord.document_id == document.id)
    )
    session.delete(document)
    session.flush()
