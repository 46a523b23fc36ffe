"""The numbers already handed out (DSR-YYYY-NNNN, FN-YYYY-NNNN), kept across a restore
(issue 16, finding 1).

A reference told to someone must never name another request later. Restoring an older
backup brings back lower counters: the restore reads the highest numbers of the database it
replaces (with the high-water marks that one carried itself) and writes them into the
restored one, as the internal row `numbers.issued` of the settings table (a key the settings
schema does not know, so it is never shown nor edited as a setting). The next number of a
year is then one above both the highest number in the table and the mark. The marks live
in the encrypted file, so they travel with every backup made afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cluma_dpo.storage.records import FeeNoteRecord, RequestRecord, SettingRecord

KEY = "numbers.issued"
Marks = dict[str, dict[str, int]]  # table name -> year (as text) -> highest number issued
_RECORDS = (RequestRecord, FeeNoteRecord)


def stored_marks(session: Session) -> Marks:
    rec = session.get(SettingRecord, KEY)
    if rec is None:
        return {}
    try:
        loaded = json.loads(rec.value)
        return {
            str(table): {str(year): int(n) for year, n in years.items()}
            for table, years in loaded.items()
        }
    except (ValueError, TypeError, AttributeError):
        return {}  # a damaged row: the tables' own numbers still count


def mark(session: Session, table: str, year: int) -> int:
    """The highest number of `year` handed out before a restore (0 if none is known)."""
    return stored_marks(session).get(table, {}).get(str(year), 0)


def issued(session: Session) -> Marks:
    """Every number handed out as far as this database knows: its tables and its marks."""
    marks = stored_marks(session)
    for record in _RECORDS:
        table = record.__tablename__
        rows = session.execute(select(record.year, func.max(record.seq)).group_by(record.year))
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
    """Keep `marks` (the replaced database's) in this database, never lowering its own."""
    if not marks:
        return
    both = merged(stored_marks(session), marks)
    value = json.dumps(both, sort_keys=True)
    session.execute(
        text(
            "INSERT INTO settings (key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": KEY, "v": value},
    )


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
