"""Slow work (documents, reports) off the GUI thread, on Qt's global thread pool.

Each worker thread gets its own SQLCipher connection from SQLAlchemy's
SingletonThreadPool; `Workbench.close()` closes them all, so a lock waits for running tasks
first (`wait_for_tasks`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.gui.i18n import say
from cluma_dpo.logs import log_exception

_RUNNING: set[Task] = set()


def user_message(exc: BaseException) -> str:
    """What to tell the user about `exc`: its own message if the user caused it."""
    if isinstance(exc, DomainError | StoreError):
        return say(exc.msg)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Workers", "The file could not be written: {0}").format(
            exc.strerror or str(exc)
        )
    log_exception(exc)
    return QCoreApplication.translate(
        "Workers", "Internal error ({0}); details are in the log."
    ).format(type(exc).__name__)


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # every failure becomes a message, never a traceback
            self.signals.failed.emit(user_message(exc))
        else:
            self.signals.done.emit(result)


def start_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    owner: QObject | None = None,
) -> Task:
    """Run `work` on the pool; `on_done`/`on_failed` run on the GUI thread afterwards,
    unless `owner` (the dialog waiting for the result) was deleted meanwhile (e.g. a lock).
    """
    task = Task(work)
    _RUNNING.add(task)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finish_ok(result: object) -> None:
        _RUNNING.discard(task)
        if alive():
            on_done(result)

    def finish_failed(message: str) -> None:
        _RUNNING.discard(task)
        if alive():
            on_failed(message)

    task.signals.done.connect(finish_ok)
    task.signals.failed.connect(finish_failed)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_tasks(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
