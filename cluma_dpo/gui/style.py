"""Fusion with the system palette, minus Qt's built-in pixmaps: one icon set throughout.

Dialog buttons carry no stock icons (the few that have an icon get one from icons.py), and
the message-box signs come from the same Material Design set as everything else.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

from cluma_dpo.gui.icons import icon

_SP = QStyle.StandardPixmap
_OURS = {
    _SP.SP_MessageBoxWarning: "warning",
    _SP.SP_MessageBoxCritical: "overdue",
    _SP.SP_MessageBoxInformation: "info",
    _SP.SP_MessageBoxQuestion: "about",
}


class WorkbenchStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        meaning = _OURS.get(standardIcon)
        if meaning is not None:
            return icon(meaning)
        return super().standardIcon(standardIcon, option, widget)
