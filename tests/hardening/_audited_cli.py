"""`cluma-dpo` commands with every file they open for writing written down (not a test module).

    python _audited_cli.py BATCH.json RESULTS.json

BATCH.json is a list of {"argv": [...], "env": {...}}; each command runs through
`cluma_dpo.cli.main(argv)` in turn (with "env" set for it alone), exactly as a `cluma-dpo`
run would except for the interpreter start-up, and RESULTS.json receives a list of
{"argv", "code", "out", "err"}.

A Python audit hook (PEP 578) appends one JSON line per write-open, temporary file,
rename and removal to the file named by $CLUMA_TEST_WRITES, then the ordinary CLI runs.
test_leaks.py reads the lines to see every file the program wrote, also those it deleted
again before the end (a plaintext temp file that was removed still leaves its bytes on the
disk). SQLite's own files are opened in C and are not seen here; the database, its WAL and
its journal are encrypted by SQLCipher, and temp_store=MEMORY keeps SQLite's temporary
tables off the disk.
"""

from __future__ import annotations

import json
import os
import sys

_LOG = os.environ["CLUMA_TEST_WRITES"]
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_busy = False


def _hook(event: str, args: tuple) -> None:
    global _busy
    if _busy:
        return
    record = None
    if event == "open" and args and isinstance(args[0], str | bytes):
        path, mode, flags = args[0], args[1], args[2]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writing:
            record = {"event": "open", "path": os.fsdecode(path)}
    elif event in ("tempfile.mkstemp", "tempfile.mkdtemp") or (
        event == "os.remove" and isinstance(args[0], str | bytes)
    ):
        record = {"event": event, "path": os.fsdecode(args[0])}
    elif event in ("os.rename", "shutil.move", "shutil.copyfile") and all(
        isinstance(a, str | bytes | os.PathLike) for a in args[:2]
    ):
        record = {"event": event, "path": os.fsdecode(args[0]), "to": os.fsdecode(args[1])}
    if record is not None:
        _busy = True
        try:
            with open(_LOG, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
        finally:
            _busy = False


sys.addaudithook(_hook)


def _batch(batch: str, results: str) -> None:
    import contextlib
    import io

    from cluma_dpo.cli import main

    out = []
    with open(batch, encoding="utf-8") as fh:
        commands = json.load(fh)
    for command in commands:
        saved = {k: os.environ.get(k) for k in command.get("env", {})}
        os.environ.update(command.get("env", {}))
        stdout, stderr = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = main(command["argv"])
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        out.append(
            {
                "argv": command["argv"],
                "code": code,
                "out": stdout.getvalue(),
                "err": stderr.getvalue(),
            }
        )
    with open(results, "w", encoding="utf-8") as fh:
        json.dump(out, fh)


_batch(sys.argv[1], sys.argv[2])
