"""Issue 16, finding 9 (brief i16b, item 5): `--from-json` given a named pipe nobody writes
to, or a device, hung the verb for ever (open() of a FIFO waits for a writer; /dev/tty
waits for a line). A file that is not a regular file is bounded: a device is refused at
once, a pipe may deliver its JSON (process substitution, `<(gpg -d person.json.gpg)`, is a
pipe too) but only within a time limit; either way exit 1, one line, nothing changed.
"-" (standard input) stays unbounded: the user chose to type or pipe it.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from cluma_dpo.cli import from_json
from tests.hardening.support import Env, call_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")

PERSON = {"right": ["access"], "name": "An Vermeulen", "received": "2026-11-20"}


@pytest.fixture
def initialised(env: Env) -> Env:
    r = call_cli(["init"])
    assert r.code == 0, r
    return env


def _requests(env: Env) -> int:
    r = call_cli(["list", "--json"])
    assert r.code == 0, r
    return len(json.loads(r.out))


def _release(fifo: Path) -> None:
    """The reader thread the verb left waiting in open() ends when a writer comes and goes
    (a real run simply exits)."""
    with contextlib.suppress(OSError):  # ENXIO: nobody is waiting any more
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def _one_line(r) -> None:  # type: ignore[no-untyped-def]
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cluma-dpo: "), r
    assert "Traceback" not in r.err


def test_a_pipe_nobody_writes_to_is_refused_within_the_bound(
    initialised: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = initialised.root / "nobody-writes"
    os.mkfifo(fifo)
    monkeypatch.setattr(from_json, "WAIT_SECONDS", 1.0)
    started = time.monotonic()
    try:
        r = call_cli(["add", "--from-json", str(fifo)])
        took = time.monotonic() - started
    finally:
        _release(fifo)
    assert r.code == 1, r
    _one_line(r)
    assert "nobody-writes" in r.err
    assert took < 30, f"waited {took:.0f} s on a pipe nobody writes to"
    assert _requests(initialised) == 0  # nothing registered


def test_a_pipe_that_delivers_in_time_is_read(
    initialised: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = initialised.root / "slow-writer"
    os.mkfifo(fifo)
    monkeypatch.setattr(from_json, "WAIT_SECONDS", 20.0)

    def write_later() -> None:
        time.sleep(0.3)
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(PERSON))

    writer = threading.Thread(target=write_later, daemon=True)
    writer.start()
    r = call_cli(["add", "--from-json", str(fifo)])
    writer.join(5)
    assert r.code == 0, r
    assert r.out.strip().startswith("DSR-")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/tty"])
def test_a_device_is_not_a_json_file(initialised: Env, device: str) -> None:
    try:
        kind = os.stat(device).st_mode
    except OSError:
        pytest.skip(f"{device} is not on this machine")
    assert stat.S_ISCHR(kind)
    r = call_cli(["add", "--from-json", device])
    assert r.code == 1, r
    _one_line(r)
    assert _requests(initialised) == 0


def test_a_folder_is_bad_input(initialised: Env) -> None:
    r = call_cli(["add", "--from-json", str(initialised.root)])
    assert r.code == 1, r
    _one_line(r)


def test_a_link_to_a_regular_file_is_still_read(initialised: Env) -> None:
    real = initialised.root / "person.json"
    real.write_text(json.dumps(PERSON), encoding="utf-8")
    link = Path(initialised.root / "link.json")
    link.symlink_to(real)
    r = call_cli(["add", "--from-json", str(link)])
    assert r.code == 0, r
