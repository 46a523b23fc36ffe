"""An assistant on a shared server is not offered the DPO's decisions (lawyer on the server,
finding 1; the server refuses them anyway, tests/integration/test_server_decisions.py):
Extend and Reject are greyed out saying why, and closing offers "granted" only."""

from __future__ import annotations

from typing import Any

import pytest

from cluma_dpo.gui.dialogs.close import CloseDialog
from tests.gui.conftest import register, signed_in_as


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload(select=reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)


def test_the_assistant_is_not_offered_extend_nor_reject(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = register(window.wb, "Jan Peeters", days_ago=20)
    signed_in_as(window, monkeypatch, "bert", "assistant")
    _select(qtbot, window, ref)
    window.populate()
    for name in ("extend", "reject"):
        assert not window.acts[name].isEnabled(), name
        assert "DPO's decision" in window.acts[name].toolTip()
    dialog = window.commands.step("close")
    assert isinstance(dialog, CloseDialog)
    combo = dialog.ui.choiceCombo
    assert combo.currentData() == "granted"
    enabled = [combo.itemData(i) for i in range(combo.count()) if combo.model().item(i).isEnabled()]
    assert enabled == ["granted"]
    for part in dialog.parts.values():
        assert part.currentData() == "granted"
    dialog.reject()


def test_a_dpo_is_offered_every_outcome(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = register(window.wb, "Jan Peeters", days_ago=20)
    signed_in_as(window, monkeypatch, "anna", "dpo")
    _select(qtbot, window, ref)
    assert window.acts["reject"].isEnabled()
    dialog = window.commands.step("close")
    combo = dialog.ui.choiceCombo
    assert all(combo.model().item(i).isEnabled() for i in range(combo.count()))
    dialog.reject()
