"""Start-up pays only for what it uses ("Any machine, any day").

Each verb runs as a real process on a small database, and the test lists what that process
imported: the read verbs never load the document libraries, Qt, the ORM or the holiday
tables of other countries; a letter never loads openpyxl, the register never reportlab. (How
long the verbs take is measured in tests/benchmarks/test_cli_processes.py, not here.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.services.demo import fill_demo
from cluma_dpo.services.queries import RequestQuery
from tests.conftest import TODAY

PASSPHRASE = "start-up probe passphrase"

# Runs the command line as `cluma-dpo` does, then writes the names of the imported modules.
PROBE = """\
import json, sys
from cluma_dpo.cli import main
try:
    code = main(sys.argv[2:])
finally:  # --help ends in SystemExit
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(sorted(sys.modules), f)
raise SystemExit(code)
"""

DOCUMENTS = {"reportlab", "openpyxl", "jinja2", "PIL", "segno", "lxml"}
NEVER = {"PySide6", "shiboken6", "faker", "alembic", "holidays.countries"}
READ_ONLY = DOCUMENTS | NEVER | {"sqlalchemy", "email_validator", "stdnum"}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    directory = tmp_path_factory.mktemp("start-up") / "data"
    wb = open_workbench(directory, PASSPHRASE, create=True, clock=FixedClock.on(TODAY))
    try:
        fill_demo(wb, 40)
        closed = wb.requests(RequestQuery(status="closed"), limit=1)
    finally:
        wb.close()
    return directory, closed[0].reference


def imported(data: tuple[Path, str], tmp_path: Path, *argv: str) -> set[str]:
    directory, _ = data
    out = tmp_path / "modules.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUMA_DPO_")}
    env.update(
        CLUMA_DPO_DATA_DIR=str(directory),
        CLUMA_DPO_PASSPHRASE=PASSPHRASE,
        CLUMA_DPO_LOG_DIR=str(tmp_path / "logs"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text(encoding="utf-8")))


def loaded(modules: set[str], packages: set[str]) -> list[str]:
    """The names of `packages` (or their submodules) among `modules`."""
    return sorted(p for p in packages if any(m == p or m.startswith(p + ".") for m in modules))


def last_full_quarter(today: date) -> str:
    quarter = (today.month - 1) // 3
    return f"{today.year}Q{quarter}" if quarter else f"{today.year - 1}Q4"


def test_help_loads_nothing_heavy(data: tuple[Path, str], tmp_path: Path) -> None:
    modules = imported(data, tmp_path, "show", "X", "--help")
    assert loaded(modules, READ_ONLY | {"sqlcipher3", "babel", "holidays"}) == []


@pytest.mark.parametrize(
    "verb",
    [
        ("show", "{ref}", "--json"),
        ("show", "{ref}"),
        ("list", "--json", "--search", "Peeters"),
        ("list", "--overdue"),
        ("due", "--json"),
    ],
    ids=" ".join,
)
def test_the_read_verbs_load_no_document_library_qt_or_orm(
    data: tuple[Path, str], tmp_path: Path, verb: tuple[str, ...]
) -> None:
    _, ref = data
    modules = imported(data, tmp_path, *(w.format(ref=ref) for w in verb))
    assert loaded(modules, READ_ONLY) == []
    assert "sqlcipher3" in modules  # it did open the database


def test_a_letter_loads_no_spreadsheet_library(data: tuple[Path, str], tmp_path: Path) -> None:
    _, ref = data
    modules = imported(
        data, tmp_path, "letter", ref, "answer", "--out", str(tmp_path / "answer.pdf")
    )
    assert loaded(modules, {"openpyxl", "lxml"} | NEVER) == []
    assert (tmp_path / "answer.pdf").read_bytes().startswith(b"%PDF")


def test_the_register_loads_no_pdf_library(data: tuple[Path, str], tmp_path: Path) -> None:
    modules = imported(data, tmp_path, "export", "--out", str(tmp_path / "register.xlsx"))
    # (openpyxl itself imports PIL when it is installed)
    assert loaded(modules, {"reportlab", "jinja2", "segno"} | NEVER) == []
    assert (tmp_path / "register.xlsx").is_file()


def test_the_quarterly_report_as_pdf_loads_no_spreadsheet_library(
    data: tuple[Path, str], tmp_path: Path
) -> None:
    quarter = last_full_quarter(date.today())  # the process reads the machine's clock
    modules = imported(
        data, tmp_path, "report", "--quarter", quarter, "--out", str(tmp_path / "report.pdf")
    )
    assert loaded(modules, {"openpyxl", "lxml", "jinja2"} | NEVER) == []
