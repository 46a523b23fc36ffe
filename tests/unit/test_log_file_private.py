"""The log file is the user's alone (issue 19's newcomer saw it created 0644).

It holds references and event kinds only, but which requests exist and when they were
handled is still nobody else's business on a shared machine.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluma_dpo import logs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def fresh_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "log"))
    saved = list(logs.LOG.handlers)
    logs.LOG.handlers.clear()
    old_umask = os.umask(0o022)  # a usual desktop umask: files 0644 unless the app says so
    try:
        logs.setup_logging()
        yield tmp_path / "log"
    finally:
        os.umask(old_umask)
        for handler in logs.LOG.handlers:
            handler.close()
        logs.LOG.handlers[:] = saved


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_log_file_and_folder_are_private(fresh_log: Path) -> None:
    logs.LOG.info("event request-registered DSR-2026-0001")
    assert _mode(fresh_log / "cluma-dpo.log") == 0o600
    assert _mode(fresh_log) == 0o700


def test_an_older_readable_log_file_is_made_private(fresh_log: Path) -> None:
    fresh_log.mkdir(parents=True, exist_ok=True)
    old = fresh_log / "cluma-dpo.log"
    old.write_text("older line\n", encoding="utf-8")
    old.chmod(0o644)
    logs.LOG.info("event request-registered DSR-2026-0002")
    assert _mode(old) == 0o600
    assert "older line" in old.read_text(encoding="utf-8")


def test_rotated_files_are_private_too(fresh_log: Path) -> None:
    handler = next(h for h in logs.LOG.handlers if isinstance(h, logs._LogFile))
    logs.LOG.info("first")
    assert isinstance(handler._file, logging.handlers.RotatingFileHandler)
    handler._file.doRollover()
    logs.LOG.info("second")
    for path in fresh_log.iterdir():
        assert _mode(path) == 0o600, path.name
