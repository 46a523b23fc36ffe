"""Help ▸ About names the version and where the data lives (issue 19, item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from cluma_dpo import __version__


def test_about_shows_the_version_and_the_data_folder(
    window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.commands.about()
    assert len(shown) == 1
    assert __version__ in shown[0]
    assert str(data_dir) in shown[0]
