"""What the desktop front end asks of the workbench, as a typed protocol.

The GUI (and its test fakes) depend on `WorkbenchApi`, not on `services.workbench.Workbench`:
importing this module loads neither SQLAlchemy nor the storage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cluma_dpo.domain.correspondence import StoredDocument
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import DocumentView, FeeNoteView, RequestView
from cluma_dpo.domain.settings import Settings
from cluma_dpo.services.commands import Dashboard, DueWarning, NewRequest, RequestQuery

if TYPE_CHECKING:  # a message is read only when one is dropped
    from cluma_dpo.services.mail_in import ReadMessage

# Writes a produced document's bytes where the user chose; the document is recorded as
# produced only after it returned (a failed write is not audited as produced).
Deliver = Callable[[bytes], object]


class RequestSource(Protocol):
    """What the request list needs: one page of matches, and how many there are."""

    def requests(
        self, query: RequestQuery, *, offset: int = 0, limit: int | None = None
    ) -> list[RequestView]: ...

    def count(self, query: RequestQuery) -> int: ...


class ChangeSignal(Protocol):
    """Other clients' commits on a server (storage.changes.ChangeListener): a socket to
    watch, and the notifications that arrived on it."""

    def fileno(self) -> int: ...

    def drain(self) -> int: ...

    def close(self) -> None: ...


class WorkbenchApi(RequestSource, Protocol):
    """The use cases of services.workbench.Workbench that the GUI calls."""

    @property
    def path(self) -> Path: ...

    def close(self) -> None: ...

    # -- requests
    def register(self, cmd: NewRequest, *, today: date | None = None) -> str: ...

    def register_message(self, cmd: NewRequest, message: ReadMessage) -> str: ...

    def attach(self, reference: str, filename: str, data: bytes, kind: str) -> list[int]: ...

    def email_draft(
        self,
        reference: str,
        kind: str,
        language: str | None = None,
        *,
        deliver: Deliver,
        encrypt: bool = False,
        texts: Mapping[str, str | None] | None = None,
        late: bool = False,
        replaces: int | None = None,
        files: Sequence[tuple[str, bytes]] = (),
    ) -> str | None: ...

    def email_sent(self, reference: str, kind: str) -> None: ...

    def use_as_identity_document(self, reference: str, document_id: int) -> None: ...

    def erase_identity_copies(self, reference: str, ids: Sequence[int]) -> None: ...

    def identity_candidates(self, reference: str) -> list[StoredDocument]: ...

    def request(self, reference: str, *, language: str = "nl") -> RequestView: ...

    def update_subject(self, reference: str, **changes: str | None) -> None: ...

    # -- lifecycle
    def request_identity(
        self, reference: str, on: date | str | None = None, needed: str | None = None
    ) -> None: ...

    def receive_identity(
        self,
        reference: str,
        on: date | str | None = None,
        document: bytes | None = None,
        suffix: str | None = None,
    ) -> None: ...

    def verify_identity(
        self,
        reference: str,
        method: str,
        on: date | str | None = None,
        *,
        erase: Sequence[int] = (),
    ) -> None: ...

    def fail_identity(
        self,
        reference: str,
        reason: str | None = None,
        on: date | str | None = None,
        *,
        erase: Sequence[int] = (),
    ) -> None: ...

    def extend(self, reference: str, reason: str, on: date | str | None = None) -> None: ...

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
    ) -> bool: ...

    def withdraw(
        self, reference: str, reason: str | None = None, on: date | str | None = None
    ) -> None: ...

    def reject(
        self, reference: str, reason: str, on: date | str | None = None, ground: str | None = None
    ) -> None: ...

    def objections_to_review(self) -> list[RequestView]: ...

    def confirm_objection_kind(self, reference: str, kind: str) -> None: ...

    def mark_recipient(
        self,
        reference: str,
        recipient: str,
        state: str,
        on: date | str | None = None,
        note: str | None = None,
    ) -> None: ...

    # -- attention
    def due(self, today: date | None = None) -> list[DueWarning]: ...

    def dashboard(self, today: date | None = None) -> Dashboard: ...

    # two people, one request; other clients' writes (services.versions, issue 18)
    def base_edits_on(self, reference: str | None) -> int | None: ...

    def change_mark(self) -> int: ...

    def signed_in(self) -> tuple[str | None, str | None]: ...

    def change_listener(self) -> ChangeSignal | None: ...

    def server_shown(self) -> str | None: ...

    def documents_key_problem(self) -> Message | None: ...

    def available_actions(
        self, reference: str, today: date | None = None
    ) -> dict[str, Message | str | None]: ...

    def retention_due(
        self, today: date | None = None, *, date_confirmed: bool = False
    ) -> list[tuple[str, date]]: ...

    def retention_run(self, today: date | None = None, *, date_confirmed: bool = False) -> int: ...

    # -- fee notes
    def issue_fee_note(
        self,
        reference: str,
        amount: str,
        reason: str,
        on: date | str | None = None,
        *,
        ground: str | None = None,
    ) -> FeeNoteView: ...

    def fee_grounds(self, reference: str) -> dict[str, Message | None]: ...

    def fee_refusal(self, reference: str) -> Message | None: ...

    def fee_paid(self, number: str, on: date | str | None = None) -> FeeNoteView: ...

    def cancel_fee_note(self, number: str, reason: str | None = None) -> FeeNoteView: ...

    # -- settings and audit
    def settings(self) -> Settings: ...

    def set_setting(self, key: str, raw: str) -> object: ...

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None: ...

    # -- documents
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
    ) -> bytes: ...

    def letter_preview(
        self,
        reference: str,
        kind: str,
        language: str | None = None,
        *,
        recipient: str | None = None,
        texts: Mapping[str, str | None] | None = None,
        late: bool = False,
    ) -> bytes: ...

    def fee_note_pdf(
        self,
        number: str,
        language: str | None = None,
        *,
        filename: str | None = None,
        deliver: Deliver | None = None,
    ) -> bytes: ...

    def export_register(self, *, deliver: Deliver | None = None) -> bytes: ...

    def dossier(
        self,
        reference: str,
        *,
        filename: str | None = None,
        deliver: Deliver | None = None,
        language: str | None = None,
    ) -> bytes: ...

    def quarterly_report(
        self, quarter: str, fmt: str, *, deliver: Deliver | None = None
    ) -> bytes: ...

    # -- kept documents (issue 15)
    def documents(self, reference: str) -> list[DocumentView]: ...

    def document_pdf(self, document_id: int) -> bytes: ...

    def document_saved(self, document_id: int, path: str | Path) -> DocumentView: ...

    def document_printed(self, document_id: int) -> None: ...
