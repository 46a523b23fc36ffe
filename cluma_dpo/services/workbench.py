"""The workbench: every use case the CLI and the GUI offer, each in its own short transaction.

Front ends hold a Workbench and call its methods; they never see a Session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.model import RequestView
from cluma_dpo.services import requests as req
from cluma_dpo.services import settings as cfg
from cluma_dpo.services.unit_of_work import (
    UnitOfWork,
    default_actor,
    unit_of_work,
    verify_audit,
)
from cluma_dpo.storage.engine import Store


class Workbench:
    def __init__(self, store: Store, *, front_end: str = "cli") -> None:
        self.store = store
        self.actor = default_actor(front_end)

    # -- plumbing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        with unit_of_work(self.store, write=True, actor=self.actor) as uow:
            yield uow

    @contextlib.contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        with unit_of_work(self.store, write=False, actor=self.actor) as uow:
            yield uow

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    # -- requests -------------------------------------------------------------------------
    def register(self, cmd: req.NewRequest, *, today: date | None = None) -> str:
        with self.writing() as uow:
            return req.register_request(uow, cmd, today=today)

    def request(self, reference: str, *, language: str = "nl") -> RequestView:
        with self.reading() as uow:
            return req.get_request(uow, reference, language=language)

    def requests(self, query: req.RequestQuery, *, offset: int = 0,
                 limit: int | None = None) -> list[RequestView]:
        with self.reading() as uow:
            return req.list_requests(uow.session, query, offset=offset, limit=limit)

    def count(self, query: req.RequestQuery) -> int:
        with self.reading() as uow:
            return req.count_requests(uow.session, query)

    def update_subject(self, reference: str, **changes: str | None) -> None:
        with self.writing() as uow:
            req.update_subject(uow, reference, **changes)

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> dict[str, object]:
        with self.reading() as uow:
            return cfg.load_settings(uow.session)

    def set_setting(self, key: str, raw: str) -> object:
        with self.writing() as uow:
            return cfg.set_setting(uow, key, raw)

    # -- audit and safety -----------------------------------------------------------------
    def verify_audit(self) -> ChainReport:
        return verify_audit(self.store)

    def record(self, kind: str, reference: str | None = None, note: str | None = None) -> None:
        """An audit event with no other change (e.g. the database was created, a backup made)."""
        with self.writing() as uow:
            uow.record(kind, reference, note)
