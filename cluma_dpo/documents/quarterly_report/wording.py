"""The quarterly report's words: figures in the language's notation, the summary a manager
reads in half a minute, and the reading guide that says how each figure is counted.

Every text is a `doc.report.*` code of the one gettext catalogue, in nl, fr, en and de;
Dutch is the default (the report was first written for a Belgian management).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

from cluma_dpo import texts
from cluma_dpo.documents.words import labels, word
from cluma_dpo.domain.messages import N_, Amount, ListOf, Message, Param, msg, msg_n
from cluma_dpo.domain.model import Channel, Right
from cluma_dpo.domain.statistics import Figure, Quarter, QuarterFigures

# The label of each figure (cluma_dpo.domain.statistics.FIGURE_KEYS); the figures per right
# and per channel are "right: access", "channel: e-mail".
FIGURE_CODES = {
    "received": N_("doc.report.figure.received"),
    "state": N_("doc.report.figure.state"),
    "state.answered": N_("doc.report.figure.state_answered"),
    "state.withdrawn": N_("doc.report.figure.state_withdrawn"),
    "state.rejected": N_("doc.report.figure.state_rejected"),
    "state.open": N_("doc.report.figure.state_open"),
    "answered": N_("doc.report.figure.answered"),
    "answered.on_time": N_("doc.report.figure.answered_on_time"),
    "answered.late": N_("doc.report.figure.answered_late"),
    "days.median": N_("doc.report.figure.days_median"),
    "days.p90": N_("doc.report.figure.days_p90"),
    "extensions": N_("doc.report.figure.extensions"),
    "refusals": N_("doc.report.figure.refusals"),
    "rejections": N_("doc.report.figure.rejections"),
    "withdrawals": N_("doc.report.figure.withdrawals"),
    "fees.issued": N_("doc.report.figure.fees_issued"),
    "fees.issued_amount": N_("doc.report.figure.fees_issued_amount"),
    "fees.paid": N_("doc.report.figure.fees_paid"),
    "fees.paid_amount": N_("doc.report.figure.fees_paid_amount"),
    "open.end": N_("doc.report.figure.open_end"),
    "overdue.now": N_("doc.report.figure.overdue_now"),
}
# While the quarter runs, what is open is counted on the day the report is made ({day}).
RUNNING_CODES = {
    "state": N_("doc.report.figure.state_running"),
    "open.end": N_("doc.report.figure.open_running"),
}
# The kinds of the reasons table: a refusal, a rejection under Art. 12(5).
REASON_CODES = {
    "refused": N_("doc.report.reason.refused"),
    "rejected": N_("doc.report.reason.rejected"),
}
# The legal grounds a refusal or rejection is counted by when the reader may not read the
# DPO's words (statistics.ground_key: "objection.compelling-grounds", ...).
GROUND_CODES = {
    "objection.compelling-grounds": N_("doc.report.ground.compelling"),
    "objection.legal-claims": N_("doc.report.ground.legal_claims"),
    "rejection.unfounded": N_("doc.report.ground.unfounded"),
    "rejection.excessive": N_("doc.report.ground.excessive"),
    "rejection.repetitive": N_("doc.report.ground.repetitive"),
    "retention.accounting": N_("doc.report.ground.accounting"),
    "retention.vat": N_("doc.report.ground.vat"),
    "retention.social": N_("doc.report.ground.social"),
}
_ORDINALS = {
    1: N_("doc.report.ordinal.1"),
    2: N_("doc.report.ordinal.2"),
    3: N_("doc.report.ordinal.3"),
    4: N_("doc.report.ordinal.4"),
}


def say(message: Message, language: str) -> str:
    return texts.render(message, language)


def number(value: Figure, language: str = "nl") -> str:
    """A figure in the language's notation (nl: 1.234 / 23,5 / 36,30); None as a dash."""
    if value is None:
        return "—"
    locale = texts.babel_locale(language)
    if isinstance(value, Decimal):
        return str(format_decimal(value, format="#,##0.00", locale=locale))
    return str(format_decimal(value, format="#,##0.#", locale=locale))


def difference(this: Figure, previous: Figure, language: str = "nl") -> str:
    if this is None or previous is None:
        return "—"
    delta: Decimal | float
    if isinstance(this, Decimal) or isinstance(previous, Decimal):
        # the amounts: both figures of a row are Decimal (one key, one type)
        delta = Decimal(this) - Decimal(previous)
    else:
        delta = this - previous
    if delta == 0:
        return "="
    if delta > 0:
        return "+" + number(delta, language)
    return "−" + number(-delta, language)


def share(part: int, whole: int, language: str = "nl") -> str:
    return str(format_percent(part / whole, locale=texts.babel_locale(language))) if whole else "—"


def long_date(day: date, language: str = "nl") -> str:
    return texts.long_date(day, language)


def period(quarter: Quarter, language: str = "nl") -> str:
    """ "1 juli – 30 september 2026" ("1. Juli – 30. September 2026")."""
    start = format_skeleton("MMMMd", quarter.start, locale=texts.babel_locale(language))
    return f"{start} – {long_date(quarter.end, language)}"


def quarter_name(quarter: Quarter, language: str = "nl") -> str:
    """ "2026 K3" (nl), "2026 T3" (fr), "2026 Q3" (en, de)."""
    return say(msg("doc.report.quarter", year=quarter.year, q=quarter.q), language)


def figure_label(key: str, figures: QuarterFigures, language: str = "nl") -> str:
    """The label of figure `key`; while the quarter runs, "open" is on the cutoff day."""
    if figures.running and key in RUNNING_CODES:
        return say(Message(RUNNING_CODES[key]).with_params(day=figures.cutoff), language)
    kind, _, value = key.partition(".")
    if kind == "received" and value.startswith("right."):
        right = labels(Right, language)[Right(value.removeprefix("right."))]
        return say(msg("doc.report.figure.by_right", right=right), language)
    if kind == "received" and value.startswith("channel."):
        channel = labels(Channel, language)[Channel(value.removeprefix("channel."))]
        return say(msg("doc.report.figure.by_channel", channel=channel), language)
    return word(FIGURE_CODES[key], language)


def reason_label(kind: str, language: str = "nl") -> str:
    return word(REASON_CODES[kind], language)


def ground_label(key: str, language: str = "nl") -> str:
    """The words of a ground key ("" or unknown: the reason is in the DPO's file)."""
    parts = [GROUND_CODES[part] for part in key.split("+") if part in GROUND_CODES]
    if not parts:
        return word(N_("doc.report.ground.in_file"), language)
    return "; ".join(word(code, language) for code in parts)


def quarter_label(figures: QuarterFigures, language: str = "nl") -> str:
    """ "2026 K4", with "(voorlopig)" while the quarter runs."""
    name = quarter_name(figures.quarter, language)
    return say(msg("doc.report.provisional", quarter=name), language) if figures.running else name


def as_of(figures: QuarterFigures) -> Message:
    """When "open" is counted: "op het einde van het kwartaal", or "op 25 november 2026"."""
    if figures.running:
        return msg("doc.report.as_of_day", day=figures.cutoff)
    return msg("doc.report.as_of_end")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _received(this: QuarterFigures, previous: QuarterFigures, language: str) -> str:
    q = this.quarter
    common: dict[str, Param] = {
        "ordinal": Message(_ORDINALS[q.q]),
        "year": q.year,
        "previous": number(previous.received, language),
    }
    if not this.received:
        return say(msg("doc.report.summary.received_none", **common), language)
    message = msg_n(
        "doc.report.summary.received",
        "doc.report.summary.received.plural",
        this.received,
        **common,
    )
    return say(_n(message, language), language)


def _state(this: QuarterFigures, language: str) -> str:
    """How the quarter's requests stood, in counts that add up to what was received."""
    counts = {
        "received": this.received,
        "answered": this.state_answered,
        "withdrawn": this.state_withdrawn,
        "rejected": this.state_rejected,
        "open": this.state_open,
    }
    values: dict[str, Param] = {name: number(value, language) for name, value in counts.items()}
    return _sentence(say(msg("doc.report.summary.state", as_of=as_of(this), **values), language))


def _n(message: Message, language: str) -> Message:
    """A plural message whose {n} is printed in the language's notation (1.234)."""
    return message.with_params(n=number(message.count, language))


def _rights(this: QuarterFigures, language: str) -> str | None:
    names = labels(Right, language)
    asked = sorted(((n, r) for r, n in this.received_by_right.items() if n), key=lambda x: -x[0])
    if len(asked) == 1:
        return say(msg("doc.report.summary.one_right", right=names[asked[0][1]]), language)
    if asked:
        top = ListOf([f"{names[r]} ({number(n, language)})" for n, r in asked[:2]])
        return say(msg("doc.report.summary.top_rights", rights=top), language)
    return None


def _answered(this: QuarterFigures, language: str) -> str:
    if not this.answered:
        return say(msg("doc.report.summary.none_answered"), language)
    params: dict[str, Param] = {
        "on_time": number(this.answered_on_time, language),
        "share": share(this.answered_on_time, this.answered, language),
    }
    if this.answered_late:
        late = _n(
            msg_n("doc.report.summary.late", "doc.report.summary.late.plural", this.answered_late),
            language,
        )
        return say(
            _n(
                msg_n(
                    "doc.report.summary.answered_late",
                    "doc.report.summary.answered_late.plural",
                    this.answered,
                    late=late,
                    **params,
                ),
                language,
            ),
            language,
        )
    return say(
        _n(
            msg_n(
                "doc.report.summary.answered",
                "doc.report.summary.answered.plural",
                this.answered,
                **params,
            ),
            language,
        ),
        language,
    )


def _days(this: QuarterFigures, previous: QuarterFigures, language: str) -> str | None:
    if this.median_days is None:
        return None
    median, p90 = number(this.median_days, language), number(this.p90_days, language)
    if previous.median_days is None:
        return say(msg("doc.report.summary.days", median=median, p90=p90), language)
    before = number(previous.median_days, language)
    message = msg("doc.report.summary.days_before", median=median, p90=p90, previous=before)
    return say(message, language)


def _events(this: QuarterFigures, language: str) -> str:
    events = []
    if this.extensions:
        events.append(
            _n(
                msg_n(
                    "doc.report.summary.extensions",
                    "doc.report.summary.extensions.plural",
                    this.extensions,
                ),
                language,
            )
        )
    if this.refusals:
        events.append(
            _n(
                msg_n(
                    "doc.report.summary.refusals",
                    "doc.report.summary.refusals.plural",
                    this.refusals,
                ),
                language,
            )
        )
    if this.rejections:
        events.append(
            _n(
                msg_n(
                    "doc.report.summary.rejections",
                    "doc.report.summary.rejections.plural",
                    this.rejections,
                ),
                language,
            )
        )
    if not events:
        return say(msg("doc.report.summary.no_events"), language)
    return _sentence("; ".join(say(e, language) for e in events)) + "."


def _fees(this: QuarterFigures, language: str) -> str | None:
    if not (this.fees_issued or this.fees_paid):
        return None
    paid = (
        msg("doc.report.summary.paid", amount=Amount(this.fees_paid_amount))
        if this.fees_paid
        else msg("doc.report.summary.paid_nothing")
    )
    message = _n(
        msg_n(
            "doc.report.summary.fees",
            "doc.report.summary.fees.plural",
            this.fees_issued,
            issued=Amount(this.fees_issued_amount),
            paid=paid,
        ),
        language,
    )
    return say(message, language)


def _open(this: QuarterFigures, previous: QuarterFigures, language: str) -> str:
    overdue = (
        _n(
            msg_n(
                "doc.report.summary.overdue", "doc.report.summary.overdue.plural", this.overdue_now
            ),
            language,
        )
        if this.overdue_now
        else msg("doc.report.summary.overdue_none")
    )
    params: dict[str, Param] = {
        "as_of": as_of(this),
        "previous": number(previous.open_at_end, language),
        "overdue": overdue,
    }
    if this.open_at_end:
        message = _n(
            msg_n(
                "doc.report.summary.open",
                "doc.report.summary.open.plural",
                this.open_at_end,
                **params,
            ),
            language,
        )
    else:
        message = msg("doc.report.summary.open_none", **params)
    return _sentence(say(message, language))


def summary(this: QuarterFigures, previous: QuarterFigures, language: str = "nl") -> str:
    """One paragraph of plain language that a manager reads in half a minute."""
    out: list[str | None] = [_received(this, previous, language)]
    if this.received:
        out.append(_state(this, language))
    out += [
        _rights(this, language),
        _answered(this, language),
        _days(this, previous, language),
        _events(this, language),
        _fees(this, language),
        _open(this, previous, language),
    ]
    return " ".join(part for part in out if part)


def reading_guide(this: QuarterFigures, language: str = "nl") -> list[str]:
    """How each figure is counted, one note a line."""
    open_note = (
        msg("doc.report.guide.open_day", day=this.cutoff)
        if this.running
        else msg("doc.report.guide.open_end")
    )
    notes = [
        msg("doc.report.guide.rights"),
        msg("doc.report.guide.state"),
        msg("doc.report.guide.on_time"),
        msg("doc.report.guide.days"),
        open_note,
        msg("doc.report.guide.overdue", day=this.today),
    ]
    if this.reasons_hidden:
        notes.append(msg("doc.report.guide.grounds"))
    return [say(note, language) for note in notes]
