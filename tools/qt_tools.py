"""Find Qt's build tools (uic, lupdate, lrelease) inside the PySide6 of the running interpreter.

Never through PATH: a developer's shell may have other Qt tools (or none) on it, and a test
that passes only because of what happens to be on PATH lies about a fresh machine. The
binaries ship in the PySide6 wheels; this is where `PySide6/scripts/pyside_tool.py` itself
looks for them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6

_PYSIDE = Path(PySide6.__file__).resolve().parent
# uic and rcc live in Qt's libexec folder except on Windows; the Linguist tools sit beside
# the package (pyside_tool.qt_tool_wrapper).
_LIBEXEC = frozenset({"uic", "rcc"})


def qt_tool(name: str) -> list[str]:
    """The command line that runs Qt tool `name` from this interpreter's PySide6."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if name in _LIBEXEC and sys.platform != "win32":
        exe = _PYSIDE / "Qt" / "libexec" / name
    else:
        exe = _PYSIDE / f"{name}{suffix}"
    if not exe.is_file():
        raise FileNotFoundError(
            f"Qt tool {name!r} not found at {exe}; install PySide6 (pip install -e '.[test]')"
        )
    extra = ["--generator", "python"] if name == "uic" else []
    return [str(exe), *extra]
