"""DPO day (dpo-final): refusing an Art. 21(1) objection in French showed the ground's label
cut off ("Motif (art.") — the ground and the legal-obligation combos took the width of
their longest choice and squeezed the labels. Every label of the close dialog reads whole,
in nl, fr and de, with the refusal's extra rows shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from cluma_dpo.gui.dialogs.close import CloseDialog
from cluma_dpo.gui.main import install_translations
from tests.gui.conftest import register
from tests.gui.test_actions import _select
from tests.gui.test_i15_truncation import look  # noqa: F401  (fixture: the app's style)
from tests.gui.truncation import cut_offs


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
@pytest.mark.parametrize("rights", [("objection",), ("erasure",)])
def test_the_refusal_rows_cut_nothing_off(
    qtbot: Any,
    qapp: QApplication,
    look: None,  # noqa: F811
    wb: Any,
    window: Any,
    language: str,
    rights: tuple[str, ...],
) -> None:
    assert install_translations(qapp, language)
    try:
        ref = register(wb, "Marc Willems", rights=rights, known_account=True)
        _select(qtbot, window, ref)
        window.acts["close"].trigger()
        dialog = window.commands.last_dialog
        assert isinstance(dialog, CloseDialog)
        dialog.show()  # as the app shows it: granted first, then the DPO refuses
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        combo = dialog.ui.choiceCombo
        combo.setCurrentIndex(combo.findData("refused"))
        QApplication.processEvents()
        assert dialog.width() <= 1280 - 40
        assert cut_offs(dialog) == []
        QDialog.done(dialog, 0)
    finally:
        install_translations(qapp, "nl")
