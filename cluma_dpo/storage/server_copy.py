"""Copies between the stores (issue 18): `migrate --to` (the local encrypted file into an
empty server database) and `backup --out` on a server (the server into a new encrypted file
that the single-user program opens and restores).

Every table row for row, with its ids, so that references, fee-note numbers and the audit
trail stay what they were; the audit chain keeps its key (carried over, wrapped for the
target: storage.chain_key), so every hash still holds. The copy is written in one
transaction of the target (on a server: the one that creates the schema and roles,
storage.server.create_schema) and its chain is verified there before the commit: a copy
that does not verify leaves nothing. A server is read in one REPEATABLE READ snapshot.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.storage import chain_key, sealed
from cluma_dpo.storage.engine import Store
from cluma_dpo.storage.records import Base

BATCH = 1000
# the chain key is carried over wrapped for the target, not as is; the documents' data key
# (a server's, wrapped per login) stays where it is: a file encrypts all of itself
_NOT_COPIED = ("audit_key", "user_keys")


def file_chain_key(source: Store) -> bytes:
    """The chain key of `source` (the file's, with its passphrase; a server's)."""
    with source.session(write=False) as session:
        key = chain_key.load_key(session)
    if key is None:  # the file's chain does not open: a copy could never be verified
        raise StoreError(msg("audit.key_unusable"))
    return key


def copy_rows(source: Store, target: Connection, seal_with: bytes | None = None) -> dict[str, int]:
    """Every row of every table of `source` into `target` (a new, empty schema), parents
    before children; on a server the serial counters follow the copied ids. Identity
    documents and kept correspondence are opened when they come from a server and sealed
    with `seal_with` when they go to one (storage.sealed). Rows copied, per table."""
    key = file_chain_key(source)
    counts: dict[str, int] = {}
    to_server = target.dialect.name == "postgresql"
    with source.engine.connect() as plain:
        src = plain
        if not source.is_file:  # one snapshot of every table while others write
            src = plain.execution_options(isolation_level="REPEATABLE READ")
        for table in Base.metadata.sorted_tables:
            if table.name in _NOT_COPIED:
                continue
            target.execute(table.delete())  # what the new schema made itself (none, today)
            copied = 0
            rows = src.execution_options(yield_per=BATCH).execute(select(table))
            for part in rows.partitions(BATCH):
                values = [dict(row._mapping) for row in part]
                if table.name in sealed.SEALED_TABLES:  # the key asked for when needed
                    open_with = None if source.is_file else _data_key(source)
                    values = [_resealed(table.name, v, open_with, seal_with) for v in values]
                target.execute(insert(table), values)
                copied += len(part)
            counts[table.name] = copied
            if to_server and "id" in table.c:
                target.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                        f" COALESCE(max(id), 0) + 1, false) FROM {table.name}"
                    )
                )
    chain_key.store_key(target, key, chain_key.passphrase_of(target))
    return counts


def _data_key(source: Store) -> bytes:
    from cluma_dpo.storage.server import ServerStore

    assert isinstance(source, ServerStore)
    return source.data_key()


def _resealed(
    table: str, row: dict[str, Any], open_with: bytes | None, seal_with: bytes | None
) -> dict[str, Any]:
    row_id = int(row[sealed.SEALED_TABLES[table]])
    content = row["content"]
    if open_with is not None:
        content = sealed.open_blob(open_with, table, row_id, content)
    if seal_with is not None:
        content = sealed.seal(seal_with, table, row_id, content)
    return {**row, "content": content}


def verify_copy(target: Connection, events: int) -> Any:  # an audit.ChainReport
    """The chain as the server now holds it (inside the copying transaction): StoreError
    unless it is intact and as long as the file's."""
    from cluma_dpo.storage.unit_of_work import chain_report

    session = Session(bind=target)
    try:
        report = chain_report(session)
    finally:
        session.close()
    if not report.ok or report.count != events:
        raise StoreError(msg("server.copy_not_verified"))
    return report
