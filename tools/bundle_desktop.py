"""The Linux desktop entry of the bundle: the .desktop file, its icon, and putting both into
(and taking them out of) the user's menu under $XDG_DATA_HOME (default ~/.local/share).

Only two files are written: applications/cluma-dpo.desktop and
icons/hicolor/256x256/apps/cluma-dpo.png. The data dir ($XDG_DATA_HOME/cluma-dpo, the
encrypted database) is never touched: uninstalling leaves the DPO's data where it is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

APP = "cluma-dpo"
DESKTOP_NAME = f"{APP}.desktop"
ICON_NAME = f"{APP}.png"
ICON_SIZE = 256
# the icon's colours: white glyph on the blue of a desktop folder, readable on dark and light
ICON_BACKGROUND = "#1f5f99"
ICON_GLYPH = "mdi6.shield-lock-outline"  # the app's window icon (gui/icons.py, "app")


def data_home(env: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if set to an absolute path (as the XDG spec says), else ~/.local/share."""
    env = dict(os.environ) if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def _quote_exec(path: Path) -> str:
    """A path as one argument of a desktop entry's Exec key (the spec's quoting rules)."""
    text = str(path)
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`="):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(executable: Path, version: str) -> str:
    """The .desktop file: the bundle's executable without arguments starts the app."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",  # nothing here needs 1.5; desktop-file-validate 0.26 knows 1.4
            "Name=Cluma DPO",
            "GenericName=GDPR request desk",
            "GenericName[nl]=AVG-verzoeken",
            "GenericName[fr]=Demandes RGPD",
            "GenericName[de]=DSGVO-Anträge",
            "Comment=The GDPR rights requests of Cluma Engineering NV's DPO",
            "Comment[nl]=De AVG-verzoeken van de DPO van Cluma Engineering NV",
            "Comment[fr]=Les demandes RGPD du DPO de Cluma Engineering NV",
            "Comment[de]=Die DSGVO-Anträge des DSB von Cluma Engineering NV",
            f"Exec={_quote_exec(executable)}",
            f"TryExec={executable}",
            f"Icon={APP}",
            "Terminal=false",
            "Categories=Office;",
            "StartupNotify=true",
            f"StartupWMClass={APP}",
            f"X-Cluma-DPO-Version={version}",
            "",
        ]
    )


def render_icon(target: Path) -> Path:
    """Draw the app's icon (the window icon's glyph on a rounded square) to a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qtawesome as qta
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ICON_BACKGROUND))
    margin = ICON_SIZE / 16
    square = QRectF(margin, margin, ICON_SIZE - 2 * margin, ICON_SIZE - 2 * margin)
    painter.drawRoundedRect(square, ICON_SIZE / 6, ICON_SIZE / 6)
    glyph = qta.icon(ICON_GLYPH, color="white").pixmap(int(ICON_SIZE * 0.7))
    offset = (ICON_SIZE - glyph.width()) // 2
    painter.drawPixmap(offset, offset, glyph)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write the icon {target}")
    del app
    return target


def installed_paths(home: Path) -> tuple[Path, Path]:
    """Where --install puts the desktop entry and the icon."""
    icon = home / "icons" / "hicolor" / f"{ICON_SIZE}x{ICON_SIZE}" / "apps" / ICON_NAME
    return home / "applications" / DESKTOP_NAME, icon


def install(bundle: Path, version: str, home: Path) -> list[Path]:
    """Put the bundle's desktop entry and icon into the menu; returns the files written."""
    executable = bundle / APP
    icon_source = bundle / ICON_NAME
    for needed in (executable, icon_source):
        if not needed.is_file():
            raise SystemExit(f"{needed} is missing: build the bundle first")
    entry, icon = installed_paths(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(executable.resolve(), version), encoding="utf-8")
    shutil.copyfile(icon_source, icon)
    _refresh_caches(home)
    return [entry, icon]


def uninstall(home: Path) -> list[Path]:
    """Take the desktop entry and icon out again; the data dir is left alone."""
    removed = []
    for path in installed_paths(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change where its tools are installed (best effort:
    most menus watch the folder anyway)."""
    for tool, folder in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            extra = ["-q", "-t"] if tool == "gtk-update-icon-cache" else ["-q"]
            subprocess.run([exe, *extra, str(folder)], check=False, capture_output=True)


def menu(option: str, bundle: Path, version: str, home: Path) -> int:
    """--install / --uninstall, saying what was written or removed: the one place both the
    source tree's tools/build_bundle.py and the bundle's own program (bundle_entry) use."""
    if option == "--install":
        for path in install(bundle, version, home):
            print(f"installed {path}")
        return 0
    removed = uninstall(home)
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("nothing to remove: cluma-dpo was not in the menu")
    return 0
