"""DPO day (dpo-final): the new-request form filled from a message, with the message beside
it, was 1357 pixels wide — on a 1280×800 screen the message and the form's right edge
were cut off. Where the two do not fit side by side, the message goes under the form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cluma_dpo.gui.dialogs import message_request

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


@pytest.mark.parametrize("screen", [(1280, 800), (1920, 1080)])
def test_the_form_and_the_message_fit_the_screen(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, screen: tuple[int, int]
) -> None:
    monkeypatch.setattr(message_request, "available_size", lambda _w: screen)
    dialog = window.commands.new_request_from_message(MAIL / "nl-inzage-bijlagen.eml")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    width, height = screen
    assert dialog.minimumSizeHint().width() <= width - 40
    assert dialog.width() <= width - 40 and dialog.height() <= height - 60
    splitter = dialog.message_view.parentWidget()
    if screen[0] >= 1600:  # room enough: side by side, as designed
        assert splitter.orientation() == Qt.Orientation.Horizontal
    assert dialog.message_view.width() >= 200 and dialog.message_view.height() >= 150
    QDialog.done(dialog, 0)
