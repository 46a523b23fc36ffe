"""The list's context menu: the steps of the request under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow


def row_menu(window: MainWindow, pos: QPoint) -> None:
    if window.wb is None or window.detail.view is None:
        return
    menu = QMenu(window)
    menu.setToolTipsVisible(True)
    menu.addMenu(window.acts.identity_menu)
    for name in (
        None,
        "extend",
        "close",
        "withdraw",
        "reject",
        None,
        "letter",
        "fee_note",
        "mark_paid",
        "dossier",
    ):
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(window.acts[name])
    menu.popup(window.list_panel.table.viewport().mapToGlobal(pos))
