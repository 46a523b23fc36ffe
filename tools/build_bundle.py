"""Build the self-contained desktop bundle of cluma-dpo for this platform (no Python needed
on the machine that runs it), and on Linux put it into (or take it out of) the desktop menu.

    python tools/build_bundle.py               build dist/cluma-dpo-VERSION-PLATFORM/ + archive
    python tools/build_bundle.py --install     Linux: desktop entry + icon under $XDG_DATA_HOME
    python tools/build_bundle.py --uninstall   Linux: remove them again (the data stays)

Needs the `bundle` extra (`pip install -e '.[bundle]'`: PyInstaller). PyInstaller, not
pyside6-deploy (Nuitka): it freezes in about a minute instead of compiling every module to
C for many minutes (CI builds the bundle on every run), its one-folder bundle takes only
the Qt modules the app imports, and its spec says plainly what goes in
(tools/bundle_contents.py, tools/cluma-dpo.spec).

The bundle is one folder: `cluma-dpo` (`cluma-dpo.exe` on Windows; on macOS also
`Cluma DPO.app`) with everything beside it. It behaves like the installed `cluma-dpo`
command: a verb runs the command line, no verb starts the desktop app; same data dir,
same passphrase handling.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents
import bundle_desktop

ROOT = bundle_contents.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"
SPEC = ROOT / "tools" / "cluma-dpo.spec"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    machine = platform.machine().lower() or "unknown"
    return f"{system}-{machine}"


def bundle_name(version: str | None = None) -> str:
    """cluma-dpo-0.1.0-linux-x86_64: the app's version in the folder's and archive's name."""
    return f"{bundle_contents.APP}-{version or bundle_contents.version()}-{platform_tag()}"


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB"


def build(*, archive: bool = True) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("PyInstaller is missing: pip install -e '.[bundle]'") from None
    name = bundle_name()
    started = time.monotonic()
    icon = bundle_desktop.render_icon(WORK / bundle_desktop.ICON_NAME)
    os.environ["CLUMA_BUNDLE_NAME"] = name
    os.environ["CLUMA_BUNDLE_ICON"] = str(icon)
    pyinstaller.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
        ]
    )
    folder = DIST / name
    shutil.copyfile(icon, folder / bundle_desktop.ICON_NAME)
    print(f"bundle: {folder} ({megabytes(size_of(folder))})")
    if sys.platform == "darwin":
        app = DIST / "Cluma DPO.app"
        print(f"app: {app} ({megabytes(size_of(app))})")
        # shutil's zip would copy the .app's symlinks as files: Apple's ditto keeps them
        print(f'archive it with: ditto -c -k --keepParent "{app}" "{DIST / name}.zip"')
    elif archive:
        fmt = "gztar" if sys.platform.startswith("linux") else "zip"
        made = Path(shutil.make_archive(str(DIST / name), fmt, root_dir=DIST, base_dir=name))
        print(f"archive: {made} ({megabytes(size_of(made))})")
    print(f"built in {time.monotonic() - started:.0f} s")
    return folder


def _linux_only(what: str) -> None:
    if not sys.platform.startswith("linux"):
        raise SystemExit(
            f"{what} is for Linux desktops; on Windows and macOS see README, 'The desktop bundle'"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--install", action="store_true", help="put the built bundle into the desktop menu"
    )
    group.add_argument(
        "--uninstall", action="store_true", help="take it out of the menu (data untouched)"
    )
    parser.add_argument(
        "--bundle", type=Path, help="the bundle folder to install (default: the one built here)"
    )
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    home = bundle_desktop.data_home()
    if args.install or args.uninstall:
        option = "--install" if args.install else "--uninstall"
        _linux_only(option)
        bundle = args.bundle or DIST / bundle_name()
        return bundle_desktop.menu(option, bundle, bundle_contents.version(), home)
    build(archive=not args.no_archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
