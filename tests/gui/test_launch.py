"""Started as a user would: `cluma-dpo` with no verb, on a real X display (Xvfb) when the
machine has one, else offscreen. The window must come up and stay up, with no traceback.

No fixed wait: the test waits until the window has been built (the app has written its
remembered language to the INI file) and the program has gone idle in its event loop (its
processes use next to no CPU any more), then checks that it is still running."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.services.demo import fill_demo

PASSPHRASE = "launch test passphrase"
QUIET = 0.5  # seconds between two looks at the program's CPU time
SETTLE_TIMEOUT = 90.0  # seconds: up and idle by then, or the test fails


def session_cpu(session: int) -> tuple[int, bool]:
    """CPU time (clock ticks) used so far by the processes of `session`, and whether one of
    them is running or in an uninterruptible wait right now (Linux /proc; elsewhere (0, False))."""
    ticks, busy = 0, False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # the process ended meanwhile
        if len(fields) > 12 and int(fields[3]) == session:
            ticks += int(fields[11]) + int(fields[12])  # utime + stime, all its threads
            busy = busy or fields[0] in ("R", "D")
    return ticks, busy


def wait_until_up_and_idle(proc: subprocess.Popen[str], config_dir: Path) -> None:
    """Until the app has written its INI file under `config_dir` (show_window remembers the
    language just before it builds the main window) and then the program (its whole
    session: xvfb-run, Xvfb, the app) used less than a tenth of a core over QUIET seconds;
    or until it exited."""
    idle_ticks = 0.1 * QUIET * os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + SETTLE_TIMEOUT
    before: int | None = None
    while time.monotonic() < deadline:
        try:
            proc.wait(timeout=QUIET)  # the pause between two looks; returns if it exits
            return
        except subprocess.TimeoutExpired:
            pass
        if not any(config_dir.rglob("*.ini")):
            continue
        ticks, busy = session_cpu(proc.pid)
        if before is not None and not busy and ticks - before <= idle_ticks:
            return
        before = ticks
    pytest.fail(f"the app did not come up and settle within {SETTLE_TIMEOUT:.0f} s")


@pytest.mark.slow
def test_the_app_starts_and_stays_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wb = open_workbench(data, PASSPHRASE, create=True)
    try:
        fill_demo(wb, 60, seed=7)
    finally:
        wb.close()
    env = {
        **os.environ,
        "CLUMA_DPO_PASSPHRASE": PASSPHRASE,
        "CLUMA_DPO_LOG_DIR": str(tmp_path / "logs"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
    }
    (tmp_path / "run").mkdir(mode=0o700)
    command = [sys.executable, "-m", "cluma_dpo", "--data-dir", str(data)]
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, on a virtual screen
        command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    # its own process group: xvfb-run is a script, and the app and Xvfb are its children
    proc = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_until_up_and_idle(proc, tmp_path / "config")
        alive = proc.poll() is None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate(timeout=20)
    assert alive, f"the app exited early ({proc.returncode}): {err[-2000:]}"
    assert "Traceback" not in err and "Traceback" not in out, err[-2000:]
    assert "Error" not in err, err[-2000:]
