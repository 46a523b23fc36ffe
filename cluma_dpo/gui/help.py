"""Context help: F1 opens the manual (gui/manual.py) at the section of what is in front.

In the main window F1 is the shortcut of Help ▸ Manual. In a dialog an event filter on the
application catches F1 (the main window's shortcut does not reach a dialog), asks
`help_section_for(dialog)` where to open the manual, and shows it as a child window of the
dialog, so that a modal dialog does not block it.

Which section a window opens, first match wins:
1. the dynamic property "helpSection" of the widget or one of its parents
   (`widget.setProperty(HELP_PROPERTY, "backup")`);
2. its objectName, then the names of its class and base classes, in SECTIONS_BY_NAME
   (`register_help("BackupDialog", "backup")` adds one);
3. the same for its parent, and so on up to the main window ("workbench").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from cluma_dpo.gui.manual import ManualWindow

HELP_PROPERTY = "helpSection"
DEFAULT_SECTION = "workbench"

# The anchors every manual provides (tests check each language): other parts of the
# program may rely on them.
ANCHORS = (
    "start",
    "first-run",
    "passphrase",
    "lock",
    "demo",
    "workbench",
    "reports",
    "example",
    "new-request",
    "identity",
    "extension",
    "letter",
    "fee-note",
    "recipients",
    "close",
    "deadlines",
    "counting",
    "holidays",
    "extension-rules",
    "pause",
    "company-targets",
    "warnings",
    "objection",
    "fees",
    "settings",
    "safety",
    "backup",
    "restore",
    "lost-passphrase",
    "new-laptop",
    "server",
    "server-start",
    "server-sign-in",
    "server-roles",
    "server-together",
    "server-documents",
    "server-password",
    "shortcuts",
)

# objectName or class name -> anchor. The lifecycle steps share one dialog class; the
# Commands name each dialog "step-<action>" (gui/commands.py).
SECTIONS_BY_NAME: dict[str, str] = {
    "MainWindow": "workbench",
    "NewRequestDialog": "new-request",
    "step-request_identity": "identity",
    "step-receive_identity": "identity",
    "step-verify_identity": "identity",
    "step-fail_identity": "identity",
    "step-extend": "extension",
    "step-close": "close",
    "step-withdraw": "close",
    "step-reject": "close",
    "CloseDialog": "close",
    "FeeNoteDialog": "fee-note",
    "LetterDialog": "letter",
    "SettingsDialog": "settings",
    "FirstRunDialog": "first-run",
    "DemoDialog": "demo",
    "UnlockDialog": "lost-passphrase",
    "ObjectionReviewDialog": "objection",
    "QuarterDialog": "reports",
    "TaskDialog": "reports",
    # the File menu's safety dialogs (issue 15, part "safety"), by their likely names;
    # register_help or the helpSection property covers any other
    "BackupDialog": "backup",
    "RestoreDialog": "restore",
    "PassphraseDialog": "passphrase",
    "ChangePassphraseDialog": "passphrase",
}


def register_help(name: str, anchor: str) -> None:
    """Open the manual at `anchor` for widgets of this objectName or class name."""
    if anchor not in ANCHORS:
        raise ValueError(f"the manual has no section {anchor!r}")
    SECTIONS_BY_NAME[name] = anchor


def _own_section(widget: QObject) -> str | None:
    value = widget.property(HELP_PROPERTY)
    if isinstance(value, str) and value:
        return value
    names = [widget.objectName()] + [cls.__name__ for cls in type(widget).__mro__]
    for name in names:
        if name in SECTIONS_BY_NAME:
            return SECTIONS_BY_NAME[name]
    return None


def help_section_for(widget: QObject | None) -> str:
    """The manual's anchor for `widget`: its own, else its nearest parent's."""
    while widget is not None:
        found = _own_section(widget)
        if found is not None:
            return found
        widget = widget.parent()
    return DEFAULT_SECTION


def show_manual(anchor: str | None = None, parent: QWidget | None = None) -> ManualWindow:
    """The manual window at `anchor`. One window per top-level window: a modal dialog's
    own manual window is its child, so that the dialog does not block it."""
    owner = parent.window() if parent is not None else None
    manual = None
    if owner is not None:
        manual = next(
            (m for m in owner.findChildren(ManualWindow) if m.parent() is owner),
            None,
        )
    else:
        manual = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ManualWindow)), None
        )
    if manual is None:
        manual = ManualWindow(owner)
        manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, owner is None)
    manual.show_section(anchor)
    return manual


class ContextHelp(QObject):
    """F1 anywhere but the main window (whose Help ▸ Manual action has F1) and the manual."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_F1 or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        if not isinstance(watched, QWidget):
            return False
        front = watched.window()
        if isinstance(front, ManualWindow | QMainWindow):
            return False  # the main window's shortcut; the manual is open already
        show_manual(help_section_for(front), front)
        return True


_filter: dict[str, ContextHelp] = {}


def install(app: QApplication | None = None) -> ContextHelp | None:
    """F1 in every dialog of the application (once; again after a new QApplication)."""
    if app is None:
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
    if app is None:
        return None
    existing = _filter.get("filter")
    if existing is not None and existing.parent() is app:
        return existing
    context = ContextHelp(app)
    app.installEventFilter(context)
    _filter["filter"] = context
    return context


def attach(window: QMainWindow, action_name: str = "manual") -> None:
    """Help ▸ Manual (F1) of the main window, and F1 in its dialogs."""
    acts = getattr(window, "acts", None)
    if acts is not None:
        acts[action_name].triggered.connect(
            lambda _=False: show_manual(help_section_for(window), window)
        )
    install()
