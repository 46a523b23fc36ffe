"""Small pieces the dialogs share: inline messages, the Caps Lock hint, passphrase strength."""

from __future__ import annotations

import math
import string
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.validation import MIN_PASSPHRASE
from cluma_dpo.gui.i18n import say


def set_message(label: QLabel, message: Message | str | None) -> None:
    """An inline message under a field: shown with a sign, hidden when there is none.

    No colour: in this program colour means a deadline (ui-sketch.md). A message from the
    domain is shown in the screen language.
    """
    text = say(message) or None
    label.setVisible(bool(text))
    label.setText(f"⚠ {text}" if text else "")


def ok_button(box: QDialogButtonBox) -> QPushButton:
    return box.button(QDialogButtonBox.StandardButton.Ok)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CapsLockHint(QObject):
    """Shows `hint` while typing into `edits` with Caps Lock on.

    Qt has no portable Caps Lock query; a letter whose case disagrees with Shift tells it.
    """

    def __init__(self, hint: QLabel, *edits: QLineEdit) -> None:
        super().__init__(hint)
        self.hint = hint
        hint.hide()
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ch = event.text()
            if len(ch) == 1 and ch.isalpha() and ch.lower() != ch.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.hint.setVisible(ch.isupper() != shift)
        return False


def passphrase_strength(text: str) -> tuple[int, str]:
    """(0-4, a word) from a rough entropy estimate: length times the alphabet used."""
    if not text:
        return 0, ""
    pool = 0
    for chars, size in (
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ):
        if any(c in chars for c in text):
            pool += size
    if any(ord(c) > 127 for c in text):
        pool += 64
    # Repeated characters add little: count distinct ones at full weight, repeats at half.
    effective = len(set(text)) + (len(text) - len(set(text))) / 2
    bits = effective * math.log2(max(pool, 2))
    translate = QCoreApplication.translate
    if len(text) < MIN_PASSPHRASE or bits < 50:
        return 1, translate("Passphrase", "weak")
    if bits < 70:
        return 2, translate("Passphrase", "fair")
    if bits < 90:
        return 3, translate("Passphrase", "good")
    return 4, translate("Passphrase", "strong")


def new_passphrase_problem(secret: str, again: str) -> str | None:
    """What keeps a new passphrase typed twice from being taken, said as the first-run wizard
    and the passphrase dialog both say it (the rule itself: domain.validation)."""
    translate = QCoreApplication.translate
    problem = v.passphrase_problem(secret)  # the rule init, passwd and demo apply too
    if problem is v.PassphraseProblem.LINE_BREAK:
        return translate("Passphrase", "The passphrase may not contain line breaks.")
    if problem is not None:
        return translate("Passphrase", "At least {0} characters ({1} so far).").format(
            v.MIN_PASSPHRASE, len(secret)
        )
    if again != secret:
        return (
            translate("Passphrase", "Type the same passphrase twice.")
            if again
            else translate("Passphrase", "Repeat the passphrase.")
        )
    return None
