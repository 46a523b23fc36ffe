"""Copies of identity documents live no longer than the identity check (GDPR Art. 5(1)(c);
EDPB Guidelines 01/2022 §5.3; the privacy statement: erased right after the check).

They are kept in three places: as the request's identity document (identity_documents,
erased when the check ends since issue 8), as a kept scan or attachment of the
correspondence (issue 17), and inside the kept message an attachment came with. When the
check is recorded the DPO names the kept scans and attachments that are identity documents;
`erase` removes them, the request's identity documents, and every copy of their bytes in a
kept message, in the transaction of the check, with an audit event for each. The erasure
is the one identity documents always had: rows deleted with `secure_delete` on (freed pages
zeroed), the WAL checkpointed after the commit, the program's safety copies removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cluma_dpo import texts
from cluma_dpo.domain.correspondence import (
    EML,
    MSG,
    IncomingKind,
    content_type_of,
    distinct_name,
    identity_check_open,
    may_be_identity_document,
)
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, msg, msg_n, note_of
from cluma_dpo.domain.model import IdentityStatus, Status
from cluma_dpo.services import mail_strip
from cluma_dpo.services.erased_copies import forget_safety_copies
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import kept
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import DocumentContentRecord, DocumentRecord, RequestRecord

_MESSAGES = frozenset({IncomingKind.EMAIL.value, IncomingKind.OTHER.value})
_COPIES = frozenset(k.value for k in IncomingKind) - {IncomingKind.EMAIL.value}


def candidates(uow: UnitOfWork, rec: RequestRecord) -> list[DocumentRecord]:
    """The kept scans and attachments in PDF, JPEG or PNG: each may be an identity document."""
    return [
        d
        for d in kept.of_request(uow.session, rec.id)
        if d.kept_size is not None and may_be_identity_document(d.kind, d.filename)
    ]


def chosen(uow: UnitOfWork, rec: RequestRecord, ids: Iterable[int]) -> list[DocumentRecord]:
    """The candidates `ids` names; refused (before anything changes) when one is not."""
    by_id = {d.id: d for d in candidates(uow, rec)}
    out = []
    for document_id in dict.fromkeys(ids):
        if document_id not in by_id:
            raise ValidationError(
                msg("identity.not_a_copy", id=str(document_id), reference=rec.reference)
            )
        out.append(by_id[document_id])
    return out


def check_open(rec: RequestRecord) -> bool:
    return identity_check_open(Status(rec.status), IdentityStatus(rec.identity_status))


def erase(uow: UnitOfWork, rec: RequestRecord, attachments: Sequence[DocumentRecord] = ()) -> None:
    """Erase the request's identity documents and the kept `attachments` (with any other
    kept file of the same bytes), and take their bytes out of every kept message."""
    digests = {mail_strip.digest(d.content) for d in rec.identity_documents}
    erased = repo.erase_identity_documents(uow.session, rec)
    if erased:
        note = msg_n(
            "note.identity_documents_erased", "note.identity_documents_erased.other", erased
        )
        uow.record("identity-document-erased", rec.reference, note_of(note))
    named = {d.id for d in attachments}
    digests |= {d.sha256 for d in attachments}  # the same bytes kept twice are one document
    gone = 0
    for document in kept.of_request(uow.session, rec.id) if digests else ():
        if document.kept_size is not None and (
            document.id in named or (document.sha256 in digests and document.kind in _COPIES)
        ):
            kept.remove(uow.session, document)
            note = msg("note.identity_copy_erased", kind=Message(f"doc.kind.{document.kind}"),
                       id=str(document.id))  # fmt: skip
            uow.record("identity-document-erased", rec.reference, note_of(note))
            gone += 1
    gone += _out_of_messages(uow, rec, digests) if digests else 0
    if erased or gone:
        uow.checkpoint_after = True  # the erased bytes leave the WAL too
        forget_safety_copies(uow)  # an earlier copy may still hold them


def _out_of_messages(uow: UnitOfWork, rec: RequestRecord, digests: set[str]) -> int:
    """Replace the parts with these bytes in every kept message; how many messages changed."""
    language = load_settings(uow.session).interface.language  # the note is the DPO's
    removed = texts.render(msg("mail.identity_copy_removed", on=uow.today), language)
    changed = 0
    documents = kept.of_request(uow.session, rec.id)
    taken = {d.filename for d in documents if d.filename}
    for document in documents:
        is_message = content_type_of(document.filename or "") in (EML, MSG)
        if document.kind not in _MESSAGES or document.kept_size is None or not is_message:
            continue
        data = kept.content(uow.session, document.id)
        new = mail_strip.without(data, digests, removed)
        if new is None:
            continue
        outlook = data.startswith(b"\xd0\xcf\x11\xe0")
        if outlook and document.filename:  # kept as an .eml now: its name says so
            taken.discard(document.filename)
            stem = document.filename.rsplit(".", 1)[0]
            document.filename = distinct_name(f"{stem}.eml", taken)
            taken.add(document.filename)
        _replace_content(uow, document, new)
        note = (
            msg("note.identity_copy_out_of_outlook", id=str(document.id))
            if outlook
            else msg("note.identity_copy_out_of_message", id=str(document.id))
        )
        uow.record("identity-document-erased", rec.reference, note_of(note))
        changed += 1
    return changed


def _replace_content(uow: UnitOfWork, document: DocumentRecord, data: bytes) -> None:
    """The old bytes deleted (their pages zeroed), the new ones stored."""
    s = uow.session
    old = s.get(DocumentContentRecord, document.id)
    if old is not None:
        s.delete(old)
        s.flush()
    s.add(DocumentContentRecord(document_id=document.id, content=data))
    document.sha256 = mail_strip.digest(data)
    document.kept_size = len(data)
    s.flush()


def erase_now(uow: UnitOfWork, reference: str, ids: Sequence[int]) -> None:
    """Erase kept scans or attachments the DPO names as identity documents once the check
    is over (one found late, or one that came after it); while it is open they go with it."""
    rec = repo.get_request(uow.session, reference, details=True)
    if check_open(rec):
        raise ValidationError(msg("identity.erase_with_the_check", reference=reference))
    erase(uow, rec, chosen(uow, rec, ids))
