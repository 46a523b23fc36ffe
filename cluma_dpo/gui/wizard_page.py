"""A wizard page whose Next button waits until its check finds nothing wrong.

Designer forms (ui/first_run.ui) promote their pages to this class; the dialog that owns
the form sets `check` (as you type) and `commit` (on Next/Finish, e.g. create the database).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizardPage


class CheckedPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Callable[[], bool] = lambda: True
        self.commit: Callable[[], bool] | None = None

    def isComplete(self) -> bool:
        return self.check()

    def validatePage(self) -> bool:
        return self.commit() if self.commit is not None else True

    def recheck(self) -> None:
        """Ask the wizard to look at `check` again (after a field changed)."""
        self.completeChanged.emit()
