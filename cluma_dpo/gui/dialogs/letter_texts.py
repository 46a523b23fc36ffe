"""The free texts a letter carries (reason, what was done, what is needed), in its language.

The domain's plan says which texts a kind prints (`letters.plan`). A text recorded with the
request is offered only when the letter is in the request's own language, the language it
was written in; for a letter in another language the field starts empty and says so, so
Dutch never reaches a French letter (issue 13).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.letters import LetterKind, blank, plan, recorded_texts
from cluma_dpo.domain.model import Language, RequestView
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import set_message


class LetterTexts(QGroupBox):
    """One field per free text of the chosen letter; `texts()` gives them to the workbench."""

    def __init__(self, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.own = view.subject.language.value
        self.kind = ""
        self.language = self.own
        self.edits: dict[str, QPlainTextEdit] = {}
        self._typed: dict[tuple[str, str, str], str] = {}  # (kind, language, name) -> text
        self.form = QFormLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.setTitle(self.tr("Texts in the letter"))

    def _language_name(self, code: str) -> str:
        return labels.label(labels.LANGUAGES, Language(code))

    def _label(self, name: str) -> str:
        if name == "done":
            return self.tr("What was &done:")
        if name == "needed":
            return self.tr("What is &needed (optional):")
        if self.kind == LetterKind.EXTENSION:
            return self.tr("&Why the time is extended:")
        return self.tr("&Reasons (what was not done, and why):")

    def show_for(self, kind: str, language: str, recipient: str | None) -> None:
        """Rebuild the fields for a letter of `kind` in `language`."""
        self._keep()
        self.kind, self.language = kind, language
        for edit in self.edits.values():
            self.form.removeRow(edit)
        self.edits = {}
        if self.form.indexOf(self.error) >= 0:
            self.form.takeRow(self.error)
        try:
            names = plan(kind, self.view, recipient).texts
        except DomainError:
            names = ()
        recorded = recorded_texts(self.view, LetterKind(kind)) if names else {}
        for name in names:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            kept = recorded.get(name)
            typed = self._typed.get((kind, language, name))
            if typed is not None:
                edit.setPlainText(typed)
            elif language == self.own and not blank(kept):
                edit.setPlainText((kept or "").strip())
            elif not blank(kept):
                edit.setPlaceholderText(
                    self.tr("Recorded in {0}; write it here in {1}.").format(
                        self._language_name(self.own), self._language_name(language)
                    )
                )
            else:
                edit.setPlaceholderText(
                    self.tr("Write it in {0}.").format(self._language_name(language))
                )
            label = QLabel(self._label(name), self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            self.edits[name] = edit
        self.form.addRow(self.error)
        lang = self._language_name(language)
        if names:
            self.note.setText(
                self.tr(
                    "Letter in {0}: write these texts in {0}; they are printed as written."
                ).format(lang)
            )
        else:
            self.note.setText(self.tr("Letter in {0}.").format(lang))
        set_message(self.error, None)

    def _keep(self) -> None:
        for name, edit in self.edits.items():
            self._typed[(self.kind, self.language, name)] = edit.toPlainText()

    def texts(self) -> dict[str, str | None]:
        return {name: edit.toPlainText().strip() or None for name, edit in self.edits.items()}

    def problem(self) -> str | None:
        """The first text the letter cannot do without that is still empty."""
        lang = self._language_name(self.language)
        for name, edit in self.edits.items():
            if name != "needed" and blank(edit.toPlainText()):
                what = self._label(name).replace("&", "").rstrip(":")
                return self.tr("Fill in “{0}” in {1} first.").format(what, lang)
        return None

    def show_problem(self, text: str | None) -> None:
        set_message(self.error, text)
