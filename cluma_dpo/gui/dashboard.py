"""What needs attention, at a glance: the dashboard strip and the deadline banner.

Each dashboard count is a button that filters the list to exactly those requests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from cluma_dpo.domain.model import WarningLevel
from cluma_dpo.gui.icons import DUE_SOON_COLOUR, OVERDUE_COLOUR, icon

PRESETS = ("overdue", "due-soon", "paused", "awaiting-fee", "open")
_ICONS = {
    "overdue": "overdue",
    "due-soon": "due-soon",
    "paused": "paused",
    "awaiting-fee": "awaiting-fee",
    "open": "open-requests",
}


class DashboardStrip(QWidget):
    """Five counts; checking one filters the list, checking it again shows all."""

    preset_chosen = Signal(object)  # a PRESETS name, or None for no filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[str, QToolButton] = {}
        for name in PRESETS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(22, 22))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(46)
            button.setObjectName(f"dashboard-{name}")
            button.clicked.connect(lambda checked, n=name: self._clicked(n, checked))
            self.group.addButton(button)
            self.buttons[name] = button
            layout.addWidget(button)
        self.counts: dict[str, int] = dict.fromkeys(PRESETS, 0)
        self.due_soon_days = 7
        self._render()

    def _captions(self) -> dict[str, str]:
        return {
            "overdue": self.tr("overdue"),
            "due-soon": self.tr("due within %n days", "", self.due_soon_days),
            "paused": self.tr("waiting for identity"),
            "awaiting-fee": self.tr("awaiting payment"),
            "open": self.tr("open in total"),
        }

    def _render(self) -> None:
        captions = self._captions()
        tips = {
            "overdue": self.tr("Show the open requests whose due date has passed"),
            "due-soon": self.tr("Show the open requests due within the warning window"),
            "paused": self.tr("Show the requests whose clock is paused for identity information"),
            "awaiting-fee": self.tr("Show the requests awaiting a fee payment"),
            "open": self.tr("Show every open request"),
        }
        for name, button in self.buttons.items():
            n = self.counts[name]
            button.setText(f"{n}\n{captions[name]}")
            button.setToolTip(tips[name])
            colour = None
            if n and name == "overdue":
                colour = OVERDUE_COLOUR
            elif n and name == "due-soon":
                colour = DUE_SOON_COLOUR
            button.setIcon(icon(_ICONS[name], colour))

    def update_counts(self, dashboard: object, due_soon_days: int) -> None:
        self.due_soon_days = due_soon_days
        for name, attr in (
            ("overdue", "overdue"),
            ("due-soon", "due_soon"),
            ("paused", "paused"),
            ("awaiting-fee", "awaiting_fee"),
            ("open", "open"),
        ):
            self.counts[name] = int(getattr(dashboard, attr, 0))
        self._render()

    def set_active(self, preset: str | None) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == preset)

    def _clicked(self, name: str, checked: bool) -> None:
        self.set_active(name if checked else None)
        self.preset_chosen.emit(name if checked else None)


class DeadlineBanner(QFrame):
    """A non-modal line under the toolbar: what is overdue or due soon. Never blocks."""

    show_requested = Signal(str)  # the preset to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.icon_label = QLabel(self)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setIcon(icon("dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this notice"))
        self.dismiss_button.setAutoRaise(True)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self._preset = "overdue"
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self._preset))
        self.dismiss_button.clicked.connect(self.hide)
        self.summary = ""
        self.hide()

    def show_warnings(self, warnings: Sequence[object], due_soon_days: int) -> str:
        """Show (or hide) the banner for `warnings` (DueWarning); returns the summary."""
        count = Counter(getattr(w, "level", None) for w in warnings)
        overdue = count[WarningLevel.OVERDUE]
        soon = count[WarningLevel.DUE_TODAY] + count[WarningLevel.DUE_SOON]
        decide = count[WarningLevel.EXTENSION_DECISION]
        fees = count[WarningLevel.FEE_OVERDUE]
        parts = []
        if overdue:
            parts.append(self.tr("overdue: %n", "", overdue))
        if soon:
            parts.append(self.tr("due within {0} days: %n", "", soon).format(due_soon_days))
        if decide:
            parts.append(self.tr("extension to decide within a week: %n", "", decide))
        if fees:
            parts.append(self.tr("fee payments overdue: %n", "", fees))
        self.summary = " · ".join(parts)
        if not parts:
            self.hide()
            return ""
        self._preset = "overdue" if overdue else "due-soon"
        colour = OVERDUE_COLOUR if overdue else DUE_SOON_COLOUR
        self.icon_label.setPixmap(icon("overdue" if overdue else "due-soon", colour).pixmap(22, 22))
        self.text_label.setText(self.tr("Needs attention — {0}").format(self.summary))
        self.show()
        return self.summary
