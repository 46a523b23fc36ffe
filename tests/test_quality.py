"""Project-wide checks: the layer contracts hold, the code is lint-clean, and the default test
run neither times anything nor waits a fixed time longer than a second."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
BENCHMARKS = TESTS / "benchmarks"  # not collected by default (pyproject addopts)


def _tool(name: str) -> str:
    """The tool installed beside this Python (the project's venv) before any on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extras")
    return found


def test_import_contracts_hold() -> None:
    # cluma_dpo.domain imports no Qt/SQL/document library; cluma_dpo.gui no SQL (pyproject).
    exe = _tool("lint-imports")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    exe = _tool("ruff")
    result = subprocess.run([exe, "check", "cluma_dpo", "tests", "tools"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_schema_head_matches_the_migrations() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from cluma_dpo.storage.migrate import KNOWN_REVISIONS, MIGRATIONS, SCHEMA_HEAD

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == SCHEMA_HEAD
    assert {r.revision for r in script.walk_revisions()} == set(KNOWN_REVISIONS)


# -- timings out of the default run ------------------------------------------------------

MAX_FIXED_WAIT_S = 1.0
_NUMBER = r"(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_ARGUMENT = rf"\(\s*(?:\w+\s*=\s*)?({_NUMBER}(?:\s*[*/]\s*{_NUMBER})*)\s*[,)]"
# A call (or a shell command) that waits a fixed time given as a literal; its unit in seconds.
_FIXED_WAITS = [
    (re.compile(rf"\bsleep{_ARGUMENT}"), 1.0),  # time.sleep, asyncio.sleep, QThread.sleep
    (re.compile(rf"\b(?:qtbot\.wait|qWait|qSleep|msleep){_ARGUMENT}"), 0.001),  # ms
    (re.compile(rf"\busleep{_ARGUMENT}"), 0.000_001),
    (re.compile(rf"[\"']sleep[\"']\s*,\s*[\"']({_NUMBER})[\"']"), 1.0),  # ["sleep", "N"]
    (re.compile(rf"\bsleep[ \t]+({_NUMBER})\b"), 1.0),  # "sleep N" in a shell command
]


def _seconds(expression: str, unit: float) -> float:
    """The value of a literal such as `2`, `1_500`, `0.5` or `2 * 60`, times `unit`."""
    parts = re.split(r"\s*([*/])\s*", expression)
    value = float(parts[0].replace("_", ""))
    for operator, number in zip(parts[1::2], parts[2::2], strict=True):
        operand = float(number.replace("_", ""))
        value = value * operand if operator == "*" else value / operand
    return value * unit


def long_fixed_waits(source: str) -> list[str]:
    """Every fixed wait over MAX_FIXED_WAIT_S in `source`, as "line N: the call (S s)".

    Only literal durations are seen: `time.sleep(delay)` is not (nor a wait on a condition,
    such as qtbot.waitUntil, Popen.wait(timeout) or Event.wait(timeout))."""
    found = []
    for pattern, unit in _FIXED_WAITS:
        for match in pattern.finditer(source):
            seconds = _seconds(match.group(1), unit)
            if seconds > MAX_FIXED_WAIT_S:
                line = source.count("\n", 0, match.start()) + 1
                found.append(f"line {line}: {match.group(0).strip()} ({seconds:g} s)")
    return found


def _default_test_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if BENCHMARKS not in p.parents)


def test_the_fixed_wait_finder() -> None:
    def waits(source: str) -> int:
        # "~" keeps the samples from being fixed waits in this file itself.
        return len(long_fixed_waits(source.replace("~", "")))

    for long in ("time.sl~eep(6)", "await asyncio.sl~eep(1.5)", "sl~eep(2 * 60)",
                 "qtbot.wa~it(1500)", "QTest.qWa~it(2_000)", "QThread.msl~eep(1001)",
                 'Popen(["sl~eep", "5"])', 'run("sl~eep 3 && true", shell=True)',
                 "time.sl~eep(1e1)"):
        assert waits(long) == 1, long
    for short_or_not_fixed in ("time.sl~eep(1)", "time.sl~eep(0.5)", "qtbot.wa~it(1000)",
                               "time.sl~eep(delay)", "proc.wait(30)", "ready.wait(60)",
                               "qtbot.waitUntil(done, timeout=5000)", "time.sl~eep(.002)",
                               "qtbot.waitSignal(dialog.accepted, timeout=10_000)",
                               "sl~eep(1000 / 1000)"):
        assert waits(short_or_not_fixed) == 0, short_or_not_fixed


def test_no_fixed_wait_over_a_second_in_the_default_run() -> None:
    """A fixed wait is too short on a busy shared machine and too long everywhere else:
    wait on the condition instead (qtbot.waitUntil, Popen.wait(timeout), polling a file or a
    process with a deadline). Only tests/benchmarks/ may take its time."""
    found = [
        f"{path.relative_to(ROOT)} {hit}"
        for path in _default_test_files()
        for hit in long_fixed_waits(path.read_text(encoding="utf-8"))
    ]
    assert not found, "fixed waits over 1 s (wait on a condition):\n" + "\n".join(found)


def test_no_timing_outside_the_benchmarks() -> None:
    """Assertions on elapsed time live in tests/benchmarks/, beside a baseline measured in the
    same run: on a shared 2-core machine a stopwatch in the default run fails for reasons
    that are not bugs. (Deadlines of waits on a condition use time.monotonic.)"""
    timers = re.compile(r"\b(?:perf_counter|process_time|thread_time|timeit)\b")
    found = []
    for path in _default_test_files():
        if path == Path(__file__).resolve():
            continue  # this file names them
        source = path.read_text(encoding="utf-8")
        for match in timers.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT)} line {line}: {match.group(0)}")
    assert not found, "timing in the default run (move it to tests/benchmarks/):\n" + "\n".join(
        found
    )
