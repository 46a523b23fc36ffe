"""The services apply the domain's rules, not copies of them: pauses may not overlap, a
failed identity check leaves only a refusal, a finished request keeps its checklist, and the
extension a service records is the date the domain (and so the dialog) computes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.app import open_workbench
from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain.errors import IllegalTransition, ValidationError
from cluma_dpo.services.requests import NewRequest

PASSPHRASE = "rules in services passphrase"


@pytest.fixture
def wb(tmp_path: Path) -> Iterator[Any]:
    bench = open_workbench(tmp_path / "data", PASSPHRASE, create=True)
    yield bench
    bench.close()


def register(wb: Any, received: str = "2026-11-02", *rights: str) -> str:
    return wb.register(NewRequest(rights=list(rights or ("access",)), name="Ann Peeters",
                                  received=received))  # fmt: skip


def test_pauses_may_not_overlap(wb: Any) -> None:
    ref = register(wb)
    wb.request_identity(ref, "2026-11-03")
    wb.receive_identity(ref, "2026-11-10")
    with pytest.raises(ValidationError, match="pauses may not overlap"):
        wb.request_identity(ref, "2026-11-09")
    wb.request_identity(ref, "2026-11-10")  # from the day the previous one ended


def test_a_failed_identity_check_leaves_only_a_refusal(wb: Any) -> None:
    ref = register(wb)
    wb.fail_identity(ref, "no answer", "2026-11-20")
    with pytest.raises(IllegalTransition, match="only a refusal remains"):
        wb.extend(ref, "many systems", "2026-11-20")
    with pytest.raises(IllegalTransition, match="only a refusal remains"):
        wb.verify_identity(ref, "account-email", "2026-11-20")
    actions = wb.available_actions(ref)
    assert [a for a, why in actions.items() if why is None] == ["close", "withdraw", "reject"]
    with pytest.raises(IllegalTransition, match="can only be refused"):
        wb.close_request(ref, "granted", None, "2026-11-21")
    wb.close_request(ref, "refused", "The person could not be identified.", "2026-11-21")
    assert wb.request(ref).status.value == "closed"


def test_a_finished_request_keeps_its_checklist(wb: Any) -> None:
    ref = register(wb, "2026-11-02", "erasure")
    wb.verify_identity(ref, "account-email", "2026-11-03")
    wb.close_request(ref, "refused", "Legal obligation to keep the invoices.", "2026-11-20")
    with pytest.raises(IllegalTransition, match="checklist can no longer change"):
        wb.mark_recipient(ref, "Combell", "notified", "2026-11-21")


@pytest.mark.parametrize("pause", [True, False])
def test_the_recorded_extension_is_the_domains_preview(wb: Any, pause: bool) -> None:
    wb.set_setting("deadlines.pause_for_identity", "true" if pause else "false")
    ref = register(wb, "2026-10-30")
    wb.request_identity(ref, "2026-10-31")
    wb.receive_identity(ref, "2026-11-10")
    view = wb.request(ref)
    inp = dl.DeadlineInput(view.received, view.rights, pauses=view.pauses)
    preview = dl.extended_due(inp, date(2026, 11, 25), pause_for_identity=pause)
    wb.extend(ref, "many systems to search", "2026-11-25")
    assert wb.request(ref).extended_due_date == preview
