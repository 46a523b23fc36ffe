"""The quarterly report's words: figures in Belgian Dutch notation, the summary a manager
reads in half a minute, and the reading guide that says how each figure is counted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from cluma_dpo.documents.labels import FIGURE_LABELS, RIGHTS_NL, RUNNING_LABELS
from cluma_dpo.domain.statistics import Figure, Quarter, QuarterFigures

LOCALE = "nl_BE"
_ORDINAL = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}


def number(value: Figure) -> str:
    """A figure in Belgian Dutch notation: 1.234 / 23,5 / 36,30; None as a dash."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return format_decimal(value, format="#,##0.00", locale=LOCALE)
    return format_decimal(value, format="#,##0.#", locale=LOCALE)


def difference(this: Figure, previous: Figure) -> str:
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
        return "+" + number(delta)
    return "−" + number(-delta)


def share(part: int, whole: int) -> str:
    return format_percent(part / whole, locale=LOCALE) if whole else "—"


def long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale=LOCALE)


def period(quarter: Quarter) -> str:
    return f"{format_date(quarter.start, 'd MMMM', locale=LOCALE)} – {long_date(quarter.end)}"


def figure_label(key: str, figures: QuarterFigures) -> str:
    """The label of figure `key`; while the quarter runs, "open" is on the cutoff day."""
    if figures.running and key in RUNNING_LABELS:
        return RUNNING_LABELS[key].format(day=long_date(figures.cutoff))
    return FIGURE_LABELS[key]


def quarter_label(figures: QuarterFigures) -> str:
    """ "2026 K4", with "(voorlopig)" while the quarter runs."""
    return f"{figures.quarter.label} (voorlopig)" if figures.running else figures.quarter.label


def as_of(figures: QuarterFigures) -> str:
    """When "open" is counted: "op het einde van het kwartaal", or "op 25 november 2026"."""
    return f"op {long_date(figures.cutoff)}" if figures.running else "op het einde van het kwartaal"


def _state(this: QuarterFigures) -> str:
    """How the quarter's requests stood, in counts that add up to what was received."""
    parts = [
        f"{number(this.state_answered)} beantwoord of afgesloten",
        f"{number(this.state_withdrawn)} ingetrokken",
        f"{number(this.state_rejected)} afgewezen",
    ]
    return (
        f"Stand {as_of(this)}: van de {number(this.received)} ontvangen verzoeken waren er "
        f"{', '.join(parts)} en {number(this.state_open)} nog open."
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def _euro(amount: Decimal) -> str:
    return format_currency(amount, "EUR", locale=LOCALE)


def summary(this: QuarterFigures, previous: QuarterFigures) -> str:
    """One paragraph of plain Dutch that a manager reads in half a minute."""
    q = this.quarter
    out = [
        f"In het {_ORDINAL[q.q]} kwartaal van {q.year} ontvingen we "
        f"{_count(this.received, 'verzoek', 'verzoeken') if this.received else 'geen verzoeken'}"
        f" (vorig kwartaal {number(previous.received)})."
    ]
    if this.received:
        out.append(_state(this))
    asked = sorted(((n, r) for r, n in this.received_by_right.items() if n), key=lambda x: -x[0])
    if len(asked) == 1:
        out.append(f"Het gevraagde recht was telkens {RIGHTS_NL[asked[0][1]]}.")
    elif asked:
        top = " en ".join(f"{RIGHTS_NL[r]} ({n})" for n, r in asked[:2])
        out.append(f"De meest gevraagde rechten waren {top}.")
    if this.answered:
        on_time = share(this.answered_on_time, this.answered)
        out.append(
            f"We beantwoordden {_count(this.answered, 'verzoek', 'verzoeken')}, waarvan "
            f"{number(this.answered_on_time)} tijdig ({on_time})"
            + (
                f"; {_count(this.answered_late, 'antwoord kwam', 'antwoorden kwamen')} te laat."
                if this.answered_late
                else "."
            )
        )
    else:
        out.append("Dit kwartaal werd geen enkel verzoek beantwoord.")
    if this.median_days is not None:
        before = (
            f" (vorig kwartaal {number(previous.median_days)})"
            if previous.median_days is not None
            else ""
        )
        out.append(
            f"De mediane behandelingstijd was {number(this.median_days)} dagen{before}; 90% van "
            f"de antwoorden vertrok binnen {number(this.p90_days)} dagen."
        )
    events = []
    if this.extensions:
        events.append(f"de termijn werd {_count(this.extensions, 'keer', 'keer')} verlengd")
    if this.refusals:
        events.append(f"{_count(this.refusals, 'verzoek werd', 'verzoeken werden')} geweigerd")
    if this.rejections:
        events.append(
            f"{_count(this.rejections, 'verzoek werd', 'verzoeken werden')} "
            "afgewezen als kennelijk ongegrond of buitensporig"
        )
    if events:
        sentence = "; ".join(events)
        out.append(sentence[0].upper() + sentence[1:] + ".")
    else:
        out.append("Er waren geen verlengingen, weigeringen of afwijzingen.")
    if this.fees_issued or this.fees_paid:
        notes = _count(this.fees_issued, "kostennota", "kostennota's")
        paid = _euro(this.fees_paid_amount) if this.fees_paid else "nog niets"
        out.append(
            f"We reikten {notes} uit voor {_euro(this.fees_issued_amount)}; er werd {paid} betaald."
        )
    overdue = "vandaag is er geen over tijd."
    if this.overdue_now:
        verb = "is" if this.overdue_now == 1 else "zijn"
        overdue = f"vandaag {verb} er {number(this.overdue_now)} over tijd."
    still_open = {0: "stond geen enkel verzoek meer open", 1: "stond nog 1 verzoek open"}.get(
        this.open_at_end, f"stonden nog {number(this.open_at_end)} verzoeken open"
    )
    when = as_of(this)
    out.append(
        f"{when[0].upper()}{when[1:]} {still_open} "
        f"(vorig kwartaal {number(previous.open_at_end)}); {overdue}"
    )
    return " ".join(out)


def reading_guide(this: QuarterFigures) -> list[str]:
    """How each figure is counted, one note a line."""
    made_on = this.today
    open_note = (
        f"Open op {long_date(this.cutoff)}: ontvangen, maar op die dag nog niet beantwoord, "
        "ingetrokken of afgewezen."
        if this.running
        else "Open op het einde van het kwartaal: ontvangen, maar op de laatste dag van het "
        "kwartaal nog niet beantwoord, ingetrokken of afgewezen."
    )
    return [
        "Een verzoek dat meer dan één recht inroept, telt bij elk van die rechten mee.",
        "Stand: elk verzoek dat in het kwartaal binnenkwam, telt één keer: beantwoord of "
        "afgesloten, ingetrokken, afgewezen (art. 12 lid 5) of nog open.",
        "Tijdig: beantwoord uiterlijk op de wettelijke termijn die gold (één maand, of drie "
        "maanden na een verlenging, telkens na de pauzes voor identiteitsgegevens). De "
        "strengere bedrijfsdoelstellingen uit de privacyverklaring tellen hier niet mee.",
        "Behandelingstijd: kalenderdagen van ontvangst tot antwoord, voor de verzoeken die in het "
        "kwartaal beantwoord werden. Het 90e percentiel is lineair geïnterpoleerd, zoals "
        "PERCENTIEL.INC in Excel.",
        open_note,
        "Vandaag over tijd: open verzoeken waarvan de termijn vóór "
        f"{long_date(made_on)} verstreek.",
    ]
