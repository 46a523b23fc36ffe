"""Fixtures shared by the integration tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.cli import main
from tests.integration.cli_support import Run
from tests.pg_cluster import USER_PASSWORD


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run a verb in this process (same parsing, unlocking and errors as a real run)."""

    def run(*args: object) -> Run:
        capsys.readouterr()
        rc = main([str(a) for a in args])
        cap = capsys.readouterr()
        return Run(rc, cap.out, cap.err)

    return run


STORE_PASSPHRASE = "Two stores, one program 1"


@dataclass
class StoreUnderTest:
    """Which store a parametrized test runs on: the local file, or a fresh database on
    the session's throwaway PostgreSQL cluster (tests/pg_cluster.py)."""

    kind: str
    data_dir: Path
    cluster: Any = None
    database: str | None = None

    @property
    def url(self) -> str | None:
        return self.cluster.url(self.database) if self.cluster else None


@pytest.fixture(params=["sqlcipher", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The same test on both stores (issue 18): the environment selects the store as a
    user's would (CLUMA_DPO_DATABASE_URL or the passphrase); nothing is initialised yet."""
    data = tmp_path / "data"
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(data))
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CLUMA_DPO_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
    if request.param == "sqlcipher":
        monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", STORE_PASSPHRASE)
        return StoreUnderTest("sqlcipher", data)
    cluster = request.getfixturevalue("pg_cluster")
    under = StoreUnderTest("postgresql", data, cluster, cluster.new_database())
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)  # a server never asks it
    monkeypatch.setenv("CLUMA_DPO_DATABASE_URL", str(under.url))
    return under


@pytest.fixture
def run_as(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """run_as(url, *argv): the command line in this process, on the server at `url` ('':
    the local file); new logins get the tests' USER_PASSWORD (tests/pg_cluster.py)."""
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "local"))
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", USER_PASSWORD)

    def run(url: str, *args: object) -> Run:
        if url:
            monkeypatch.setenv("CLUMA_DPO_DATABASE_URL", url)
        else:  # the local file
            monkeypatch.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
        capsys.readouterr()
        rc = main([str(a) for a in args])
        cap = capsys.readouterr()
        return Run(rc, cap.out, cap.err)

    return run
