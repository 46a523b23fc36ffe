"""Opening a database of the first schema upgrades it through Alembic, after a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from cluma_dpo.storage import engine as eng
from cluma_dpo.storage.migrate import SCHEMA_HEAD, current_revision

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001.db"
PASSPHRASE = "fixture passphrase 0001"

# a file made by an earlier version, with the program's key derivation (tests/kdf.py)
pytestmark = pytest.mark.real_kdf


def test_old_schema_is_upgraded_after_an_encrypted_backup(tmp_path, monkeypatch, capsys):
    shutil.copy(FIXTURE, tmp_path / eng.DB_NAME)
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))

    assert main(["show", "DSR-2024-0001", "--json"]) == 0
    assert "Fixture Persoon" in capsys.readouterr().out

    backups = list((tmp_path / "backups").glob("pre-upgrade-0001-*.db"))
    assert len(backups) == 1
    assert b"Fixture Persoon" not in backups[0].read_bytes()  # encrypted like the original
    # the backup is the old schema, readable with the same passphrase
    old = eng.Store(backups[0], eng.make_engine(backups[0], PASSPHRASE))
    try:
        assert current_revision(old) == "0001"
    finally:
        old.close()

    store = eng.open_store(tmp_path, PASSPHRASE)
    try:
        assert current_revision(store) == SCHEMA_HEAD
        indexes = eng.text_query(store, "SELECT name FROM sqlite_master WHERE type='index'")
        assert ("ix_requests_ended_on",) in indexes
    finally:
        store.close()

    # the upgraded database works on: a new request, an intact audit chain
    assert main(["add", "--right", "erasure", "--name", "Nieuw", "--received", "2026-01-05"]) == 0
    assert main(["audit", "verify"]) == 0
    assert list((tmp_path / "backups").glob("pre-upgrade-*.db")) == backups  # only once


def test_old_objections_are_listed_once_for_review(tmp_path, monkeypatch, capsys):
    """Issue 13: `objection` now means Art. 21(1). Requests registered as objection before
    the split are listed for the DPO to confirm which kind each was; their suppression
    entries stay."""
    import json

    db = tmp_path / eng.DB_NAME
    shutil.copy(FIXTURE, db)
    engine = eng.make_engine(db, PASSPHRASE)
    with engine.begin() as c:  # an objection of the old kind, in the old schema
        c.exec_driver_sql(
            "CREATE TEMP TABLE t AS SELECT * FROM requests WHERE reference = 'DSR-2024-0001'"
        )
        c.exec_driver_sql(
            "UPDATE t SET id = id + 1000, seq = 999, reference = 'DSR-2024-0999', "
            "rights = 'access,objection'"
        )
        c.exec_driver_sql("INSERT INTO requests SELECT * FROM t")
    engine.dispose()
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))

    assert main(["objections", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [x["reference"] for x in listed] == ["DSR-2024-0999"]
    assert main(["objections", "confirm", "DSR-2024-0001", "--as", "objection"]) == 1
    capsys.readouterr()
    assert main(["objections", "confirm", "DSR-2024-0999", "--as", "marketing-opt-out"]) == 0
    assert main(["show", "DSR-2024-0999", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rights"] == ["access", "marketing-opt-out"]
    assert main(["objections", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["audit", "verify"]) == 0
