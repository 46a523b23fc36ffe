"""Screenshots for the README, made from the real widgets over a demo database.

    python tools/screenshots.py [--out docs/screenshots] [--language nl|fr|en]

Writes main-window.png (1366×768, the smallest screen the layout is made for),
new-request.png and letter.png. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
The demo database holds invented people only and lives in a temporary folder that is
deleted afterwards; the user's own settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)  # fixed, so that the pictures only change when the program does
PASSPHRASE = "demo passphrase for screenshots"


def _settle(app: object, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="en", choices=("nl", "fr", "en"),
                        help="screen language (needs its .qm in resources/translations)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory(prefix="cluma-dpo-shots-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(tmp) / "settings"))
        app = QApplication.instance() or QApplication([sys.argv[0]])
        from cluma_dpo.gui.demo import create_database
        from cluma_dpo.gui.main import configure, install_translations
        from cluma_dpo.gui.mainwindow import MainWindow
        from cluma_dpo.services.demo import fill_demo

        configure(app)  # type: ignore[arg-type]
        install_translations(app, args.language)  # type: ignore[arg-type]
        data = Path(tmp) / "data"
        wb = create_database(data, PASSPHRASE, {})
        fill_demo(wb, 300, seed=2026, today=TODAY)
        window = MainWindow(wb, data, today=TODAY)
        window.resize(1366, 768)
        window.show()
        _settle(app)
        # A request that shows what the detail panel explains: an open one with a
        # company target or a due date moved off a weekend.
        chosen = None
        for row in range(window.model.rowCount()):
            view = window.model.view_at(row)
            if view is not None and view.status.is_open and view.effective_due_date:
                full = wb.request(view.reference)
                if chosen is None or len(full.explanations.get("statutory", ())) > 3:
                    chosen = view.reference
                if len(full.explanations.get("statutory", ())) > 3:
                    break
        if chosen:
            window.list_panel.select_reference(chosen)
        _settle(app)
        window.grab().save(str(out / "main-window.png"))

        dialog = window.commands.new_request()
        assert dialog is not None
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("post"))
        ui.accessCheck.setChecked(True)
        ui.erasureCheck.setChecked(True)
        ui.nameEdit.setText("Ann Peeters")
        ui.emailEdit.setText("ann.peeters@example.be")
        ui.streetEdit.setText("Stationsstraat 12 bus 3")
        ui.postcodeEdit.setText("8800")
        ui.cityEdit.setText("Roeselare")
        _settle(app)
        dialog.grab().save(str(out / "new-request.png"))
        dialog.reject()

        if chosen:
            letter = window.commands.letter()
            assert letter is not None
            letter.resize(760, 700)
            letter.make()  # type: ignore[attr-defined]
            for _ in range(200):
                _settle(app, 1)
                if letter.pdf is not None:  # type: ignore[attr-defined]
                    break
                from PySide6.QtCore import QThread

                QThread.msleep(25)
            _settle(app, 20)
            letter.grab().save(str(out / "letter.png"))
            letter.reject()
        window.close()  # closes the database too
    for name in ("main-window.png", "new-request.png", "letter.png"):
        if (out / name).exists():
            print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
