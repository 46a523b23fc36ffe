"""The bundle's program: the `cluma-dpo` command (the desktop app without a verb).

On Linux the bundle also puts itself into the desktop menu and takes itself out again,
so the DPO needs no Python for that either:

    ./cluma-dpo --install      the .desktop entry and icon under $XDG_DATA_HOME
    ./cluma-dpo --uninstall    remove them (the data is never touched)
"""

from __future__ import annotations

import sys
from pathlib import Path

MENU_OPTIONS = ("--install", "--uninstall")


def menu(option: str, bundle: Path) -> int:
    """--install / --uninstall of the bundle at `bundle` (the folder of the executable)."""
    import bundle_desktop

    from cluma_dpo import __version__

    if not sys.platform.startswith("linux"):
        print(f"{option} is for Linux desktops; on Windows pin cluma-dpo.exe to Start instead")
        return 2
    return bundle_desktop.menu(option, bundle, __version__, bundle_desktop.data_home())


def run(argv: list[str]) -> int:
    if len(argv) == 2 and argv[1] in MENU_OPTIONS:
        # frozen by PyInstaller, sys.executable is the bundle's cluma-dpo: its folder is the bundle
        return menu(argv[1], Path(sys.executable).resolve().parent)
    from cluma_dpo.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run(sys.argv))
