"""What leaves the program for the DPO's mail and calendar programs (issue 17).

- An answer by e-mail: the letter made as the `letter` verb makes it (recorded and kept),
  wrapped in a ready-to-send draft; the draft itself is an audit event.
- The deadline calendar (.ics) of the open requests.

`MailOut` holds the Workbench's methods (the Workbench gives letter, requests, settings).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from cluma_dpo.domain.clock import Clock
from cluma_dpo.domain.correspondence import check_draft_files, stored_name, why_no_email
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.messages import N_, Message, msg, msg_n, note_of
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.queries import RequestQuery
from cluma_dpo.domain.settings import Settings
from cluma_dpo.services.api import Deliver
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage.engine import Store


class MailOut:
    """The Workbench's use case for an answer by e-mail."""

    def writing(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def request(self, reference: str, *, language: str = "nl") -> RequestView:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def settings(self) -> Settings:
        raise NotImplementedError  # pragma: no cover - the Workbench's

    def requests(
        self, query: RequestQuery, *, offset: int = 0, limit: int | None = None,
        details: bool = False,
    ) -> list[RequestView]:  # fmt: skip
        raise NotImplementedError  # pragma: no cover - the Workbench's

    clock: Clock  # the Workbench's
    store: Store  # the Workbench's

    letter: Callable[..., bytes]  # the Workbench's

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
    ) -> str | None:
        """Make the letter, wrap it in a draft to the data subject and hand the draft's bytes
        to `deliver`; the letter is recorded only once that succeeded. `files` (name, bytes)
        go with it: the copy of the data the DPO prepared; with `encrypt` they must be PDFs,
        each encrypted with the letter's password. Returns that password when `encrypt` (to
        show once: it is stored nowhere), else None."""
        from cluma_dpo.documents import email_draft as drafts

        view = self.request(reference)
        refused = why_no_email(view.reference, view.channel, view.subject.email)
        if refused is not None:
            raise ValidationError(refused)
        check_draft_files(files, encrypt=encrypt)
        settings = self.settings()
        language = language or view.subject.language.value
        password = drafts.new_password() if encrypt else None
        # encrypted before the letter is made: a file that cannot be is refused first
        extra = [(stored_name(name) or "file", drafts.protect(data, password, name))
                 for name, data in files]  # fmt: skip

        def wrap(pdf: bytes) -> None:
            attached = drafts.encrypt_pdf(pdf, password) if password else pdf
            deliver(
                drafts.build_draft(
                    view,
                    settings,
                    kind,
                    language,
                    attached,
                    encrypted=password is not None,
                    files=extra,
                )
            )

        self.letter(
            reference, kind, language, deliver=wrap, texts=texts, late=late, replaces=replaces
        )
        what = {"kind": Message(f"doc.kind.{kind}"), "language": Message(f"language.{language}")}
        # with files: how many and their digests, never their names (they may be personal)
        digests = ", ".join(hashlib.sha256(data).hexdigest() for _name, data in files)
        if files and password:
            note = msg_n("note.email_draft_files_encrypted",
                         "note.email_draft_files_encrypted.other", len(files), **what,
                         sha256=digests)  # fmt: skip
        elif files:
            note = msg_n("note.email_draft_files", "note.email_draft_files.other", len(files),
                         **what, sha256=digests)  # fmt: skip
        else:
            code = N_("note.email_draft_encrypted") if password else N_("note.email_draft")
            note = msg(code, **what)
        with self.writing() as uow:
            uow.record("email-draft-made", reference, note_of(note))
        return password

    def email_sent(self, reference: str, kind: str) -> None:
        """The DPO says the draft went out from his mail program: "sent by e-mail" in the
        request's timeline (the program cannot see the mail program; it records his word)."""
        from cluma_dpo.storage import repositories as repo

        note = msg("note.email_sent", kind=Message(f"doc.kind.{kind}"))
        with self.writing() as uow:
            repo.get_request(uow.session, reference)  # a request that exists, or NotFound
            uow.record("email-sent", reference, note_of(note))

    def refresh_calendar_feed(self) -> None:
        """Rewrite the .ics the setting calendar.feed_file names (nothing when empty), after
        a committed change. No audit event: the file follows the database, it changes
        nothing in it. A failed write is logged (without the path: it may name the user)
        and does not undo the change that was committed."""
        from cluma_dpo.documents.calendar_feed import build_calendar
        from cluma_dpo.domain.deadline_calendar import calendar_entries
        from cluma_dpo.files import write_atomically
        from cluma_dpo.logs import LOG

        settings = self.settings()
        if not settings.calendar.feed_file or self.store.figures_only:
            return  # management reads no request: it has no deadlines to write
        views = self.requests(RequestQuery(open_only=True))
        entries = calendar_entries(views, include_names=settings.calendar.include_names)
        data = build_calendar(
            entries,
            stamp=self.clock.now(),
            alarm_days=settings.calendar.alarm_days,
            language=settings.interface.language,
        )
        try:
            write_atomically(Path(settings.calendar.feed_file).expanduser(), data)
        except OSError as exc:
            LOG.warning("calendar feed not written: %s", exc.strerror or type(exc).__name__)

    def deadline_calendar(self, language: str, deliver: Deliver) -> int:
        """The .ics of the open requests' deadlines handed to `deliver`; how many events.

        References only, unless the setting calendar.include_names asks for names."""
        from cluma_dpo.documents.calendar_feed import build_calendar
        from cluma_dpo.domain.deadline_calendar import calendar_entries

        settings = self.settings()
        views = self.requests(RequestQuery(open_only=True))
        entries = calendar_entries(views, include_names=settings.calendar.include_names)
        deliver(
            build_calendar(
                entries,
                stamp=self.clock.now(),
                alarm_days=settings.calendar.alarm_days,
                language=language,
            )
        )
        with self.writing() as uow:
            uow.record("calendar-exported", None, note_of(msg("note.calendar", n=len(entries))))
        return len(entries)
