"""Parts the detail panel's tabs share: a flat one-selection list, and tool buttons that
show an action's text beside its icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QToolButton, QTreeWidget, QWidget


def plain_tree(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(headers)
    return tree


def tool_buttons(parent: QWidget, actions: list[QAction]) -> list[QToolButton]:
    buttons = []
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        buttons.append(button)
    return buttons
