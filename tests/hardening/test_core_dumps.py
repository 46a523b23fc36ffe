"""Issue #16, finding 7: a process that holds the key must not leave a core dump.

A crashing process's core file held the passphrase and hundreds of e-mail addresses. The
child below is the real entry point (`main()` reading its own `sys.argv`); at the moment it
asks for the passphrase it reports its own limits: no core file, and not dumpable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux prctl")

CHILD = """
import ctypes, json, resource, sys
import cluma_dpo.cli.common as common

def report(*args, **kwargs):
    libc = ctypes.CDLL(None, use_errno=True)
    PR_GET_DUMPABLE = 3
    print(json.dumps({"core": resource.getrlimit(resource.RLIMIT_CORE),
                      "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)}))
    raise SystemExit(0)

common.passphrase = report  # the moment the key would be read
from cluma_dpo.cli import main
sys.argv = ["cluma-dpo", *sys.argv[1:]]
raise SystemExit(main())
"""


def _limits_when_asking(tmp_path: Path, *verb: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "CLUMA_DPO_PASSPHRASE"}
    env["CLUMA_DPO_LOG_DIR"] = str(tmp_path / "logs")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(tmp_path / "data"), *verb],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("verb", [("list",), ("init",), ("audit", "verify")])
def test_no_core_dump_once_the_passphrase_is_asked(tmp_path: Path, verb: tuple[str, ...]) -> None:
    limits = _limits_when_asking(tmp_path, *verb)
    assert limits["core"] == [0, 0]
    assert limits["dumpable"] == 0
