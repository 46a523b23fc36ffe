"""Helpers shared by the command-line tests: a captured run and SQL quoting."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class Run:
    rc: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        return json.loads(self.out)


def sql_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def assert_one_line_error(r: Run) -> None:
    lines = r.err.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stderr, got {r.err!r}"
    assert "Traceback" not in r.err
    assert lines[0].startswith("cluma-dpo: "), lines[0]
