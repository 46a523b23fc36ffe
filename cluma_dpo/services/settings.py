"""Settings live in the encrypted database: defaults from the schema, overrides stored as JSON."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from cluma_dpo.domain import settings as schema
from cluma_dpo.logs import LOG
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage.records import SettingRecord


def load_settings(session: Session) -> schema.Settings:
    """Every setting, typed: the schema's defaults with the stored overrides on top."""
    rows = session.execute(select(SettingRecord.key, SettingRecord.value))
    settings, refused = schema.Settings.from_stored(rows)
    for key in refused:
        LOG.warning("setting %s holds a value this version refuses; default used", key)
    return settings


def set_setting(uow: UnitOfWork, key: str, raw: str) -> object:
    value = schema.validate(key, raw)
    rec = uow.session.get(SettingRecord, key)
    encoded = json.dumps(schema.to_text(key, value), ensure_ascii=False)
    if rec is None:
        uow.session.add(SettingRecord(key=key, value=encoded))
    else:
        rec.value = encoded
    # settings are the company's, not a person's: the value may go in the audit note
    uow.record("setting-changed", None, f"{key} = {schema.to_text(key, value)}"[:500])
    if key in DEADLINE_KEYS:
        _refresh_open_deadlines(uow)
    return value


DEADLINE_KEYS = frozenset({"deadlines.pause_for_identity"})


def _refresh_open_deadlines(uow: UnitOfWork) -> None:
    """A rule that moves dates changed: recompute the cached dates of every open request."""
    from sqlalchemy.orm import selectinload

    from cluma_dpo.services.requests import OPEN_STATUSES, refresh_deadlines
    from cluma_dpo.storage.records import RequestRecord

    settings = load_settings(uow.session)
    stmt = (
        select(RequestRecord)
        .where(RequestRecord.status.in_(OPEN_STATUSES))
        .options(selectinload(RequestRecord.pauses))
        .execution_options(yield_per=2000)
    )
    for rec in uow.session.scalars(stmt):
        refresh_deadlines(rec, settings)
