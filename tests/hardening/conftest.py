"""Fixtures of the hardening tests (issue #8, parts 1-5).

Every test works in its own tmp_path: CLUMA_DPO_DATA_DIR, CLUMA_DPO_PASSPHRASE and
CLUMA_DPO_LOG_DIR always point there, never at the user's real folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.support import PASSPHRASE, Env


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Env:
    data_dir = tmp_path / "data"
    log_dir = tmp_path / "log"
    values = {
        "CLUMA_DPO_DATA_DIR": str(data_dir),
        "CLUMA_DPO_PASSPHRASE": PASSPHRASE,
        "CLUMA_DPO_LOG_DIR": str(log_dir),
    }
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("CLUMA_DPO_NEW_PASSPHRASE", raising=False)
    return Env(tmp_path, data_dir, log_dir, values)
