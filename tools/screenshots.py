"""Screenshots for the README, made from the real widgets over a demo database.

    python tools/screenshots.py [--out docs/screenshots] [--languages nl,fr,en]

Per screen language: main-window-<lang>.png (1366×768, the smallest screen the layout is
made for), new-request-<lang>.png, settings-<lang>.png, first-run-<lang>.png,
letter-<lang>.png, timeline-<lang>.png and save-dialog-<lang>.png; English keeps the older
names without a suffix (main-window.png, ...).
Runs offscreen unless QT_QPA_PLATFORM says otherwise. The demo database holds invented
people only and lives in a temporary folder that is deleted afterwards; the user's own
settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)  # fixed, so that the pictures only change when the program does
PASSPHRASE = "demo passphrase for screenshots"


def _settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _name(shot: str, language: str) -> str:
    return f"{shot}.png" if language == "en" else f"{shot}-{language}.png"


def _chosen_request(window: Any, wb: Any) -> str | None:
    """An open request whose detail panel explains something (a date moved off a weekend)."""
    chosen = None
    for row in range(window.model.rowCount()):
        view = window.model.view_at(row)
        if view is not None and view.status.is_open and view.effective_due_date:
            full = wb.request(view.reference)
            if chosen is None or len(full.explanations.get("statutory", ())) > 3:
                chosen = view.reference
            if len(full.explanations.get("statutory", ())) > 3:
                break
    return chosen


def _new_request(app: Any, window: Any, out: Path, language: str) -> None:
    dialog = window.commands.new_request()
    ui = dialog.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("post"))
    ui.accessCheck.setChecked(True)
    ui.erasureCheck.setChecked(True)
    ui.nameEdit.setText("Ann Peeters")
    ui.emailEdit.setText("ann.peeters@example.be")
    ui.streetEdit.setText("Stationsstraat 12 bus 3")
    ui.postcodeEdit.setText("8800")
    ui.cityEdit.setText("Roeselare")
    _settle(app)
    dialog.grab().save(str(out / _name("new-request", language)))
    dialog.reject()


def _settings(app: Any, window: Any, out: Path, language: str) -> None:
    dialog = window.commands.settings()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.bankTab)
    dialog.fields["bank.iban"].set_text("BE71 0961 2345 676")  # one digit short: refused
    dialog.fields["bank.bic"].set_text("GEBABEBB")
    _settle(app)
    dialog.grab().save(str(out / _name("settings", language)))
    dialog.reject()


def _first_run(app: Any, out: Path, language: str) -> None:
    from cluma_dpo.gui.dialogs.first_run import FirstRunDialog

    # Nothing is created (the creator is never called); the folder is only shown.
    dialog = FirstRunDialog(Path("/home/dpo/.local/share/cluma-dpo"), lambda s, st: None)
    dialog.resize(680, 600)
    dialog.show()
    dialog.ui.passphraseEdit.setText("vier woorden die niemand raadt")
    dialog.ui.repeatEdit.setText("vier woorden die niemand raadt")
    _settle(app)
    dialog.grab().save(str(out / _name("first-run", language)))
    dialog.close()


def _letter(app: Any, window: Any, out: Path, language: str) -> None:
    from PySide6.QtCore import QThread

    letter = window.commands.letter()
    if letter is None:
        return
    letter.resize(760, 700)
    letter.make()
    for _ in range(200):
        _settle(app, 1)
        if letter.pdf is not None:
            break
        QThread.msleep(25)
    _settle(app, 20)
    letter.grab().save(str(out / _name("letter", language)))
    letter.reject()


def _save_dialog(app: Any, window: Any, out: Path, language: str, reference: str) -> None:
    """Qt's own Save dialog (the one a desktop without a platform dialog shows) with the
    name the letter dialog suggests."""
    from cluma_dpo.gui import file_dialogs

    dialog = file_dialogs.save_dialog(
        window,
        window.tr("Save letter"),
        str(out / file_dialogs.letter_name(reference, "extension", language)),
        "PDF (*.pdf)",
        native=False,
    )
    dialog.resize(760, 480)
    dialog.show()
    _settle(app, 10)
    dialog.grab().save(str(out / _name("save-dialog", language)))
    dialog.reject()


def _timeline(app: Any, window: Any, out: Path, language: str) -> None:
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.timeline)
    _settle(app)
    window.grab().save(str(out / _name("timeline", language)))
    detail.tabs.setCurrentIndex(0)


def shoot(app: Any, wb: Any, data: Path, out: Path, language: str) -> list[str]:
    from cluma_dpo.domain.clock import FixedClock
    from cluma_dpo.gui.main import install_translations
    from cluma_dpo.gui.mainwindow import MainWindow

    install_translations(app, language)
    wb.set_setting("interface.language", language)
    window = MainWindow(wb, data, clock=FixedClock.on(TODAY))
    window.resize(1366, 768)
    window.show()
    _settle(app)
    chosen = _chosen_request(window, wb)
    if chosen:
        window.list_panel.select_reference(chosen)
    _settle(app)
    window.grab().save(str(out / _name("main-window", language)))
    _new_request(app, window, out, language)
    _settings(app, window, out, language)
    _first_run(app, out, language)
    if chosen:
        _letter(app, window, out, language)
        _timeline(app, window, out, language)
        _save_dialog(app, window, out, language, chosen)
    window.wb = None  # the database stays open for the next language
    window.close()
    _settle(app)
    return [
        _name(s, language)
        for s in (
            "main-window",
            "new-request",
            "settings",
            "first-run",
            "letter",
            "timeline",
            "save-dialog",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument(
        "--languages", default="nl,fr,en", help="screen languages, comma-separated (nl, fr, en)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    written: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cluma-dpo-shots-") as tmp:
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings")
        )
        app = QApplication.instance() or QApplication([sys.argv[0]])
        from cluma_dpo.app import open_workbench
        from cluma_dpo.domain.clock import FixedClock
        from cluma_dpo.gui.main import configure
        from cluma_dpo.services.demo import fill_demo

        configure(app)  # type: ignore[arg-type]
        data = Path(tmp) / "data"
        # the audit trail on TODAY too: a trail from the real today would be "in the
        # future" for the window, which then warns that the clock looks wrong
        wb = open_workbench(
            data, PASSPHRASE, front_end="app", create=True, clock=FixedClock.on(TODAY)
        )
        wb.record("database-created", None, None)
        fill_demo(wb, 300, seed=2026, today=TODAY)
        try:
            for language in args.languages.split(","):
                written += shoot(app, wb, data, out, language.strip())
        finally:
            wb.close()
    for name in written:
        if (out / name).exists():
            print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
