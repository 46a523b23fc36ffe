"""Date fields that refuse a date out of range with the reason beside the field.

QDateEdit's own minimum and maximum refuse silently: a typed future date is simply not
taken, and the calendar shows the later days as if they could be clicked (issue 15). Here
the field takes any date; the dialog shows why a date out of range is refused (and keeps
its OK button disabled), and the calendar greys the days out of range with the reason as
their tooltip.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from cluma_dpo.gui import labels

_C = "DateFields"
# wide enough for any date a person types (four-digit years); the rules are checked apart
_FIELD_MIN = QDate(2000, 1, 1)
_FIELD_MAX = QDate(2099, 12, 31)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def out_of_range(d: date, earliest: date, latest: date) -> str | None:
    """Why `d` cannot be chosen, or None when it can."""
    if d > latest:
        return _tr("A date in the future cannot be chosen: today is {0}.").format(
            labels.long_date(latest)
        )
    if d < earliest:
        return _tr("The date cannot be before {0}.").format(labels.long_date(earliest))
    return None


def error_label(parent: QWidget) -> QLabel:
    """The line beside a date field that says why its date is refused (hidden until then)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.hide()
    return label


def explain_range(edit: QDateEdit, earliest: date, latest: date) -> None:
    """Let `edit` take any date and make its calendar show the days out of
    [earliest, latest] greyed, with the reason as their tooltip."""
    edit.setDateRange(_FIELD_MIN, _FIELD_MAX)
    calendar = edit.calendarWidget()
    if calendar is None:
        return

    def mark(year: int, month: int) -> None:
        grey = calendar.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        first = date(year, month, 1)
        # the page shows up to six weeks around the month
        for offset in range(-7, 45):
            day = first + timedelta(days=offset)
            why = out_of_range(day, earliest, latest)
            if why is None:
                continue
            fmt = QTextCharFormat()
            fmt.setForeground(grey)
            fmt.setToolTip(why)
            calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    calendar.currentPageChanged.connect(mark)
    mark(latest.year, latest.month)
    if (earliest.year, earliest.month) != (latest.year, latest.month):
        mark(earliest.year, earliest.month)
