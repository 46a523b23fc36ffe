"""Documents: letters, fee notes, the register, dossiers and quarterly reports.

Every document is built in memory and returned as bytes; the front end writes it only
where the user asked. A document produced for a request is recorded on it (kind,
language, SHA-256) and in the audit trail.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import and_, or_, select

from cluma_dpo.domain import statistics as stats
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import RequestView
from cluma_dpo.services import requests as req
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork, chain_report
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import DocumentRecord, RequestRecord


def _record_document(
    uow: UnitOfWork, reference: str, kind: str, language: str, pdf: bytes, filename: str | None
) -> None:
    rec = repo.get_request(uow.session, reference)
    digest = hashlib.sha256(pdf).hexdigest()
    name = Path(filename).name[:255] if filename else None
    rec.documents.append(
        DocumentRecord(
            kind=kind, language=language, sha256=digest, produced_at=req.now(), filename=name
        )
    )
    uow.record("document-produced", rec.reference, f"{kind} ({language}); sha256 {digest}")


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
) -> bytes:
    from cluma_dpo.documents.letters import LetterOptions, render_letter

    view = req.get_request(uow, reference)
    settings = load_settings(uow.session)
    lang = (language or view.subject.language.value).lower()
    pdf = render_letter(
        view,
        settings,
        LetterOptions(kind=kind, language=lang, today=today or date.today(), recipient=recipient),
        templates_dir=templates_dir(uow),
    )
    _record_document(uow, view.reference, kind, lang, pdf, filename)
    return pdf


def fee_note_pdf(
    uow: UnitOfWork,
    number: str,
    language: str | None = None,
    *,
    filename: str | None = None,
    today: date | None = None,
) -> bytes:
    from cluma_dpo.documents.fee_note import render_fee_note

    fee = repo.get_fee_note(uow.session, number)
    view = req.get_request(uow, fee.request.reference)
    fee_view = next(f for f in view.fee_notes if f.number == fee.number)
    lang = (language or view.subject.language.value).lower()
    pdf = render_fee_note(
        view,
        fee_view,
        load_settings(uow.session),
        language=lang,
        today=today or fee.issued_on,
        templates_dir=templates_dir(uow),
    )
    _record_document(uow, view.reference, "fee-note", lang, pdf, filename)
    return pdf


def register_xlsx(uow: UnitOfWork, today: date | None = None) -> bytes:
    from cluma_dpo.documents.register import render_register
    from cluma_dpo.services.workflow import suppression_list

    views = repo.bulk_views(
        uow.session, select(RequestRecord).order_by(RequestRecord.year, RequestRecord.seq)
    )
    suppression = [(email, since) for email, since, _ in suppression_list(uow)]
    data = render_register(views, suppression, today=today or date.today())
    uow.record("register-exported", None, f"{len(views)} requests")
    return data


def dossier_pdf(
    uow: UnitOfWork,
    reference: str,
    *,
    filename: str | None = None,
    today: date | None = None,
    language: str = "nl",
) -> bytes:
    from cluma_dpo.documents.dossier import render_dossier

    view = req.get_request(uow, reference, language=language)
    report = chain_report(uow.session)
    pdf = render_dossier(
        view,
        audit_ok=report.ok,
        audit_message=report.message,
        today=today or date.today(),
        language=language,
    )
    _record_document(uow, view.reference, "dossier", language, pdf, filename)
    return pdf


def quarter_views(uow: UnitOfWork, quarter: stats.Quarter) -> list[RequestView]:
    """Requests that matter for a quarter and the one before: received by its end and not
    finished before the previous quarter began."""
    prev = quarter.previous()
    r = RequestRecord
    stmt = select(r).where(
        r.received <= quarter.end,
        or_(
            r.ended_on.is_(None),
            r.ended_on >= prev.start,
            r.answered_on >= prev.start,
            and_(r.answered_on.is_(None), r.ended_on.is_(None)),
        ),
    )
    return repo.bulk_views(uow.session, stmt)


def quarterly_report(
    uow: UnitOfWork, quarter_text: str, fmt: str, *, today: date | None = None
) -> bytes:
    from cluma_dpo.documents import quarterly_report as qr

    today = today or date.today()
    quarter = stats.parse_quarter(quarter_text, today=today)
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError("The report is written as .pdf or .xlsx.")
    views = quarter_views(uow, quarter)
    this = stats.quarter_figures(views, quarter, today)
    previous = stats.quarter_figures(views, quarter.previous(), today)
    if fmt == "pdf":
        org = str(load_settings(uow.session).get("organisation.name", ""))
        data = qr.render_quarterly_pdf(this, previous, organisation=org, today=today)
    else:
        data = qr.render_quarterly_xlsx(this, previous, stats.in_quarter(views, quarter))
    uow.record("quarterly-report", None, f"{quarter_text} as {fmt}")
    return data


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
