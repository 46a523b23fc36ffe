"""The workbench: every use case the CLI and the GUI offer, each in its own short transaction.

Front ends hold a Workbench and call its methods; they never see a Session.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path

from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.clock import SYSTEM_CLOCK, Clock
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import Dashboard, DueWarning, FeeNoteView, RequestView
from cluma_dpo.domain.settings import Settings
from cluma_dpo.services import documents, fees, monitoring, objections, suppression, workflow
from cluma_dpo.services import requests as req
from cluma_dpo.services import settings as cfg
from cluma_dpo.services.api import Deliver
from cluma_dpo.services.correspondence import Correspondence
from cluma_dpo.services.identity_checks import IdentityChecks
from cluma_dpo.services.kept import KeptDocuments
from cluma_dpo.services.mail_out import MailOut
from cluma_dpo.services.unit_of_work import (
    UnitOfWork,
    default_actor,
    holds_head,
    unit_of_work,
    verify_audit,
)
from cluma_dpo.services.versions import EditVersions
from cluma_dpo.storage.engine import Store


class Workbench(KeptDocuments, Correspondence, MailOut, IdentityChecks, EditVersions):
    def __init__(
        self, store: Store, *, front_end: str = "cli", clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.store = store
        self.front_end = front_end
        self.actor = default_actor(front_end, store.login)
        self.clock = clock
        self.based_on: dict[str, int] = {}  # services.versions

    def today(self) -> date:
        return self.clock.today()

    # -- plumbing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        with (
            self.refused_when_stale(),
            unit_of_work(
                self.store, write=True, actor=self.actor, clock=self.clock, based_on=self.based_on
            ) as uow,
        ):
            yield uow
        self._wrote(uow.written)
        self.refresh_calendar_feed()  # committed: the .ics follows (issue 17)

    @contextlib.contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        with unit_of_work(self.store, write=False, actor=self.actor, clock=self.clock) as uow:
            yield uow

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    # -- requests -------------------------------------------------------------------------
    def register(self, cmd: req.NewRequest, *, today: date | None = None) -> str:
        with self.writing() as uow:
            reference = req.register_request(uow, cmd, today=today)
            suppression.suppress_for_request(uow, reference)
            return reference

    def request(self, reference: str, *, language: str = "nl") -> RequestView:
        with self.reading() as uow:
            return req.get_request(uow, reference, language=language)

    def requests(
        self,
        query: req.RequestQuery,
        *,
        offset: int = 0,
        limit: int | None = None,
        details: bool = False,
    ) -> list[RequestView]:
        """A page of the register; with details, also checklists, documents, explanations."""
        with self.reading() as uow:
            views = req.list_requests(uow, self._dated(query), offset=offset, limit=limit)
            return req.with_details(uow, views) if details else views

    def _dated(self, query: req.RequestQuery) -> req.RequestQuery:
        """The query with its day fixed: "overdue" means overdue on the workbench's today."""
        return query if query.today else dataclasses.replace(query, today=self.today())

    def count(self, query: req.RequestQuery) -> int:
        with self.reading() as uow:
            return req.count_requests(uow, self._dated(query))

    def update_subject(self, reference: str, **changes: str | None) -> None:
        with self.writing() as uow:
            req.update_subject(uow, reference, **changes)
            suppression.suppress_for_request(uow, reference)

    # -- lifecycle ------------------------------------------------------------------------
    def request_identity(
        self, reference: str, on: date | str | None = None, needed: str | None = None
    ) -> None:
        with self.writing() as uow:
            workflow.request_identity(uow, reference, on, needed)

    def receive_identity(
        self,
        reference: str,
        on: date | str | None = None,
        document: bytes | None = None,
        suffix: str | None = None,
    ) -> None:
        with self.writing() as uow:
            workflow.receive_identity(uow, reference, on, document, suffix)

    # verify_identity, fail_identity: services.identity_checks.IdentityChecks

    def extend(self, reference: str, reason: str, on: date | str | None = None) -> None:
        with self.writing() as uow:
            workflow.extend(uow, reference, reason, on)

    def close_request(
        self,
        reference: str,
        outcome: str,
        reason: str | None = None,
        on: date | str | None = None,
        *,
        granted: tuple[str, ...] = (),
        refused: tuple[str, ...] = (),
        done: str | None = None,
        answered: bool = False,
        **grounds: str | None,  # objection_ground, kept_for, kept_until (workflow.close)
    ) -> bool:
        """True when closed; False when answered with Art. 19 notices still to go out."""
        with self.writing() as uow:
            return workflow.close(
                uow, reference, outcome, reason, on,
                granted=granted, refused=refused, done=done, answered=answered, **grounds,
            )  # fmt: skip

    def withdraw(
        self, reference: str, reason: str | None = None, on: date | str | None = None
    ) -> None:
        with self.writing() as uow:
            workflow.withdraw(uow, reference, reason, on)

    def reject(
        self, reference: str, reason: str, on: date | str | None = None, ground: str | None = None
    ) -> None:
        with self.writing() as uow:
            workflow.reject(uow, reference, reason, on, ground)

    def mark_recipient(
        self,
        reference: str,
        recipient: str,
        state: str,
        on: date | str | None = None,
        note: str | None = None,
    ) -> None:
        with self.writing() as uow:
            workflow.mark_recipient(uow, reference, recipient, state, on, note)

    def suppress(self, email: str) -> bool:
        with self.writing() as uow:
            return suppression.suppress(uow, email, None)

    def suppression_list(self) -> list[tuple[str, date, str | None]]:
        with self.reading() as uow:
            return suppression.suppression_list(uow)

    def objections_to_review(self) -> list[RequestView]:
        with self.reading() as uow:
            return objections.to_review(uow)

    def confirm_objection_kind(self, reference: str, kind: str) -> None:
        with self.writing() as uow:
            objections.confirm_kind(uow, reference, kind)

    # -- attention ------------------------------------------------------------------------
    def due(self, today: date | None = None) -> list[DueWarning]:
        with self.reading() as uow:
            return monitoring.due_warnings(uow, today or self.today())

    def dashboard(self, today: date | None = None) -> Dashboard:
        with self.reading() as uow:
            day = today or self.today()
            return monitoring.dashboard(uow.session, day, figures=uow.figures_only)

    def available_actions(
        self, reference: str, today: date | None = None
    ) -> dict[str, Message | str | None]:
        with self.reading() as uow:
            return monitoring.available_actions(uow.session, reference, today or self.today())

    # -- fee notes ------------------------------------------------------------------------
    def issue_fee_note(
        self,
        reference: str,
        amount: str,
        reason: str,
        on: date | str | None = None,
        *,
        ground: str | None = None,
    ) -> FeeNoteView:
        with self.writing() as uow:
            return fees.issue_fee_note(uow, reference, amount, reason, on, ground)

    def issue_fee_note_pdf(
        self,
        reference: str,
        amount: str,
        reason: str,
        on: date | str | None = None,
        *,
        language: str | None = None,
        filename: str | None = None,
        deliver: Deliver | None = None,
        ground: str | None = None,
    ) -> tuple[FeeNoteView, bytes]:
        """Issue, render and deliver in one transaction: if the PDF cannot be made or
        written, no number is used and nothing is recorded."""
        with self.writing() as uow:
            fee = fees.issue_fee_note(uow, reference, amount, reason, on, ground)
            produced = documents.fee_note_pdf(uow, fee.number, language, filename=filename)
            if deliver is not None:
                deliver(produced.data)
            documents.record(uow, produced)
            return fee, produced.data

    def fee_grounds(self, reference: str) -> dict[str, Message | None]:
        with self.reading() as uow:
            return fees.fee_grounds(uow, reference)

    def fee_refusal(self, reference: str) -> Message | None:
        with self.reading() as uow:
            return fees.fee_refusal(uow, reference)

    def fee_paid(self, number: str, on: date | str | None = None) -> FeeNoteView:
        with self.writing() as uow:
            return fees.fee_paid(uow, number, on)

    def cancel_fee_note(self, number: str, reason: str | None = None) -> FeeNoteView:
        with self.writing() as uow:
            return fees.cancel_fee_note(uow, number, reason)

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> Settings:
        with self.reading() as uow:
            return cfg.load_settings(uow.session)

    def set_setting(self, key: str, raw: str) -> object:
        with self.writing() as uow:
            value = cfg.set_setting(uow, key, raw)
        if key == "interface.language":
            # a copy beside the database: a wrong passphrase is answered in it too
            from cluma_dpo.texts import remember_language

            remember_language(self.path.parent, str(value))
        return value

    # -- audit and safety -----------------------------------------------------------------
    def verify_audit(self) -> ChainReport:
        return verify_audit(self.store)

    def holds_head(self, count: int, prefix: str) -> bool:
        """Whether the chain's `count`-th event still has the hash a printed head gives."""
        with self.reading() as uow:
            return holds_head(uow.session, count, prefix)

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None:
        """An audit event with no other change (e.g. the database was created, a backup made)."""
        with self.writing() as uow:
            uow.record(kind, reference, note)

    # -- documents ------------------------------------------------------------------------
    # Built under a read transaction (WAL readers never block writers), then recorded in a
    # short write: a 50,000-row register does not hold the write lock while it renders.
    def _produce(
        self, build: Callable[[UnitOfWork], documents.Produced], deliver: Deliver | None = None
    ) -> bytes:
        """Render under a read; hand the bytes to `deliver` (the front end writes the file);
        only when that succeeded is the document recorded as produced (issue #16)."""
        with self.reading() as uow:
            produced = build(uow)
        if deliver is not None:
            deliver(produced.data)
        with self.writing() as uow:
            documents.record(uow, produced)
        return produced.data

    def letter(
        self,
        reference: str,
        kind: str,
        language: str | None = None,
        *,
        recipient: str | None = None,
        filename: str | None = None,
        deliver: Deliver | None = None,
        texts: Mapping[str, str | None] | None = None,
        late: bool = False,
        replaces: int | None = None,
    ) -> bytes:
        """Make, deliver, record and keep a letter; `replaces`: the id of an earlier letter
        of the kind that this one replaces (it goes, in the same transaction)."""
        return self._produce(
            lambda uow: documents.letter(
                uow,
                reference,
                kind,
                language,
                recipient=recipient,
                filename=filename,
                texts=texts,
                late=late,
                replaces=replaces,
            ),
            deliver,
        )

    def letter_preview(
        self,
        reference: str,
        kind: str,
        language: str | None = None,
        *,
        recipient: str | None = None,
        texts: Mapping[str, str | None] | None = None,
        late: bool = False,
    ) -> bytes:
        """The letter as `letter` would make it, for a look only: nothing is recorded (the
        letter counts as sent once it is saved or printed, through `letter`)."""
        with self.reading() as uow:
            return documents.letter(
                uow, reference, kind, language, recipient=recipient, texts=texts, late=late
            ).data

    def letters(self, references: list[str], kind: str, language: str | None = None) -> list[bytes]:
        """One letter per request (a mailing after a breach): one read, one write."""
        with self.reading() as uow:
            produced = [documents.letter(uow, r, kind, language) for r in references]
        with self.writing() as uow:
            for p in produced:
                documents.record(uow, p)
        return [p.data for p in produced]

    def fee_note_pdf(
        self,
        number: str,
        language: str | None = None,
        *,
        filename: str | None = None,
        deliver: Deliver | None = None,
    ) -> bytes:
        return self._produce(
            lambda uow: documents.fee_note_pdf(uow, number, language, filename=filename), deliver
        )

    def export_register(self, *, deliver: Deliver | None = None) -> bytes:
        return self._produce(documents.register_xlsx, deliver)

    def dossier(
        self,
        reference: str,
        *,
        filename: str | None = None,
        deliver: Deliver | None = None,
        language: str | None = None,
    ) -> bytes:
        """The dossier PDF, in `language` or else the request's own language."""
        return self._produce(
            lambda uow: documents.dossier_pdf(uow, reference, filename=filename, language=language),
            deliver,
        )

    def quarterly_report(self, quarter: str, fmt: str, *, deliver: Deliver | None = None) -> bytes:
        return self._produce(lambda uow: documents.quarterly_report(uow, quarter, fmt), deliver)

    # -- retention ------------------------------------------------------------------------
    def retention_due(
        self, today: date | None = None, *, date_confirmed: bool = False
    ) -> list[tuple[str, date]]:
        """(reference, finished on) of what retention would anonymise; changes nothing.
        Raises ImplausibleClock unless the DPO confirmed the date."""
        from cluma_dpo.services.retention import check_retention_clock, due_for_anonymisation

        day = today or self.today()
        with self.reading() as uow:
            if not date_confirmed:
                check_retention_clock(uow, day)
            return [(ref, finished) for _, ref, finished in due_for_anonymisation(uow, day)]

    def retention_run(self, today: date | None = None, *, date_confirmed: bool = False) -> int:
        from cluma_dpo.services.retention import check_retention_clock, run_retention

        day = today or self.today()
        with self.writing() as uow:
            if not date_confirmed:
                check_retention_clock(uow, day)
            return run_retention(uow, day)
