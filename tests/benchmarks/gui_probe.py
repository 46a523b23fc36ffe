"""Open the main window on a database in a fresh process and report, as one JSON line, how
long it took and the resident memory with the list open (Linux: /proc/self/status).

    python -m tests.benchmarks.gui_probe DATA_DIR      (passphrase in CLUMA_DPO_PASSPHRASE)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def memory_kib() -> dict[str, int]:
    """VmRSS (resident now) and VmHWM (the peak) of this process, in KiB."""
    out: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def main(directory: Path, passphrase: str) -> dict[str, object]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="cluma-bench-qsettings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    from cluma_dpo.gui.main import configure

    configure(app)
    from cluma_dpo.app import open_workbench
    from cluma_dpo.gui.mainwindow import MainWindow

    started = time.perf_counter()
    wb = open_workbench(directory, passphrase, front_end="app")
    opened = time.perf_counter()
    window = MainWindow(wb, directory)
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    # Let the window settle: the deadline notice runs from the event loop after populate().
    QTimer.singleShot(1500, app.quit)
    app.exec()
    result: dict[str, object] = {
        "open_s": opened - started,
        "window_s": shown - opened,
        "populate_s": window.populated_in,
        "rows_loaded": window.model.loaded,
        "rows_total": window.model.total,
        **memory_kib(),
    }
    window.close()
    return result


if __name__ == "__main__":
    secret = os.environ["CLUMA_DPO_PASSPHRASE"]
    print(json.dumps(main(Path(sys.argv[1]), secret)))
