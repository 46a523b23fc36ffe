"""The desktop list on 50,000 requests (Qt offscreen): the model's first screen, a search, and
the resident memory of a fresh process with the main window and its list open; and a new table
view over a fake source of 50,000 rows, without a database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.support import PASSPHRASE, REPO, Timings, compare, report, timed

pytest.importorskip("PySide6")

SEARCH = "peeters"


@pytest.fixture
def panel(qtbot: Any, wb: Any, today: date, tmp_path: Path) -> Iterator[Any]:
    """The request list (search box, filters, table) as the main window has it, on `wb`."""
    from PySide6.QtCore import QSettings

    from cluma_dpo.gui.models.requests_model import RequestTableModel
    from cluma_dpo.gui.request_list import RequestListPanel

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    model = RequestTableModel(None, today=today)
    widget = RequestListPanel(model)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    model.set_source(wb)
    yield widget
    model.set_source(None)


def show(panel: Any, search: str) -> None:
    """Run the list's query for `search` now (as the debounce timer does) and paint it."""
    panel.search.blockSignals(True)
    panel.search.setText(search)
    panel.search.blockSignals(False)
    panel.apply()
    panel.table.viewport().repaint()


def test_gui_first_screen(benchmark: Any, panel: Any) -> None:
    """The model's first page (200 rows + the count) shown in the table."""
    show(panel, "")
    mine = Timings()
    benchmark.pedantic(timed(lambda: show(panel, ""), mine), rounds=15, iterations=1)
    assert panel.model.loaded == 200 and panel.model.total >= 50_000
    report(
        benchmark,
        "GUI: the list model's first screen (query, 200 rows, paint)",
        mine,
        limit_s=0.100,
    )


def test_gui_search_keystroke(benchmark: Any, panel: Any) -> None:
    """From the moment the search box's debounce timer fires to the filtered rows painted."""
    show(panel, SEARCH)
    mine = Timings()
    benchmark.pedantic(
        timed(lambda: show(panel, SEARCH), mine),
        setup=lambda: show(panel, ""),
        rounds=15,
        iterations=1,
    )
    found = panel.model.total
    broad = Timings()
    for _ in range(5):
        show(panel, "")
        timed(lambda: show(panel, "p"), broad)()
    report(
        benchmark,
        f"GUI: search keystroke {SEARCH!r} to filtered results",
        mine,
        limit_s=0.050,
        note=f"{found} matches; after the 250 ms typing pause (debounce) by design",
    )
    report(
        benchmark,
        "GUI: … the first keystroke 'p' (broad: most requests match)",
        broad,
        check=False,
        note=f"{panel.model.total:,} matches",
    )


def test_gui_new_view_over_a_fake_source(benchmark: Any, qtbot: Any) -> None:
    """A new QTableView on a RequestTableModel over a fake source of 50,000 rows: set the
    model, run the query, show, until exposed (moved from tests/gui/test_model.py, which
    checks that only the first page is asked for). Baseline: the fake source making that
    page and the count, without Qt."""
    from PySide6.QtWidgets import QTableView

    from cluma_dpo.gui.models.requests_model import PAGE_SIZE, RequestTableModel
    from cluma_dpo.services.requests import RequestQuery
    from tests.gui.test_model import TODAY, FakeWorkbench

    models: list[RequestTableModel] = []  # their views stay open until qtbot closes them

    def ours() -> None:
        model = RequestTableModel(FakeWorkbench(50_000), today=TODAY)
        view = QTableView()
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.setModel(model)
        model.set_query(RequestQuery())
        with qtbot.waitExposed(view):
            view.show()
        models.append(model)

    def baseline() -> None:
        fake = FakeWorkbench(50_000)
        fake.requests(RequestQuery(), limit=PAGE_SIZE)
        fake.count(RequestQuery())

    mine, base = compare(benchmark, ours, baseline, rounds=10)
    assert models[-1].total == 50_000 and models[-1].rowCount() <= 2 * PAGE_SIZE
    report(
        benchmark,
        "GUI: a new table view over a fake 50,000-row source, until exposed",
        mine,
        baseline=base,
        limit_s=1.0,
        note=f"baseline: the fake source making the first {PAGE_SIZE} rows and the count",
    )


def test_gui_resident_memory(benchmark: Any, work_dir: Path) -> None:
    """A fresh process opens the main window on the 50,000-request database."""
    env = dict(os.environ, CLUMA_DPO_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")

    def probe() -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.gui_probe", str(work_dir)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    seen = benchmark.pedantic(probe, rounds=1, iterations=1)
    benchmark.extra_info["probe"] = seen
    populate = Timings([seen["populate_s"]])
    report(
        benchmark,
        "GUI: main window populate (settings, first screen, dashboard, detail)",
        populate,
        check=False,
        note=f"open {seen['open_s']:.2f} s incl. key derivation",
    )
    megabytes = seen["VmRSS"] * 1024 / 1e6
    peak = seen["VmHWM"] * 1024 / 1e6
    report(
        benchmark,
        "GUI: resident memory with the list open (VmRSS, fresh process)",
        Timings([megabytes]),
        limit_s=300,
        unit="MB",
        note=f"peak VmHWM {peak:.0f} MB; {seen['rows_loaded']} of "
        f"{seen['rows_total']:,} rows loaded",
    )
