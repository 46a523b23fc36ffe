"""The settings' Templates tab: open a letter template or the wording for editing, or reset it.

Editing copies the shipped structure to <data dir>/templates/<lang>/<kind>.j2, or the
language's wording catalogue to <data dir>/templates/<lang>/letters.po (once), and opens
that copy with the system's editor; letters in that language use it from then on.
Resetting deletes the copy after asking, so the shipped one applies again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QWidget

from cluma_dpo.documents import templates
from cluma_dpo.documents.templates import CATALOGUE, LANGUAGES, copy_template
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import Language
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.forms.ui_settings import Ui_SettingsDialog
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.icons import icon

_KINDS = {
    "_letter": QT_TRANSLATE_NOOP("TemplatesTab", "Words around every letter (salutation, closing)"),
    "_sections": QT_TRANSLATE_NOOP("TemplatesTab", "Shared sections"),
    CATALOGUE: QT_TRANSLATE_NOOP("TemplatesTab", "Wording of every letter (catalogue)"),
}
_KEY = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    if kind in _KINDS:
        return translate("TemplatesTab", _KINDS[kind])
    return labels.label(labels.DOCUMENT_KINDS, kind)


def shipped_kinds() -> list[str]:
    """The wording catalogue, the letters, then the parts they share."""
    kinds = templates.shipped_kinds()
    ordered = sorted(kinds, key=lambda k: (k.startswith("_"), kind_text(k).casefold()))
    return [CATALOGUE, *ordered]


def own_file(templates_dir: Path, kind: str, language: str) -> Path:
    """Where the DPO's copy of `kind` (or of the catalogue) for `language` lives."""
    if kind == CATALOGUE:
        return templates.own_catalogue(language, templates_dir)
    return templates_dir / templates.template_name(kind, language)


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_reset(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("TemplatesTab", "Reset template"),
        translate(
            "TemplatesTab",
            "Delete your copy of “{0}” and use the shipped template "
            "again? Your changes to it are lost.",
        ).format(name),
    )
    return answer == QMessageBox.StandardButton.Yes


class TemplatesTab(QObject):
    """Drives the tab's widgets (from ui/settings.ui); `open_file` and `confirm` are
    replaced in tests."""

    def __init__(self, ui: Ui_SettingsDialog, templates_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.parent_widget = parent
        self.templates_dir = templates_dir
        self.open_file: Callable[[Path], bool] = open_with_system
        self.confirm: Callable[[QWidget, str], bool] = ask_reset
        u = self.ui
        u.editTemplateButton.setIcon(icon("edit-template"))
        u.resetTemplateButton.setIcon(icon("reset"))
        u.templateFolderButton.setIcon(icon("folder"))
        u.editTemplateButton.clicked.connect(self.edit)
        u.resetTemplateButton.clicked.connect(self.reset)
        u.templateFolderButton.clicked.connect(self.open_folder)
        self.tree = u.templateTree
        for language in LANGUAGES:
            u.templateLanguageCombo.addItem(
                labels.label(labels.LANGUAGES, Language(language)), language
            )
        u.templateLanguageCombo.currentIndexChanged.connect(lambda _i: self.fill())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        set_message(u.templateMessage, None)
        self.fill()

    def own_copy(self, kind: str, language: str) -> Path:
        return own_file(self.templates_dir, kind, language)

    @property
    def language(self) -> str:
        return str(self.ui.templateLanguageCombo.currentData())

    def fill(self) -> None:
        current = self.current()
        language = self.language
        self.tree.clear()
        for kind in shipped_kinds():
            own = self.own_copy(kind, language)
            item = QTreeWidgetItem(
                [
                    kind_text(kind),
                    translate("TemplatesTab", "your copy: {0}").format(own)
                    if own.is_file()
                    else translate("TemplatesTab", "shipped"),
                ]
            )
            item.setData(0, _KEY, (kind, language))
            item.setToolTip(0, str(own.relative_to(self.templates_dir)))
            self.tree.addTopLevelItem(item)
            if current is not None and current[0] == kind:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(0)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, _KEY) if item is not None else None

    def select(self, kind: str, language: str) -> None:
        combo = self.ui.templateLanguageCombo
        combo.setCurrentIndex(max(0, combo.findData(language)))
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _KEY) == (kind, language):
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.ui.editTemplateButton.setEnabled(chosen is not None)
        self.ui.resetTemplateButton.setEnabled(
            chosen is not None and self.own_copy(*chosen).is_file()
        )

    def _say(self, text: str | None) -> None:
        self.ui.templateMessage.setText(text or "")
        self.ui.templateMessage.setVisible(bool(text))

    def edit(self) -> Path | None:
        chosen = self.current()
        if chosen is None:
            return None
        kind, language = chosen
        try:
            path = copy_template(kind, language, self.templates_dir)
        except (DomainError, OSError) as exc:
            set_message(
                self.ui.templateMessage, exc.msg if isinstance(exc, DomainError) else str(exc)
            )
            return None
        self.fill()
        if self.open_file(path):
            self._say(
                translate(
                    "TemplatesTab", "Opened {0}. Save it in the editor; the next letter uses it."
                ).format(path)
            )
        else:
            self._say(
                translate("TemplatesTab", "No editor could be started; edit {0} yourself.").format(
                    path
                )
            )
        return path

    def reset(self) -> bool:
        chosen = self.current()
        if chosen is None or not self.own_copy(*chosen).is_file():
            return False
        kind, language = chosen
        name = f"{kind_text(kind)} ({labels.label(labels.LANGUAGES, Language(language))})"
        if not self.confirm(self.parent_widget, name):
            return False
        try:
            self.own_copy(kind, language).unlink()
        except OSError as exc:
            set_message(self.ui.templateMessage, exc.strerror or str(exc))
            return False
        self.fill()
        self._say(translate("TemplatesTab", "The shipped template applies again."))
        return True

    def open_folder(self) -> None:
        self.templates_dir.mkdir(parents=True, exist_ok=True)
        self.open_file(self.templates_dir)
