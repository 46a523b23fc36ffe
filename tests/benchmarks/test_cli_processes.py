"""Each command-line verb as a whole process at 50,000 requests ("Any machine, any day").

A user waits for the whole process: Python's start, the imports, the key derivation, the
queries, the document and the file. Each verb is timed as `python -m cluma_dpo VERB ...` and
set against floors measured in the same run, interleaved round by round:

- the floor: a bare Python process that opens the same SQLCipher file with `sqlcipher3`
  (default SQLCipher 4 settings, `PRAGMA key`: the same key derivation) and selects the
  request;
- for a PDF, the floor plus a bare reportlab process that writes a one-page A4 PDF in the
  font every document embeds (DejaVu Sans; names such as "Łukasz" need a Unicode font);
- for the register, the floor plus a bare openpyxl process that dumps the very cells of the
  register (computed beforehand and handed over in a pickle) into a write-only workbook.

Every process gets the same environment. Python writes its bytecode cache to
`<cache dir>/pycache` (PYTHONPYCACHEPREFIX, PYTHONDONTWRITEBYTECODE unset) and the warm-up
round fills it, so that no process compiles source files: an installed program has its
bytecode, and a checkout being edited or a read-only site-packages would otherwise make the
figures depend on what was edited last. The figure is the median of the rounds.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.support import (
    PASSPHRASE,
    cache_root,
    compare,
    report,
)
from tests.benchmarks.test_quarterly import last_full_quarter

ROUNDS_QUICK = 9  # show, list, due: about a second a round with their floor
ROUNDS_PDF = 7
ROUNDS_REPORT = 5
ROUNDS_EXPORT = 3  # about 15 s a round with its floor

FLOOR = """\
import sys
import sqlcipher3

path, key, reference = sys.argv[1:4]
con = sqlcipher3.connect(path)
con.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
row = con.execute("SELECT * FROM requests WHERE reference = ?", (reference,)).fetchone()
assert row is not None
con.close()
"""

BARE_PDF = """\
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

font, out = sys.argv[1:3]
pdfmetrics.registerFont(TTFont("DejaVuSans", font))
style = ParagraphStyle("bare", fontName="DejaVuSans", fontSize=9.5, leading=13.5)
text = ("Geachte heer Peeters, wij bevestigen de ontvangst van uw verzoek van 3 november "
        "2026 om inzage in uw persoonsgegevens (AVG art. 15). ")
SimpleDocTemplate(out, pagesize=A4).build([Paragraph(text * 2, style) for _ in range(12)])
"""

BARE_XLSX = """\
import pickle
import sys
from openpyxl import Workbook

cells, out = sys.argv[1:3]
with open(cells, "rb") as f:
    headers, rows, suppression = pickle.load(f)
wb = Workbook(write_only=True)
ws = wb.create_sheet("Verzoeken")
ws.append(headers)
for row in rows:
    ws.append(row)
ws = wb.create_sheet("Uitschrijvingen")
ws.append(("E-mail", "Sinds"))
for row in suppression:
    ws.append(row)
wb.save(out)
"""


def environment(work_dir: Path, logs: Path) -> dict[str, str]:
    # $CLUMA_DPO_BENCH_SOURCE: another checkout's folder holding `cluma_dpo` (e.g. `git archive
    # HEAD cluma_dpo resources | tar -x -C DIR`), to time the verbs of that version instead
    source = os.environ.get("CLUMA_DPO_BENCH_SOURCE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUMA_DPO_", "PYTHON"))}
    env.update(
        CLUMA_DPO_PASSPHRASE=PASSPHRASE,
        CLUMA_DPO_DATA_DIR=str(work_dir),
        CLUMA_DPO_LOG_DIR=str(logs),
        PYTHONPYCACHEPREFIX=str(cache_root() / "pycache"),
        QT_QPA_PLATFORM="offscreen",
    )
    if source:
        env["PYTHONPATH"] = source
    return env


class Processes:
    """Runs Python processes in the benchmark's environment."""

    def __init__(self, env: dict[str, str], scratch: Path) -> None:
        self.env, self.scratch = env, scratch

    def run(self, *args: str) -> None:
        done = subprocess.run(
            [sys.executable, *args],
            env=self.env,
            cwd=self.scratch,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"{args[:3]}: exit {done.returncode}: {done.stderr[-500:]}"

    def script(self, name: str, text: str) -> Path:
        path = self.scratch / name
        path.write_text(text, encoding="utf-8")
        return path

    def verb(self, *words: str) -> Callable[[], None]:
        return lambda: self.run("-m", "cluma_dpo", *words)

    def chain(self, *steps: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            for step in steps:
                step()

        return run


@pytest.fixture(scope="module")
def procs(work_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Processes:
    scratch = tmp_path_factory.mktemp("cli-processes")
    return Processes(environment(work_dir, scratch / "logs"), scratch)


@pytest.fixture(scope="module")
def reference(work_dir: Path) -> str:
    """A closed, granted request with a fee note: its `show` has every part."""
    import sqlcipher3

    from cluma_dpo.storage.engine import DB_NAME, sql_literal

    con = sqlcipher3.connect(str(work_dir / DB_NAME))
    try:
        con.execute(f"PRAGMA key = {sql_literal(PASSPHRASE)}")
        row = con.execute(
            "SELECT r.reference FROM requests r JOIN fee_notes f ON f.request_id = r.id "
            "WHERE r.status = 'closed' AND r.outcome = 'granted' AND NOT r.anonymised "
            "ORDER BY r.id DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert row is not None
    return str(row[0])


@pytest.fixture(scope="module")
def floor(procs: Processes, work_dir: Path, reference: str) -> Callable[[], None]:
    from cluma_dpo.storage.engine import DB_NAME

    script = procs.script("floor.py", FLOOR)
    return lambda: procs.run(str(script), str(work_dir / DB_NAME), PASSPHRASE, reference)


@pytest.fixture(scope="module")
def bare_pdf(procs: Processes) -> Callable[[], None]:
    from cluma_dpo.paths import resource

    script = procs.script("bare_pdf.py", BARE_PDF)
    font = resource("fonts", "DejaVuSans.ttf")
    return lambda: procs.run(str(script), str(font), str(procs.scratch / "bare.pdf"))


def versus(
    benchmark: Any,
    what: str,
    ours: Callable[[], None],
    base: Callable[[], None],
    *,
    rounds: int,
    limit: float,
    baseline_is: str,
) -> None:
    mine, floor_times = compare(benchmark, ours, base, rounds=rounds)
    report(
        benchmark,
        what,
        mine,
        baseline=floor_times,
        limit_ratio=limit,
        figure="median",
        note=f"median of {len(mine)} rounds; baseline: {baseline_is}",
    )


def test_show_json(
    benchmark: Any, procs: Processes, floor: Callable[[], None], reference: str
) -> None:
    versus(
        benchmark,
        f"process `show {reference} --json` vs the floor",
        procs.verb("show", reference, "--json"),
        floor,
        rounds=ROUNDS_QUICK,
        limit=2.0,
        baseline_is="sqlcipher3 open + select one request",
    )


def test_list_search_json(benchmark: Any, procs: Processes, floor: Callable[[], None]) -> None:
    versus(
        benchmark,
        "process `list --json --search Peeters` vs the floor",
        procs.verb("list", "--json", "--search", "Peeters"),
        floor,
        rounds=ROUNDS_QUICK,
        limit=3.0,
        baseline_is="sqlcipher3 open + select one request",
    )


def test_due_json(benchmark: Any, procs: Processes, floor: Callable[[], None]) -> None:
    versus(
        benchmark,
        "process `due --json` vs the floor",
        procs.verb("due", "--json"),
        floor,
        rounds=ROUNDS_QUICK,
        limit=3.0,
        baseline_is="sqlcipher3 open + select one request",
    )


def test_letter_answer(
    benchmark: Any,
    procs: Processes,
    floor: Callable[[], None],
    bare_pdf: Callable[[], None],
    reference: str,
) -> None:
    out = procs.scratch / "answer.pdf"
    versus(
        benchmark,
        f"process `letter {reference} answer --out F.pdf` vs floor + bare reportlab page",
        procs.verb("letter", reference, "answer", "--out", str(out)),
        procs.chain(floor, bare_pdf),
        rounds=ROUNDS_PDF,
        limit=2.0,
        baseline_is="floor process + bare reportlab one-page process",
    )


def test_what_the_orm_costs_a_process(benchmark: Any, procs: Processes) -> None:
    """Not a target: the start-up a verb that writes pays and the floors do not (every
    writing verb records its audit event through SQLAlchemy)."""
    # with the collector off, as `main` starts a verb
    orm = (
        "import gc; gc.disable(); import sqlalchemy.dialects.sqlite.pysqlcipher, "
        "cluma_dpo.storage.records"
    )
    mine, bare = compare(
        benchmark,
        lambda: procs.run("-c", orm),
        lambda: procs.run("-c", "pass"),
        rounds=ROUNDS_QUICK,
    )
    report(
        benchmark,
        "… a process importing SQLAlchemy and mapping the records vs bare Python",
        mine,
        baseline=bare,
        figure="median",
        check=False,
        note=f"{(mine.median - bare.median) * 1000:.0f} ms more than a bare Python process",
    )


def test_report_quarter_pdf(
    benchmark: Any,
    procs: Processes,
    floor: Callable[[], None],
    bare_pdf: Callable[[], None],
    today: date,
) -> None:
    quarter = last_full_quarter(today)
    out = procs.scratch / "report.pdf"
    versus(
        benchmark,
        f"process `report --quarter {quarter} --out F.pdf` vs floor + bare reportlab page",
        procs.verb("report", "--quarter", quarter, "--out", str(out)),
        procs.chain(floor, bare_pdf),
        rounds=ROUNDS_REPORT,
        limit=4.0,
        baseline_is="floor process + bare reportlab one-page process",
    )


def register_cells(wb: Any) -> tuple[Sequence[str], list[list[object]], list[tuple[Any, ...]]]:
    """The cells `export` writes, computed the way documents.register_xlsx does."""
    from sqlalchemy import select

    from cluma_dpo.documents.register import HEADERS, request_row
    from cluma_dpo.services.suppression import suppression_list
    from cluma_dpo.storage import repositories as repo
    from cluma_dpo.storage.records import RequestRecord

    with wb.reading() as uow:
        views = repo.bulk_views(
            uow.session, select(RequestRecord).order_by(RequestRecord.year, RequestRecord.seq)
        )
        suppression = [(email, since) for email, since, _ in suppression_list(uow)]
    return HEADERS, [request_row(v) for v in views], suppression


def test_export(benchmark: Any, procs: Processes, floor: Callable[[], None], wb: Any) -> None:
    cells = procs.scratch / "cells.pickle"
    with open(cells, "wb") as f:
        pickle.dump(register_cells(wb), f, protocol=pickle.HIGHEST_PROTOCOL)
    script = procs.script("bare_xlsx.py", BARE_XLSX)

    def bare_xlsx() -> None:
        procs.run(str(script), str(cells), str(procs.scratch / "bare.xlsx"))

    out = procs.scratch / "register.xlsx"
    start = time.perf_counter()
    versus(
        benchmark,
        "process `export --out F.xlsx` vs floor + bare openpyxl dump",
        procs.verb("export", "--out", str(out)),
        procs.chain(floor, bare_xlsx),
        rounds=ROUNDS_EXPORT,
        limit=1.3,
        baseline_is="floor process + bare openpyxl write-only process (cells from a pickle)",
    )
    print(f"(export rounds took {time.perf_counter() - start:.0f} s)")
