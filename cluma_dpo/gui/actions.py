"""Every command of the window as a QAction: in the menus, the toolbar and as a shortcut,
enabled only when the domain allows it; a disabled action's tooltip says why not.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import FeeStatus, RequestView
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon

# GUI action -> the lifecycle.Action whose availability governs it
LIFECYCLE = {
    "request_identity": "request-identity",
    "receive_identity": "receive-identity",
    "verify_identity": "verify-identity",
    "fail_identity": "fail-identity",
    "extend": "extend",
    "close": "close",
    "withdraw": "withdraw",
    "reject": "reject",
    "fee_note": "request-fee",
}
# Need a selected request, whatever its status.
_NEEDS_SELECTION = ("letter", "dossier")
# Need an open database only.
_NEEDS_DATABASE = (
    "new",
    "export_register",
    "quarterly",
    "refresh",
    "lock",
    "open_demo",
    "settings",
    "reset_layout",  # the list it lays out is hidden while locked
)


class ActionSet(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        spec = {
            # name: (text, icon, shortcut, tooltip)
            "new": (self.tr("&New request…"), "new", "Ctrl+N", self.tr("Register a new request")),
            "request_identity": (
                self.tr("&Ask for identity information…"),
                "identity-request",
                "",
                self.tr("Ask for identity information; the clock stops"),
            ),
            "receive_identity": (
                self.tr("Identity information &received…"),
                "identity-received",
                "",
                self.tr("The identity information arrived; the clock runs"),
            ),
            "verify_identity": (
                self.tr("Identity &verified…"),
                "identity-verified",
                "Ctrl+I",
                self.tr("Record how the identity was verified"),
            ),
            "fail_identity": (
                self.tr("Identity check &failed…"),
                "identity-failed",
                "",
                self.tr("The data subject could not be identified"),
            ),
            "extend": (
                self.tr("&Extend…"),
                "extend",
                "Ctrl+E",
                self.tr("Extend by two months, with the reasons (Art. 12(3))"),
            ),
            "close": (
                self.tr("&Close with outcome…"),
                "close",
                "Ctrl+Shift+C",
                self.tr("Record the answer: granted, partly granted or refused"),
            ),
            "withdraw": (
                self.tr("&Withdrawn…"),
                "withdraw",
                "",
                self.tr("The data subject withdrew the request"),
            ),
            "reject": (
                self.tr("Re&ject…"),
                "reject",
                "",
                self.tr("Manifestly unfounded or excessive (Art. 12(5))"),
            ),
            "letter": (
                self.tr("&Letter…"),
                "letter",
                "Ctrl+P",
                self.tr("Make, print or save a letter"),
            ),
            "fee_note": (self.tr("&Fee note…"), "fee-note", "", self.tr("Issue a fee note")),
            "mark_paid": (
                self.tr("&Mark paid…"),
                "fee-paid",
                "",
                self.tr("Record the payment of the open fee note"),
            ),
            "export_register": (
                self.tr("Export &register…"),
                "register",
                "",
                self.tr("The register of requests as an Excel workbook"),
            ),
            "dossier": (
                self.tr("&Dossier…"),
                "dossier",
                "",
                self.tr("The selected request's file as a PDF"),
            ),
            "quarterly": (
                self.tr("&Quarterly report…"),
                "report",
                "",
                self.tr("The management report of a quarter"),
            ),
            "refresh": (self.tr("&Refresh"), "refresh", "F5", self.tr("Read the register again")),
            "lock": (
                self.tr("&Lock now"),
                "lock",
                "Ctrl+L",
                self.tr(
                    "Hide everything and close the database until the passphrase is entered again"
                ),
            ),
            "open_demo": (
                self.tr("Open &demo data…"),
                "demo",
                "",
                self.tr("Try the program on a separate database of invented requests"),
            ),
            "settings": (
                self.tr("&Settings…"),
                "settings",
                "Ctrl+,",
                self.tr(
                    "The organisation's details, the signature, the bank "
                    "account, the tariff, the recipients and the letter "
                    "templates"
                ),
            ),
            "reset_layout": (self.tr("Reset column &layout"), "", "", ""),
            "manual": (self.tr("&Manual"), "manual", "F1", self.tr("The manual, at this screen")),
            "about": (self.tr("&About Cluma DPO"), "about", "", ""),
            "quit": (self.tr("&Quit"), "quit", "Ctrl+Q", ""),
        }
        self.actions: dict[str, QAction] = {}
        self.identity_button: QToolButton | None = None  # the toolbar's menu of identity steps
        self.base_tips: dict[str, str] = {}
        self.needs_database = list(_NEEDS_DATABASE)  # others add theirs (gui.safety_actions)
        self.needs_selection = list(_NEEDS_SELECTION)  # and theirs (gui.open_files)
        for name, (text, icon_name, shortcut, tip) in spec.items():
            action = QAction(text, window)
            action.setObjectName(f"action_{name}")
            if icon_name:
                action.setIcon(icon(icon_name))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
            self.actions[name] = action
            self.base_tips[name] = tip
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    # -- enabling -------------------------------------------------------------------------
    def _set(self, name: str, enabled: bool, why: Message | str | None = None) -> None:
        action = self.actions[name]
        action.setEnabled(enabled)
        tip = self.base_tips[name] or action.text().replace("&", "").rstrip("…")
        shown = tip if enabled or not why else say(why)
        action.setToolTip(shown)
        action.setStatusTip(shown)

    def update(
        self,
        view: RequestView | None,
        available: Mapping[str, Message | str | None] | None,
        *,
        unlocked: bool = True,
    ) -> None:
        """Enable what the domain allows for `view`; say why the rest is not possible."""
        no_db = self.tr("The database is locked.")
        no_selection = self.tr("Select a request in the list first.")
        for name in self.needs_database:
            self._set(name, unlocked, no_db)
        for name in self.needs_selection:
            self._set(name, unlocked and view is not None, no_db if not unlocked else no_selection)
        for name, code in LIFECYCLE.items():
            if not unlocked:
                self._set(name, False, no_db)
            elif view is None or available is None:
                self._set(name, False, no_selection)
            else:
                why = available.get(code, self.tr("Not possible for this request."))
                self._set(name, why is None, why)
        if self.identity_button is not None:  # a menu button, no action: as its actions
            self.identity_button.setEnabled(unlocked and view is not None)
            self.identity_button.setToolTip(
                self.tr("Identity check steps")
                if unlocked and view
                else no_db
                if not unlocked
                else no_selection
            )
        unpaid = view is not None and any(f.status is FeeStatus.UNPAID for f in view.fee_notes)
        self._set(
            "mark_paid",
            unlocked and unpaid,
            no_db
            if not unlocked
            else no_selection
            if view is None
            else self.tr("This request has no unpaid fee note."),
        )

    # -- where the actions appear ---------------------------------------------------------
    def build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        a = self.actions
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}

        def menu(key: str, title: str, names: list[str | None]) -> QMenu:
            m = bar.addMenu(title)
            m.setToolTipsVisible(True)
            for name in names:
                if name is None:
                    m.addSeparator()
                else:
                    m.addAction(a[name])
            menus[key] = m
            return m

        menu(
            "file",
            self.tr("&File"),
            ["new", None, "open_demo", "settings", None, "lock", None, "quit"],
        )
        request = menu("request", self.tr("&Request"), [])
        self.identity_menu = request.addMenu(icon("identity"), self.tr("&Identity"))
        self.identity_menu.setToolTipsVisible(True)
        for name in ("request_identity", "receive_identity", "verify_identity", "fail_identity"):
            self.identity_menu.addAction(a[name])
        for entry in (None, "extend", "close", "withdraw", "reject", None, "refresh"):
            if entry is None:
                request.addSeparator()
            else:
                request.addAction(a[entry])
        menu("documents", self.tr("&Documents"), ["letter", None, "fee_note", "mark_paid"])
        menu("reports", self.tr("R&eports"), ["export_register", "dossier", "quarterly"])
        menu("view", self.tr("&View"), ["refresh", "reset_layout"])
        menu("help", self.tr("&Help"), ["manual", None, "about"])
        return menus

    def build_toolbar(self, window: QMainWindow) -> QToolBar:
        a = self.actions
        bar = window.addToolBar(self.tr("Actions"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(a["new"])
        identity = QToolButton(bar)
        identity.setText(self.tr("Identity"))
        identity.setIcon(icon("identity"))
        identity.setToolTip(self.tr("Identity check steps"))
        identity.setMenu(self.identity_menu)
        identity.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        identity.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(identity)
        self.identity_button = identity
        bar.addAction(a["extend"])
        close_menu = QMenu(bar)
        close_menu.setToolTipsVisible(True)
        for name in ("withdraw", "reject"):
            close_menu.addAction(a[name])
        close = QToolButton(bar)
        close.setDefaultAction(a["close"])
        close.setMenu(close_menu)
        close.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        close.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(close)
        bar.addSeparator()
        bar.addAction(a["letter"])
        bar.addAction(a["fee_note"])
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(a["lock"])
        return bar
