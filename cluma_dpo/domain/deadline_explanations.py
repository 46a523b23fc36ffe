"""Why a due date is that date: one human line per rule applied, in nl, fr, en or de.

Only the explaining path of `deadlines.compute_deadlines` comes here; lists of requests
never do, so Babel is imported lazily and every formatted date is cached.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from cluma_dpo.domain.calendar_be import holiday_name, is_working_day

_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE"}

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "received": "Ontvangen op {full}; de dag van ontvangst telt niet mee "
        "(Verordening 1182/71, art. 3 lid 1).",
        "months_1": "Eén maand later: {full}{clamp} (art. 3 lid 2 c).",
        "months_3": "Drie maanden later (één maand plus twee maanden verlenging, AVG art. 12 "
        "lid 3): {full}{clamp} (art. 3 lid 2 c).",
        "clamp": ", de laatste dag van de maand, want {day} {month} bestaat niet",
        "pause": "{days} gepauzeerd in afwachting van identiteitsgegevens "
        "(EDPB-richtsnoeren 01/2022, §5.3) → {full}.",
        "day": "1 dag",
        "days": "{n} dagen",
        "weekend": "{long} is een {weekday}",
        "holiday": "{long} is {holiday}",
        "weekend_holiday": "{long} is een {weekday} ({holiday})",
        "sep": "; ",
        "shift": "{days} → {full} (art. 3 lid 4).",
        "extended_on": "Verlenging geregistreerd op {long} (AVG art. 12 lid 3).",
        "erasure": "Verwijdering van het account: de privacyverklaring belooft wissing binnen "
        "30 kalenderdagen na ontvangst → {full}; niet naar een werkdag verschoven, want een "
        "belofte wordt vroeger gehouden, niet later.",
        "marketing": "Bezwaar tegen direct marketing: de privacyverklaring belooft verwerking "
        "op de eerstvolgende werkdag na ontvangst → {full} (AVG art. 21 lid 2-3).",
        "earliest": "De vroegste bedrijfsdoelstelling geldt.",
    },
    "fr": {
        "received": "Reçue le {full} ; le jour de la réception n'est pas compté "
        "(règlement 1182/71, art. 3, par. 1).",
        "months_1": "Un mois plus tard : {full}{clamp} (art. 3, par. 2, c)).",
        "months_3": "Trois mois plus tard (un mois plus la prolongation de deux mois, RGPD "
        "art. 12, par. 3) : {full}{clamp} (art. 3, par. 2, c)).",
        "clamp": ", dernier jour du mois, car le {day} {month} n'existe pas",
        "pause": "{days} de suspension dans l'attente des informations d'identité "
        "(lignes directrices 01/2022 de l'EDPB, § 5.3) → {full}.",
        "day": "1 jour",
        "days": "{n} jours",
        "weekend": "le {long} est un {weekday}",
        "holiday": "le {long} est un jour férié ({holiday})",
        "weekend_holiday": "le {long} est un {weekday} ({holiday})",
        "sep": " ; ",
        "shift": "{days} → {full} (art. 3, par. 4).",
        "extended_on": "Prolongation enregistrée le {long} (RGPD art. 12, par. 3).",
        "erasure": "Suppression du compte : la déclaration de confidentialité promet "
        "l'effacement dans les 30 jours calendrier suivant la réception → {full} ; pas reporté "
        "à un jour ouvrable, car une promesse se tient plus tôt, pas plus tard.",
        "marketing": "Opposition au marketing direct : la déclaration de confidentialité "
        "promet le traitement le premier jour ouvrable après la réception → {full} "
        "(RGPD art. 21, par. 2-3).",
        "earliest": "L'objectif le plus proche s'applique.",
    },
    "en": {
        "received": "Received on {full}; the day of receipt does not count "
        "(Regulation 1182/71, Art. 3(1)).",
        "months_1": "One month later: {full}{clamp} (Art. 3(2)(c)).",
        "months_3": "Three months later (one month plus the two-month extension, GDPR "
        "Art. 12(3)): {full}{clamp} (Art. 3(2)(c)).",
        "clamp": ", the last day of the month, as {day} {month} does not exist",
        "pause": "{days} paused awaiting identity information "
        "(EDPB Guidelines 01/2022, §5.3) → {full}.",
        "day": "1 day",
        "days": "{n} days",
        "weekend": "{long} is a {weekday}",
        "holiday": "{long} is a public holiday ({holiday})",
        "weekend_holiday": "{long} is a {weekday} ({holiday})",
        "sep": "; ",
        "shift": "{days} → {full} (Art. 3(4)).",
        "extended_on": "Extension recorded on {long} (GDPR Art. 12(3)).",
        "erasure": "Account deletion: the privacy statement promises erasure within 30 "
        "calendar days of receipt → {full}; not moved to a working day, as a promise is kept "
        "early, not late.",
        "marketing": "Objection to direct marketing: the privacy statement promises action on "
        "the first working day after receipt → {full} (GDPR Art. 21(2)-(3)).",
        "earliest": "The earlier company target applies.",
    },
    "de": {
        "received": "Eingegangen am {full}; der Tag des Eingangs wird nicht mitgerechnet "
        "(Verordnung 1182/71, Art. 3 Abs. 1).",
        "months_1": "Einen Monat später: {full}{clamp} (Art. 3 Abs. 2 Buchst. c).",
        "months_3": "Drei Monate später (ein Monat plus die Verlängerung um zwei Monate, "
        "Art. 12 Abs. 3 DSGVO): {full}{clamp} (Art. 3 Abs. 2 Buchst. c).",
        "clamp": ", der letzte Tag des Monats, da es den {day}. {month} nicht gibt",
        "pause": "{days} gehemmt, solange Identitätsangaben ausstanden "
        "(EDSA-Leitlinien 01/2022, Rn. 5.3) → {full}.",
        "day": "1 Tag",
        "days": "{n} Tage",
        "weekend": "{long} ist ein {weekday}",
        "holiday": "{long} ist ein gesetzlicher Feiertag ({holiday})",
        "weekend_holiday": "{long} ist ein {weekday} ({holiday})",
        "sep": "; ",
        "shift": "{days} → {full} (Art. 3 Abs. 4).",
        "extended_on": "Verlängerung erfasst am {long} (Art. 12 Abs. 3 DSGVO).",
        "erasure": "Löschung des Kontos: Die Datenschutzerklärung verspricht die Löschung "
        "binnen 30 Kalendertagen nach Eingang → {full}; nicht auf einen Arbeitstag verschoben, "
        "da ein Versprechen früher eingehalten wird, nicht später.",
        "marketing": "Widerspruch gegen Direktwerbung: Die Datenschutzerklärung verspricht die "
        "Umsetzung am ersten Arbeitstag nach Eingang → {full} (Art. 21 Abs. 2–3 DSGVO).",
        "earliest": "Es gilt die frühere interne Zielfrist.",
    },
}


def _lang(language: str) -> str:
    return language if language in _TEXTS else "en"


@lru_cache(maxsize=4096)
def _format(d: date, fmt: str, language: str) -> str:
    from babel.dates import format_date  # lazy: only explanations need Babel

    return format_date(d, format=fmt, locale=_LOCALES[language])


@lru_cache(maxsize=64)
def _month_name(month: int, language: str) -> str:
    from babel.dates import get_month_names

    return str(get_month_names("wide", locale=_LOCALES[language])[month])


def _first_upper(line: str) -> str:
    return line[:1].upper() + line[1:]


def _describe_non_working_day(d: date, t: dict[str, str], language: str) -> str:
    long = _format(d, "long", language)
    name = holiday_name(d, language)
    if name is None:
        return t["weekend"].format(long=long, weekday=_format(d, "EEEE", language))
    if d.weekday() >= 5:
        weekday = _format(d, "EEEE", language)
        return t["weekend_holiday"].format(long=long, weekday=weekday, holiday=name)
    return t["holiday"].format(long=long, holiday=name)


def explain_period(
    *,
    received: date,
    months: int,
    month_end: date,
    pause_days: int,
    final: date,
    language: str,
    extended_on: date | None = None,
) -> tuple[str, ...]:
    """Lines for a statutory (months=1) or extended (months=3) due date.

    `month_end` is the rule-2 date (same date N months later, or the month's last day);
    `final` is after adding `pause_days` and moving off non-working days.
    """
    lang = _lang(language)
    t = _TEXTS[lang]
    lines = [t["received"].format(full=_format(received, "full", lang))]
    clamp = ""
    if month_end.day != received.day:
        clamp = t["clamp"].format(day=received.day, month=_month_name(month_end.month, lang))
    lines.append(t[f"months_{months}"].format(full=_format(month_end, "full", lang), clamp=clamp))
    counted = month_end
    if pause_days:
        counted = month_end + timedelta(days=pause_days)
        days = t["day"] if pause_days == 1 else t["days"].format(n=pause_days)
        lines.append(t["pause"].format(days=days, full=_format(counted, "full", lang)))
    if counted != final:
        skipped = []
        d = counted
        while d < final:
            # The first skipped day always says why; after it only holidays are worth naming.
            if not is_working_day(d) and (d == counted or holiday_name(d) is not None):
                skipped.append(_describe_non_working_day(d, t, lang))
            d += timedelta(days=1)
        shift = t["shift"].format(days=t["sep"].join(skipped), full=_format(final, "full", lang))
        lines.append(_first_upper(shift))
    if extended_on is not None:
        lines.append(t["extended_on"].format(long=_format(extended_on, "long", lang)))
    return tuple(lines)


def explain_company_target(
    *, erasure: date | None, marketing: date | None, language: str
) -> tuple[str, ...]:
    """Lines for the company targets of the privacy statement that apply."""
    lang = _lang(language)
    t = _TEXTS[lang]
    lines = []
    if erasure is not None:
        lines.append(t["erasure"].format(full=_format(erasure, "full", lang)))
    if marketing is not None:
        lines.append(t["marketing"].format(full=_format(marketing, "full", lang)))
    if len(lines) > 1:
        lines.append(t["earliest"])
    return tuple(lines)
