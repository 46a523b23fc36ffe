"""Issue 16, finding 9: bad input is exit 1 with a clear message, never exit 3.

A 100 kB `--search`, and invalid UTF-8 in `--search`, `show REF` or an `--out` file name
ended as "internal error" (exit 3): an OperationalError from SQLite's LIKE limit and
UnicodeEncodeErrors far from where the bytes came in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.cli_support import assert_one_line_error
from tests.integration.test_lifecycle_cli import add, db, initialised, ok

__all__ = ["db", "initialised"]


def test_a_100_kb_search_finds_nothing_and_is_no_internal_error(db: Path, cli) -> None:
    add(cli, "2026-11-20")
    r = ok(cli, "list", "--search", "a" * 100_000, "--json")
    assert r.json() == []


def test_a_long_search_still_finds_what_it_names(db: Path, cli) -> None:
    ref = add(cli, "2026-11-20", name="Jan Peeters")
    rows = ok(cli, "list", "--search", "jan peeters", "--json").json()
    assert [row["reference"] for row in rows] == [ref]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX argv bytes")
@pytest.mark.parametrize(
    "args",
    [
        [b"list", b"--search", b"\xff\xfe"],
        [b"show", b"DSR\xff"],
        [b"letter", b"DSR-2026-0001", b"acknowledgement", b"--out", b"x\xff.pdf"],
    ],
)
def test_bytes_that_are_not_utf8_are_bad_input(
    db: Path, cli, tmp_path: Path, args: list[bytes]
) -> None:
    """A real process: the bytes arrive as the shell passes them (surrogate-escaped)."""
    add(cli, "2026-11-20")
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"cluma_dpo", *args],
        env=dict(os.environ),
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    err = result.stderr.decode("utf-8", "backslashreplace")
    assert result.returncode == 1, err
    assert "UTF-8" in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("x*.pdf"))


def test_undecodable_argument_in_process_is_one_line(db: Path, cli) -> None:
    r = cli("show", "DSR\udcff")
    assert r.rc == 1
    assert_one_line_error(r)
