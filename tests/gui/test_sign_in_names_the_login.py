"""The sign-in dialog names the login on a line of its own, then the server and the
database (DPO on the server, finding 15: "Server: postgresql://bert@localhost:55447/privacy"
hid the login inside a URL that means nothing to an assistant)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.gui.dialogs.unlock import UnlockDialog


def _never(_password: str) -> Any:
    raise AssertionError("not opened in this test")


@pytest.mark.parametrize(
    ("shown", "lines"),
    [
        (
            "postgresql://bert@db.example.be:5433/privacy",
            ["Login: bert", "Server: db.example.be:5433, database privacy"],
        ),
        (
            "postgresql://anna@localhost/privacy",
            ["Login: anna", "Server: localhost, database privacy"],
        ),
        ("postgresql://anna@/privacy", ["Login: anna", "Server: this computer, database privacy"]),
    ],
)
def test_the_login_has_its_own_line(
    qtbot: Any, tmp_path: Path, shown: str, lines: list[str]
) -> None:
    dialog = UnlockDialog(tmp_path, _never, server=shown)
    qtbot.addWidget(dialog)
    assert dialog.ui.locationLabel.text().splitlines() == lines
