"""Nothing typed is lost: the data subject's unsaved edits are confirmed (Save / Discard /
Cancel) before another request is shown or the window closes, and kept in memory, never on
disk, while the window is locked; the questions asked before input is thrown away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


translate = QCoreApplication.translate


def unsaved_box(parent: QWidget | None, text: str, *, can_save: bool) -> QMessageBox:
    """Save / Discard / Cancel (Save left out when the input cannot be saved as it is)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Unsaved", "Unsaved changes"))
    box.setText(text)
    if can_save:
        save = box.addButton(translate("Unsaved", "&Save"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName(SAVE)
        box.setDefaultButton(save)
    discard = box.addButton(
        translate("Unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName(DISCARD)
    cancel = box.addButton(translate("Unsaved", "Cancel"), QMessageBox.ButtonRole.RejectRole)
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


def discard_form_box(parent: QWidget | None) -> QMessageBox:
    """ "Discard the new request?" answered by its own words: Discard / Keep editing (in
    Dutch "Weggooien", not the "Niet bewaren" of the Save question; dpo15 finding 16)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Unsaved", "Discard the new request?"))
    box.setText(translate("Unsaved", "What you filled in is not registered. Discard it?"))
    discard = box.addButton(
        translate("Unsaved", "&Discard", "throw the filled-in form away"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName(DISCARD)
    keep = box.addButton(translate("Unsaved", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName(CANCEL)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_discard_form(parent: QWidget | None) -> bool:
    """True to throw away a filled-in form. Tests replace this function."""
    box = discard_form_box(parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == DISCARD


class UnsavedGuard(QObject):
    """The main window's guard over the data subject editor (`window.detail.subject`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        # over a lock, in memory only: the reference, its edits, the stored values under them
        self.kept: tuple[str, dict[str, str], dict[str, str]] | None = None
        self._asking = False
        self._directory = window.directory  # the database of the request shown
        window.installEventFilter(self)

    def _text(self, reference: str) -> str:
        return self.tr(
            "The changes to the data subject of {0} are not saved yet. Save them?"
        ).format(reference)

    def may_show(self, reference: str | None) -> bool:
        """Whether the detail may show `reference` now (False: it keeps what it shows)."""
        if self._asking:
            return False
        allowed = self._may_show(reference)
        if allowed:
            self._directory = self.w.directory
        return allowed

    def _may_show(self, reference: str | None) -> bool:
        editor = self.w.detail.subject
        if self.kept is not None and reference is not None and not self.w.locked:
            return self._restore(reference)
        view = editor.view
        if view is None or not editor.dirty:
            return True
        if self._directory != self.w.directory:  # another database is open: never save there
            editor.discard()
            self.w.show_message(
                self.tr(
                    "The unsaved changes to {0} were dropped: another database was opened."
                ).format(view.reference),
                error=True,
            )
            return True
        if reference == view.reference:  # a refresh of the same request: keep the edits
            editor.keep_for(view.reference, editor.edited(), editor.stored())
            return True
        if self._confirm(view.reference):
            return True
        if not self.w.locked:
            self._back_to(view.reference)
        return False

    def _restore(self, reference: str) -> bool:
        """After unlocking: show the request whose edits were kept, with those edits."""
        assert self.kept is not None
        kept_ref, edited, base = self.kept
        if reference == kept_ref:
            self.kept = None
            self.w.detail.subject.keep_for(kept_ref, edited, base)
            self.w.show_message(
                self.tr("Unsaved changes to {0} kept; save or undo them.").format(kept_ref)
            )
            return True
        if self.w.list_panel.select_reference(kept_ref):
            return False  # selecting it showed it, with the edits
        self.kept = None  # no longer in the list: save or drop them now
        if self._ask(kept_ref, can_save=True) == SAVE:
            changes = {f: (v.strip() or None) for f, v in edited.items()}
            error = self.w.commands.save_subject(kept_ref, changes)
            if error:
                self.w.show_message(error, error=True)
        return True

    def _ask(self, reference: str, *, can_save: bool) -> str:
        self._asking = True
        try:
            return ask_unsaved(self.w, self._text(reference), can_save=can_save)
        finally:
            self._asking = False

    def _confirm(self, reference: str) -> bool:
        """Save / Discard / Cancel for the editor's edits: True when they may go."""
        editor = self.w.detail.subject
        choice = self._ask(reference, can_save=editor.problem() is None)
        if self.w.locked:  # the idle lock came while asking, and kept the edits
            return False
        if choice == SAVE:
            return editor.save()
        if choice == DISCARD:
            editor.discard()
            return True
        return False

    def _back_to(self, reference: str) -> None:
        """Cancel: the edited request stays selected (and shown, with its edits)."""
        panel = self.w.list_panel
        if panel.select_reference(reference):
            # a mouse click selects its row after the current row changed: select again
            # once it has, quietly (the current row is already this one, nothing is asked)
            QTimer.singleShot(0, self, lambda: self._reselect(reference))
            return
        selection = panel.table.selectionModel()  # filtered out: select nothing, quietly
        selection.blockSignals(True)
        selection.clearSelection()
        selection.clearCurrentIndex()
        selection.blockSignals(False)
        panel.table.viewport().update()
        panel.remember_selection(reference)

    def _reselect(self, reference: str) -> None:
        panel = self.w.list_panel
        if panel.selected_reference == reference:
            panel.select_reference(reference)

    def shown(self) -> None:
        """After a request was shown: say so when edits kept for it were dropped because its
        stored data changed under them (a restore put another person under the number)."""
        dropped = self.w.detail.subject.dropped
        if dropped is not None:
            self.w.show_message(
                self.tr(
                    "The data of {0} changed in the meantime (a restore, or a change made "
                    "elsewhere): your unsaved changes to it were dropped."
                ).format(dropped),
                error=True,
            )

    def keep(self) -> None:
        """Locking: keep the edits in memory, to give them back after unlocking."""
        editor = self.w.detail.subject
        if editor.view is not None and editor.dirty:
            self.kept = (editor.view.reference, editor.edited(), editor.stored())

    def may_leave(self) -> bool:
        """Save / Discard / Cancel before the window closes or goes on with another database
        (the demo, the way back from it, a restore): True when nothing unsaved is left."""
        editor = self.w.detail.subject
        if self.kept is not None:  # locked with edits kept: they can be saved only unlocked
            text = self.tr(
                "The changes to the data subject of {0} are not saved; unlock first to "
                "save them. Close and discard them?"
            ).format(self.kept[0])
            if ask_unsaved(self.w, text, can_save=False) != DISCARD:
                return False
            self.kept = None
            return True
        if editor.view is None or not editor.dirty:
            return True
        return self._confirm(editor.view.reference)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.Close and not self.may_leave():
            event.ignore()
            return True
        return False
