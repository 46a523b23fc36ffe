"""The selected request: its data subject (editable, each change audited), its dates with
their explanations, and the tabs for identity, recipients, documents, fees and timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import RequestView, WarningLevel
from cluma_dpo.domain.settings import Settings
from cluma_dpo.gui import labels
from cluma_dpo.gui.detail_tabs import (
    DetailCommands,
    FeesTab,
    IdentityTab,
    RecipientsTab,
    TimelineTab,
)
from cluma_dpo.gui.documents_tab import DocumentsTab
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import DUE_SOON_COLOUR, OVERDUE_COLOUR, icon
from cluma_dpo.gui.models.requests_model import warning_level
from cluma_dpo.gui.steps import extended_date
from cluma_dpo.gui.subject_editor import SaveSubject, SubjectEditor


class ExplainedDate(QWidget):
    """A date and, when there are reasons, an ⓘ icon; both show the reasons as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.info = QLabel(self)
        self.info.setPixmap(icon("info").pixmap(16, 16))
        layout.addWidget(self.label)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def set(self, text: str, reasons: Sequence[Message | str] = ()) -> None:
        self.label.setText(text)
        tip = "\n".join(say(r) for r in reasons)
        self.info.setVisible(bool(reasons))
        for w in (self, self.label, self.info):
            w.setToolTip(tip)

    def text(self) -> str:
        return self.label.text()


class DatesBox(QGroupBox):
    """Every date with its reasons (tooltip and ⓘ): the rule, the article, the weekend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Request and deadlines"))
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.received = QLabel(self)
        self.rights = QLabel(self)
        self.rights.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.statutory = ExplainedDate(self)
        self.extended = ExplainedDate(self)
        self.target = ExplainedDate(self)
        self.governing = QLabel(self)
        self.explanation = QLabel(self)
        # every value wraps rather than runs out of the panel (issue 15: fr overran)
        for value in (self.received, self.governing, self.explanation):
            value.setWordWrap(True)
        small = self.explanation.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.explanation.setFont(small)
        self.form.addRow(self.tr("Received:"), self.received)
        self.form.addRow(self.tr("Rights:"), self.rights)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Due (one month):"), self.statutory)
        self.form.addRow(self.tr("Extension:"), self.extended)
        # a date beside its ⓘ: a wrapped label there would take its size hint, not the row
        # (and break a short text early); the panel is as wide as its tabs (issue 15)
        self.extended.label.setWordWrap(True)
        self.pause_for_identity = True  # settings deadlines.pause_for_identity
        self.form.addRow(self.tr("Company target:"), self.target)
        self.form.addRow(self.tr("Governing date:"), self.governing)
        outer.addWidget(self.explanation)

    @staticmethod
    def _explained(target: ExplainedDate, text: str, reasons: Sequence[Message | str]) -> None:
        target.set(text, reasons)

    def show_request(self, view: RequestView, today: date, due_soon_days: int) -> None:
        ex = view.explanations
        self.received.setText(
            f"{labels.long_date(view.received)} ({labels.label(labels.CHANNELS, view.channel)})"
        )
        self.rights.setText(
            ", ".join(
                self.tr("{0} (Art. {1})").format(labels.label(labels.RIGHTS, r), r.article)
                for r in view.rights
            )
        )
        status = labels.label(labels.STATUSES, view.status)
        if view.outcome is not None:
            status += f" — {labels.label(labels.OUTCOMES, view.outcome)}"
        self.status.setText(status)
        if view.paused:
            self._explained(self.statutory, self.tr("paused: identity information awaited"), ())
        else:
            self._explained(
                self.statutory, labels.long_date(view.due_date), ex.get("statutory", ())
            )
        extension_label = self.tr("Extension:")
        if view.extended_due_date is not None:
            self._explained(
                self.extended,
                self.tr("until {0} (recorded {1})").format(
                    labels.long_date(view.extended_due_date), labels.long_date(view.extended_on)
                ),
                ex.get("extended", ()),
            )
        elif view.status.is_open and view.due_date is not None and today <= view.due_date:
            # the last day to decide to extend, and the deadline an extension would give
            # (issue 15: "possible until" read as if the extension ran until then)
            until = extended_date(view, today, pause_for_identity=self.pause_for_identity)
            self._explained(
                self.extended,
                self.tr("decide by {0} (the new deadline would be {1})").format(
                    labels.long_date(view.due_date), labels.long_date(until)
                ),
                (
                    self.tr(
                        "GDPR Art. 12(3): the time to answer may be extended once, by two "
                        "further months; the data subject is told why within the first month."
                    ),
                ),
            )
            extension_label = self.tr("Extend:")
        else:
            self._explained(self.extended, "—", ())
        label = self.form.labelForField(self.extended)
        if isinstance(label, QLabel):
            label.setText(extension_label)
        self.form.setRowVisible(self.target, view.company_target_date is not None)
        self._explained(
            self.target, labels.long_date(view.company_target_date), ex.get("company_target", ())
        )
        level = warning_level(view, today, due_soon_days)
        text = labels.long_date(view.effective_due_date)
        if view.effective_due_date is not None and view.status.is_open and not view.paused:
            left = (view.effective_due_date - today).days
            text += "  " + (
                self.tr("(days overdue: %n)", "", -left)
                if left < 0
                else self.tr("(days left: %n)", "", left)
            )
        self.governing.setText(text)
        if level is not None:
            colour = OVERDUE_COLOUR if level is WarningLevel.OVERDUE else DUE_SOON_COLOUR
            self.governing.setStyleSheet(f"color: {colour}; font-weight: bold;")
        else:
            self.governing.setStyleSheet("")
        key = (
            "company_target"
            if view.effective_due_date == view.company_target_date
            and view.company_target_date is not None
            else "extended"
            if view.extended_due_date
            else "statutory"
        )
        self.explanation.setText("\n".join(say(r) for r in ex.get(key, ())))


def postal_address(view: RequestView) -> str:
    """The data subject's address in Belgian order: street / postcode city / country."""
    s = view.subject
    lines = [s.name, s.street or "", " ".join(p for p in (s.postcode, s.city) if p)]
    if s.country and s.country != "BE":
        lines.append(s.country)
    return "\n".join(line for line in lines if line)


class DetailPanel(QWidget):
    copy_requested = Signal(str)  # the text to put on the clipboard (cleared after 30 s)

    def __init__(
        self,
        commands: DetailCommands,
        save_subject: SaveSubject,
        actions: dict[str, list[QAction]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view: RequestView | None = None
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # two long rights go onto a second line (issue 15)
        self.copy_menu = QMenu(self)
        self.copy_actions = {
            "reference": self.copy_menu.addAction(self.tr("&Reference")),
            "name": self.copy_menu.addAction(self.tr("&Name")),
            "email": self.copy_menu.addAction(self.tr("&E-mail address")),
            "address": self.copy_menu.addAction(self.tr("Postal &address")),
        }
        for what, action in self.copy_actions.items():
            action.triggered.connect(lambda _=False, w=what: self._copy(w))
        self.copy_button = QToolButton(self)
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr(
                "Copy the reference, name, e-mail address or postal "
                "address; the clipboard is cleared after 30 s"
            )
        )
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_button.setMenu(self.copy_menu)
        self.subject = SubjectEditor(save_subject, self)
        self.dates = DatesBox(self)
        overview = QWidget(self)
        ov_layout = QVBoxLayout(overview)
        ov_layout.addWidget(self.dates)
        ov_layout.addWidget(self.subject)
        ov_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        self.identity = IdentityTab(actions.get("identity", []), self)
        self.recipients = RecipientsTab(commands, self)
        self.documents = DocumentsTab(actions.get("documents", []), self)
        self.fees = FeesTab(commands, actions.get("fees", []), self)
        self.timeline = TimelineTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Overview"))
        self.tabs.addTab(self.identity, self.tr("Identity"))
        self.tabs.addTab(self.recipients, self.tr("Recipients"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.fees, self.tr("Fees"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.placeholder = QLabel(self.tr("Select a request in the list to see it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        content = QWidget(self)
        c_layout = QVBoxLayout(content)
        c_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.copy_button)
        c_layout.addLayout(title_row)
        c_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.stack)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """The panel is never narrower than its six tabs (the recipients' one with a
        two-digit count): every tab stays in view, none behind scroll arrows (issue 15)."""
        bar = self.tabs.tabBar()
        text = self.tabs.tabText(2)
        self.tabs.setTabText(2, self.tr("Recipients (%n)", "", 99))
        need = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        self.tabs.setTabText(2, text)
        self.setMinimumWidth(max(340, need + 8))  # the layout's 4 px margin and the frame

    def show_request(self, view: RequestView | None, today: date, due_soon_days: int = 7) -> None:
        """None shows the placeholder (nothing selected, or the app is locked)."""
        self.view = view
        if view is None:
            self.stack.setCurrentWidget(self.placeholder)
            self.title.clear()
            self.subject.show_request(None)
            self.recipients.clear()
            for tab in (self.fees, self.documents, self.timeline):
                tab.tree.clear()
            self.copy_button.setEnabled(False)  # nothing active while locked (issue 15)
            return
        self.copy_button.setEnabled(True)
        self.title.setText(f"{view.reference} · {labels.rights_text(view.rights)}")
        anonymised = view.anonymised
        self.copy_actions["name"].setEnabled(not anonymised)
        self.copy_actions["email"].setEnabled(bool(view.subject.email) and not anonymised)
        self.copy_actions["address"].setEnabled(bool(view.subject.street) and not anonymised)
        self.dates.show_request(view, today, due_soon_days)
        self.subject.show_request(view)
        for shown in (self.identity, self.recipients, self.documents, self.fees, self.timeline):
            shown.show_request(view)
        open_items = self.recipients.open_count()
        self.tabs.setTabText(
            2, self.tr("Recipients (%n)", "", open_items) if open_items else self.tr("Recipients")
        )
        self.stack.setCurrentIndex(1)  # the request's content

    def follow_settings(self, settings: Settings) -> None:
        """What the panel shows depends on these settings (read after opening and saving)."""
        self.timeline.officer = settings.dpo.name  # who "By" shows for this login
        self.dates.pause_for_identity = settings.deadlines.pause_for_identity

    def copy_text(self, what: str) -> str:
        """The text the copy action `what` puts on the clipboard ("" without a request)."""
        v = self.view
        if v is None:
            return ""
        return {
            "reference": v.reference,
            "name": v.subject.name,
            "email": v.subject.email or "",
            "address": postal_address(v),
        }[what]

    def _copy(self, what: str) -> None:
        text = self.copy_text(what)
        if text:
            self.copy_requested.emit(text)
