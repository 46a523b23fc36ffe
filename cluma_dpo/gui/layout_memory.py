"""The window's layout between starts: geometry, toolbar, splitter and list columns (QSettings).

Only the shape of the window is kept, never what it showed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from cluma_dpo.gui.ui_settings import ui_settings

# The list's columns (order, widths, which are shown). A new key since h15: the columns kept
# under "list/header" by older versions (all seven, wide) made the list scroll sideways.
HEADER_KEY = "list/columns"

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow


def restore_layout(window: MainWindow) -> None:
    s = ui_settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        screen = window.screen().availableGeometry()
        window.resize(min(1440, int(screen.width() * 0.95)), min(900, int(screen.height() * 0.92)))
        window.splitter.setSizes([window.width() * 3 // 5, window.width() * 2 // 5])
    for key, target in (
        ("window/state", window.restoreState),
        ("window/splitter", window.splitter.restoreState),
    ):
        value = s.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            target(value)
    header = s.value(HEADER_KEY)
    if isinstance(header, QByteArray) and not header.isEmpty():
        window.list_panel.columns.restore(header)  # fitted anew to the rows and the view


def save_layout(window: MainWindow) -> None:
    s = ui_settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", window.splitter.saveState())
    save_columns(window)


def save_columns(window: MainWindow) -> None:
    """A column shown or hidden: remembered at once, not only when the window closes. Not
    while management is signed in: the name column it does not see is hidden for it
    (gui.office), not by the user; the next sign-in finds the columns as the user left them."""
    s = ui_settings()
    if not window.office.hid_names:
        s.setValue(HEADER_KEY, window.list_panel.table.horizontalHeader().saveState())
    s.sync()
