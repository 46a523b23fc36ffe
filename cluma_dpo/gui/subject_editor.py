"""The data subject's details in the detail panel: editable, each change audited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain import validation as v
from cluma_dpo.domain.model import Language, RequestView
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon

SaveSubject = Callable[[str, dict[str, str | None]], str | None]  # -> error message or None
_FIELDS = ("name", "email", "street", "postcode", "city", "country")


def _still_fits(edited: dict[str, str], base: dict[str, str], now: dict[str, str]) -> bool:
    """Whether edits typed over `base` may go back over `now`: the same person (the name
    unchanged) and none of the fields typed in changed meanwhile; another field changed by a
    colleague keeps its new value under them (issue 18: nothing typed is lost)."""
    fields = {"name", *edited}
    return all(base.get(f, "") == now.get(f, "") for f in fields)


class ScrollingCombo(QComboBox):
    """A combo box that the mouse wheel only changes once it has the focus: scrolling the
    detail panel over it scrolls the panel (dpo-server finding 5: the wheel turned a form of
    address into "vrouw" on its way down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, e: QWheelEvent) -> None:  # Qt names it
        if self.hasFocus():
            super().wheelEvent(e)
        else:
            e.ignore()  # to the scroll area around it


class SubjectEditor(QGroupBox):
    """The data subject's details; Save writes only the changed fields (one audit event each)."""

    def __init__(self, save: SaveSubject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data subject"))
        self._save = save
        self.view: RequestView | None = None
        # edits to put back when `reference` is shown next (a refresh, the end of a lock)
        # edits to give back: (reference, the edited fields, the stored values they were typed over)
        self._pending: tuple[str, dict[str, str], dict[str, str]] | None = None
        self.dropped: str | None = None  # a reference whose kept edits no longer fit its data
        # the next showing puts the kept edits over the new data even where a colleague
        # changed the same field (after a refusal that named who and when)
        self.typed_wins = False
        self.edits = {f: QLineEdit(self) for f in _FIELDS}
        self.edits["country"].setMaxLength(2)
        self.language = ScrollingCombo(self)
        for lang in Language:
            self.language.addItem(labels.label(labels.LANGUAGES, lang), lang.value)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edits["name"])
        form.addRow(self.tr("&E-mail:"), self.edits["email"])
        form.addRow(self.tr("S&treet:"), self.edits["street"])
        city = QHBoxLayout()
        self.edits["postcode"].setMaximumWidth(80)
        city.addWidget(self.edits["postcode"])
        city.addWidget(self.edits["city"], 1)
        city.addWidget(self.edits["country"])
        self.edits["country"].setMaximumWidth(44)
        city_label = QLabel(self.tr("&Postcode, city:"), self)
        city_label.setBuddy(self.edits["postcode"])
        form.addRow(city_label, city)
        form.addRow(self.tr("&Language:"), self.language)
        self.form_of_address = ScrollingCombo(self)
        for kind in labels.FORMS_OF_ADDRESS:
            self.form_of_address.addItem(labels.label(labels.FORMS_OF_ADDRESS, kind), kind.value)
        form.addRow(self.tr("&Form of address:"), self.form_of_address)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("&Save changes"), self)
        self.undo_button = QPushButton(icon("undo"), self.tr("&Undo"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # on its own line, as wide as the form: a refusal ("changed by anna at 14:02 ...")
        # is a few lines long, not a column of two words beside the buttons (dpo-server 4)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for edit in self.edits.values():
            edit.textChanged.connect(self._validate)
        self.language.currentIndexChanged.connect(self._validate)
        self.form_of_address.currentIndexChanged.connect(self._validate)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.discard)

    def _original(self) -> dict[str, str]:
        s = self.view.subject if self.view else None
        if s is None:
            return {}
        return {
            "name": s.name,
            "email": s.email or "",
            "street": s.street or "",
            "postcode": s.postcode or "",
            "city": s.city or "",
            "country": s.country,
            "language": s.language.value,
            "form": s.form.value,
        }

    def show_request(self, view: RequestView | None) -> None:
        """Show `view`'s data subject; edits kept by `keep_for` come back for its request."""
        pending, self._pending = self._pending, None
        typed_wins, self.typed_wins = self.typed_wins, False
        self.view = view
        original = self._original()
        self.dropped = None
        if view is not None and pending is not None and pending[0] == view.reference:
            edited, base = pending[1], pending[2]
            if all(original.get(f, "") == v.strip() for f, v in edited.items()):
                pass  # what was typed is what is stored now: it was just saved
            elif typed_wins or _still_fits(edited, base, original):
                original = {**original, **edited}
            else:  # another person under the number now (a restore), or the same field
                self.dropped = view.reference  # changed elsewhere
        for f, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(original.get(f, ""))
            edit.setReadOnly(view is None or view.anonymised)
            edit.blockSignals(False)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(original.get("language"))))
        self.language.setEnabled(view is not None and not view.anonymised)
        self.language.blockSignals(False)
        self.form_of_address.blockSignals(True)
        self.form_of_address.setCurrentIndex(
            max(0, self.form_of_address.findData(original.get("form", "neutral")))
        )
        self.form_of_address.setEnabled(view is not None and not view.anonymised)
        self.form_of_address.blockSignals(False)
        self._validate()

    def _current(self) -> dict[str, str]:
        current = {f: e.text() for f, e in self.edits.items()}
        current["language"] = str(self.language.currentData())
        current["form"] = str(self.form_of_address.currentData())
        return current

    def changes(self) -> dict[str, str | None]:
        original = self._original()
        current = {f: val.strip() for f, val in self._current().items()}
        return {f: (val or None) for f, val in current.items() if val != original.get(f, "")}

    @property
    def dirty(self) -> bool:
        """Edited and not saved."""
        return self.view is not None and bool(self.changes())

    def edited(self) -> dict[str, str]:
        """The fields as typed where they differ from the stored ones (kept in memory only)."""
        original = self._original()
        return {f: val for f, val in self._current().items() if val != original.get(f, "")}

    def stored(self) -> dict[str, str]:
        """The values as stored, that the edits are typed over."""
        return self._original()

    def keep_for(self, reference: str, edited: dict[str, str], base: dict[str, str]) -> None:
        """Put `edited` back into the fields when `reference` is shown next, if its stored
        values are still `base` (what they were typed over); else they are dropped."""
        self._pending = (reference, dict(edited), dict(base))

    def discard(self) -> None:
        """Back to the stored values (Undo)."""
        self._pending = None
        self.show_request(self.view)

    def problem(self) -> str | None:
        problems = v.subject_problems({f: e.text() for f, e in self.edits.items()})
        return next((say(p) for p in problems.values()), None)

    def _validate(self) -> None:
        dirty = bool(self.changes()) and self.view is not None
        problem = self.problem() if dirty else None
        set_message(self.message, problem)
        self.save_button.setEnabled(dirty and problem is None)
        self.undo_button.setEnabled(dirty)

    def save(self) -> bool:
        """True when the changes were saved (or there were none to save)."""
        if self.view is None or not self.dirty:
            return True
        if not self.save_button.isEnabled():
            return False
        error = self._save(self.view.reference, self.changes())
        set_message(self.message, error)
        return error is None
