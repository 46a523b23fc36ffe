"""Started as a user would: `cluma-dpo` with no verb, on a real X display (Xvfb) when the
machine has one, else offscreen. The window must come up and stay up, with no traceback."""

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
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        time.sleep(6)
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
