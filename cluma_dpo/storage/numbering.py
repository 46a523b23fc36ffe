"""The numbers already handed out (DSR-YYYY-NNNN, FN-YYYY-NNNN): never handed out again.

A reference told to someone must never name another request later. The highest number
handed out per year is kept as a high-water mark, the internal row `numbers.issued` of the
settings table (a key the settings schema does not know, so it is never shown nor edited
as a setting), raised in the transaction that hands a number out and sealed with the end of
the audit chain (storage.chain_head): deleting the newest request, its events and moving the
chain's end back no longer brings its number back, and rolling the mark back breaks the
seal, which `audit verify` reports. The next number of a year is one above the mark (and
above the highest number in the table, which can only agree).

A restore carries the marks of the database it replaces into the restored one (read with
`issued`, raised with `carry_forward`). The marks live in the encrypted file, so they
travel with every backup made afterwards, also into a new, empty data dir.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cluma_dpo.storage import internal_rows
from cluma_dpo.storage.records import FeeNoteRecord, RequestRecord

KEY = "numbers.issued"
Marks = dict[str, dict[str, int]]  # table name -> year (as text) -> highest number issued
_RECORDS = (RequestRecord, FeeNoteRecord)
_PENDING = "cluma_numbers_issued"  # Session.info: the marks this transaction raises


def stored_marks(conn: Any) -> Marks:
    """The marks as stored (a Session or a Connection); {} when there are none."""
    row = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": KEY}).first()
    if row is None:
        return {}
    try:
        loaded = json.loads(row[0])
        return {
            str(table): {str(year): int(n) for year, n in years.items()}
            for table, years in loaded.items()
        }
    except (ValueError, TypeError, AttributeError):
        return {}  # a damaged row: the tables' own numbers still count (and verify reports it)


def write_marks(conn: Any, marks: Mapping[str, Mapping[str, int]]) -> None:
    internal_rows.write(conn, KEY, json.dumps(marks, sort_keys=True))


def mark(session: Session, table: str, year: int) -> int:
    """The highest number of `year` handed out (0 if none), this transaction's included."""
    stored = stored_marks(session).get(table, {}).get(str(year), 0)
    return max(stored, pending(session).get(table, {}).get(str(year), 0))


def note_issued(session: Session, table: str, year: int, seq: int) -> None:
    """`seq` of `year` was handed out in this transaction: the mark rises when it commits
    (UnitOfWork.seal writes it with the seal of the chain's end)."""
    carry_forward(session, {table: {str(year): seq}})


def pending(session: Session) -> Marks:
    marks: Marks = session.info.get(_PENDING, {})
    return marks


def issued(conn: Any) -> Marks:
    """Every number handed out as far as this database knows: its marks and its tables."""
    marks = stored_marks(conn)
    for record in _RECORDS:
        table = record.__tablename__
        rows = conn.execute(select(record.year, func.max(record.seq)).group_by(record.year))
        for year, seq in rows:
            years = marks.setdefault(table, {})
            years[str(year)] = max(years.get(str(year), 0), int(seq or 0))
    return marks


def merged(
    first: Mapping[str, Mapping[str, int]], second: Mapping[str, Mapping[str, int]]
) -> Marks:
    out: Marks = {table: dict(years) for table, years in first.items()}
    for table, years in second.items():
        mine = out.setdefault(table, {})
        for year, n in years.items():
            mine[year] = max(mine.get(year, 0), n)
    return out


def carry_forward(session: Session, marks: Mapping[str, Mapping[str, int]]) -> None:
    """Raise this database's marks to `marks` (never lowering them) when the transaction,
    which must record an event, commits: the seal of the chain's end covers them."""
    if marks:
        session.info[_PENDING] = merged(pending(session), marks)


def take_pending(session: Session) -> Marks:
    """The marks this transaction raises (and forget them: they are being written)."""
    marks: Marks = session.info.pop(_PENDING, {})
    return marks


def issued_in_file(path: Path, passphrase: str) -> Marks | None:
    """The numbers a database file (not open) handed out, its WAL folded in so that the file
    is whole by itself; None when this passphrase does not open it or it is damaged."""
    from sqlalchemy.exc import SQLAlchemyError

    from cluma_dpo.domain.errors import StoreError
    from cluma_dpo.storage import engine as eng

    engine = eng.make_engine(path, passphrase)
    try:
        eng.check_key(engine)
        with eng.Store(path, engine).session(write=False) as session:
            marks = issued(session)
        eng.fold_wal(engine)
        return marks
    except (StoreError, SQLAlchemyError, OSError):
        return None
    finally:
        engine.dispose()
