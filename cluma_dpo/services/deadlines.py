"""The cached deadline columns of a request: recomputed from the domain's rules whenever a
change (a step, a setting) can move them."""

from __future__ import annotations

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import Pause
from cluma_dpo.domain.settings import Settings
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import RequestRecord


def deadline_input(rec: RequestRecord) -> dl.DeadlineInput:
    return dl.DeadlineInput(
        received=rec.received,
        rights=repo.parse_rights(rec.rights),
        account_deletion=rec.account_deletion,
        pauses=tuple(Pause(p.started, p.ended) for p in rec.pauses),
        extended_on=rec.extended_on,
    )


def refresh_deadlines(rec: RequestRecord, settings: Settings) -> None:
    """Recompute the cached deadline columns after any change that can move them."""
    d = dl.compute_deadlines(
        deadline_input(rec),
        pause_for_identity=settings.deadlines.pause_for_identity,
        explain=False,
    )
    rec.due_date = d.statutory.date if d.statutory else None
    rec.extended_due_date = d.extended.date if d.extended else None
    rec.company_target_date = d.company_target.date if d.company_target else None
    rec.effective_due_date = d.effective
    rec.paused = d.paused


def explain(
    rec: RequestRecord, settings: Settings, language: str = "nl"
) -> dict[str, tuple[Message, ...]]:
    """The reasons of each date, as messages (`language` is no longer needed: each front
    end writes them in its reader's language)."""
    del language
    d = dl.compute_deadlines(
        deadline_input(rec),
        pause_for_identity=settings.deadlines.pause_for_identity,
    )
    return d.explanations()
