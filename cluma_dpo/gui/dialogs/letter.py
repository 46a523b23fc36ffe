"""Make a letter, look at it, then print it or save it where the user chooses.

The PDF stays in memory (a QBuffer feeds the preview): no temporary file holds the letter.
Without Qt's PDF module the dialog offers "Save as" only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import Language, RequestView
from cluma_dpo.files import write_atomically
from cluma_dpo.gui import labels
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.forms.ui_letter import Ui_LetterDialog
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.workers import start_task

try:  # QtPdf is an optional part of some PySide6 builds
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    _HAVE_PDF = True
except ImportError:  # pragma: no cover - depends on the installed wheel
    _HAVE_PDF = False  # QPdfDocument and QPdfView are then not to be used

# (kind, language, recipient or None) -> PDF; recorded as one of the request's documents
Make = Callable[[str, str, str | None], bytes]


def preview_available() -> bool:
    return _HAVE_PDF


class LetterDialog(QDialog):
    def __init__(
        self,
        view: RequestView,
        make: Make,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        recipient: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self._make = make
        self.reference = view.reference
        self.pdf: bytes | None = None
        self.made_kind = self.made_language = ""
        ui = self.ui
        self.setWindowTitle(self.tr("Letter for {0}").format(view.reference))
        for letter_kind, text in labels.LETTER_KINDS.items():
            ui.kindCombo.addItem(labels.tr(text), letter_kind.value)
        if kind:
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind)))
        for lang in Language:
            ui.languageCombo.addItem(labels.label(labels.LANGUAGES, lang), lang.value)
        for item in view.recipients:  # Art. 19 notices go to one recipient at a time
            if item.state != lc.RECIPIENT_NOT_APPLICABLE:  # nothing to tell it (issue 13)
                ui.recipientCombo.addItem(item.recipient, item.recipient)
        if recipient:
            ui.recipientCombo.setCurrentIndex(max(0, ui.recipientCombo.findData(recipient)))
        # The person's own language by default (design.md "Letters").
        ui.languageCombo.setCurrentIndex(
            max(0, ui.languageCombo.findData(view.subject.language.value))
        )
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

    def _choice_changed(self) -> None:
        notice = self.kind == LetterKind.RECIPIENT_NOTICE
        self.ui.recipientLabel.setVisible(notice)
        self.ui.recipientCombo.setVisible(notice)
        self.ui.makeButton.setEnabled(not notice or self.ui.recipientCombo.count() > 0)
        self.ui.makeButton.setToolTip(
            ""
            if self.ui.makeButton.isEnabled()
            else self.tr("This request has no recipients to tell (Art. 19).")
        )
        if self.pdf is not None:
            self.ui.statusLabel.setText(
                self.tr("The preview shows the letter made before; press Make letter again.")
            )

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

    def make(self) -> None:
        kind, language, recipient = self.kind, self.language, self.recipient
        self.ui.makeButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Making the letter…"))
        self.ui.statusLabel.show()
        start_task(
            lambda: self._make(kind, language, recipient),
            lambda pdf: self._made(pdf, kind, language),
            self._failed,
            self,
        )

    def _made(self, pdf: bytes, kind: str, language: str) -> None:
        self.pdf, self.made_kind, self.made_language = pdf, kind, language
        self.ui.makeButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("Made and recorded in the request's documents."))
        if self.document is not None:
            self.document.close()
            self._bytes = QByteArray(pdf)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._set_ready(True)

    def _failed(self, message: str) -> None:
        self.ui.makeButton.setEnabled(True)
        set_message(self.ui.statusLabel, message)

    # -- print / save ---------------------------------------------------------------------
    def suggested_name(self) -> str:
        return f"{self.reference}-{self.made_kind}-{self.made_language}.pdf"

    def save_as(self) -> None:
        if self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save letter"), self.suggested_name(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if self.pdf is None:
            return
        try:
            write_atomically(path, self.pdf)
        except OSError as exc:
            set_message(self.ui.statusLabel, exc.strerror or str(exc))
            return
        self.ui.statusLabel.setText(self.tr("Saved as {0}").format(path))

    def print_letter(self) -> None:
        if self.document is None or self.pdf is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            set_message(self.ui.statusLabel, self.tr("The printer could not be started."))
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = painter.viewport()
                size = (
                    self.document.pagePointSize(page)
                    .toSize()
                    .scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                image = self.document.render(page, size)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        self.ui.statusLabel.setText(self.tr("Sent to the printer."))
