"""Documents: letters, fee notes, the register, dossiers and quarterly reports.

Every document is built in memory and returned as bytes; the front end writes it only
where the user asked. A document produced for a request is recorded on it (kind,
language, SHA-256, who, where it was saved) and in the audit trail; a letter's or fee
note's PDF is kept with it in the encrypted database, exactly as printed (issue 15).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cluma_dpo.domain import statistics as stats
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import Message, Param, msg, msg_n, note_of
from cluma_dpo.domain.model import RequestView
from cluma_dpo.services import requests as req
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork, chain_report
from cluma_dpo.storage import figures, figures_register, kept
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage import request_queries as queries
from cluma_dpo.storage.records import DocumentRecord


@dataclass(frozen=True)
class Produced:
    """A document built under a read transaction; `record` logs it in a short write."""

    data: bytes
    event: str  # audit event kind
    note: str
    reference: str | None = None  # set when the document belongs to a request
    kind: str = ""
    language: str = ""
    filename: str | None = None  # where it is saved (a path as the user chose it)
    concerns: str | None = None  # an Art. 19 notice's recipient, a fee note's number
    keep: bool = False  # keep the bytes in the database (letters and fee notes)
    replaces: int | None = None  # the id of an earlier document this one replaces


def _document(
    data: bytes,
    reference: str,
    kind: str,
    language: str,
    filename: str | None,
    *,
    concerns: str | None = None,
    keep: bool = False,
    replaces: int | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Produced:
    digest = hashlib.sha256(data).hexdigest()
    what: dict[str, Param] = {
        "kind": Message(f"doc.kind.{kind}"),  # codes listed in documents/words.py
        "language": Message(f"language.{language}"),
        "sha256": digest,
    }
    # made with the DPO's own template or wording: which file, and the SHA-256 of the text
    # used, in the audit trail (issue 16); the letter itself does not say so
    own = "; ".join(f"{name} sha256 {sha}" for name, sha in sorted((overrides or {}).items()))
    return Produced(
        data,
        "document-produced",
        note_of(
            msg("note.document_own", **what, files=own) if own else msg("note.document", **what)
        ),
        reference,
        kind,
        language,
        filename,
        concerns,
        keep,
        replaces,
    )


def record(uow: UnitOfWork, produced: Produced) -> int | None:
    """Record the document (and keep its bytes) with its audit event, in one transaction;
    returns the document's id (None: it belongs to no request)."""
    if produced.reference is None:
        uow.record(produced.event, produced.reference, produced.note)
        return None
    rec = repo.get_request(uow.session, produced.reference)
    old = None
    if produced.replaces is not None:
        old = kept.get(uow.session, produced.replaces)
        if old.request_id != rec.id or old.kind != produced.kind:
            raise ValidationError(msg("document.replaces_other"))
    name = Path(produced.filename).name[:255] if produced.filename else None
    document_id = kept.add(
        uow.session,
        DocumentRecord(
            request_id=rec.id,
            kind=produced.kind,
            language=produced.language,
            sha256=hashlib.sha256(produced.data).hexdigest(),
            produced_at=req.now(uow),
            filename=name,
            made_by=uow.actor,
            saved_path=produced.filename,
            concerns=produced.concerns,
        ),
        produced.data if produced.keep else None,
    )
    uow.record(produced.event, produced.reference, produced.note)
    if old is not None:  # removed after the new one was added: no id is used twice
        note = msg(
            "note.document_replaced", kind=Message(f"doc.kind.{old.kind}"), made=old.produced_at
        )
        kept.remove(uow.session, old)
        uow.checkpoint_after = True  # the replaced letter leaves the WAL too
        uow.record("document-replaced", produced.reference, note_of(note))
    return document_id


def templates_dir(uow: UnitOfWork) -> Path:
    """The DPO's own copies of the letter templates override the shipped ones."""
    return (uow.data_dir or Path(".")) / "templates"


def letter(
    uow: UnitOfWork,
    reference: str,
    kind: str,
    language: str | None = None,
    *,
    recipient: str | None = None,
    filename: str | None = None,
    today: date | None = None,
    texts: Mapping[str, str | None] | None = None,
    late: bool = False,
    replaces: int | None = None,
) -> Produced:
    from cluma_dpo.documents import template_limits
    from cluma_dpo.documents.letters import LetterOptions, render_letter

    view = req.get_request(uow, reference, explained=False)
    settings = load_settings(uow.session)
    told = settings.recipient(recipient) if kind == "recipient-notice" else None
    if language is None and told is not None:  # the recipient's, not the person's (finding 4)
        language = told.notice_language(settings.letters.default_language)
    lang = (language or view.subject.language.value).lower()
    with template_limits.recording() as own:
        pdf = render_letter(
            view,
            settings,
            LetterOptions(
                kind=kind,
                language=lang,
                today=today or uow.today,
                recipient=recipient,
                texts=dict(texts or {}),
                late=late,
            ),
            templates_dir=templates_dir(uow),
        )
    return _document(
        pdf,
        view.reference,
        kind,
        lang,
        filename,
        concerns=recipient,
        keep=True,
        replaces=replaces,
        overrides=own,
    )


def fee_note_pdf(
    uow: UnitOfWork,
    number: str,
    language: str | None = None,
    *,
    filename: str | None = None,
    today: date | None = None,
) -> Produced:
    from cluma_dpo.documents import template_limits
    from cluma_dpo.documents.fee_note import render_fee_note

    fee = repo.get_fee_note(uow.session, number)
    view = req.get_request(uow, fee.request.reference, explained=False)
    fee_view = next(f for f in view.fee_notes if f.number == fee.number)
    lang = (language or view.subject.language.value).lower()
    with template_limits.recording() as own:
        pdf = render_fee_note(
            view,
            fee_view,
            load_settings(uow.session),
            language=lang,
            today=today or fee.issued_on,
            templates_dir=templates_dir(uow),
        )
    return _document(
        pdf,
        view.reference,
        "fee-note",
        lang,
        filename,
        concerns=fee.number,
        keep=True,
        overrides=own,
    )


def register_xlsx(uow: UnitOfWork, today: date | None = None) -> Produced:
    from cluma_dpo.documents.register import render_register
    from cluma_dpo.services.suppression import suppression_list

    suppression: list[tuple[str, date]] | None
    if uow.figures_only:  # management on a server: no name, no e-mail (storage.figures)
        views, suppression = figures_register.register_figures(uow.session), None
    else:
        views = queries.register_views(uow.session)
        suppression = [(email, since) for email, since, _ in suppression_list(uow)]
    language = load_settings(uow.session).interface.language  # the DPO's own language
    data = render_register(views, suppression, today=today or uow.today, language=language)
    n = len(views)
    return Produced(
        data, "register-exported", note_of(msg_n("note.register", "note.register.other", n))
    )


def dossier_pdf(
    uow: UnitOfWork,
    reference: str,
    *,
    filename: str | None = None,
    today: date | None = None,
    language: str | None = None,
) -> Produced:
    """The dossier in `language`, by default the request's own (Dutch if the dossier does
    not speak it)."""
    from cluma_dpo.documents.dossier import render_dossier
    from cluma_dpo.texts import LANGUAGES

    if language is None:
        language = repo.get_request(uow.session, reference).language
    language = language if language in LANGUAGES else "nl"
    view = req.get_request(uow, reference, language=language)
    pdf = render_dossier(
        view, audit=chain_report(uow.session), today=today or uow.today, language=language
    )
    return _document(pdf, view.reference, "dossier", language, filename)


def quarter_views(uow: UnitOfWork, quarter: stats.Quarter) -> list[RequestView]:
    """Requests that matter for a quarter and the one before: received by its end and not
    finished before the previous quarter began. Management on a server reads them without
    personal data (storage.figures)."""
    if uow.figures_only:
        return figures.figures_between(uow.session, quarter.end, quarter.previous().start)
    return queries.views_between(uow.session, quarter.end, quarter.previous().start)


def quarterly_report(
    uow: UnitOfWork, quarter_text: str, fmt: str, *, today: date | None = None
) -> Produced:
    from cluma_dpo.documents import quarterly_report as qr

    today = today or uow.today
    quarter = stats.parse_quarter(quarter_text, today=today)
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(msg("report.format"))
    views = quarter_views(uow, quarter)
    # management on a server may not read the DPO's reasons in words (the figures views
    # leave them out): its report counts refusals and rejections by legal ground
    hidden = uow.figures_only
    this = stats.quarter_figures(views, quarter, today, reasons_hidden=hidden)
    previous = stats.quarter_figures(views, quarter.previous(), today, reasons_hidden=hidden)
    settings = load_settings(uow.session)
    language = settings.interface.language  # written for the DPO's management
    if fmt == "pdf":
        org = settings.organisation.name
        # its head goes on paper (issue 16, finding 8); management cannot read the trail
        # to verify it, so its report carries no head
        audit = None if uow.figures_only else chain_report(uow.session)
        data = qr.render_quarterly_pdf(
            this, previous, organisation=org, today=today, language=language, audit=audit
        )
    else:
        behind = stats.in_quarter(views, quarter)
        names = settings.reports.include_names and not uow.figures_only
        data = qr.render_quarterly_xlsx(
            this, previous, behind, include_names=names, language=language
        )
    note = note_of(msg("note.quarterly_report", quarter=quarter_text, format=fmt))
    return Produced(data, "quarterly-report", note)
