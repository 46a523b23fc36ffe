"""Helpers of the benchmarks: the cached demo database, timing side by side, the table."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = "bench passphrase 50k"
REQUESTS = 50_000
CACHE_FORMAT = 1  # bump to force a rebuild of every cached database
TARGET_SLACK = 1.5  # assertions allow this much over a target; the table shows the truth
ENV_BENCH_DIR = "CLUMA_DPO_BENCH_DIR"
# the demo takes 15 minutes on two idle cores, and 30 were not enough on a shared machine
# (load 8-15): a build killed there is lost, so it may take much longer
BUILD_TIMEOUT_S = 4 * 3600
REPO = Path(__file__).resolve().parents[2]


# -- the cached 50,000-request database --------------------------------------------------


def cache_root() -> Path:
    env = os.environ.get(ENV_BENCH_DIR)
    root = Path(env).expanduser() if env else REPO / ".bench-cache"
    root.mkdir(parents=True, exist_ok=True)
    ignore = root / ".gitignore"
    if not env and not ignore.exists():
        ignore.write_text("# benchmark databases (issue #9): never committed\n*\n")
    return root


def _stamp() -> dict[str, object]:
    from cluma_dpo.storage.migrate import SCHEMA_HEAD

    return {"format": CACHE_FORMAT, "requests": REQUESTS, "schema": SCHEMA_HEAD}


def demo_database(root: Path) -> Path:
    """The folder of the cached demo database, built by the `demo` verb when missing."""
    from cluma_dpo.storage.engine import DB_NAME

    folder = root / f"demo{REQUESTS // 1000}k"
    stamp = folder / "stamp.json"
    if (folder / DB_NAME).is_file() and stamp.is_file():
        with open(stamp, encoding="utf-8") as f:
            if json.load(f) == _stamp():
                return folder
    building = root / f"{folder.name}.building"
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    env = dict(os.environ, CLUMA_DPO_PASSPHRASE=PASSPHRASE)
    print(f"\nbuilding the {REQUESTS}-request demo database in {folder} (15 minutes or more)...")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cluma_dpo",
            "demo",
            "--requests",
            str(REQUESTS),
            "--data-dir",
            str(building),
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    (building / "stamp.json").write_text(json.dumps(_stamp()), encoding="utf-8")
    building.rename(folder)
    return folder


def plain_copy(folder: Path) -> Path:
    """An unencrypted copy of the demo database (SQLCipher's sqlcipher_export), made once."""
    import sqlcipher3

    from cluma_dpo.storage.engine import DB_NAME, sql_literal

    plain = folder / "plain.db"
    if plain.is_file():
        return plain
    partial = folder / "plain.db.partial"
    partial.unlink(missing_ok=True)
    con = sqlcipher3.connect(str(folder / DB_NAME))
    try:
        con.execute(f"PRAGMA key = {sql_literal(PASSPHRASE)}")
        con.execute(f"ATTACH DATABASE {sql_literal(str(partial))} AS plain KEY ''")
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    partial.rename(plain)
    return plain


# -- timing and reporting ----------------------------------------------------------------


@dataclass
class Figure:
    what: str
    seconds: float  # best of the rounds (the figure)
    median: float
    rounds: int
    target: str = ""
    met: bool | None = None
    baseline: float | None = None  # best of the baseline's rounds
    ratio: float | None = None
    note: str = ""
    unit: str = "s"  # or "MB" (10^6 bytes) for memory


FIGURES: list[Figure] = []


class Timings(list[float]):
    """Durations in seconds of one side of a comparison."""

    @property
    def best(self) -> float:
        return min(self)

    @property
    def median(self) -> float:
        return statistics.median(self)


def timed(fn: Callable[..., Any], into: Timings) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            into.append(time.perf_counter() - start)

    return run


def measure(fn: Callable[[], Any], rounds: int) -> Timings:
    out = Timings()
    run = timed(fn, out)
    for _ in range(rounds):
        run()
    return out


def compare(
    benchmark: Any,
    ours: Callable[[], Any],
    baseline: Callable[[], Any],
    *,
    rounds: int,
    warmup: bool = True,
) -> tuple[Timings, Timings]:
    """Time `ours` with pytest-benchmark and `baseline` between its rounds (interleaved, so
    that a busy moment of the machine slows both alike). Returns (ours, baseline)."""
    mine, base = Timings(), Timings()
    if warmup:
        baseline()
        ours()
    run_base = timed(baseline, base)

    def setup() -> None:
        run_base()

    benchmark.pedantic(timed(ours, mine), setup=setup, rounds=rounds, iterations=1)
    if not base:  # --benchmark-disable runs the target once and skips setup
        run_base()
    return mine, base


def _ms(seconds: float, unit: str = "s") -> str:
    if unit != "s":
        return f"{seconds:,.0f} {unit}"
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def report(
    benchmark: Any,
    what: str,
    ours: Timings,
    *,
    baseline: Timings | None = None,
    limit_s: float | None = None,
    limit_ratio: float | None = None,
    figure: str = "best",
    note: str = "",
    check: bool = True,
    unit: str = "s",
) -> Figure:
    """Record and print one figure; assert its target with TARGET_SLACK unless check=False.

    `figure` chooses the statistic compared with the target: "best" (of the rounds),
    "median" (whole processes, whose start-up varies with the machine's load) or "mean"
    (e.g. one letter in a batch: the batch's time divided by its size). `unit` is
    "s" for durations (shown in ms or s) or another unit the values are already in ("MB").
    """

    def pick(times: Timings) -> float:
        if figure == "mean":
            return statistics.fmean(times)
        return times.median if figure == "median" else times.best

    value = pick(ours)
    fig = Figure(what, value, ours.median, len(ours), note=note, unit=unit)
    if baseline is not None:
        fig.baseline = pick(baseline)
        fig.ratio = value / fig.baseline
    targets, met = [], []
    if limit_s is not None:
        targets.append(f"≤ {_ms(limit_s, unit)}")
        met.append(value <= limit_s)
    if limit_ratio is not None:
        targets.append(f"≤ {limit_ratio:g}×")
        met.append(fig.ratio is not None and fig.ratio <= limit_ratio)
    fig.target = ", ".join(targets)
    fig.met = all(met) if met else None
    FIGURES.append(fig)
    info = {
        "seconds": round(value, 6),
        "median_seconds": round(ours.median, 6),
        "rounds": len(ours),
        "target": fig.target,
        "met": fig.met,
    }
    if fig.baseline is not None:
        info.update(baseline_seconds=round(fig.baseline, 6), ratio=round(fig.ratio or 0, 3))
    benchmark.extra_info[what] = info
    ratio = f"; baseline {_ms(fig.baseline)}; ratio {fig.ratio:.2f}×" if fig.baseline else ""
    verdict = "" if fig.met is None else ("  [met]" if fig.met else "  [NOT met]")
    print(
        f"\n{what}: {_ms(value, unit)} (median {_ms(ours.median, unit)}, {len(ours)} rounds)"
        f"{ratio}"
        f"  target {fig.target or '-'}{verdict}{'  — ' + note if note else ''}"
    )
    if check:
        if limit_s is not None:
            assert value <= limit_s * TARGET_SLACK, (
                f"{what}: {_ms(value, unit)} > {_ms(limit_s, unit)}"
            )
        if limit_ratio is not None:
            assert fig.ratio is not None and fig.ratio <= limit_ratio * TARGET_SLACK, (
                f"{what}: ratio {fig.ratio:.2f} > {limit_ratio}"
            )
    return fig


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def results_table() -> str:
    lines = [
        f"Machine: {os.cpu_count()} cores, {cpu_model()}; Python {platform.python_version()}; "
        f"{REQUESTS:,} requests; figures are the best of the rounds (median beside it).",
        "",
        "| what | measured | median | baseline | ratio | target | met | note |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for f in FIGURES:
        lines.append(
            f"| {f.what} | {_ms(f.seconds, f.unit)} | {_ms(f.median, f.unit)} | "
            f"{_ms(f.baseline) if f.baseline is not None else ''} | "
            f"{f'{f.ratio:.2f}×' if f.ratio is not None else ''} | {f.target} | "
            f"{'' if f.met is None else ('yes' if f.met else '**no**')} | {f.note} |"
        )
    return "\n".join(lines) + "\n"
