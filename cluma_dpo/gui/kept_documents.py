"""Documents you can reopen (issue 15): what the window does with a kept letter or fee note.

- Open: the PDF shown inside the app (QPdfDocument from a QBuffer: no file on disk).
- Print: the kept pages to a printer the user chooses; recorded in the audit trail.
- Save again: the kept bytes where the user chooses; that is where it is saved now.
- LetterKeeper: the letter dialog's recorder. A second letter of a kind the request has
  already asks whether it replaces the first (Replace / Keep both / Cancel); saving or
  printing the same letter again in the dialog is no second document.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.model import DocumentView
from cluma_dpo.files import write_atomically
from cluma_dpo.gui import file_dialogs, labels
from cluma_dpo.gui.dialogs.letter import LetterChoice
from cluma_dpo.gui.documents_tab import document_title, is_pdf, language_name
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.printing import choose_printer, print_pdf
from cluma_dpo.services.api import Deliver, WorkbenchApi

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from cluma_dpo.gui.mainwindow import MainWindow

REPLACE, KEEP_BOTH, CANCEL = "replace", "keep", "cancel"


def earlier_of_kind(
    docs: list[DocumentView], kind: str, concerns: str | None
) -> list[DocumentView]:
    """The documents a new letter of `kind` (to `concerns`) would be a second one of."""
    return [d for d in docs if d.kind == kind and d.concerns == concerns]


def ask_replace(parent: QWidget, earlier: DocumentView) -> str:
    """Replace, keep both or cancel (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("KeptDocuments", "A letter of this kind exists"))
    saved = earlier.saved_as or QCoreApplication.translate("KeptDocuments", "not saved")
    box.setText(
        QCoreApplication.translate(
            "KeptDocuments",
            "This request already has this letter: {0}, made {1} ({2}). "
            "Does the new letter replace it?",
        ).format(document_title(earlier), labels.timestamp(earlier.produced_at), saved)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "KeptDocuments",
            "Replace: the earlier letter is removed from the documents (the timeline keeps "
            "that it was made). Keep both: both stay in the documents.",
        )
    )
    replace = box.addButton(
        QCoreApplication.translate("KeptDocuments", "&Replace"), QMessageBox.ButtonRole.AcceptRole
    )
    both = box.addButton(
        QCoreApplication.translate("KeptDocuments", "&Keep both"), QMessageBox.ButtonRole.YesRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return REPLACE if clicked is replace else KEEP_BOTH if clicked is both else CANCEL


class LetterKeeper:
    """Records what a LetterDialog makes: once per letter, asking before a second of a kind."""

    def __init__(self, wb: WorkbenchApi, reference: str, parent: QWidget) -> None:
        self.wb, self.reference, self.parent = wb, reference, parent
        self.kept_id: int | None = None
        self.kept_choice: LetterChoice | None = None
        self.replaces: int | None = None

    def _same_letter(self, choice: LetterChoice) -> bool:
        return self.kept_id is not None and choice == self.kept_choice

    def confirm(self, choice: LetterChoice) -> bool:
        """Before printing or saving: False when the DPO cancelled."""
        if self._same_letter(choice):
            return True
        earlier = earlier_of_kind(self.wb.documents(self.reference), choice.kind, choice.recipient)
        self.replaces = None
        if not earlier:
            return True
        answer = ask_replace(self.parent, earlier[-1])
        if answer == REPLACE:
            self.replaces = earlier[-1].id
        return answer != CANCEL

    def names_taken(self, choice: LetterChoice) -> set[str]:
        """The file names the request's kept documents were saved under, but for the one
        this letter replaces or is (saved again): a kept second letter gets its own name."""
        skip = {self.replaces, self.kept_id if self._same_letter(choice) else None}
        return {
            PurePath(d.saved_as).name
            for d in self.wb.documents(self.reference)
            if d.saved_as and d.id not in skip
        }

    def produce(self, choice: LetterChoice, deliver: Deliver | None, path: Path | None) -> bytes:
        """Make, deliver and keep the letter, or deliver the one kept before again."""
        if self.kept_id is not None and self._same_letter(choice):
            data = self.wb.document_pdf(self.kept_id)
            if deliver is not None:
                deliver(data)
                if path is not None:
                    self.wb.document_saved(self.kept_id, path)
            else:
                self.wb.document_printed(self.kept_id)
            return data
        data = self.wb.letter(
            self.reference,
            choice.kind,
            choice.language,
            recipient=choice.recipient,
            texts=choice.texts,
            late=choice.late,
            filename=str(path) if path is not None else None,
            deliver=deliver,
            replaces=self.replaces,
        )
        self.remember(choice)
        return data

    def remember(self, choice: LetterChoice) -> None:
        """The letter just made and kept (here or as an e-mail's PDF) is this choice's."""
        self.replaces = None
        made = earlier_of_kind(self.wb.documents(self.reference), choice.kind, choice.recipient)
        self.kept_id = max((d.id for d in made if d.id is not None), default=None)
        self.kept_choice = choice


def pdf_document(data: bytes, parent: QObject) -> QPdfDocument:
    """A QPdfDocument over the bytes in memory (the buffer is the document's child)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


class DocumentViewer(QDialog):
    """A kept document shown as it was printed, with Print and Save again beside it."""

    def __init__(self, reference: str, doc: DocumentView, data: bytes, parent: QWidget) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(f"{reference} · {document_title(doc)}")
        self.document = pdf_document(data, self)
        self.viewer = QPdfView(self)
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        made = (document_title(doc), language_name(doc.language), labels.timestamp(doc.produced_at))
        text = (
            self.tr("{0}, {1} · made {2} · saved as {3}").format(*made, doc.saved_as)
            if doc.saved_as
            else self.tr("{0}, {1} · made {2} · not saved").format(*made)
        )
        about = QLabel(text, self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)  # a saved path is never markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"), self)
        self.save_button = QPushButton(icon("save"), self.tr("Save &again…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, parent, 760, 900)


FRAME_ALLOWANCE = 48  # the title bar and borders the window manager adds, before it shows


def fit_to_screen(dialog: QWidget, parent: QWidget | None, width: int, height: int) -> None:
    """`width` x `height`, but never larger than the parent's screen leaves available,
    centred on it (a 760x900 letter on an 800 px high screen lost its buttons)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        dialog.resize(width, height)
        return
    available = screen.availableGeometry()
    size = QSize(
        min(width, available.width() - FRAME_ALLOWANCE // 2),
        min(height, available.height() - FRAME_ALLOWANCE),
    )
    dialog.resize(size)
    left = available.left() + (available.width() - size.width()) // 2
    top = available.top() + (available.height() - size.height() - FRAME_ALLOWANCE) // 2
    dialog.move(max(available.left(), left), max(available.top(), top))


class KeptDocumentActions(QObject):
    """The window's answers to the Documents tab: open, print, save again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.last_viewer: DocumentViewer | None = None
        tab = window.detail.documents
        tab.officer_of = lambda: window.detail.timeline.officer  # who "made by" names
        tab.open_requested.connect(self.open)
        tab.print_requested.connect(self.print)
        tab.save_requested.connect(self.save_again)
        tab.identity_requested.connect(self.use_as_identity_document)

    def _reference(self) -> str | None:
        view = self.w.detail.view if self.w.wb is not None else None
        return view.reference if view is not None else None

    def _pdf(self, doc: DocumentView) -> bytes | None:
        if doc.id is None or self.w.wb is None:
            return None
        try:
            return self.w.wb.document_pdf(doc.id)
        except DomainError as exc:
            self.w.show_message(exc.msg, error=True)
            return None

    def open(self, doc: DocumentView) -> DocumentViewer | None:
        reference, data = self._reference(), self._pdf(doc)
        if reference is None or data is None:
            return None
        viewer = DocumentViewer(reference, doc, data, self.w)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.print_button.clicked.connect(lambda: self.print(doc, viewer.document))
        viewer.save_button.clicked.connect(lambda: self.save_again(doc))
        viewer.destroyed.connect(lambda: setattr(self, "last_viewer", None))
        self.last_viewer = viewer
        viewer.open()
        return viewer

    def print(self, doc: DocumentView, document: QPdfDocument | None = None) -> bool:
        reference = self._reference()
        if reference is None or doc.id is None:
            return False
        if document is None:
            data = self._pdf(doc)
            if data is None:
                return False
            document = pdf_document(data, self)
        printer = choose_printer(self.w)
        if printer is None:
            return False
        if not print_pdf(document, printer):
            self.w.show_message(self.tr("The printer could not be started."), error=True)
            return False
        self.w.workbench.document_printed(doc.id)
        self.w.show_message(self.tr("{0} sent to the printer.").format(document_title(doc)))
        self.w.request_changed(reference)
        return True

    def save_again(self, doc: DocumentView) -> Path | None:
        reference, data = self._reference(), self._pdf(doc)
        if reference is None or data is None or doc.id is None:
            return None
        suggested = doc.filename or file_dialogs.letter_name(reference, doc.kind, doc.language)
        suffix = Path(suggested).suffix.lower()
        kind = self.tr("PDF (*.pdf)") if is_pdf(doc) or not suffix else f"*{suffix}"
        target = self.w.ask_save_path(self.tr("Save again"), suggested, kind)
        if target is None:
            return None
        try:
            write_atomically(target, data)
        except OSError as exc:
            self.w.show_message(exc.strerror or str(exc), error=True)
            return None
        self.w.workbench.document_saved(doc.id, target)
        self.w.show_message(self.tr("Saved as {0}.").format(target), path=target)
        self.w.request_changed(reference)
        return target

    def use_as_identity_document(self, doc: DocumentView) -> bool:
        """Hand a scan or attachment to the identity check (issue 17), once confirmed: it
        then leaves the kept correspondence and is erased when the check is done. Once the
        check is over, it is erased at once (review h17)."""
        reference = self._reference()
        if reference is None or doc.id is None:
            return False
        if not self.w.detail.documents.check_open():
            return self.erase_as_identity_document(reference, doc)
        answer = QMessageBox.question(
            self.w,
            self.tr("Use as identity document"),
            self.tr(
                "Hand {0} to the identity check? It is then kept as the copy of an identity "
                "document, no longer with the correspondence, and erased once the check is "
                "done."
            ).format(document_title(doc)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.w.workbench.use_as_identity_document(reference, doc.id)
        except DomainError as exc:
            self.w.show_message(exc.msg, error=True)
            return False
        self.w.request_changed(reference)
        self.w.show_message(self.tr("Handed to the identity check: {0}.").format(doc.filename))
        return True

    def erase_as_identity_document(self, reference: str, doc: DocumentView) -> bool:
        answer = QMessageBox.question(
            self.w,
            self.tr("Erase as identity document"),
            self.tr(
                "The identity check of {0} is over, so a copy of an identity document is not "
                "kept. Erase {1} now, with its copy in the e-mail it came with? This cannot be "
                "undone; the audit trail records it."
            ).format(reference, document_title(doc)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or doc.id is None:
            return False
        try:
            self.w.workbench.erase_identity_copies(reference, [doc.id])
        except DomainError as exc:
            self.w.show_message(exc.msg, error=True)
            return False
        self.w.request_changed(reference)
        self.w.show_message(self.tr("Erased as identity document: {0}.").format(doc.filename))
        return True


def kept_fee_note(docs: tuple[DocumentView, ...], number: str) -> DocumentView | None:
    """The fee note's PDF as it was issued, if the database keeps it."""
    found = [d for d in docs if d.kind == "fee-note" and d.concerns == number and d.kept]
    return found[-1] if found else None


def install(window: MainWindow) -> KeptDocumentActions:
    return KeptDocumentActions(window)
