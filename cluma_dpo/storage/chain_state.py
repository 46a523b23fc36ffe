"""The state of a request as the audit chain digests it (issue 16, finding 8).

Every column that says something about the request and what was done is in it: its data
subject, rights, status, outcome and reasons, dates, identity check, pauses, the Art. 19
checklist, fee notes, the documents produced (their kind, language, time and SHA-256) and
the identity documents held. Left out are the caches the program recomputes without an
event (the deadline columns, the search key, updated_at) and where a document was last
saved or whether its bytes are kept (a place on this computer, not a fact of the request);
audit verify does count kept bytes with their own digest (`_states`, `kept`).

The ground chosen when refusing (schema 0007, `grounds`) follows the children, only where
one was recorded. The serialisation is canonical: a list of the values in the order below,
dates in ISO 8601, child rows in id order, as JSON (domain.audit.canonical). Changing what is in it
changes every digest: it is versioned by the schema (see migration 0006).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, null, select

from cluma_dpo.domain import audit
from cluma_dpo.domain.errors import StoreError
from cluma_dpo.storage import sealed
from cluma_dpo.storage.records import (
    DocumentContentRecord,
    DocumentRecord,
    FeeNoteRecord,
    IdentityDocumentRecord,
    PauseRecord,
    RecipientItemRecord,
    RequestRecord,
)
from cluma_dpo.storage.server_lock import is_server

r = RequestRecord
_REQUEST: tuple[Any, ...] = (
    r.reference, r.year, r.seq, r.received, r.channel, r.language, r.rights,
    r.account_deletion, r.status, r.outcome, r.outcome_reason, r.outcome_done,
    r.right_outcomes, r.answered_on, r.ended_on, r.extended_on, r.extension_reason,
    r.subject_name, r.subject_email, r.subject_street, r.subject_postcode, r.subject_city,
    r.subject_country, r.subject_form, r.identity_status, r.identity_method,
    r.identity_checked_on, r.identity_note, r.identity_needed, r.anonymised, r.kind_review,
    r.created_at,
)  # fmt: skip
p, i, f, d, x = (
    PauseRecord,
    RecipientItemRecord,
    FeeNoteRecord,
    DocumentRecord,
    IdentityDocumentRecord,
)
_CHILDREN: tuple[tuple[Any, tuple[Any, ...]], ...] = (
    (p, (p.started, p.ended)),
    (i, (i.recipient, i.state, i.on, i.note)),
    (f, (f.number, f.amount, f.vat_rate, f.reason, f.issued_on, f.due_on, f.status,
         f.structured_reference, f.paid_on, f.ground)),
    (d, (d.kind, d.language, d.produced_at, d.sha256, d.concerns)),
    (x, (x.suffix, x.stored_on)),
)  # fmt: skip
_CHUNK = 500  # references per IN (...): well under SQLite's limit of bound parameters


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _kept_digests(conn: Any) -> dict[int, str]:
    """document id -> SHA-256 of the bytes kept for it now, read a few at a time. On a
    server the bytes are sealed (storage.sealed): opened first, and a seal that does not
    open for its row counts as changed. A login without the documents' key (management)
    checks no bytes."""
    c = DocumentContentRecord
    on_server = is_server(conn)
    key = b""
    if on_server:
        try:
            key = sealed.key_of(conn)
        except StoreError:
            return {}
    query = select(c.document_id, c.content).execution_options(yield_per=16)
    digests: dict[int, str] = {}
    for document_id, content in conn.execute(query):
        data = bytes(content)
        if on_server:
            try:
                data = sealed.open_blob(key, "document_contents", document_id, data)
            except StoreError:
                digests[document_id] = "unreadable"
                continue
        digests[document_id] = hashlib.sha256(data).hexdigest()
    return digests


def _states(
    conn: Any, where: ColumnElement[bool] | None, grounds: bool = True, kept: bool = False
) -> dict[str, list[Any]]:
    """reference -> canonical state of the requests `where` selects (all when None);
    `grounds` False for a schema before 0007, which has no such column. `kept` (audit
    verify): a document whose kept bytes do not have the digest written beside them counts
    as changed, so bytes swapped behind the program's back (a kept e-mail, a scan, a letter)
    no longer match the state its newest event chained."""
    by_id: dict[int, list[Any]] = {}
    states: dict[str, list[Any]] = {}
    query = select(r.id, *_REQUEST, r.grounds if grounds else null())
    for row in conn.execute(query if where is None else query.where(where)):
        state = [_plain(v) for v in row[1:-1]] + [[] for _ in _CHILDREN]
        if row[-1] is not None:
            # schema 0007: the refusal's ground, digested only where recorded, so that a
            # state chained before the column existed still verifies
            state.append({"grounds": row[-1]})
        by_id[row[0]] = state
        states[row[1]] = state
    if not by_id:
        return states
    ids = None if where is None else list(by_id)
    actual = _kept_digests(conn) if kept else {}
    for n, (record, columns) in enumerate(_CHILDREN, start=len(_REQUEST)):
        query = select(record.request_id, record.id, *columns)
        query = query.order_by(record.request_id, record.id)
        if ids is not None:
            query = query.where(record.request_id.in_(ids))
        for row in conn.execute(query):
            owner = by_id.get(row[0])
            if owner is not None:
                values = [_plain(v) for v in row[2:]]
                if record is d and actual.get(row[1], values[3]) != values[3]:
                    # d.sha256 as written, unless the kept bytes say otherwise: then neither
                    # the digest written nor the one of the bytes, so either edit is seen
                    values[3] = "kept bytes " + actual[row[1]]
                owner[n].append(values)
    return states


def gone(key: bytes) -> str:
    """The digest of a request that is not (or no longer) there."""
    return audit.state_digest(key, None)


def all_digests(
    conn: Any, key: bytes, *, grounds: bool = True, kept: bool = False
) -> dict[str, str]:
    """The state digest of every request, by reference (audit verify: `kept`, see `_states`);
    `grounds` False while upgrading to schema 0006, before the column of 0007 exists."""
    states = _states(conn, None, grounds, kept)
    return {ref: audit.state_digest(key, s) for ref, s in states.items()}


def digests_of(conn: Any, key: bytes, references: Iterable[str]) -> dict[str, str]:
    """The state digest of each of `references` now (a missing one: `gone`)."""
    wanted = sorted(set(references))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found = _states(conn, r.reference.in_(chunk))
        for ref in chunk:
            out[ref] = audit.state_digest(key, found[ref]) if ref in found else gone(key)
    return out
