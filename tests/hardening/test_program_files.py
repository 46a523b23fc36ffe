"""No document, letter or export is ever written over the program's own files (issue 16,
attacker: `document REF ID --out <data dir>/cluma-dpo.db` replaced the live database)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import kdf

PASS = "program-files-passphrase"


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"CLUMA_DPO_PASSPHRASE": PASS, "HOME": str(data.parent), "LANG": "C.UTF-8",
           "CLUMA_DPO_LANGUAGE": "en", "PATH": "/usr/bin:/bin", **kdf.child_env()}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "cluma_dpo", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "name", ["cluma-dpo.db", "cluma-dpo.db-wal", "cluma-dpo.db.lock", "backups/x.pdf"]
)
def test_document_out_never_replaces_the_database_or_its_companions(
    tmp_path: Path, name: str
) -> None:
    data = tmp_path / "data"
    assert _cli(data, "init").returncode == 0
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    ref = _cli(data, "add", "--right", "access", "--name", "Test Person", "--received",
               "2026-11-20", "--email", "t@example.be").stdout.strip()  # fmt: skip
    assert _cli(data, "attach", ref, str(scan), "--kind", "scan").returncode == 0
    (data / "backups").mkdir(exist_ok=True)
    before = (data / "cluma-dpo.db").read_bytes()
    done = _cli(data, "document", ref, "1", "--out", str(data / name))
    assert done.returncode == 1, done.stderr
    assert "program's own files" in done.stderr
    assert "Traceback" not in done.stderr
    assert (data / "cluma-dpo.db").read_bytes()[:16] == before[:16]
    assert _cli(data, "audit", "verify").returncode == 0
    assert _cli(data, "document", ref, "1", "--out", str(tmp_path / "ok.pdf")).returncode == 0
