"""Retention: anonymise requests finished more than `retention.years` ago (GDPR Art. 5(1)(e)).

What makes a person identifiable goes (name, contact data, free text, document names,
kept letters and fee notes, identity documents); what the statistics count stays (dates,
rights, channel, country, language, outcome, fee amounts). The suppression list is kept:
Art. 21(3) needs it to keep the promise. The audit chain stays verifiable: it hashes a
salted digest of each note (domain/audit.py), so a note set to NULL leaves every link
intact.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from cluma_dpo.domain.clock import utc_stamp
from cluma_dpo.domain.errors import ImplausibleClock
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.domain.model import Status
from cluma_dpo.services.erased_copies import forget_safety_copies
from cluma_dpo.services.requests import now
from cluma_dpo.services.settings import load_settings
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import anonymisation

ANONYMISED_NAME = "[geanonimiseerd]"
# Free text may name people; a marker keeps "a reason was given" countable.
REMOVED = "[verwijderd]"
FINISHED = (Status.CLOSED.value, Status.WITHDRAWN.value, Status.REJECTED.value)
CHUNK = 500  # ids per statement: well under SQLite's limit on bound parameters


# The program is used every working week: a year and more without a single audit entry is
# far likelier a wrong clock than a DPO who came back (then he confirms the date).
MAX_DAYS_AFTER_LAST_ENTRY = 400


def check_clock(today: date, newest: date | None) -> None:
    """Refuse a `today` before the last audit entry or implausibly long after it."""
    if newest is None:
        return
    if today < newest:
        raise ImplausibleClock(msg("retention.clock_before", today=today, newest=newest))
    if (today - newest).days > MAX_DAYS_AFTER_LAST_ENTRY:
        raise ImplausibleClock(
            msg("retention.clock_after", today=today, newest=newest, days=(today - newest).days)
        )


def check_retention_clock(uow: UnitOfWork, today: date) -> None:
    check_clock(today, anonymisation.newest_audit_day(uow.session))


def retention_cutoff(today: date, years: int) -> date:
    """Requests finished before this day are due for anonymisation."""
    return today - relativedelta(years=years)


def due_for_anonymisation(uow: UnitOfWork, today: date) -> list[tuple[int, str, date]]:
    """(id, reference, finished on) of the requests the retention policy says must go."""
    years = load_settings(uow.session).retention.years
    return anonymisation.finished_before(uow.session, FINISHED, retention_cutoff(today, years))


def _anonymise(uow: UnitOfWork, ids: list[int], references: list[str]) -> None:
    anonymisation.anonymise(
        uow.session, ids, references, name=ANONYMISED_NAME, removed=REMOVED, at=now(uow)
    )


def run_retention(uow: UnitOfWork, today: date) -> int:
    """Anonymise what is due; idempotent. Returns how many requests were anonymised."""
    due = due_for_anonymisation(uow, today)
    years = load_settings(uow.session).retention.years
    if due:  # kept letters and identity documents leave the WAL file too
        uow.checkpoint_after = True
        forget_safety_copies(uow)  # and the program's earlier copies, which may hold them
    for start in range(0, len(due), CHUNK):
        chunk = due[start : start + CHUNK]
        _anonymise(uow, [rid for rid, _, _ in chunk], [ref for _, ref, _ in chunk])
    uow.record_many(
        (
            (
                utc_stamp(uow.clock),
                "anonymised",
                reference,
                note_of(msg("note.anonymised", years=years, finished=finished)),
            )
            for _, reference, finished in due
        ),
    )
    return len(due)
