"""What the window tells without being asked: the status line, the deadline banner on
opening and, where the desktop has one, a system-tray message (counts only, no names).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QStatusBar,
    QSystemTrayIcon,
    QWidget,
)

from cluma_dpo.domain.errors import ImplausibleClock
from cluma_dpo.gui.i18n import long_date, say
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.workers import start_task

if TYPE_CHECKING:
    from cluma_dpo.domain.model import Dashboard, DueWarning
    from cluma_dpo.gui.dialogs.objections import ObjectionReviewDialog
    from cluma_dpo.gui.mainwindow import MainWindow


def add_permanent(bar: QStatusBar, label: QLabel) -> QFrame:
    """A permanent part of the status bar, kept apart from the message and from the other
    parts by a line and some room on either side (issue 15: the texts ran together)."""
    line = QFrame(bar)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    bar.addPermanentWidget(line)
    label.setContentsMargins(6, 0, 6, 0)
    bar.addPermanentWidget(label)
    return line  # hidden with the label where the label is not shown (gui.office)


def show_status(bar: QStatusBar, whole: str, msecs: int, path: str | None = None) -> None:
    """`whole` in the status bar for `msecs`. When it is too long for the room beside the
    bar's permanent parts, the `path` in it (a file just saved) is shortened in the middle
    of its folder, the file's name kept whole (h15: the backup's name was cut off), and
    the whole text is the bar's tooltip. Words are never shortened: a sentence cut in the
    middle would say something else."""
    # the permanent parts where they will be: one may have just changed ("Last backup")
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    permanent = [w.x() for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]
    # QStatusBar draws the message from x = 6 up to its first permanent part
    room = min(permanent, default=bar.width() - 12) - 1 - 6 - 2
    metrics = bar.fontMetrics()
    shown = whole
    if metrics.horizontalAdvance(whole) > room and path and path in whole:
        folder, name = str(PurePath(path).parent), os.sep + PurePath(path).name
        rest = metrics.horizontalAdvance(whole.replace(path, name))
        short = metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, max(room - rest, 0))
        shown = whole.replace(path, (short or "…") + name)
    bar.setToolTip(whole if metrics.horizontalAdvance(whole) > room else "")
    bar.showMessage(shown, msecs)


@dataclass(frozen=True)
class _DoubtfulClock:
    """Counting for retention was refused: the clock looks wrong (the refusal's text)."""

    problem: str


class Notices(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.summary = QLabel(window)
        add_permanent(window.statusBar(), self.summary)
        self.tray: QSystemTrayIcon | None = None
        self.last_warnings: list[DueWarning] = []
        self.tray_message: str | None = None
        self.last_retention: int | None = None
        self.retention_due: int | None = None  # counted on opening, before asking
        self.objection_review: QDialog | None = None
        self.date_question: QMessageBox | None = None  # is the clock's date right?

    def set_summary(self, board: Dashboard) -> None:
        minutes = self.w.settings.lock.idle_minutes
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n open", "", int(board.open)),
                    self.tr("%n in total", "", int(board.total)),
                    self.tr("shared server")
                    if self.w.office.on_server
                    else self.tr("database encrypted"),
                    self.tr("locks after %n min idle", "", minutes),
                )
            )
        )

    def set_locked(self) -> None:
        self.summary.setText(self.tr("locked · database closed"))

    def check_deadlines(self) -> None:
        """The deadline notice on opening: banner in the window, message in the tray."""
        wb = self.w.wb
        if wb is None:
            return
        self.check_objections()
        self.last_warnings = list(wb.due(self.w.today()))
        summary = self.w.banner.show_warnings(self.last_warnings, self.w.due_soon_days)
        if not summary:
            self.w.show_message(self.tr("Nothing is overdue or due soon."))
            return
        self._tray_message(summary)

    def check_objections(self) -> None:
        """Issue 13: objections registered before the split are listed for the DPO to say
        which kind each was, until each is confirmed ("Later" asks again next time)."""
        wb = self.w.wb
        if wb is None:
            return
        views = wb.objections_to_review()
        if not views:
            return
        from cluma_dpo.gui.dialogs.objections import ObjectionReviewDialog

        dialog = ObjectionReviewDialog(views, wb.confirm_objection_kind, self.w)
        self.watch_objections(dialog)
        dialog.finished.connect(lambda _r: self.w.reload())
        dialog.finished.connect(dialog.deleteLater)
        self.objection_review = dialog
        dialog.open()

    def watch_objections(self, dialog: ObjectionReviewDialog) -> None:
        """Each kind confirmed says so in the status bar (issue 15)."""
        dialog.confirmed_text.connect(lambda text: self.w.show_message(text))

    def run_retention(self) -> None:
        """The retention policy on opening (issue #8, #16): counted in the background, then
        the DPO is asked (default No); nothing is anonymised without that consent. A clock
        that looks wrong (a wrong clock once purged everything) is said in a dialog that
        asks whether the date is right; only then is the count made and the question asked.
        """
        wb = self.w.wb
        if wb is None:
            return
        today = self.w.today()

        def count() -> int | _DoubtfulClock:
            try:
                return len(wb.retention_due(today))
            except ImplausibleClock as exc:  # said on the GUI thread, with a question
                return _DoubtfulClock(say(exc.msg))

        start_task(
            count,
            lambda found: self._retention_counted(found, today),
            lambda message: self._retention_refused(message),
            self,
        )

    def _retention_counted(
        self, count: int | _DoubtfulClock, today: date, *, confirmed: bool = False
    ) -> None:
        wb = self.w.wb
        if isinstance(count, _DoubtfulClock):
            if wb is None:
                return
            problem = count.problem

            def answered(date_right: bool) -> None:
                if not date_right or self.w.wb is not wb:
                    self._retention_refused(problem)
                    return
                start_task(
                    lambda: len(wb.retention_due(today, date_confirmed=True)),
                    lambda n: self._retention_counted(n, today, confirmed=True),
                    lambda message: self._retention_refused(message),
                    self,
                )

            self.confirm_date(problem, today, answered)
            return
        self.retention_due = count
        if not count or wb is None:
            self.last_retention = 0
            return
        if not self.confirm_retention(count):
            self.last_retention = 0
            return
        start_task(
            lambda: wb.retention_run(today, date_confirmed=confirmed),
            self._retention_done,
            lambda message: self._retention_refused(message),
            self,
        )

    def confirm_date(self, problem: str, today: date, answer: Callable[[bool], None]) -> None:
        """The clock looks wrong for retention: say so in a dialog, and ask whether `today`
        is right; `answer(True)` only for "Yes, the date is right" (No is the default: then
        nothing is anonymised). Window-modal, it does not stop the window from drawing."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Check the date"),
            self.tr(
                "{0}\n\nThe retention policy anonymises requests by the date of this "
                "computer, so it has not run. Is today really {1}?"
            ).format(problem, long_date(today)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.w,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Yes, the date is right"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No, leave it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: answer(box.clickedButton() is yes))
        self.date_question = box
        box.open()

    def confirm_retention(self, count: int) -> bool:
        """Ask before an irreversible anonymisation: Yes/No, No is the default."""
        years = self.w.settings.retention.years
        answer = QMessageBox.question(
            self.w,
            self.tr("Retention policy"),
            self.tr(
                "%n request(s) finished more than {0} years ago are due for anonymisation "
                "(names, contact data and free text removed; this cannot be undone). "
                "Anonymise them now?",
                "",
                count,
            ).format(years),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _retention_refused(self, message: str) -> None:
        self.last_retention = 0
        self.w.show_message(message, error=True)

    def _retention_done(self, count: int) -> None:  # wb.retention_run's result
        n = count
        self.last_retention = n
        if not n or self.w.wb is None:
            return
        years = self.w.settings.retention.years
        self.w.reload()
        self.w.show_message(
            self.tr(
                "Retention policy: %n request(s) finished more than {0} years ago anonymised.",
                "",
                n,
            ).format(years)
        )

    def _tray_message(self, summary: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("app"), self.w)
            self.tray.setToolTip("Cluma DPO")
            menu = QMenu(self.w)
            menu.addAction(self.tr("Show Cluma DPO"), self._raise_window)
            menu.addAction(self.w.acts["lock"])
            menu.addAction(self.w.acts["quit"])
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self._raise_window())
            self.tray.messageClicked.connect(self._raise_window)
        self.tray.show()
        self.tray_message = summary
        self.tray.showMessage(
            "Cluma DPO", summary + ".", QSystemTrayIcon.MessageIcon.Warning, 15_000
        )

    def _raise_window(self) -> None:
        self.w.showNormal()
        self.w.raise_()
        self.w.activateWindow()

    def hide_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
