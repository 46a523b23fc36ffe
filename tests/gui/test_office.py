"""The window on a shared server (issue 18): who is signed in, what the role may not do
(with the reason), a stale edit refused with what was typed kept, and other users' changes
shown within 2 seconds (LISTEN/NOTIFY on the real test cluster; a poll on the file)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import register, signed_in_as

SHOTS = Path(os.environ.get("CLUMA_DPO_SHOTS", "/work/shots/h18c"))
PASSWORD = "A password of 24 letters"


def test_the_file_shows_no_login_and_keeps_its_safety_actions(window: Any) -> None:
    assert not window.office.label.isVisible()
    assert window.acts["backup"].isEnabled() and window.acts["settings"].isEnabled()


def test_an_assistant_is_named_and_not_offered_settings_nor_restore(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(window.wb, "Jan Peeters")
    signed_in_as(window, monkeypatch, "an.assistant", "assistant")
    assert "an.assistant — assistant" in window.windowTitle()
    assert window.office.label.text() == "an.assistant — assistant"
    assert not window.acts["restore"].isEnabled()
    assert "assistant role" in window.acts["restore"].toolTip()
    # the settings: read, not changed (DPO on the server, finding 10; the README says the
    # assistant reads them): the dialog opens read-only, tests/gui/test_settings_read_only.py
    assert window.acts["settings"].isEnabled()
    assert "only a DPO changes them" in window.acts["settings"].toolTip()
    # the file's own backup: not on a server; the passphrase action changes the login's own
    # server password there (DPO on the server, finding 11: tests/gui/test_server_password.py)
    assert not window.acts["backup"].isEnabled()
    assert "server" in window.acts["backup"].toolTip()
    assert window.acts["passphrase"].isEnabled()
    assert window.acts["passphrase"].text() == "Change &password…"
    assert window.acts["new"].isEnabled() and window.acts["letter"].isEnabled()
    assert not window.office.may_run_retention()


def test_management_sees_the_figures_and_a_list_without_names_nor_detail(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui.models.requests_model import COL_SUBJECT

    register(window.wb, "Jan Peeters")
    signed_in_as(window, monkeypatch, "the.board", "management")
    assert window.acts["quarterly"].isEnabled()
    for name in ("new", "letter", "export_register", "settings", "dossier", "extend"):
        assert not window.acts[name].isEnabled(), name
        assert "management role" in window.acts[name].toolTip()
    assert window.dashboard.isVisible()
    # the register's list, read-only: no name column, no detail pane, no search by name
    assert window.list_panel.isVisible() and window.model.rowCount() == 1
    assert window.list_panel.table.isColumnHidden(COL_SUBJECT)
    assert not window.detail.isVisible() and window.detail.view is None
    assert not window.list_panel.search.isEnabled()
    assert "personal data" in window.list_panel.search.toolTip()
    # back on the file (another sign-in): the name column and the detail return
    signed_in_as(window, monkeypatch, None, None)  # type: ignore[arg-type]  # the file: no login
    assert not window.list_panel.table.isColumnHidden(COL_SUBJECT)
    assert window.detail.isVisible() and window.list_panel.search.isEnabled()


def test_the_name_column_management_hides_is_not_remembered(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The layout kept between starts is the user's: a DPO signing in after management on
    the same computer finds the data subject's column where they left it."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtWidgets import QHeaderView

    from cluma_dpo.gui import layout_memory
    from cluma_dpo.gui.models.requests_model import COL_SUBJECT
    from cluma_dpo.gui.ui_settings import ui_settings

    layout_memory.save_layout(window)  # the DPO's layout, the name column shown
    signed_in_as(window, monkeypatch, "the.board", "management")
    assert window.list_panel.table.isColumnHidden(COL_SUBJECT)
    layout_memory.save_layout(window)
    layout_memory.save_columns(window)
    stored = ui_settings().value(layout_memory.HEADER_KEY)
    assert isinstance(stored, QByteArray) and not stored.isEmpty()
    header = QHeaderView(Qt.Orientation.Horizontal)
    header.setModel(window.model)
    assert header.restoreState(stored)
    assert not header.isSectionHidden(COL_SUBJECT)


def test_a_stale_edit_is_refused_and_what_was_typed_stays(
    window: Any, data_dir: Path, qtbot: Any
) -> None:
    """Another process changes the request shown while the data subject is being edited:
    Save says who changed it and when, the form stays filled; Save again applies it."""
    from cluma_dpo.app import open_workbench
    from tests.gui.conftest import PASSPHRASE

    reference = register(window.wb, "Jan Peeters")
    window.reload(select=reference)
    editor = window.detail.subject
    editor.edits["city"].setText("Gent")
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        other.update_subject(reference, email="jan@example.be")
    finally:
        other.close()
    assert not editor.save()
    assert "was changed by" in editor.message.text()
    assert editor.edits["city"].text() == "Gent" and editor.dirty
    assert editor.save()  # told, saved again: applied
    assert window.wb.request(reference).subject.city == "Gent"


def test_a_step_on_a_stale_request_is_refused_and_its_dialog_keeps_the_reason(
    window: Any, data_dir: Path
) -> None:
    from cluma_dpo.app import open_workbench
    from tests.gui.conftest import PASSPHRASE

    reference = register(window.wb, "Jan Peeters", days_ago=20)
    window.reload(select=reference)
    dialog = window.commands.step("extend")
    dialog.ui.reasonEdit.setPlainText("Many systems to search")
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        other.update_subject(reference, email="jan@example.be")
    finally:
        other.close()
    window.office._changed()  # the poll saw it: the list follows, the open dialog does not
    dialog.accept()
    assert dialog.isVisible() and "was changed by" in dialog.ui.messageLabel.text()
    assert dialog.ui.reasonEdit.toPlainText() == "Many systems to search"
    assert window.wb.request(reference).extended_on is None
    dialog.accept()  # told: OK again applies it
    assert window.wb.request(reference).extended_on is not None


def test_the_file_is_polled_for_another_process(window: Any, data_dir: Path, qtbot: Any) -> None:
    from cluma_dpo.app import open_workbench
    from tests.gui.conftest import PASSPHRASE

    assert window.office.poll.isActive()
    before = window.office.refreshes
    other = open_workbench(data_dir, PASSPHRASE, front_end="cli")
    try:
        register(other, "Els Claes")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.office.refreshes > before, timeout=2_500)
    assert window.model.rowCount() == 1


# -- against the real test cluster ---------------------------------------------------------


@pytest.fixture(scope="module")
def office_db(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An initialised server database with an assistant and a management login."""
    from cluma_dpo.cli import main

    db = pg_cluster.new_database()
    local = tmp_path_factory.mktemp("office") / "local"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(local))
        mp.setenv("CLUMA_DPO_DATABASE_URL", pg_cluster.url(db))
        mp.setenv("CLUMA_DPO_NEW_PASSPHRASE", PASSWORD)
        mp.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
        assert main(["init"]) == 0
        assert main(["users", "add", "an_assistant", "--role", "assistant"]) == 0
        assert main(["users", "add", "the_board", "--role", "management"]) == 0
        for name, day in (("Jan Peeters", "2026-11-02"), ("Els Claes", "2026-11-12")):
            args = ["add", "--right", "access", "--name", name, "--received", day]
            assert main(args) == 0
    yield pg_cluster, db, local


def _server_window(qtbot: Any, office_db: Any, login: str, tmp_path: Path) -> Any:
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.gui.main import server_opener
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.storage.server_url import parse_server_url

    cluster, db, _local = office_db
    address = parse_server_url(cluster.url(db, login))
    clock = FixedClock.on(date(2026, 11, 25))
    wb = open_server_workbench(address, tmp_path, front_end="app", clock=clock)
    window = MainWindow(wb, tmp_path, opener=server_opener(address, tmp_path), clock=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_an_assistant_on_the_server_sees_a_change_within_two_seconds(
    qtbot: Any, office_db: Any, tmp_path: Path
) -> None:
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.storage.server_url import parse_server_url

    window = _server_window(qtbot, office_db, "an_assistant", tmp_path)
    try:
        assert window.office.label.text() == "an_assistant — assistant"
        assert window.office.listener is not None and not window.office.poll.isActive()
        assert not window.office.may_change_settings()  # reads them, read-only
        rows = window.model.rowCount()
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "assistant.png"))
        cluster, db, _local = office_db
        other = open_server_workbench(parse_server_url(cluster.url(db)), tmp_path / "o")
        try:
            register(other, "Luc Janssens")
        finally:
            other.close()
        qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=2_000)
    finally:
        window.close()


def test_management_on_the_server_sees_the_register_without_names(
    qtbot: Any, office_db: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from cluma_dpo.gui.models.requests_model import COL_DAYS, COL_SUBJECT

    window = _server_window(qtbot, office_db, "the_board", tmp_path)
    try:
        assert "the_board — management" in window.windowTitle()
        model = window.model
        assert model.rowCount() >= 2  # the fixture's two (and the assistant test's one)
        shown = [
            str(model.data(model.index(row, col), role) or "")
            for row in range(model.rowCount())
            for col in range(model.columnCount())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ]
        assert {"DSR-2026-0001", "DSR-2026-0002"} <= set(shown)
        assert not any(name in text for text in shown for name in ("Peeters", "Claes", "Janssens"))
        assert model.data(model.index(0, COL_DAYS)) not in (None, "")  # days left
        assert window.list_panel.table.isColumnHidden(COL_SUBJECT)
        assert not window.detail.isVisible() and window.detail.view is None
        window.list_panel.select_reference("DSR-2026-0001")  # read-only: nothing opens
        assert window.detail.view is None and not window.acts["close"].isEnabled()
        assert window.acts["quarterly"].isEnabled() and not window.acts["new"].isEnabled()
        assert window.office.note is not None and window.office.note.isVisible()
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "management.png"))
        # the one thing management does: the quarterly report, from the figures
        from cluma_dpo.gui.workers import wait_for_tasks

        target = tmp_path / "q.xlsx"
        window.ask_save_path = lambda *_a: target
        dialog = window.commands.quarterly()
        dialog.accept()
        qtbot.waitUntil(target.exists, timeout=20_000)
        wait_for_tasks()
        assert "Jan Peeters" not in target.read_bytes().decode("latin-1")
    finally:
        window.close()


def test_the_sign_in_dialog_asks_the_password_libpq_does_not_have(
    qtbot: Any, office_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through TCP the server wants a password; without PGPASSWORD or ~/.pgpass the app
    asks it in its sign-in dialog (a wrong one says so and asks again)."""
    from cluma_dpo.gui import main as gui_main
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog
    from cluma_dpo.storage.server_url import parse_server_url

    cluster, db, _local = office_db
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    address = parse_server_url(cluster.url(db, "an_assistant", tcp=True))
    seen: list[UnlockDialog] = []

    def answer(dialog: UnlockDialog) -> int:
        seen.append(dialog)
        assert dialog.ui.passphraseLabel.text() == "Server &password:"
        dialog.ui.passphraseEdit.setText("not the password")
        dialog.accept()
        assert dialog.workbench is None and dialog.ui.errorLabel.text()  # refused: says so
        dialog.ui.passphraseEdit.setText(PASSWORD)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    opened = gui_main.open_server_at_start(tmp_path, address)
    assert seen and opened is not None
    try:
        assert opened.workbench.signed_in() == ("an_assistant", "assistant")
    finally:
        opened.workbench.close()


def test_the_idle_lock_asks_the_server_password_even_when_libpq_has_one(
    qtbot: Any, office_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No passphrase on a server, but the lock still closes the screen: the person at it
    proves who they are with their server password (PGPASSWORD does not unlock it)."""
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.gui.main import server_opener
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.storage.server_url import parse_server_url

    cluster, db, _local = office_db
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # libpq's own: signs in without a dialog
    address = parse_server_url(cluster.url(db, "an_assistant", tcp=True))
    wb = open_server_workbench(address, tmp_path, front_end="app")
    window = MainWindow(wb, tmp_path, opener=server_opener(address, tmp_path))
    qtbot.addWidget(window)
    window.show()  # qtbot closes it (and its database) at the end
    window.lock()
    assert window.locked and window.office.listener is None
    dialog = window.ask_unlock()
    assert dialog is not None and "Server:" in dialog.ui.locationLabel.text()
    dialog.ui.passphraseEdit.setText("not the password")
    dialog.accept()
    assert window.locked and dialog.ui.errorLabel.text()
    dialog.ui.passphraseEdit.setText(PASSWORD)
    dialog.accept()
    assert not window.locked and window.office.listener is not None
    assert window.office.label.text() == "an_assistant — assistant"
