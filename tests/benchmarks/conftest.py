"""Benchmarks at 50,000 requests, each measured beside a baseline in the same run (issue #9).

Not part of the default test run (pyproject's addopts ignores this folder). Run them with

    python -m pytest tests/benchmarks -p no:cacheprovider -o addopts='' --benchmark-only

The 50,000-request database is made once by `cluma-dpo demo` (about 15 minutes:
every step goes through the real services) and cached in
`.bench-cache/` at the top of the work tree, or in $CLUMA_DPO_BENCH_DIR; it is rebuilt when
missing or made for another schema. An unencrypted copy (sqlcipher_export) sits beside it for
the baselines. Each run works on a fresh copy: documents are recorded in the audit trail.

The PostgreSQL benchmarks (test_server.py: the same list, `due` and first screen on a local
server, against the encrypted file in the same run) need PostgreSQL's server binaries
(tests/pg_cluster.py finds them); only they:

    python -m pytest tests/benchmarks/test_server.py -p no:cacheprovider -o addopts='' \
        --benchmark-only -s

Their first run also copies the demo into a cluster kept beside it (`<cache dir>/pg50k`)
with `cluma-dpo migrate --to`, timed (several minutes); later runs only start it.

Every benchmark prints its figure and ratio, stores them in `benchmark.extra_info`, and
asserts the target with some slack (TARGET_SLACK) so that a busy machine does not fail the
run; the summary at the end lists the real figures as a Markdown table (also written to
`<cache dir>/results.md`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests import kdf
from tests.benchmarks.support import (
    BUILD_TIMEOUT_S,
    FIGURES,
    PASSPHRASE,
    cache_root,
    demo_database,
    plain_copy,
    results_table,
)

# Measured as the DPO runs it: the program's 256,000 rounds of key derivation, here and in
# every program started (not the suite's fast derivation, tests/kdf.py).
os.environ.pop(kdf.ENV, None)
kdf.set_process_default(kdf.REAL)


@pytest.fixture(scope="session")
def demo_folder() -> Path:
    return demo_database(cache_root())


@pytest.fixture(scope="session")
def plain_db(demo_folder: Path) -> Path:
    return plain_copy(demo_folder)


@pytest.fixture(scope="session")
def work_dir(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of the cached database for this run (the benchmarks write to it)."""
    from cluma_dpo.storage.engine import DB_NAME

    target = tmp_path_factory.mktemp("bench-data")
    for suffix in ("", "-wal", "-shm"):
        source = demo_folder / (DB_NAME + suffix)
        if source.exists():
            shutil.copy2(source, target / source.name)
    return target


@pytest.fixture(scope="session")
def wb(work_dir: Path) -> Iterator[Any]:
    """One opened workbench for the whole run (the key is derived once)."""
    from cluma_dpo.app import open_workbench

    workbench = open_workbench(work_dir, PASSPHRASE, front_end="bench")
    yield workbench
    workbench.close()


@pytest.fixture(scope="session")
def today() -> date:
    return date.today()


@pytest.fixture(scope="session")
def office(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The demo copied into a local PostgreSQL server once (tests/benchmarks/pg_office.py),
    started for the run; the logins' passwords in the PGPASSFILE, as ~/.pgpass holds them."""
    from tests.benchmarks.pg_office import start_office

    office = start_office(cache_root(), demo_folder, tmp_path_factory.mktemp("office"))
    if isinstance(office, str):
        pytest.skip(f"PostgreSQL benchmarks skipped: {office}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PGPASSFILE", str(office.cluster.passfile))
        try:
            yield office
        finally:
            office.cluster.stop()


@pytest.fixture(scope="session")
def server_wb(office: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One workbench on the server, signed in as the dpo login, for the whole run."""
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.storage.server_url import parse_server_url

    local = tmp_path_factory.mktemp("server-local")
    workbench = open_server_workbench(parse_server_url(office.dpo_url), local, front_end="bench")
    yield workbench
    workbench.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    table = results_table()
    terminalreporter.write_sep("=", "cluma-dpo benchmark figures")
    terminalreporter.write(table)
    with contextlib.suppress(OSError):
        (cache_root() / "results.md").write_text(table, encoding="utf-8")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The first benchmark may build the demo database (about 15 minutes on two idle cores,
    # far longer on a busy machine) and copy it into PostgreSQL: as long as the build may take.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT_S + 1800))
