"""An assistant on a shared server reads the settings in the window, a DPO changes them
(DPO on the server, finding 10: the menu item was off while the README says the assistant
reads them). The dialog shows every value, takes none, has no Save and no templates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cluma_dpo.gui.dialogs.common import ok_button
from cluma_dpo.gui.dialogs.settings import SettingsDialog
from tests.gui.conftest import signed_in_as


def _open(window: Any) -> SettingsDialog:
    window.acts["settings"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_an_assistant_reads_the_settings_and_changes_none(
    window: Any, wb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in_as(window, monkeypatch, "bert", "assistant")
    dialog = _open(window)
    name = dialog.fields["organisation.name"].editor
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    assert name.text() == wb.settings().organisation.name
    for key, field in dialog.fields.items():
        editor = field.editor
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            assert editor.isReadOnly(), key  # read as text, not greyed out
        else:
            assert not editor.isEnabled(), key
    assert not ok_button(dialog.ui.buttonBox).isVisible()
    assert dialog.ui.tabs.indexOf(dialog.ui.templatesTab) == -1
    assert "Only a DPO" in dialog.ui.summaryLabel.text()
    dialog.accept()  # nothing typed, nothing saved
    assert dialog.saved == []


@pytest.mark.parametrize("role", [None, "dpo"])
def test_a_dpo_and_the_file_change_them_as_before(
    window: Any, monkeypatch: pytest.MonkeyPatch, role: str | None
) -> None:
    if role is not None:
        signed_in_as(window, monkeypatch, "anna", role)
    dialog = _open(window)
    assert not dialog.fields["organisation.name"].editor.isReadOnly()
    assert dialog.ui.tabs.indexOf(dialog.ui.templatesTab) != -1
    assert ok_button(dialog.ui.buttonBox).isVisibleTo(dialog)
