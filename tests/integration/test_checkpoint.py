"""The WAL checkpoint after an erasure: it empties the WAL, and when it fails the step fails
with a message and a log line that names the error's type only (never its text)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from cluma_dpo.domain.errors import StoreError
from cluma_dpo.logs import LOG
from cluma_dpo.storage.engine import Store, checkpoint, open_store

PASSPHRASE = "checkpoint test passphrase"
SECRET = "Zyxwvut Quellenbach"  # would be personal data in a real error text


class _CheckpointFails:
    """A raw connection on which the checkpoint fails, as on a failing disk."""

    def __init__(self, real: object) -> None:
        self._real = real

    def cursor(self) -> _CheckpointFails:
        return self

    def execute(self, sql: str) -> None:
        assert "wal_checkpoint" in sql
        raise sqlite3.OperationalError(f"disk I/O error near {SECRET}")

    def close(self) -> None:
        self._real.close()  # type: ignore[attr-defined]


def _fail_checkpoints(store: Store, monkeypatch: pytest.MonkeyPatch, *, after_commit: bool):
    """From now on (or from the next commit on) the store's checkpoints fail; returns a
    function that ends the failure. The session's own connections stay real until then."""
    real = store.engine.raw_connection
    state = {"failing": not after_commit}

    def arm(_conn: object) -> None:
        state["failing"] = True

    if after_commit:
        event.listen(store.engine, "commit", arm)

    def raw_connection():  # type: ignore[no-untyped-def]
        return _CheckpointFails(real()) if state["failing"] else real()

    monkeypatch.setattr(store.engine, "raw_connection", raw_connection)

    def stop() -> None:
        state["failing"] = False
        if after_commit:
            event.remove(store.engine, "commit", arm)

    return stop


@pytest.fixture
def log_records() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    LOG.addHandler(handler)
    level = LOG.level
    LOG.setLevel(logging.INFO)
    yield records
    LOG.removeHandler(handler)
    LOG.setLevel(level)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data", PASSPHRASE, create=True)
    yield opened
    opened.close()


def test_checkpoint_empties_the_wal(store: Store) -> None:
    with store.session(write=True) as s:
        s.execute(text("CREATE TABLE scratch (x TEXT)"))
        s.execute(text("INSERT INTO scratch VALUES ('x')"))
    wal = Path(f"{store.path}-wal")
    assert wal.stat().st_size > 0  # control: the write is in the WAL
    checkpoint(store)
    assert wal.stat().st_size == 0


def test_a_failing_checkpoint_is_logged_by_type_and_raised(
    store: Store, monkeypatch: pytest.MonkeyPatch, log_records: list[logging.LogRecord]
) -> None:
    _fail_checkpoints(store, monkeypatch, after_commit=False)
    with pytest.raises(StoreError, match="write-ahead log") as raised:
        checkpoint(store)
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    logged = [r.getMessage() for r in log_records if r.levelno >= logging.ERROR]
    assert logged == ["WAL checkpoint after an erasure failed: OperationalError"]
    assert SECRET not in raised.value.message


def test_an_erasure_whose_checkpoint_fails_fails_the_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, log_records: list[logging.LogRecord]
) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.requests import NewRequest

    wb = open_workbench(tmp_path / "data", PASSPHRASE, create=True)
    try:
        ref = wb.register(
            NewRequest(rights=["access"], name=SECRET, received="2026-11-16", email="z@q.be")
        )
        wb.request_identity(ref, on="2026-11-16")
        wb.receive_identity(ref, on="2026-11-17", document=b"%PDF-1.4 id card", suffix=".pdf")
        assert wb.request(ref).identity.document_stored  # control

        stop = _fail_checkpoints(wb.store, monkeypatch, after_commit=True)
        with pytest.raises(StoreError, match="write-ahead log"):
            wb.verify_identity(ref, "id-document", on="2026-11-17")
        stop()

        # the erasure itself was committed before the checkpoint: only the WAL is left over
        view = wb.request(ref)
        assert not view.identity.document_stored
        assert "identity-document-erased" in [e.kind for e in view.events]
        errors = [r.getMessage() for r in log_records if r.levelno >= logging.ERROR]
        assert errors == ["WAL checkpoint after an erasure failed: OperationalError"]
        assert not [r for r in log_records if SECRET in r.getMessage()]
    finally:
        wb.close()
