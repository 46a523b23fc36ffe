"""One icon set, readable type, and no personal data in the title."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from cluma_dpo.gui.icons import GLYPHS, icon
from tests.gui.conftest import register


def test_every_icon_is_a_material_design_icon(qtbot: Any) -> None:
    for meaning in GLYPHS:
        assert not icon(meaning).isNull(), meaning


def test_main_window_fits_1366_by_768(qtbot: Any, window: Any) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740


def test_title_never_shows_personal_data(qtbot: Any, wb: Any, window: Any) -> None:
    ref = register(wb, "Ann Peeters", days_ago=2)
    window.reload(select=ref)
    assert window.detail.view is not None
    assert window.windowTitle() == "Cluma DPO — data"  # the data folder's name (issue 15)


def test_readable_default_font(qtbot: Any) -> None:
    from cluma_dpo.gui.main import MIN_POINT_SIZE, configure

    app = QApplication.instance()
    configure(app)
    assert app.font().pointSizeF() >= MIN_POINT_SIZE
    style = app.style()
    assert style.baseStyle().name().lower() == "fusion"
    # no stock pixmaps beside ours: dialog buttons carry no Qt icons
    from PySide6.QtWidgets import QStyle

    assert not style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons)


def test_void_qt_calls_do_not_use_up_none(qtbot: Any) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call, and this
    loop aborts the interpreter: it fails if the `pyside6<6.12` pin in pyproject.toml is
    lifted while the app still runs on 3.11."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for _ in range(100_000):
        label.setText("x")
    assert label.text() == "x"
