"""One icon set for the whole program: Material Design Icons 6 through qtawesome.

Call sites name what the icon stands for (`icon("lock")`), never a glyph, so the set can
change in one place.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

# meaning -> Material Design Icons 6 glyph
GLYPHS = {
    "app": "shield-lock-outline",
    "new": "plus",
    "identity": "card-account-details-outline",
    "identity-request": "email-arrow-right-outline",
    "identity-received": "inbox-arrow-down",
    "identity-verified": "account-check",
    "identity-failed": "account-cancel",
    "extend": "calendar-arrow-right",
    "close": "check-circle-outline",
    "withdraw": "undo-variant",
    "reject": "cancel",
    "letter": "email-outline",
    "fee-note": "cash",
    "fee-paid": "cash-check",
    "fee-cancel": "cash-remove",
    "lock": "lock",
    "unlock": "lock-open-variant",
    "search": "magnify",
    "filter": "filter-variant",
    "print": "printer",
    "save": "content-save",
    "open": "folder-open",
    "register": "file-excel-outline",
    "dossier": "file-pdf-box",
    "report": "chart-bar",
    "refresh": "refresh",
    "overdue": "alert-circle",
    "due-soon": "clock-alert-outline",
    "paused": "pause-circle-outline",
    "awaiting-fee": "cash-clock",
    "open-requests": "inbox-multiple-outline",
    "info": "information-outline",
    "dismiss": "close",
    "quit": "logout",
    "about": "help-circle-outline",
    "manual": "book-open-variant",
    "edit": "account-edit",
    "undo": "undo",
    "recipients": "playlist-check",
    "timeline": "timeline-text-outline",
    "documents": "file-document-outline",
    "overview": "text-box-search-outline",
    "ok": "check",
    "caps-lock": "keyboard-caps",
    "demo": "database-eye-outline",
    "warning": "alert",
    "up": "arrow-up",
    "down": "arrow-down",
    "settings": "cog-outline",
    "copy": "content-copy",
    "email": "email-arrow-right-outline",
    "edit-template": "file-document-edit-outline",
    "reset": "restore",
    "folder": "folder-open-outline",
    "leave-server": "server-off",
}

# The only colours in the program: they mean a deadline (ui-sketch.md), nothing else.
OVERDUE_COLOUR = "#c62828"
DUE_SOON_COLOUR = "#b26a00"


def _text_colour() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#202020")


def _disabled_colour() -> QColor:
    """Half-way between the text and the window colour: a disabled icon looks disabled in
    light and dark palettes alike (lighter() leaves black text black: issue 15)."""
    text = _text_colour()
    app = QApplication.instance()
    window = (
        app.palette().color(QPalette.ColorRole.Window)
        if isinstance(app, QApplication)
        else QColor("#efefef")
    )
    return QColor(
        (text.red() + window.red()) // 2,
        (text.green() + window.green()) // 2,
        (text.blue() + window.blue()) // 2,
    )


@cache
def _icon(meaning: str, colour: str | None) -> QIcon:
    import qtawesome as qta

    glyph = "mdi6." + GLYPHS[meaning]
    options = {"color": colour or _text_colour().name()}
    if colour is None:
        options["color_disabled"] = _disabled_colour().name()
    drawn: QIcon = qta.icon(glyph, **options)  # qtawesome has no type information
    return drawn


def icon(meaning: str, colour: str | None = None) -> QIcon:
    """The icon for `meaning` (a key of GLYPHS), in the palette's text colour by default."""
    return _icon(meaning, colour)
