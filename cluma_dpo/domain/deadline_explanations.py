"""Why a due date is that date: one line per rule applied, each a `Message` (issue #14).

The lines are data: dates stay dates, day counts numbers, weekdays, months and Belgian
holidays nested messages of the catalogue; `cluma_dpo.texts.render` writes them in the
reader's language (the detail panel in the screens', the dossier in the letter's).
Only the explaining path of `deadlines.compute_deadlines` comes here; lists of requests
never do.
"""

from __future__ import annotations

from datetime import date, timedelta

from cluma_dpo.domain.calendar_be import holiday_name, is_working_day
from cluma_dpo.domain.messages import N_, Message, msg, msg_n

_WEEKDAYS = (
    N_("word.weekday.monday"),
    N_("word.weekday.tuesday"),
    N_("word.weekday.wednesday"),
    N_("word.weekday.thursday"),
    N_("word.weekday.friday"),
    N_("word.weekday.saturday"),
    N_("word.weekday.sunday"),
)
_MONTHS = (
    "",
    N_("word.month.january"),
    N_("word.month.february"),
    N_("word.month.march"),
    N_("word.month.april"),
    N_("word.month.may"),
    N_("word.month.june"),
    N_("word.month.july"),
    N_("word.month.august"),
    N_("word.month.september"),
    N_("word.month.october"),
    N_("word.month.november"),
    N_("word.month.december"),
)
# Belgium's public holidays, by the name `holidays` gives them in US English.
_HOLIDAYS = {
    "New Year's Day": N_("holiday.new_year"),
    "Easter Sunday": N_("holiday.easter"),
    "Easter Monday": N_("holiday.easter_monday"),
    "Labor Day": N_("holiday.labour_day"),
    "Ascension Day": N_("holiday.ascension"),
    "Pentecost": N_("holiday.pentecost"),
    "Pentecost Monday": N_("holiday.pentecost_monday"),
    "National Day": N_("holiday.national_day"),
    "Assumption Day": N_("holiday.assumption"),
    "All Saints' Day": N_("holiday.all_saints"),
    "Armistice Day": N_("holiday.armistice"),
    "Christmas Day": N_("holiday.christmas"),
}


def weekday(d: date) -> Message:
    return msg(_WEEKDAYS[d.weekday()])


def full_date(d: date) -> Message:
    """The date with its weekday: "zaterdag 31 januari 2026", "Saturday, 31 January 2026"."""
    return msg("explain.full_date", weekday=weekday(d), date=d)


def holiday(d: date) -> Message | None:
    """The Belgian public holiday on `d`, or None."""
    name = holiday_name(d, "en")
    if name is None:
        return None
    code = _HOLIDAYS.get(name)
    return msg(code) if code else msg("text.verbatim", text=name)


def _non_working_day(d: date, *, first: bool) -> Message:
    # the first reason starts the sentence (French capitalises its article there)
    name = holiday(d)
    if name is None:
        code = N_("explain.weekend.first") if first else N_("explain.weekend")
        return msg(code, date=d, weekday=weekday(d))
    if d.weekday() >= 5:
        code = N_("explain.weekend_holiday.first") if first else N_("explain.weekend_holiday")
        return msg(code, date=d, weekday=weekday(d), holiday=name)
    code = N_("explain.holiday.first") if first else N_("explain.holiday")
    return msg(code, date=d, holiday=name)


def explain_period(
    *,
    received: date,
    months: int,
    month_end: date,
    pause_days: int,
    final: date,
    extended_on: date | None = None,
) -> tuple[Message, ...]:
    """Lines for a statutory (months=1) or extended (months=3) due date.

    `month_end` is the rule-2 date (same date N months later, or the month's last day);
    `final` is after adding `pause_days` and moving off non-working days.
    """
    lines = [msg("explain.received", full=full_date(received))]
    later = full_date(month_end)
    if month_end.day != received.day:
        code = N_("explain.months_3.clamped") if months == 3 else N_("explain.months_1.clamped")
        lines.append(msg(code, full=later, day=received.day, month=msg(_MONTHS[month_end.month])))
    else:
        code = N_("explain.months_3") if months == 3 else N_("explain.months_1")
        lines.append(msg(code, full=later))
    counted = month_end
    if pause_days:
        counted = month_end + timedelta(days=pause_days)
        lines.append(
            msg_n("explain.pause", "explain.pause.plural", pause_days, full=full_date(counted))
        )
    if counted != final:
        skipped: Message | None = None
        d = counted
        while d < final:
            # The first skipped day always says why; after it only holidays are worth naming.
            if not is_working_day(d) and (d == counted or holiday_name(d) is not None):
                item = _non_working_day(d, first=skipped is None)
                skipped = item if skipped is None else msg("explain.more", list=skipped, item=item)
            d += timedelta(days=1)
        if skipped is not None:
            lines.append(msg("explain.shift", days=skipped, full=full_date(final)))
    if extended_on is not None:
        lines.append(msg("explain.extended_on", date=extended_on))
    return tuple(lines)


def explain_company_target(*, erasure: date | None, marketing: date | None) -> tuple[Message, ...]:
    """Lines for the company targets of the privacy statement that apply."""
    lines = []
    if erasure is not None:
        lines.append(msg("explain.erasure", full=full_date(erasure)))
    if marketing is not None:
        lines.append(msg("explain.marketing", full=full_date(marketing)))
    if len(lines) > 1:
        lines.append(msg("explain.earliest"))
    return tuple(lines)


def render_lines(lines: tuple[Message | str, ...], language: str | None = None) -> tuple[str, ...]:
    """The lines as text in `language` (the process's language when None): for the edges."""
    from cluma_dpo.texts import render

    return tuple(render(line, language) for line in lines)
