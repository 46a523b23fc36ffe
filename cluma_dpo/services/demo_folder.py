"""The folder of a demo database: what a chosen folder holds, and the marker that says
"demo" to every later start (the app, the command line) before anything is unlocked.

The demo holds invented people only, so the app locks it with a passphrase that is no
secret and says so (DEMO_PASSPHRASE); the DPO's own passphrase never protects a folder
that may be copied around to show the program.
"""

from __future__ import annotations

import enum
from pathlib import Path

from cluma_dpo.paths import DB_NAME

DEMO_PASSPHRASE = "cluma-dpo-demo"
MARKER = "cluma-dpo-demo.txt"
_SAYS = "Cluma DPO demo data: invented requests only, nothing here is real.\n"
_PASSPHRASE_LINE = "passphrase: "


class DemoFolder(enum.Enum):
    """What a folder chosen for the demo holds."""

    NEW = "new"  # missing or empty: made and filled
    DEMO = "demo"  # a demo database: opened
    DATABASE = "database"  # a database not marked as demo: refused
    NOT_EMPTY = "not-empty"  # other files: refused, never mixed with a demo
    FILE = "file"  # not a folder: refused
    OWN = "own"  # the DPO's own data folder: refused


def demo_folder(directory: Path, own: Path | None = None) -> DemoFolder:
    directory = Path(directory).expanduser()
    if own is not None and _same(directory, Path(own)):
        return DemoFolder.OWN
    if directory.exists() and not directory.is_dir():
        return DemoFolder.FILE
    if not directory.exists():
        return DemoFolder.NEW
    names = {p.name for p in directory.iterdir()}
    if DB_NAME in names:
        return DemoFolder.DEMO if MARKER in names else DemoFolder.DATABASE
    return DemoFolder.NOT_EMPTY if names - {MARKER} else DemoFolder.NEW


def _same(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def is_demo(directory: Path) -> bool:
    """True for a folder marked as holding demo data."""
    return (Path(directory) / MARKER).is_file()


def mark_demo(directory: Path, *, known_passphrase: bool = True) -> None:
    """Mark `directory` as demo data; with the demo passphrase written down when it is the
    one that locks it (the command line lets the user choose another)."""
    text = _SAYS + (f"{_PASSPHRASE_LINE}{DEMO_PASSPHRASE}\n" if known_passphrase else "")
    Path(directory).mkdir(parents=True, exist_ok=True)
    (Path(directory) / MARKER).write_text(text, encoding="utf-8")


def demo_passphrase(directory: Path) -> str | None:
    """The passphrase of the demo in `directory` when it is the known demo one."""
    try:
        lines = (Path(directory) / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return None
    said = {line.removeprefix(_PASSPHRASE_LINE) for line in lines}
    return DEMO_PASSPHRASE if DEMO_PASSPHRASE in said else None
