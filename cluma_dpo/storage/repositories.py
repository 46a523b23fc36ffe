"""Repositories: find and convert records; the services decide what changes."""

from __future__ import annotations

import contextlib
import gc
import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any, cast

from sqlalchemy import ARRAY, Integer, Select, Table, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.model import RequestView
from cluma_dpo.storage import numbering
from cluma_dpo.storage.records import (
    AuditEventRecord,
    Base,
    DocumentRecord,
    FeeNoteRecord,
    IdentityDocumentRecord,
    PauseRecord,
    RequestRecord,
    SettingRecord,
    SuppressionRecord,
)
from cluma_dpo.storage.views import (  # the conversions, shared with storage.quick
    _FEE_NUMBER as _FEE_NUMBER,
)
from cluma_dpo.storage.views import (
    _REFERENCE as _REFERENCE,
)
from cluma_dpo.storage.views import (
    LISTED_COLUMNS as LISTED_COLUMNS,
)
from cluma_dpo.storage.views import (
    event_view as event_view,
)
from cluma_dpo.storage.views import (
    fee_view as fee_view,
)
from cluma_dpo.storage.views import (
    listed_views as listed_views,
)
from cluma_dpo.storage.views import (
    not_found as not_found,
)
from cluma_dpo.storage.views import (
    parse_rights as parse_rights,
)
from cluma_dpo.storage.views import (
    request_view as request_view,
)
from cluma_dpo.storage.views import (
    search_key as search_key,
)


def next_sequence(
    session: Session, record: type[RequestRecord] | type[FeeNoteRecord], year: int
) -> int:
    """The next number of the year; callers hold the write lock (BEGIN IMMEDIATE). One
    above the highest ever handed out (storage.numbering): not one deleted since, nor one a
    restore brought back an older file without; the mark rises with the commit."""
    current = session.scalar(select(func.max(record.seq)).where(record.year == year))
    table = record.__tablename__
    seq = max(current or 0, numbering.mark(session, table, year)) + 1
    numbering.note_issued(session, table, year, seq)
    return seq


def get_request(session: Session, reference: str, *, details: bool = False) -> RequestRecord:
    stmt = select(RequestRecord).where(RequestRecord.reference == reference.strip().upper())
    if details:
        stmt = stmt.options(
            selectinload(RequestRecord.pauses),
            selectinload(RequestRecord.recipient_items),
            selectinload(RequestRecord.fee_notes),
            selectinload(RequestRecord.documents),
        )
    rec = session.scalar(stmt)
    if rec is None:
        raise NotFound(not_found("request", "reference", reference, _REFERENCE))
    return rec


def add_request(session: Session, rec: RequestRecord) -> None:
    session.add(rec)


def get_fee_note(session: Session, number: str) -> FeeNoteRecord:
    rec = session.scalar(
        select(FeeNoteRecord).where(FeeNoteRecord.number == number.strip().upper())
    )
    if rec is None:
        raise NotFound(not_found("fee note", "number", number, _FEE_NUMBER))
    return rec


def _among(ids: list[int], dialect: str = "sqlite") -> Select[Any]:
    """`column.in_(_among(ids))`: the ids go in as one JSON array (SQLite's json_each), one
    statement and one parameter however many there are, instead of chunks of 900 bound
    parameters that SQLAlchemy builds and names one by one (a third of the time of reading
    the children of 17,000 requests). On PostgreSQL: one array parameter, unnested."""
    if dialect == "postgresql":
        return select(func.unnest(bindparam("among_ids", ids, type_=ARRAY(Integer))))
    return select(func.json_each(json.dumps(ids)).table_valued("value").c.value)


def children(session: Session, record: type[Base], ids: list[int]) -> dict[int, list[Any]]:
    """Rows of a child table per request id, in id order (the relationships' order_by)."""
    table = cast(Table, record.__table__)  # a mapped class's table
    out: dict[int, list[Any]] = defaultdict(list)
    rows = session.connection().execute(
        select(*table.columns)
        .where(table.c.request_id.in_(_among(ids, session.get_bind().dialect.name)))
        .order_by(table.c.id)
    )
    for row in rows:
        out[row.request_id].append(row)
    return out


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while: tens of thousands of rows and views
    are made at once, none of them garbage, and each collection would walk them all again
    (a third of the time of a quarterly report's 17,000 views). Another thread's pause may
    overlap: the collector is on again when the last one that found it on has ended."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def bulk_views(session: Session, stmt: Select[RequestRecord]) -> list[RequestView]:
    """Many requests with their fee notes and pauses, in a few queries (lists, registers,
    reports); whether an identity document is stored is asked without loading it.

    `stmt` is a select(RequestRecord) with its filter, order and limit. Its rows are read as
    plain rows (the same column types, so the same values): for 50,000 requests the ORM's
    objects cost seconds and nothing here changes them."""
    with _collector_paused():
        return _bulk_views(session, stmt)


def _bulk_views(session: Session, stmt: Select[RequestRecord]) -> list[RequestView]:
    columns = [RequestRecord.__table__.c[name] for name in LISTED_COLUMNS]
    # on the session's connection: Core rows, without the ORM's per-row loading machinery
    result = session.connection().execute(stmt.with_only_columns(*columns))
    keys = list(result.keys())
    rows = result.all()
    ids = [row.id for row in rows]
    fees = children(session, FeeNoteRecord, ids)
    pauses = children(session, PauseRecord, ids)
    with_docs = set(
        session.connection().scalars(
            select(IdentityDocumentRecord.request_id)
            .where(
                IdentityDocumentRecord.request_id.in_(_among(ids, session.get_bind().dialect.name))
            )
            .distinct()
        )
    )
    return listed_views(keys, rows, fees, pauses, with_docs)


def events_for(session: Session, reference: str) -> list[AuditEventRecord]:
    return list(
        session.scalars(
            select(AuditEventRecord)
            .where(AuditEventRecord.reference == reference)
            .order_by(AuditEventRecord.id)
        )
    )


# -- settings ------------------------------------------------------------------------------


def stored_settings(session: Session) -> list[tuple[str, str]]:
    """(key, JSON value) of every stored setting override."""
    rows = session.execute(select(SettingRecord.key, SettingRecord.value))
    return [(key, value) for key, value in rows]


def store_setting(session: Session, key: str, encoded: str) -> None:
    rec = session.get(SettingRecord, key)
    if rec is None:
        session.add(SettingRecord(key=key, value=encoded))
    else:
        rec.value = encoded


# -- documents and identity documents -----------------------------------------------------


def add_document(session: Session, document: DocumentRecord) -> None:
    """session.add, not rec.documents.append: appending loads every earlier document."""
    session.add(document)


def erase_identity_documents(session: Session, rec: RequestRecord) -> int:
    """Delete the request's identity documents; returns how many there were."""
    docs = list(rec.identity_documents)
    for doc in docs:
        session.delete(doc)
    # out of the collection too: a later step in the same session must not see them
    rec.identity_documents.clear()
    if docs:
        session.flush()
    return len(docs)


# -- Art. 21(3) suppression list ----------------------------------------------------------


def is_suppressed(session: Session, key: str) -> bool:
    found = session.scalar(select(SuppressionRecord.id).where(SuppressionRecord.email == key))
    return found is not None


def add_suppression(session: Session, suppression: SuppressionRecord) -> None:
    session.add(suppression)


def suppression_list(session: Session) -> list[tuple[str, date, str | None]]:
    # three columns, not records: the register lists ten thousand addresses
    r = SuppressionRecord
    rows = session.connection().execute(
        select(r.email, r.since, r.source_reference).order_by(r.since, r.id)
    )
    return [(email, since, source) for email, since, source in rows]


# -- backups -------------------------------------------------------------------------------


def event_at(session: Session, kind: str | None = None, *, last: bool = True) -> str | None:
    """The time (ISO text) of the last (or first) audit event, of `kind` if given: an event
    of the whole database (a backup), which names no request. Looked up among those only,
    along ix_audit_events_reference: without a backup yet, the whole trail was read at each
    start (130 ms at 20,000 requests)."""
    query = select(AuditEventRecord.at)
    if kind is not None:
        query = query.where(AuditEventRecord.reference.is_(None), AuditEventRecord.kind == kind)
    order = AuditEventRecord.id.desc() if last else AuditEventRecord.id
    return session.scalar(query.order_by(order).limit(1))


def request_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(RequestRecord)) or 0)
