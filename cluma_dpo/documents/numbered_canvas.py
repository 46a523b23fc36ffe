"""A reportlab canvas that writes "page n of N" on every page: it keeps each page until
`save()`, when N is known (the letters and the dossier use it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas


class NumberedCanvas(Canvas):
    """Subclasses draw the page number in `draw_page_number`."""

    _startPage: Callable[[], None]  # Canvas's own method; the stubs leave the private name out

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self.draw_page_number(number, total)
            super().showPage()
        super().save()

    def draw_page_number(self, page: int, pages: int) -> None:
        raise NotImplementedError
