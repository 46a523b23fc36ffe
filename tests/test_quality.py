"""Project-wide checks: the layer contracts hold and the code is lint-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    """The tool installed beside this Python (the project's venv) before any on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extras")
    return found


def test_import_contracts_hold() -> None:
    # cluma_dpo.domain imports no Qt/SQL/document library; cluma_dpo.gui no SQL (pyproject).
    exe = _tool("lint-imports")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    exe = _tool("ruff")
    result = subprocess.run([exe, "check", "cluma_dpo", "tests", "tools"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_schema_head_matches_the_migrations() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from cluma_dpo.storage.migrate import KNOWN_REVISIONS, MIGRATIONS, SCHEMA_HEAD

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == SCHEMA_HEAD
    assert {r.revision for r in script.walk_revisions()} == set(KNOWN_REVISIONS)
