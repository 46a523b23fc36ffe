"""Printing a PDF the program made (a letter, a kept document): each page drawn as an image
scaled to the printer's printable area.

The image is rendered at no more than PRINT_DPI: a printer (or "print to PDF") opened in
QPrinter's HighResolution mode says 1200 dpi, and an A4 page rendered at that is a 560 MB
image, which froze the window for half a minute and could take the program down on a busy
machine (DPO on the server, finding 8). 300 dpi is what an office laser prints text at;
the painter scales the image to the page. The window shows a busy cursor meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The printer the user chooses; None if cancelled (tests replace this function)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def image_size(target: QSize, printer_dpi: int) -> QSize:
    """The size to render a page at: `target` (device pixels) at no more than PRINT_DPI."""
    if printer_dpi <= PRINT_DPI:
        return target
    scale = PRINT_DPI / printer_dpi
    return QSize(max(1, round(target.width() * scale)), max(1, round(target.height() * scale)))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Each page as an image, scaled to the printable area; False if the printer failed."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            target = (
                document.pagePointSize(page)
                .toSize()
                .scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            image = document.render(page, image_size(target, printer.resolution()))
            painter.drawImage(QRect(area.topLeft(), target), image)
    finally:
        painter.end()
        QApplication.restoreOverrideCursor()
    return True
