"""The screens ask the domain, not a copy of its rules: the letter kinds, the extension
preview under the deadlines setting, the deadline colours, the failed identity check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.errors import IllegalTransition
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    IdentityStatus,
    IdentityView,
    Outcome,
    Pause,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.settings import Settings
from cluma_dpo.gui import labels, steps
from cluma_dpo.gui.dialogs.reason import StepInput
from cluma_dpo.gui.models.requests_model import warning_level

# design.md "Deadlines" rule 5: received 5 Mar 2026, identity asked 6 Mar, arrived 16 Mar
VIEW = RequestView(
    reference="DSR-2026-0007",
    rights=(Right.ACCESS,),
    channel=Channel.EMAIL,
    received=date(2026, 3, 5),
    status=Status.IN_PROGRESS,
    subject=DataSubject(name="Ann Peeters"),
    pauses=(Pause(date(2026, 3, 6), date(2026, 3, 16)),),
    due_date=date(2026, 4, 15),
    effective_due_date=date(2026, 4, 15),
)


class SettingsOnly:
    """The one workbench call the extension step makes before the dialog opens."""

    def __init__(self, **values: object) -> None:
        self._settings = Settings.from_values(values)

    def settings(self) -> Settings:
        return self._settings


def test_every_letter_kind_has_a_label() -> None:
    assert list(labels.LETTER_KINDS) == list(LetterKind)


def test_the_extension_preview_honours_the_pause_setting(qtbot: Any) -> None:
    on = date(2026, 3, 20)
    with_pauses = steps.extend(SettingsOnly(), VIEW, on)
    straight = steps.extend(SettingsOnly(**{"deadlines.pause_for_identity": False}), VIEW, on)
    assert labels.long_date(date(2026, 6, 15)) in with_pauses.intro  # 5 Jun + 10 paused days
    assert labels.long_date(date(2026, 6, 5)) in straight.intro  # counted straight through
    assert steps.extended_date(VIEW, on, pause_for_identity=False) == dl.extended_due(
        dl.DeadlineInput(VIEW.received, VIEW.rights, pauses=VIEW.pauses),
        on,
        pause_for_identity=False,
    )


def test_the_list_colours_are_the_warnings_levels() -> None:
    for today in (date(2026, 4, 10), date(2026, 4, 15), date(2026, 4, 16), date(2026, 3, 1)):
        assert warning_level(VIEW, today, 7) is dl.warning_level(
            VIEW.effective_due_date, today, 7, status=VIEW.status, paused=VIEW.paused
        )


def test_the_close_dialog_knows_a_failed_identity_check(qtbot: Any) -> None:
    view = replace(
        VIEW, status=Status.IDENTITY_CHECK, identity=IdentityView(status=IdentityStatus.FAILED)
    )
    step = steps.close(object(), view, date(2026, 3, 20))
    assert step.check is not None
    on = date(2026, 3, 20)
    with pytest.raises(IllegalTransition, match="can only be refused"):
        step.check(StepInput(Outcome.GRANTED.value, on, "done", None))
    step.check(StepInput(Outcome.REFUSED.value, on, "The person could not be identified.", None))
