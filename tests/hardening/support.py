"""Helpers of the hardening tests (issue #8, parts 1-5).

Every test works in its own tmp_path: CLUMA_DPO_DATA_DIR, CLUMA_DPO_PASSPHRASE and
CLUMA_DPO_LOG_DIR always point there, never at the user's real folders.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import TODAY

PASSPHRASE = "hardening-test passphrase: @/:'\" ok"
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def received_day() -> date:
    """Ten days before the tests' pinned day: every later step (+1..+5 days) lies in the past
    for the pinned in-process clock and for a child process on the machine's real clock."""
    return TODAY - timedelta(days=10)


@dataclass
class Env:
    """The environment of one test: a data dir, a log dir and the variables that name them."""

    root: Path
    data_dir: Path
    log_dir: Path
    vars: dict[str, str] = field(default_factory=dict)

    def child_env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(self.vars)
        env.update(extra)
        # the child imports cluma_dpo from this checkout even when run from elsewhere
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        return env


@dataclass
class Result:
    argv: list[str]
    code: int
    out: str
    err: str

    def __str__(self) -> str:  # shown by pytest when an assertion about a run fails
        return f"{self.argv!r} -> {self.code}\nstdout: {self.out[:2000]}\nstderr: {self.err[:2000]}"


def run_cli(args: Sequence[str], env: Env, *, timeout: float = 120, **extra_env: str) -> Result:
    """`python -m cluma_dpo ARGS` in a real child process (the user's view of the program)."""
    argv = [sys.executable, "-m", "cluma_dpo", *args]
    proc = subprocess.run(
        argv,
        env=env.child_env(**extra_env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        timeout=timeout,
        cwd=env.root,
    )
    return Result(list(args), proc.returncode, proc.stdout, proc.stderr)


def call_cli(args: Sequence[str]) -> Result:
    """`cluma_dpo.cli.main(ARGS)` in this process: the same code path, without the start-up."""
    from cluma_dpo.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Result(list(args), code, out.getvalue(), err.getvalue())


def python_script(script: Path, *args: str, env: Env, **popen: object) -> subprocess.Popen:
    """Start one of the helper scripts of this folder with the test's environment."""
    return subprocess.Popen(  # type: ignore[call-overload]
        [sys.executable, str(script), *args],
        env=env.child_env(),
        cwd=env.root,
        text=True,
        encoding="utf-8",
        **popen,
    )


def open_wb(env: Env):  # type: ignore[no-untyped-def]
    from cluma_dpo.app import open_workbench

    return open_workbench(env.data_dir, PASSPHRASE)


def scalar(wb, sql: str):  # type: ignore[no-untyped-def]
    from cluma_dpo.storage.engine import text_query

    return text_query(wb.store, sql)[0][0]


def rows(wb, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    from cluma_dpo.storage.engine import text_query

    return text_query(wb.store, sql)


def sequence_problems(references: Sequence[str]) -> list[str]:
    """References must be DSR-YYYY-NNNN, unique, and per year exactly 1..N (no gap)."""
    problems = []
    if len(set(references)) != len(references):
        dup = sorted({r for r in references if references.count(r) > 1})
        problems.append(f"duplicated references: {dup[:10]}")
    by_year: dict[int, list[int]] = {}
    for ref in references:
        prefix, year, seq = ref.split("-")
        if prefix != "DSR" or len(seq) < 4:
            problems.append(f"malformed reference {ref}")
            continue
        by_year.setdefault(int(year), []).append(int(seq))
    for year, seqs in by_year.items():
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            problems.append(f"{year}: gaps in the numbering at {missing[:10]}")
    return problems
