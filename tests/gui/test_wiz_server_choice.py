"""The first-run wizard's "shared server" choice (issue 18): the address built and checked by
the program's own URL rules, Connect signs in, the choice remembered for the next start
(never a password), and the ways back to the file on this computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from cluma_dpo.app import forget_server, remember_server, remembered_server
from cluma_dpo.domain.errors import StoreError
from cluma_dpo.domain.messages import msg
from cluma_dpo.gui.dialogs.first_run import PASSPHRASE, FirstRunDialog
from cluma_dpo.storage.server_url import ServerAddress, parse_server_url, server_url

PASSWORD = "A password of 24 letters"


class Connector:
    """Records what the wizard asked to open; raises `refusal` when given one."""

    def __init__(self, refusal: StoreError | None = None) -> None:
        self.asked: list[tuple[ServerAddress, str | None]] = []
        self.refusal = refusal

    def __call__(self, address: ServerAddress, password: str | None) -> Any:
        self.asked.append((address, password))
        if self.refusal is not None:
            raise self.refusal
        return object()


def _wizard(qtbot: Any, folder: Path, connector: Any) -> FirstRunDialog:
    dialog = FirstRunDialog(folder, lambda *_a: pytest.fail("no file is made"), connector=connector)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: FirstRunDialog, host: str, database: str, login: str, port: int = 5432) -> None:
    ui = dialog.ui
    ui.serverRadio.setChecked(True)
    ui.hostEdit.setText(host)
    ui.portSpin.setValue(port)
    ui.databaseEdit.setText(database)
    ui.loginEdit.setText(login)


# -- the address ---------------------------------------------------------------------------


def test_the_fields_make_the_url_the_program_reads_back() -> None:
    local = server_url("an.dpo", "localhost", 5433, "office")
    assert local.url() == "postgresql://an.dpo@localhost:5433/office"
    remote = server_url("an.dpo", "db.example.com", 5432, "office", "/etc/ca.crt")
    assert dict(remote.options) == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.crt"}
    socket = server_url("an", "/run/postgresql", 5432, "office")
    for address in (local, remote, socket, server_url("an", "::1", 5432, "o")):
        assert parse_server_url(address.url()) == address


def test_remembering_keeps_the_url_and_never_a_password(tmp_path: Path) -> None:
    address = server_url("an", "db.example.com", 5432, "office", "/etc/ca.crt")
    remember_server(tmp_path, address)
    kept = remembered_server(tmp_path)
    assert kept is not None and parse_server_url(kept) == address
    assert (tmp_path / "server-url").stat().st_mode & 0o077 == 0  # the owner's alone
    forget_server(tmp_path)
    assert remembered_server(tmp_path) is None


# -- the wizard's first page ---------------------------------------------------------------


def test_the_file_stays_the_default_and_the_server_is_a_choice(qtbot: Any, tmp_path: Path) -> None:
    dialog = _wizard(qtbot, tmp_path / "new", Connector())
    ui = dialog.ui
    assert dialog.currentId() == PASSPHRASE
    assert ui.fileRadio.isChecked() and ui.passphraseEdit.isVisible()
    assert not ui.serverBox.isVisible()
    ui.serverRadio.setChecked(True)
    assert ui.serverBox.isVisible() and not ui.passphraseEdit.isVisible()
    assert ui.portSpin.value() == 5432
    connect = dialog.button(QWizard.WizardButton.FinishButton)
    assert connect.isVisible() and connect.text() == "&Connect"
    assert not dialog.button(QWizard.WizardButton.NextButton).isVisible()
    assert dialog.button(QWizard.WizardButton.CancelButton).isVisible()  # nothing made yet
    assert not connect.isEnabled()  # the database and the login first
    ui.databaseEdit.setText("office")
    ui.loginEdit.setText("an")
    assert connect.isEnabled()
    assert not ui.caEdit.isEnabled()  # this computer: no certificate needed
    ui.hostEdit.setText("db.example.com")
    assert ui.caEdit.isEnabled()
    ui.fileRadio.setChecked(True)
    assert dialog.button(QWizard.WizardButton.NextButton).isVisible()
    assert not connect.isVisible()


def test_a_password_in_the_address_is_refused(qtbot: Any, tmp_path: Path) -> None:
    connector = Connector()
    dialog = _wizard(qtbot, tmp_path / "new", connector)
    _fill(dialog, "localhost", "office", "an:secret")
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert dialog.isVisible() and not connector.asked
    said = dialog.ui.serverError.text()
    assert "password does not belong" in said and "never stored" in said
    assert "secret" not in said and "URL" not in said  # the page shows no URL
    assert remembered_server(tmp_path / "new") is None
    dialog.ui.loginEdit.setText("an")
    dialog.ui.hostEdit.setText("secret@localhost")  # the other place a password could go
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert not connector.asked and "@" in dialog.ui.serverError.text()
    assert remembered_server(tmp_path / "new") is None


def test_a_server_elsewhere_needs_its_ca_certificate(qtbot: Any, tmp_path: Path) -> None:
    connector = Connector()
    dialog = _wizard(qtbot, tmp_path / "new", connector)
    _fill(dialog, "db.example.com", "office", "an")
    dialog.button(QWizard.WizardButton.FinishButton).click()
    said = dialog.ui.serverError.text()
    assert not connector.asked and "CA certificate" in said and "administrator" in said
    dialog.ui.caEdit.setText(str(tmp_path / "missing.crt"))
    assert not dialog.ui.serverError.isVisible()  # said of what was there before: gone
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert not connector.asked and "There is no file" in dialog.ui.serverError.text()
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.ui.caEdit.setText(str(ca))
    with qtbot.waitSignal(dialog.accepted):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    address, password = connector.asked[0]
    assert password is None  # libpq's own first (PGPASSWORD, ~/.pgpass)
    assert dict(address.options) == {"sslmode": "verify-full", "sslrootcert": str(ca)}
    assert remembered_server(tmp_path / "new") == address.url()


def test_the_sign_in_dialog_asks_a_password_libpq_does_not_have(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    typed: list[str | None] = []

    def connector(address: ServerAddress, password: str | None) -> Any:
        typed.append(password)
        if password != PASSWORD:
            raise StoreError(
                msg("server.password_needed" if password is None else "server.login_refused")
            )
        return object()

    def answer(dialog: UnlockDialog) -> int:
        assert dialog.ui.passphraseLabel.text() == "Server &password:"
        dialog.ui.passphraseEdit.setText("wrong")
        dialog.accept()
        assert dialog.ui.errorLabel.text()  # refused: says so, asks again
        dialog.ui.passphraseEdit.setText(PASSWORD)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    dialog = _wizard(qtbot, tmp_path / "new", connector)
    _fill(dialog, "", "office", "an")
    with qtbot.waitSignal(dialog.accepted):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    assert typed == [None, "wrong", PASSWORD]
    assert dialog.server.workbench is not None
    kept = remembered_server(tmp_path / "new") or ""
    assert PASSWORD not in kept and "wrong" not in kept


# -- against the real test cluster ---------------------------------------------------------


@pytest.fixture(scope="module")
def server_db(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An initialised server database (its owner ran init) and an empty one."""
    from cluma_dpo.cli import main

    ready, empty = pg_cluster.new_database(), pg_cluster.new_database()
    local = tmp_path_factory.mktemp("wiz") / "local"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(local))
        mp.setenv("CLUMA_DPO_DATABASE_URL", pg_cluster.url(ready))
        mp.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
        assert main(["init"]) == 0
    yield pg_cluster, ready, empty


def test_connect_opens_the_server_and_the_next_start_opens_it_again(
    qtbot: Any, server_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import main as gui_main
    from cluma_dpo.gui.dialogs.server_choice import default_connector
    from tests.pg_cluster import OWNER

    cluster, ready, _empty = server_db
    folder = tmp_path / "local"
    dialog = _wizard(qtbot, folder, default_connector(folder))
    _fill(dialog, "127.0.0.1", ready, OWNER, port=cluster.port)  # its password: ~/.pgpass
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.button(QWizard.WizardButton.FinishButton).click()
    wb = dialog.server.workbench
    assert wb is not None
    try:
        assert wb.signed_in() == (OWNER, "owner")
    finally:
        wb.close()
    kept = remembered_server(folder)
    assert kept == f"postgresql://{OWNER}@127.0.0.1:{cluster.port}/{ready}"
    assert not (folder / "cluma-dpo.db").exists()  # no file was made
    # the next start, without --database-url: the remembered server
    address = gui_main.remembered_address(folder)
    assert address is not None
    monkeypatch.setattr(gui_main, "open_at_start", lambda _d: pytest.fail("the file is not opened"))
    opened = gui_main.open_server_at_start(folder, address, remembered=True)
    assert opened is not None and opened.server == address
    try:
        assert opened.workbench.signed_in() == (OWNER, "owner")
    finally:
        opened.workbench.close()


def test_a_database_not_set_up_says_whom_to_ask(qtbot: Any, server_db: Any, tmp_path: Path) -> None:
    from cluma_dpo.gui.dialogs.server_choice import default_connector
    from tests.pg_cluster import OWNER

    cluster, _ready, empty = server_db
    folder = tmp_path / "local"
    dialog = _wizard(qtbot, folder, default_connector(folder))
    _fill(dialog, "127.0.0.1", empty, OWNER, port=cluster.port)
    dialog.button(QWizard.WizardButton.FinishButton).click()
    said = dialog.ui.serverError.text()
    assert dialog.isVisible() and dialog.server.workbench is None
    assert "has not been set up" in said and "administrator" in said and empty in said
    assert "cluma-dpo" not in said and "init" not in said  # no command in a GUI message
    assert remembered_server(folder) is None


def test_the_option_and_the_environment_win_over_the_remembered_server(tmp_path: Path) -> None:
    from cluma_dpo.gui.main import start_server

    assert start_server(tmp_path, None) == (None, False)  # nothing remembered: the file
    remembered = server_url("an", "localhost", 5432, "office")
    remember_server(tmp_path, remembered)
    assert start_server(tmp_path, None) == (remembered, True)
    given = server_url("bert", "localhost", 5433, "other")
    assert start_server(tmp_path, given) == (given, False)
    (tmp_path / "server-url").write_text("postgresql://an:secret@localhost/office")
    assert start_server(tmp_path, None) == (None, False)  # edited into one refused: the file


# -- the ways back to the file -------------------------------------------------------------


def test_the_sign_in_of_a_remembered_server_offers_this_computer_instead(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import main as gui_main
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    address = server_url("an", "localhost", 5432, "office")
    remember_server(tmp_path, address)

    def needs_password(*_a: Any, **_k: Any) -> Any:
        raise StoreError(msg("server.password_needed"))

    monkeypatch.setattr("cluma_dpo.app.open_server_workbench", needs_password)

    def use_file(dialog: UnlockDialog) -> int:
        buttons = [b.text() for b in dialog.ui.buttonBox.buttons()]
        assert "Use &this computer instead" in buttons
        other = next(b for b in dialog.ui.buttonBox.buttons() if "computer" in b.text())
        other.click()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", use_file)
    files: list[Path] = []
    monkeypatch.setattr(gui_main, "open_at_start", lambda d: files.append(d))
    assert gui_main.open_server_at_start(tmp_path, address, remembered=True) is None
    assert files == [tmp_path]  # the file's own start: unlock, or the first-run wizard
    assert remembered_server(tmp_path) is None


def test_a_server_named_on_the_command_line_is_not_offered_to_forget(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import main as gui_main
    from cluma_dpo.gui.dialogs.unlock import UnlockDialog

    address = server_url("an", "localhost", 5432, "office")

    def needs_password(*_a: Any, **_k: Any) -> Any:
        raise StoreError(msg("server.password_needed"))

    monkeypatch.setattr("cluma_dpo.app.open_server_workbench", needs_password)
    seen: list[list[str]] = []

    def cancel(dialog: UnlockDialog) -> int:
        seen.append([b.text() for b in dialog.ui.buttonBox.buttons()])
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", cancel)
    assert gui_main.open_server_at_start(tmp_path, address) is None
    assert seen and not any("computer" in t for t in seen[0])


def test_an_unreachable_remembered_server_may_be_left_for_the_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cluma_dpo.gui import main as gui_main

    address = server_url("an", "localhost", 5432, "office")
    remember_server(tmp_path, address)

    def unreachable(*_a: Any, **_k: Any) -> Any:
        raise StoreError(msg("server.unreachable"))

    monkeypatch.setattr("cluma_dpo.app.open_server_workbench", unreachable)
    monkeypatch.setattr(gui_main, "_use_file_instead", lambda said, _a: "reached" in said)
    files: list[Path] = []
    monkeypatch.setattr(gui_main, "open_at_start", lambda d: files.append(d))
    gui_main.open_server_at_start(tmp_path, address, remembered=True)
    assert files == [tmp_path] and remembered_server(tmp_path) is None


def test_file_menu_forgets_the_remembered_server(
    window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = server_url("an", "localhost", 5432, "office")
    forget = window.office.forget
    assert not forget.isVisible()  # the file: nothing to forget
    remember_server(data_dir, address)
    monkeypatch.setattr(window.wb, "signed_in", lambda: ("an", "dpo"), raising=False)
    monkeypatch.setattr(window.wb, "server_shown", lambda: address.shown())
    monkeypatch.setattr(window.wb, "change_listener", lambda: None)
    window.populate()
    assert forget.isVisible() and forget.isEnabled()
    assert forget in window.menus["file"].actions()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert not window.office.forget_server()
    assert remembered_server(data_dir) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert window.office.forget_server()
    assert remembered_server(data_dir) is None and not forget.isVisible()
    assert "this computer" in window.statusBar().currentMessage()
