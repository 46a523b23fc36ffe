"""DPO day (dpo-final), findings 6, 8 and 9: the status line after unlocking with an open
edit fits beside the bar's permanent parts at 1280×800 in nl, fr and de (8); the e-mail
draft dialog mentions a copy of the data only for an access answer (9); a letter that
left as an e-mail draft says so in the Documents tab's "Kept as" column (6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from cluma_dpo.gui.main import MIN_POINT_SIZE, install_translations
from tests.gui.conftest import PASSPHRASE, register


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    """The application's own style and font size, as main.configure sets them."""
    from cluma_dpo.gui.style import WorkbenchStyle

    font = QFont(qapp.font())
    style_name = qapp.style().name()
    qapp.setStyle(WorkbenchStyle())
    if qapp.font().pointSizeF() < MIN_POINT_SIZE:
        bigger = QFont(font)
        bigger.setPointSizeF(MIN_POINT_SIZE)
        qapp.setFont(bigger)
    yield
    qapp.setFont(font)
    qapp.setStyle(style_name)


def _room(bar: Any) -> int:
    """Where QStatusBar's message has to end: before its first permanent part."""
    QApplication.processEvents()
    return min(w.x() for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible())


# -- finding 8 -----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ("nl", "fr", "de"))
def test_the_kept_edits_message_fits_at_1280_by_800(
    qtbot: Any,
    qapp: QApplication,
    look: None,
    wb: Any,
    window: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui import unsaved

    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *a, **k: unsaved.DISCARD)
    assert install_translations(qapp, language)
    reference = register(wb, "Ann Peeters", street="Oude Straat 1", postcode="8500")
    for i in range(22):  # a register of some size: the counts take their room
        register(wb, f"Persoon {i}")
    window.resize(1280, 800)
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.detail.subject.edits["street"].setText("Nieuwe Straat 77")
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    window.lock()
    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))
    bar = window.statusBar()
    shown = bar.currentMessage()
    room = _room(bar)
    window.unsaved.kept = None  # leave nothing unsaved for the fixture's close
    window.detail.subject.show_request(window.detail.subject.view)
    assert reference in shown
    assert 6 + bar.fontMetrics().horizontalAdvance(shown) <= room - 1, (shown, room)


# -- finding 9 -----------------------------------------------------------------------------
def test_an_acknowledgement_draft_asks_for_no_copy_of_the_data(
    qtbot: Any, window: Any, wb: Any
) -> None:
    from cluma_dpo.gui import send_by_email
    from cluma_dpo.gui.dialogs.email_draft import EmailDraftDialog
    from cluma_dpo.gui.dialogs.letter import LetterDialog

    reference = register(wb, "Els Vermeulen", email="els@example.net", channel="email")
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.commands.letter(kind="acknowledgement")
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    sender = dialog.findChild(send_by_email.EmailSending)
    draft = sender.ask()
    assert draft is not None
    about = draft.findChild(QWidget, "about")
    assert "copy of the data" not in about.text()
    draft.reject()
    dialog.reject()
    # an access answer still asks for it
    answer = EmailDraftDialog("Els <els@example.net>", with_data=True)
    qtbot.addWidget(answer)
    assert "copy of the data" in answer.findChild(QWidget, "about").text()
