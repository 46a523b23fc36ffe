"""The dpo's day on the shared server (issue 18, notes/dpo-server.md): a save that says its
edits were dropped, a lost server shown as an internal error, typing lost over a lock, the
refusal squeezed beside the buttons, the wheel changing a combo box, and tooltips that give
the wrong reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cluma_dpo.gui import unsaved
from tests.gui.conftest import PASSPHRASE, register, signed_in_as


@pytest.fixture(autouse=True)
def _never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test leaves typed edits: closing the window then discards them instead of
    waiting for an answer to the Save / Discard / Cancel box."""
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *_a, **_k: unsaved.DISCARD)


def _show(window: Any, qtbot: Any, reference: str) -> Any:
    window.reload(select=reference)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    return window.detail.subject


# -- finding 1: a save is not reported as dropped edits -------------------------------------
def test_saving_the_data_subject_says_saved_not_dropped(window: Any, qtbot: Any) -> None:
    reference = register(window.wb, "Jan Peeters")
    editor = _show(window, qtbot, reference)
    editor.edits["email"].setText("jan@example.be")
    assert editor.save()
    assert editor.dropped is None
    said = window.statusBar().currentMessage()
    assert "dropped" not in said and "saved" in said
    assert editor.edits["email"].text() == "jan@example.be" and not editor.dirty


# -- finding 3: typing kept over a lock when another field changed meanwhile ----------------
def test_typing_kept_over_a_lock_when_another_field_changed(
    window: Any, qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.app import open_workbench

    reference = register(window.wb, "Hilde Vercruysse", city="Roeselare", postcode="8800")
    editor = _show(window, qtbot, reference)
    editor.edits["city"].setText("Rumbeke")
    monkeypatch.setattr(window, "ask_unlock", lambda: None)
    window.acts["lock"].trigger()
    assert window.locked
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        other.update_subject(reference, email="hilde@example.be")  # another field
    finally:
        other.close()
    window.unlocked(open_workbench(data_dir, PASSPHRASE, front_end="app"))
    editor = window.detail.subject
    assert editor.edits["city"].text() == "Rumbeke"  # what was typed is back
    assert editor.edits["email"].text() == "hilde@example.be"  # over the new data
    assert editor.dirty and editor.dropped is None
    assert editor.save()
    saved = window.wb.request(reference).subject
    assert (saved.city, saved.email) == ("Rumbeke", "hilde@example.be")


# -- finding 4: the refusal on its own full-width line --------------------------------------
def test_the_stale_refusal_is_readable_above_the_buttons(
    window: Any, qtbot: Any, data_dir: Path
) -> None:
    from cluma_dpo.app import open_workbench

    reference = register(window.wb, "Jan Peeters")
    editor = _show(window, qtbot, reference)
    editor.edits["street"].setText("Meensesteenweg 45 bus 3")
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        other.update_subject(reference, email="jan@example.be")
    finally:
        other.close()
    assert not editor.save()
    assert "was changed by" in editor.message.text()
    qtbot.waitUntil(lambda: editor.message.isVisible())
    # as wide as the form (not a narrow column beside the two buttons), above them
    assert editor.message.width() >= editor.edits["street"].width()
    assert editor.message.geometry().bottom() <= editor.save_button.geometry().top()


# -- finding 5: the wheel scrolls the panel, it does not change a combo box ----------------
def test_the_wheel_does_not_change_the_form_of_address(window: Any, qtbot: Any) -> None:
    reference = register(window.wb, "Jan Peeters")
    editor = _show(window, qtbot, reference)
    for combo in (editor.form_of_address, editor.language):
        before = combo.currentIndex()
        centre = QPointF(combo.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(combo.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(combo, wheel)
        assert combo.currentIndex() == before
        assert not editor.dirty


# -- findings 6 and 7: each action's own reason on a server ----------------------------------
def test_each_safety_action_says_its_own_reason_on_a_server(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in_as(window, monkeypatch, "bert", "assistant")
    restore = window.acts["restore"].toolTip()
    assert "assistant role" in restore and "ask the DPO" not in restore
    assert "administrator" in restore  # nobody restores on a server
    assert "passphrase" not in window.acts["backup"].toolTip()
    assert "backups" not in window.acts["passphrase"].toolTip()
    assert "passphrase" not in window.acts["lock"].statusTip()
    assert "server password" in window.acts["lock"].statusTip()


def test_the_lock_tip_speaks_of_the_passphrase_on_the_file(window: Any) -> None:
    assert "passphrase" in window.acts["lock"].statusTip()


# -- finding 2: the server stopped mid-session ---------------------------------------------
def _server_gone() -> Exception:
    """What SQLAlchemy raises when the server went away under a command."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    return OperationalError(
        "SELECT 1", None, psycopg.OperationalError("server closed the connection unexpectedly")
    )


class _DeadListener:
    """A LISTEN connection whose server was stopped."""

    def fileno(self) -> int:
        return -1

    def drain(self) -> int:
        raise _server_gone()

    def close(self) -> None:
        pass


def test_a_stopped_server_is_said_in_the_status_bar_not_as_an_internal_error(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = register(window.wb, "Jan Peeters")
    editor = _show(window, qtbot, reference)
    editor.edits["city"].setText("Rumbeke")
    window.office.stop()
    window.office.listener = _DeadListener()  # type: ignore[assignment]

    def gone() -> int:
        raise _server_gone()

    monkeypatch.setattr(window.wb, "change_mark", gone)
    window.office._notified()  # the listener saw its connection close: no exception
    assert window.office.poll.isActive()  # it follows the server again once it is back
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert editor.edits["city"].text() == "Rumbeke"
    window.office._poll()  # still gone: quiet
    monkeypatch.setattr(window.wb, "change_mark", lambda: 7)
    window.office._poll()  # back: the window follows it again
    assert window.office.mark == 7


def test_a_command_on_a_stopped_server_says_the_server_cannot_be_reached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cluma_dpo.gui import main as gui_main

    shown: list[str] = []
    monkeypatch.setattr(
        gui_main.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    exc = _server_gone()
    gui_main._excepthook(type(exc), exc, None)
    assert shown and "cannot be reached" in shown[0] and "Internal error" not in shown[0]


# -- finding 17: after a refusal the form shows the new version under what was typed -------
@pytest.mark.parametrize("field", ["email", "street"])
def test_after_a_refusal_the_form_shows_the_new_version_under_the_typing(
    window: Any, qtbot: Any, data_dir: Path, field: str
) -> None:
    """anna changed the e-mail (another field) or the street (the field bert typed in):
    bert's form shows her version with his typing on top, the refusal stays to read, and
    Save again applies his typing over her change."""
    from cluma_dpo.app import open_workbench

    reference = register(window.wb, "Jan Peeters", street="Ooststraat 1")
    editor = _show(window, qtbot, reference)
    editor.edits["street"].setText("Meensesteenweg 45")
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        other.update_subject(reference, **{field: "jan@example.be" if field == "email" else "X 9"})
    finally:
        other.close()
    assert not editor.save()
    assert "was changed by" in editor.message.text()
    assert editor.edits["street"].text() == "Meensesteenweg 45"  # nothing typed is lost
    if field == "email":
        assert editor.edits["email"].text() == "jan@example.be"  # her change, to be seen
    assert editor.dirty and editor.dropped is None
    assert editor.save()
    saved = window.wb.request(reference).subject
    assert saved.street == "Meensesteenweg 45"
    assert saved.email == ("jan@example.be" if field == "email" else None)
