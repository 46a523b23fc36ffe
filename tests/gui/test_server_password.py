"""File ▸ Change password… on a shared server (DPO on the server, finding 11): the signed-in
login changes its own server password in the window, its key to the documents follows, and
the window stays signed in (a connection opened afterwards uses the new password)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import register, signed_in_as

PASSWORD = "A password of 24 letters"  # tests/pg_cluster.py: every login the tests add
NEW = "The new one, of 24 chars"


@pytest.mark.parametrize("role", ["dpo", "assistant", "management"])
def test_every_role_may_change_its_own_password(
    window: Any, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    signed_in_as(window, monkeypatch, "someone", role)
    action = window.acts["passphrase"]
    assert action.isEnabled() and action.text() == "Change &password…"
    assert "server" in action.toolTip()


def test_the_file_keeps_its_passphrase_action(window: Any) -> None:
    assert window.acts["passphrase"].text() == "Change &passphrase…"


def test_the_login_changes_its_password_and_the_window_goes_on(
    qtbot: Any, pg_cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.app import open_server_workbench
    from cluma_dpo.cli import main
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.gui.dialogs.passphrase import ServerPasswordDialog
    from cluma_dpo.gui.main import server_opener
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("CLUMA_DPO_DATABASE_URL", pg_cluster.url(db))
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
    assert main(["init"]) == 0
    assert main(["users", "add", "bert", "--role", "assistant"]) == 0
    monkeypatch.delenv("CLUMA_DPO_DATABASE_URL")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    address = parse_server_url(pg_cluster.url(db, "bert", tcp=True))
    clock = FixedClock.on(date(2026, 11, 25))
    wb = open_server_workbench(address, tmp_path, front_end="app", clock=clock, password=PASSWORD)
    window = MainWindow(wb, tmp_path, opener=server_opener(address, tmp_path), clock=clock)
    qtbot.addWidget(window)
    window.show()
    try:
        register(wb, "Jan Peeters")
        window.acts["passphrase"].trigger()
        dialog = window.commands.last_dialog
        assert isinstance(dialog, ServerPasswordDialog)
        dialog.current.setText("not the password")
        dialog.new.setText(NEW)
        dialog.repeat.setText(NEW)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=20_000)
        assert dialog.current_error.text().endswith("The current password is not correct.")
        dialog.current.setText(PASSWORD)
        dialog.accept()
        qtbot.waitUntil(
            lambda: "Password changed" in window.statusBar().currentMessage(), timeout=20_000
        )
        wb.store.engine.dispose()  # the next connection signs in anew
        window.reload()
        assert window.model.rowCount() == 1
    finally:
        window.close()
        wb.close()
    monkeypatch.setenv("PGPASSWORD", NEW)
    again = open_server_workbench(address, tmp_path / "again", front_end="app")
    try:
        assert again.signed_in() == ("bert", "assistant")
        assert again.documents_key_problem() is None
    finally:
        again.close()
