"""The desktop workbench (PySide6): a thin client of services.workbench.Workbench.

Entry point: `main.run_app`. The GUI never imports the storage layer (import-linter).
"""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of the PySide6 6.12 abi3 wheels on Python < 3.12.

    A void Qt method called from Python (label.setText, widget.setVisible, ...) returns
    None without taking a new reference to it. Python 3.12 made None immortal, so there
    it is harmless; on 3.11 every call drops one reference, and after some thousands of
    calls the interpreter aborts with "deallocating None". Giving None the kind of
    reference count 3.12 gives it makes the dropped references harmless here too.
    tests/gui/test_look.py calls setText far more often than the app ever would.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    from PySide6 import __version__ as pyside_version

    if not pyside_version.startswith("6.12."):  # pyproject pins <6.12; guard a forced upgrade
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: PyObject's first field
    if refcount.value < 1 << 40:
        refcount.value += 1 << 48


_keep_none_alive()
