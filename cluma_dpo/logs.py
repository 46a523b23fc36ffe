"""Logging without personal data: references and event kinds only, never names or addresses.

A rotating file in the platform's log dir. Exceptions are logged by type and code
location only: their messages (which may quote a value) never reach the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

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
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "cluma-dpo.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)


def log_exception(exc: BaseException) -> None:
    """Type and stack locations only: file, line and function, never the message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
    LOG.error("unexpected %s at %s", type(exc).__name__, where)
