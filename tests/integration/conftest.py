"""Fixtures shared by the integration tests."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo import app
from cluma_dpo.app import open_server_workbench, open_workbench
from cluma_dpo.cli import main
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage.server_url import parse_server_url
from tests.conftest import TODAY
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

    def workbench(self) -> Workbench:
        """The store's workbench, for the store-level tests: as `cluma-dpo` opens it."""
        if self.url is None:
            return open_workbench(self.data_dir, STORE_PASSPHRASE)
        return open_server_workbench(parse_server_url(self.url), self.data_dir)


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


# A test of `store`/`office` whose server run would repeat what others already run there
# (the same queries; only rendering or date arithmetic differs): the file's run alone.
file_only = pytest.mark.parametrize("store", ["sqlcipher"], indirect=True)


@pytest.fixture(scope="session")
def _initialised_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `init` of the local file per session (Alembic makes it the slow step), on the
    tests' pinned day like the server's; each test gets a copy."""
    base = tmp_path_factory.mktemp("initialised-file")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(base / "data"))
        mp.setenv("CLUMA_DPO_LOG_DIR", str(base / "logs"))
        mp.setenv("CLUMA_DPO_PASSPHRASE", STORE_PASSPHRASE)
        mp.delenv("CLUMA_DPO_DATABASE_URL", raising=False)
        mp.delenv("CLUMA_DPO_NEW_PASSPHRASE", raising=False)
        mp.setattr(app, "CLOCK", FixedClock.on(TODAY))
        assert main(["init"]) == 0
    return base / "data"


@pytest.fixture
def office(store: StoreUnderTest, request: pytest.FixtureRequest) -> StoreUnderTest:
    """`store` after `init`: a copy of the session's initialised file, or `init` on the
    test's new server database (role names carry the database's name: no template)."""
    if store.kind == "sqlcipher":
        shutil.copytree(request.getfixturevalue("_initialised_file"), store.data_dir)
    else:
        assert main(["init"]) == 0
    return store


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
