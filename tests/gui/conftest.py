"""GUI test fixtures: an isolated QSettings file, a temporary encrypted database, the window.

Creating a database costs a key derivation and the schema; one template is made per test
session and copied for each test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

PASSPHRASE = "test passphrase 123"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Never the user's data dir, config or log; never a passphrase from the environment.

    The screens stay in English, the source language, whatever translations exist.
    """
    from cluma_dpo.gui.ui_settings import ui_settings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    ui_settings().setValue("interface/language", "en")
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        from cluma_dpo.gui.main import install_translations

        install_translations(app, "en")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.domain.clock import FixedClock
    from tests.conftest import TODAY

    folder = tmp_path_factory.mktemp("template")
    # on the tests' day: an entry dated by the machine's clock (after TODAY) would make every
    # window's retention check find the clock wrong and ask about the date
    wb = open_workbench(folder, PASSPHRASE, create=True, clock=FixedClock.on(TODAY))
    wb.record("database-created", None, None)
    wb.close()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, template_db: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_db, target)
    return target


@pytest.fixture
def wb(data_dir: Path) -> Iterator[Any]:
    from cluma_dpo.app import open_workbench

    bench = open_workbench(data_dir, PASSPHRASE, front_end="app")
    yield bench
    bench.close()


@pytest.fixture
def window(qtbot: Any, wb: Any, data_dir: Path) -> Iterator[Any]:
    from cluma_dpo.gui.mainwindow import MainWindow

    w = MainWindow(wb, data_dir)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    if w.wb is wb:
        w.wb = None  # the wb fixture closes its own database; closeEvent closes any other
    w.close()


def register(
    wb: Any,
    name: str,
    *,
    days_ago: int = 1,
    rights: tuple[str, ...] = ("access",),
    email: str | None = None,
    **extra: Any,
) -> str:
    from cluma_dpo.services.requests import NewRequest

    return wb.register(
        NewRequest(
            rights=list(rights),
            name=name,
            email=email,
            received=wb.today() - timedelta(days=days_ago),
            **extra,
        )
    )


def signed_in_as(window: Any, monkeypatch: pytest.MonkeyPatch, login: str, role: str) -> None:
    """The window's workbench says it is signed in to a shared server as `login` with `role`
    (issue 18; the server is not needed to test what the window offers that role)."""
    monkeypatch.setattr(window.wb, "signed_in", lambda: (login, role), raising=False)
    monkeypatch.setattr(window.wb, "server_shown", lambda: "postgresql://x@localhost/o")
    monkeypatch.setattr(window.wb, "change_listener", lambda: None)
    window.populate()
