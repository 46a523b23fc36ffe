"""Date fields that refuse a date out of range with the reason beside the field.

QDateEdit's own minimum and maximum refuse silently: a typed future date is simply not
taken, and the calendar shows the later days as if they could be clicked (issue 15). Here
the field takes any date; the dialog shows why a date out of range is refused (and keeps
its OK button disabled), and the calendar greys the days out of range with the reason as
their tooltip.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from cluma_dpo.gui import labels

# wide enough for any date a person types (four-digit years); the rules are checked apart
_FIELD_MIN = QDate(2000, 1, 1)
_FIELD_MAX = QDate(2099, 12, 31)


def out_of_range(d: date, earliest: date, latest: date) -> str | None:
    """Why `d` cannot be chosen, or None when it can."""
    if d > latest:
        return QCoreApplication.translate(
            "DateFields", "A date in the future cannot be chosen: today is {0}."
        ).format(labels.long_date(latest))
    if d < earliest:
        return QCoreApplication.translate("DateFields", "The date cannot be before {0}.").format(
            labels.long_date(earliest)
        )
    return None


def error_label(parent: QWidget) -> QLabel:
    """The line beside a date field that says why its date is refused (hidden until then)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.hide()
    return label


class _CalendarMarks(QObject):
    """Greys the calendar's days out of range, once the calendar is about to be used: the
    popup is made on the first click or key press (made earlier, its month names would
    be one more set of words on every screen)."""

    def __init__(self, edit: QDateEdit, earliest: date, latest: date) -> None:
        super().__init__(edit)
        self.edit, self.earliest, self.latest = edit, earliest, latest
        self.ready = False
        edit.installEventFilter(self)  # the arrow, Alt+Down
        line = edit.findChild(QLineEdit)
        if line is not None:  # a click or a key in the text
            line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.ready and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
        ):
            self.prepare()
        return False

    def prepare(self) -> None:
        calendar = self.edit.calendarWidget()
        if self.ready or calendar is None:
            return
        self.ready = True
        calendar.currentPageChanged.connect(self.mark)
        self.mark(self.latest.year, self.latest.month)
        self.mark(self.earliest.year, self.earliest.month)
        shown = self.edit.date()
        self.mark(shown.year(), shown.month())

    def mark(self, year: int, month: int) -> None:
        calendar = self.edit.calendarWidget()
        grey = calendar.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        first = date(year, month, 1)
        # the page shows up to six weeks around the month
        for offset in range(-7, 45):
            day = first + timedelta(days=offset)
            why = out_of_range(day, self.earliest, self.latest)
            if why is None:
                continue
            fmt = QTextCharFormat()
            fmt.setForeground(grey)
            fmt.setToolTip(why)
            calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)


def explain_range(edit: QDateEdit, earliest: date, latest: date) -> None:
    """Let `edit` take any date and make its calendar show the days out of
    [earliest, latest] greyed, with the reason as their tooltip."""
    edit.setDateRange(_FIELD_MIN, _FIELD_MAX)
    _CalendarMarks(edit, earliest, latest)
