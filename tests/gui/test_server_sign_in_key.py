"""The window's sign-in on a shared server (issue 18): a password changed outside the program
no longer opens the login's key to the documents, and the sign-in says so at once, in words
(no command), pointing to a dpo; F1 in the server's sign-in opens the manual's chapter on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PASSWORD = "A password of 24 letters"  # what `users add` sets (tests/pg_cluster.py)
OUTSIDE = "Changed with ALTER ROLE, 29"


def test_a_password_changed_outside_is_said_at_sign_in(
    qtbot: Any, pg_cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.cli import main
    from cluma_dpo.gui import main as gui_main
    from cluma_dpo.storage.server_url import parse_server_url

    db = pg_cluster.new_database()
    login = f"{db}_pw_assi"
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "local"))
    monkeypatch.setenv("CLUMA_DPO_DATABASE_URL", pg_cluster.url(db))
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
    assert main(["init"]) == 0
    assert main(["users", "add", login, "--role", "assistant"]) == 0
    said: list[str] = []
    monkeypatch.setattr(gui_main.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    address = parse_server_url(pg_cluster.url(db, login, tcp=True))

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # the password it was given: nothing to say
    opened = gui_main.open_server_at_start(tmp_path / "app", address)
    assert opened is not None
    opened.workbench.close()
    assert said == []

    with pg_cluster.admin() as conn:  # as a server's administrator could
        conn.execute(f"ALTER ROLE {login} PASSWORD '{OUTSIDE}'")
    monkeypatch.setenv("PGPASSWORD", OUTSIDE)
    opened = gui_main.open_server_at_start(tmp_path / "app", address)
    assert opened is not None  # signed in: the register still works
    try:
        assert opened.workbench.signed_in() == (login, "assistant")
    finally:
        opened.workbench.close()
    [text] = said
    assert "changed outside the program" in text and "dpo" in text and "reset" in text
    assert "cluma-dpo" not in text and "\n" not in text


def test_f1_in_the_server_sign_in_opens_the_server_chapter(qtbot: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui import help as context_help
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    sign_in = UnlockDialog(tmp_path, lambda _s: None, server="postgresql://an@db/office")  # type: ignore[arg-type, return-value]
    qtbot.addWidget(sign_in)
    assert context_help.help_section_for(sign_in) == "server-sign-in"
    unlock = UnlockDialog(tmp_path, lambda _s: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(unlock)
    assert context_help.help_section_for(unlock) == "lost-passphrase"  # the file: as before
