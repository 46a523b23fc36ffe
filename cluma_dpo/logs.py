"""Logging without personal data: references and event kinds only, never names or addresses.

A rotating file in the platform's log dir. Exceptions are logged by type and code
location only: their messages (which may quote a value) never reach the file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from pathlib import Path
from typing import Any

LOG = logging.getLogger("cluma_dpo")


def log_dir() -> Path:
    env = os.environ.get("CLUMA_DPO_LOG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir("cluma-dpo", appauthor=False))


def setup_logging() -> None:
    if LOG.handlers:
        return
    logging.raiseExceptions = False  # a full log disk must never print a traceback
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
    try:
        folder = log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = _LogFile(folder / "cluma-dpo.log")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)


class _LogFile(logging.Handler):
    """The rotating log file, opened at the first record: a command that logs nothing (show,
    list, due) neither imports logging.handlers (socket, pickle, ...) nor opens the file."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = os.path.abspath(path)  # as logging.FileHandler names it
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
                """Files of mode 0600 whatever the umask, also one an older version made
                readable to others, and each file a rollover starts."""

                def _open(self) -> Any:
                    fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                    with contextlib.suppress(OSError, AttributeError):  # no fchmod: Windows
                        os.fchmod(fd, 0o600)
                    return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

            try:
                self._file = PrivateRotatingFile(
                    self.baseFilename, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
                )
            except OSError:
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_exception(exc: BaseException) -> None:
    """Type and stack locations only: file, line and function, never the message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
    LOG.error("unexpected %s at %s", type(exc).__name__, where)
