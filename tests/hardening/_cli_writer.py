"""A writer for test_concurrency.py (not a test module): the command line, many times.

    python _cli_writer.py NAME CYCLES RECEIVED DOCUMENT

Runs `cluma_dpo.cli.main([...])` in this process (the whole CLI path: argument parsing,
opening and unlocking the database, the use case, the error handling), once per command,
so that each command opens and closes its own connection as a separate `cluma-dpo` run
would, without paying the interpreter start-up each time. One cycle: add, identity
--requested-on, --received-on with a document, --verified, extend, close.
Prints one JSON line per command: {"argv", "code", "out", "err"}.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from datetime import date, timedelta

from cluma_dpo.cli import main as cli


def run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(argv)
    print(
        json.dumps({"argv": argv, "code": code, "out": out.getvalue(), "err": err.getvalue()}),
        flush=True,
    )
    return code, out.getvalue().strip()


def main() -> int:
    name, cycles, received, document = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    r = date.fromisoformat(received)
    day = lambda n: (r + timedelta(days=n)).isoformat()  # noqa: E731
    failures = 0
    for i in range(cycles):
        code, ref = run(
            [
                "add",
                "--right",
                "access",
                "--name",
                f"{name} {i}",
                "--email",
                f"{name.lower()}.{i}@example.be",
                "--received",
                received,
            ]
        )
        if code:
            failures += 1
            continue
        for argv in (
            ["identity", ref, "--requested-on", day(1)],
            ["identity", ref, "--received-on", day(2), "--document", document],
            ["identity", ref, "--verified", "--method", "id-document", "--on", day(3)],
            ["extend", ref, "--reason", "several systems to search", "--on", day(4)],
            ["close", ref, "--outcome", "granted", "--on", day(5)],
        ):
            failures += bool(run(argv)[0])
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
