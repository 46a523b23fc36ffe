"""Date fields that take a date as it is typed, and refuse a date out of range with the
reason beside the field.

QDateEdit's own minimum and maximum refuse silently: a typed future date is simply not
taken, and the calendar shows the later days as if they could be clicked (issue 15). Here
the field takes any date; the dialog shows why a date out of range is refused (and keeps
its OK button disabled), and the calendar greys the days out of range with the reason as
their tooltip.

QDateEdit also inserts a typed digit into the part under the cursor instead of replacing
it: typed over the whole date (selected, or the cursor before the day) "15/10/2026" made
"152" of the day, which it refused without a word, and took only the month and the year
(02/10/2026; issue 15). Here a digit typed over a whole part replaces that part, so a
date is typed as it is read.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QWidget

from cluma_dpo.gui import labels

# any four-digit year a person types: a bound nearer would refuse a typed year, or a day
# typed while the month is still another one, without a word; the rules are checked apart
_FIELD_MIN = QDate(1000, 1, 1)
_FIELD_MAX = QDate(9999, 12, 31)

_Section = QDateTimeEdit.Section
# the digits of a whole part (dd, MM, yyyy)
_WIDTH = {_Section.DaySection: 2, _Section.MonthSection: 2, _Section.YearSection: 4}


class _TypeOver(QObject):
    """A digit typed over the whole date, or into a part already complete, starts that
    part anew (the first part when the whole date is selected). The separator typed after
    a part that was complete (Qt moved on to the next part by itself) is not a second
    step forward. A day the month shown does not have (31 while it shows November) is
    cut to the month's last day by Qt as it is typed: the day typed comes back once the
    month typed next has it."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.digit_in: int | None = None  # the part the last key, a digit, was typed in
        self.day: int | None = None  # the day as typed, while the rest is being typed
        edit.installEventFilter(self)
        edit.dateChanged.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.day = None
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text, typed_in = event.text(), self.digit_in
        self.digit_in = None
        if text.isdigit():
            self.before_digit(text)
            self.digit_in = self.edit.currentSectionIndex()
        elif text and not text.isalnum() and not text.isspace():  # a separator: / . -
            # swallowed when the digit before it completed its part (Qt moved on already)
            return typed_in is not None and self.edit.currentSectionIndex() != typed_in
        else:
            self.day = None  # an arrow, a deletion: the date is no longer typed in one go
        return False

    def before_digit(self, digit: str) -> None:
        edit, line = self.edit, self.edit.lineEdit()
        if line.hasSelectedText() and line.selectedText() == line.text():
            edit.setSelectedSection(edit.sectionAt(0))  # all of it: the first part anew
        section = edit.currentSection()
        width = _WIDTH.get(section)
        shown = edit.sectionText(section)
        if line.hasSelectedText():
            shown = ""  # the part selected: Qt replaces it
        elif width is not None and len(shown) >= width:
            edit.setSelectedSection(section)
            shown = ""
        if section == _Section.DaySection:
            self.day = int(shown + digit) or None

    def _changed(self, shown: QDate) -> None:
        day = self.day
        if day is not None and shown.day() != day and day <= shown.daysInMonth():
            self.edit.setDate(QDate(shown.year(), shown.month(), day))


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
    """Let `edit` take any date, as typed, and make its calendar show the days out of
    [earliest, latest] greyed, with the reason as their tooltip."""
    edit.setDateRange(_FIELD_MIN, _FIELD_MAX)
    _TypeOver(edit)
    _CalendarMarks(edit, earliest, latest)
