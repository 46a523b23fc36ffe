"""Nothing typed is lost: the questions asked before unsaved input would be thrown away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def unsaved_box(parent: QWidget | None, text: str, *, can_save: bool) -> QMessageBox:
    """Save / Discard / Cancel (Save left out when the input cannot be saved as it is)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(text)
    if can_save:
        save = box.addButton(_tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName(SAVE)
        box.setDefaultButton(save)
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName(DISCARD)
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(CANCEL)
    box.setEscapeButton(cancel)
    if not can_save:
        box.setDefaultButton(cancel)
    return box


def ask_unsaved(parent: QWidget | None, text: str, *, can_save: bool = True) -> str:
    """SAVE, DISCARD or CANCEL; closing the box is CANCEL. Tests replace this function."""
    box = unsaved_box(parent, text, can_save=can_save)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None else CANCEL


def ask_discard_form(parent: QWidget | None) -> bool:
    """True to throw away a filled-in form. Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Discard the new request?"))
    box.setText(_tr("What you filled in is not registered. Discard it?"))
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
