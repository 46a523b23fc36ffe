"""XLSX written wholly in memory.

openpyxl streams every worksheet's XML through a named temporary file (openpyxl.*.tmp),
even in write-only mode: for a register that is every name and e-mail in plaintext on
disk, left behind if the process dies. These writers keep the XML in a BytesIO instead.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


class _MemoryWorksheetWriter(WorksheetWriter):
    def __init__(self, ws: Any) -> None:
        super().__init__(ws, out=BytesIO())

    def cleanup(self) -> None:  # nothing on disk to remove
        self.out = BytesIO()


class _MemoryExcelWriter(ExcelWriter):
    _archive: ZipFile  # set by ExcelWriter.__init__; the stubs leave the private name out

    def write_worksheet(self, ws: Any) -> None:
        # ExcelWriter.write_worksheet, with the sheet's XML taken from memory
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if self.workbook.write_only:
            if not ws.closed:
                ws.close()
            writer = ws._writer
        else:
            writer = _MemoryWorksheetWriter(ws)
            writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.out.getvalue())
        self.manifest.append(ws)
        writer.cleanup()


def create_sheet(wb: Workbook, title: str) -> Any:
    """A sheet whose rows stream into memory (write-only workbooks)."""
    ws = wb.create_sheet(title)
    if wb.write_only:
        # like WriteOnlyWorksheet._get_writer, lazily: freeze panes, widths and filters set
        # after creation must still reach the sheet's top
        def get_writer() -> None:
            if ws._writer is None:
                ws._writer = _MemoryWorksheetWriter(ws)
                ws._writer.write_top()

        ws._get_writer = get_writer
    return ws


def save(wb: Workbook) -> bytes:
    buffer = BytesIO()
    with ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _MemoryExcelWriter(wb, archive).save()
    return buffer.getvalue()
