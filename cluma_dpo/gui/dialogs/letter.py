"""Make a letter, look at it, then print it or save it where the user chooses.

Only the letters that tell the truth about the request can be chosen (`available_kinds`);
the others are greyed with the reason. Looking does not record anything: the letter is
recorded as sent when it is printed or saved. The PDF stays in memory (a QBuffer feeds the
preview). Without Qt's PDF module the dialog offers "Save as" only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.letter_choice import suggested_kind
from cluma_dpo.domain.letters import LetterKind, available_kinds, extension_is_late
from cluma_dpo.domain.model import Language, RequestView
from cluma_dpo.files import write_atomically
from cluma_dpo.gui import file_dialogs, labels, printing
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.dialogs.letter_texts import LetterTexts
from cluma_dpo.gui.forms.ui_letter import Ui_LetterDialog
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.workers import start_task
from cluma_dpo.services.api import Deliver

try:  # QtPdf is an optional part of some PySide6 builds
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    _HAVE_PDF = True
except ImportError:  # pragma: no cover - depends on the installed wheel
    _HAVE_PDF = False  # QPdfDocument and QPdfView are then not to be used


@dataclass(frozen=True)
class LetterChoice:
    """What the DPO chose: the workbench makes the letter from this."""

    kind: str
    language: str
    recipient: str | None
    texts: dict[str, str | None] = field(default_factory=dict)
    late: bool = False


Preview = Callable[[LetterChoice], bytes]  # a look only: nothing recorded
# Makes the letter again, hands it to the deliverer (None: printed), records it as sent
# and keeps it; the path is where it is saved (None: printed)
Produce = Callable[[LetterChoice, Deliver | None, Path | None], bytes]
# Asked before printing or saving: False stops (a second letter of a kind, issue 15)
Confirm = Callable[[LetterChoice], bool]


def preview_available() -> bool:
    return _HAVE_PDF


class LetterDialog(QDialog):
    # the letter as previewed can be sent on: what else offers it follows (issue 17)
    ready_changed = Signal(bool)

    def __init__(
        self,
        view: RequestView,
        preview: Preview,
        produce: Produce,
        parent: QWidget | None = None,
        *,
        today: date,
        kind: str | None = None,
        recipient: str | None = None,
        confirm: Confirm | None = None,
        names_taken: Callable[[LetterChoice], set[str]] | None = None,
        notice_languages: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self._preview, self._produce = preview, produce
        self._confirm = confirm
        self._names_taken = names_taken
        self.view, self.today = view, today
        self.reference = view.reference
        self.pdf: bytes | None = None
        self.made: LetterChoice | None = None
        self.recorded = False
        self._late_confirmed = False
        # an Art. 19 notice is written in its recipient's language (lawyer's finding 4)
        self._notice_languages = dict(notice_languages or {})
        self._addressee: tuple[str, str | None] | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Letter for {0}").format(view.reference))
        self.why_not = {k.value: why for k, why in available_kinds(view).items()}
        model = ui.kindCombo.model()
        assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
        for letter_kind, text in labels.LETTER_KINDS.items():
            ui.kindCombo.addItem(labels.tr(text), letter_kind.value)
            why = self.why_not.get(letter_kind.value)
            if why is not None:  # shown, greyed, with the reason it does not fit (issue 13)
                row = ui.kindCombo.count() - 1
                model.item(row).setEnabled(False)
                ui.kindCombo.setItemData(row, say(why), Qt.ItemDataRole.ToolTipRole)
        fitting = [k for k, why in self.why_not.items() if why is None]
        called_for = suggested_kind(view)  # the letter the request's state calls for
        wanted = kind or (called_for.value if called_for else next(iter(fitting), None))
        if wanted:
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(wanted)))
        for lang in Language:
            ui.languageCombo.addItem(labels.label(labels.LANGUAGES, lang), lang.value)
        for item in view.recipients:  # Art. 19 notices go to one recipient at a time
            if item.state not in lc.RECIPIENT_NOT_TOLD:  # nothing to tell it (issue 13)
                ui.recipientCombo.addItem(item.recipient, item.recipient)
        if recipient:
            ui.recipientCombo.setCurrentIndex(max(0, ui.recipientCombo.findData(recipient)))
        # The person's own language by default (design.md "Letters").
        ui.languageCombo.setCurrentIndex(
            max(0, ui.languageCombo.findData(view.subject.language.value))
        )
        self.texts = LetterTexts(view, self)
        ui.mainLayout.insertWidget(1, self.texts)
        ui.makeButton.setIcon(icon("letter"))
        ui.printButton.setIcon(icon("print"))
        ui.saveButton.setIcon(icon("save"))
        ui.makeButton.clicked.connect(self.make)
        ui.printButton.clicked.connect(self.print_letter)
        ui.saveButton.clicked.connect(self.save_as)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindCombo.currentIndexChanged.connect(self._choice_changed)
        ui.recipientCombo.currentIndexChanged.connect(self._choice_changed)
        ui.languageCombo.currentIndexChanged.connect(self._choice_changed)
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.document: QPdfDocument | None
        if preview_available():
            self.document = QPdfDocument(self)
            self.viewer = QPdfView(self)
            self.viewer.setDocument(self.document)
            self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
            self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            ui.previewLayout.addWidget(self.viewer)
        else:
            self.document = None
            note = QLabel(
                self.tr("No preview is available on this system: save the letter and open it."),
                self,
            )
            note.setWordWrap(True)
            ui.previewLayout.addWidget(note)
            ui.printButton.setToolTip(
                self.tr(
                    "Printing needs Qt's PDF module; save the "
                    "letter and print it from a PDF viewer."
                )
            )
        self._set_ready(False)
        set_message(ui.statusLabel, None)
        self._choice_changed()

    def _set_ready(self, ready: bool) -> None:
        self.ui.saveButton.setEnabled(ready)
        self.ui.printButton.setEnabled(ready and self.document is not None)
        self.ready_changed.emit(ready)

    def _blocker(self) -> str | None:
        """Why the chosen letter cannot be made (None: it can)."""
        why = self.why_not.get(self.kind)
        if why is not None:
            return say(why)
        if self.kind == LetterKind.RECIPIENT_NOTICE and self.ui.recipientCombo.count() == 0:
            return self.tr("This request has no recipients to tell (Art. 19).")
        return None

    def _choice_changed(self) -> None:
        notice = self.kind == LetterKind.RECIPIENT_NOTICE
        addressee = (self.kind, self.recipient)
        if addressee != self._addressee:  # another letter or recipient: its own language
            self._addressee = addressee
            wanted = self.view.subject.language.value
            if notice and self.recipient in self._notice_languages:
                wanted = self._notice_languages[self.recipient]
            combo = self.ui.languageCombo
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(blocked)
        self.ui.recipientLabel.setVisible(notice)
        self.ui.recipientCombo.setVisible(notice)
        self.texts.show_for(self.kind, self.language, self.recipient)
        for edit in self.texts.edits.values():
            edit.textChanged.connect(self._texts_changed)
        blocker = self._blocker()
        self.ui.makeButton.setEnabled(blocker is None)
        self.ui.makeButton.setToolTip(blocker or "")
        if blocker is not None:
            set_message(self.ui.statusLabel, blocker)
        elif self.pdf is not None:
            self.ui.statusLabel.setText(
                self.tr("The preview shows the letter made before; press Make letter again.")
            )
        else:
            set_message(self.ui.statusLabel, None)
        self._set_ready(self.pdf is not None and self.made == self.choice())

    def _texts_changed(self) -> None:
        self.texts.show_problem(None)
        self._set_ready(self.pdf is not None and self.made == self.choice())

    @property
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    # -- make -----------------------------------------------------------------------------
    @property
    def recipient(self) -> str | None:
        if self.kind != LetterKind.RECIPIENT_NOTICE:
            return None
        chosen: str | None = self.ui.recipientCombo.currentData()  # None: no recipients
        return chosen

    def choice(self) -> LetterChoice:
        return LetterChoice(
            self.kind, self.language, self.recipient, self.texts.texts(), self._late_confirmed
        )

    def confirm_late(self) -> bool:
        """GDPR Art. 12(3): the person is told of an extension within the first month. A
        notice made after that is possible, but only on purpose (the letter says when the
        extension was decided)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Extension notice after the first month"),
            self.tr(
                "The first month ended on {0}: GDPR Art. 12(3) asks that the person is told "
                "of an extension within it. Make the notice now anyway? It states the day "
                "the extension was decided."
            ).format(labels.long_date(self.view.due_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def make(self) -> None:
        if self._blocker() is not None:
            return
        problem = self.texts.problem()
        if problem is not None:
            self.texts.show_problem(problem)
            return
        if (
            self.kind == LetterKind.EXTENSION
            and not self._late_confirmed
            and extension_is_late(self.view, self.today)
        ):
            if not self.confirm_late():
                return
            self._late_confirmed = True
        choice = self.choice()
        self.ui.makeButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Making the letter…"))
        self.ui.statusLabel.show()
        start_task(
            lambda: self._preview(choice),
            lambda pdf: self._made(pdf, choice),
            self._failed,
            self,
        )

    def _made(self, pdf: bytes, choice: LetterChoice) -> None:
        self.pdf, self.made = pdf, choice
        self.ui.makeButton.setEnabled(True)
        self.ui.statusLabel.setText(
            self.tr(
                "Look at the letter. It is recorded in the request's documents as sent "
                "once you print or save it."
            )
        )
        if self.document is not None:
            self.document.close()
            self._bytes = QByteArray(pdf)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._set_ready(self.made == self.choice())

    def _failed(self, message: str) -> None:
        self.ui.makeButton.setEnabled(True)
        set_message(self.ui.statusLabel, message)

    def _confirmed(self) -> bool:
        return self.made is not None and (self._confirm is None or self._confirm(self.made))

    def _record(self, deliver: Deliver | None, path: Path | None = None) -> bool:
        """Make the letter as previewed and record it as sent; False (shown) if that failed."""
        if self.made is None:
            return False
        try:
            self.pdf = self._produce(self.made, deliver, path)
        except DomainError as exc:
            set_message(self.ui.statusLabel, exc.msg)
            return False
        except OSError as exc:
            set_message(self.ui.statusLabel, exc.strerror or str(exc))
            return False
        self.recorded = True
        return True

    # -- print / save ---------------------------------------------------------------------
    def suggested_name(self) -> str:
        made = self.made or self.choice()
        name = file_dialogs.letter_name(self.reference, made.kind, made.language)
        taken = self._names_taken(made) if self._names_taken is not None else set()
        return file_dialogs.distinct_name(name, taken)

    def save_as(self) -> None:
        if self.pdf is None or not self._confirmed():
            return
        # the same remembered folder as every other saved document (issue 15)
        path = file_dialogs.ask_save_path(
            self, self.tr("Save letter"), self.suggested_name(), self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.save_to(path, confirmed=True)

    def save_to(self, path: Path, *, confirmed: bool = False) -> None:
        if self.pdf is None or not (confirmed or self._confirmed()):
            return
        if self._record(lambda data: write_atomically(path, data), path):
            self.ui.statusLabel.setText(
                self.tr("Saved as {0} and recorded in the request's documents.").format(path)
            )

    def print_letter(self) -> None:
        if self.document is None or self.pdf is None or not self._confirmed():
            return
        printer = printing.choose_printer(self)
        if printer is None:
            return
        if not printing.print_pdf(self.document, printer):
            set_message(self.ui.statusLabel, self.tr("The printer could not be started."))
            return
        if self._record(None):
            self.ui.statusLabel.setText(
                self.tr("Sent to the printer and recorded in the request's documents.")
            )
