"""Printing renders each page at no more than 300 dpi (DPO on the server, finding 8): a
printer in QPrinter's HighResolution mode says 1200 dpi, and the page rendered at that was a
560 MB image that froze the window for 25 s. The letter dialog and the Documents tab print
through the same function (gui.printing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize

from cluma_dpo.gui import printing
from cluma_dpo.gui.dialogs.letter import preview_available
from tests.gui.test_i15_docs import _letter_dialog, _person, _select

pytestmark = pytest.mark.skipif(not preview_available(), reason="needs Qt's PDF module")


def test_the_image_size_is_capped_at_300_dpi() -> None:
    a4_at_1200 = QSize(9921, 14031)
    capped = printing.image_size(a4_at_1200, 1200)
    assert (capped.width(), capped.height()) == (2480, 3508)  # A4 at 300 dpi
    assert printing.image_size(QSize(595, 842), 72) == QSize(595, 842)  # never enlarged


def test_the_letter_dialog_prints_at_300_dpi_and_records_it(
    qtbot: Any, wb: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ref = _person(wb)
    _select(qtbot, window, ref)
    dialog = _letter_dialog(qtbot, window)
    out = tmp_path / "printed.pdf"

    def printer(_parent: Any) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    rendered: list[QSize] = []
    render = type(dialog.document).render

    def spy(document: Any, page: int, size: QSize, *rest: Any) -> Any:
        rendered.append(size)
        return render(document, page, size, *rest)

    monkeypatch.setattr(printing, "choose_printer", printer)
    monkeypatch.setattr(type(dialog.document), "render", spy)
    dialog.print_letter()
    assert rendered and all(s.width() <= 2480 and s.height() <= 3508 for s in rendered)
    assert out.read_bytes().startswith(b"%PDF")
    assert [d.kind for d in wb.documents(ref)] == ["acknowledgement"]  # printed = recorded
