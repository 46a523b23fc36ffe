"""Issue 15, polish after a DPO's test run: the list follows a cancelled row switch, the
reopened letter window fits the screen, the manual's words and its demo section, and the
smaller defaults (letter kind, Overview tab, identity action, status words, due-soon words)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cluma_dpo.gui import unsaved
from tests.gui.conftest import register

STREET = "Nieuwe Straat 77"
ROOT = Path(__file__).resolve().parents[2]


def _selected_rows(window: Any) -> list[int]:
    return [i.row() for i in window.list_panel.table.selectionModel().selectedRows()]


def test_cancel_after_a_click_puts_the_list_back_on_the_edited_request(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, wb: Any, window: Any
) -> None:
    older = register(wb, "Ann Peeters", days_ago=5, street="Oude Straat 1", postcode="8500")
    newer = register(wb, "Bert Claes", days_ago=1)
    window.reload()
    assert window.list_panel.select_reference(older)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    window.detail.subject.edits["street"].setText(STREET)
    asked: list[str] = []

    def cancel(_parent: Any, text: str, *, can_save: bool = True) -> str:
        asked.append(text)
        return unsaved.CANCEL

    monkeypatch.setattr(unsaved, "ask_unsaved", cancel)
    table = window.list_panel.table
    row_newer = window.model.row_of(newer)
    row_older = window.model.row_of(older)
    rect = table.visualRect(window.model.index(row_newer, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert len(asked) == 1  # asked once, not again when the list goes back
    assert _selected_rows(window) == [row_older]
    assert table.currentIndex().row() == row_older
    assert window.list_panel.selected_reference == older
    assert window.detail.view.reference == older
    assert window.detail.subject.edits["street"].text() == STREET
    window.detail.subject.show_request(window.detail.subject.view)  # nothing left unsaved


def test_the_reopened_letter_window_fits_the_screen(qtbot: Any, wb: Any, window: Any) -> None:
    from cluma_dpo.gui import kept_documents
    from cluma_dpo.gui.dialogs.letter import preview_available

    if not preview_available():
        pytest.skip("needs Qt's PDF module")
    ref = register(wb, "Ann Peeters", days_ago=2, street="Kerkstraat 1", postcode="8500")
    wb.letter(ref, "acknowledgement")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    tab = window.detail.documents
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.open_button.click()
    viewer = window.kept.last_viewer
    assert isinstance(viewer, kept_documents.DocumentViewer)
    available = window.screen().availableGeometry()
    assert available.height() < 900  # the offscreen screen is a small one, like 800 px
    frame = viewer.frameGeometry()
    assert frame.height() <= available.height()
    assert frame.width() <= available.width()
    assert available.contains(frame)
    assert viewer.height() >= available.height() * 3 // 4  # still a tall window to read in
    viewer.close()


# -- the manual ---------------------------------------------------------------------------
def _manual_text(language: str) -> str:
    from cluma_dpo.gui.manual import manual_path

    return manual_path(language).read_text(encoding="utf-8")


def test_the_dutch_manual_uses_the_words_of_the_program() -> None:
    text = _manual_text("nl").lower()
    ts = (ROOT / "resources/translations/cluma_dpo_nl.ts").read_text(encoding="utf-8").lower()
    for manual_word, ui_word in (("wachtzin", "wachtwoordzin"), ("databank", "database")):
        assert manual_word not in ts and ui_word in ts  # what the screens say
        assert manual_word not in text, manual_word
        assert ui_word in text


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        ("fr", ("phrase secrète", "base de données"), ("mot de passe", "phrase de passe")),
        ("de", ("passphrase", "datenbank"), ("kennwort", "passwortsatz")),
    ],
)
def test_the_french_and_german_manuals_use_the_words_of_the_program(
    language: str, words: tuple[str, ...], not_words: tuple[str, ...]
) -> None:
    import re

    ts = (ROOT / f"resources/translations/cluma_dpo_{language}.ts").read_text(encoding="utf-8")
    translations = " ".join(re.findall(r"<translation>([^<]*)</translation>", ts)).lower()
    text = re.sub(r'id="[^"]*"', "", _manual_text(language)).lower()
    for word in words:
        assert word in translations and word in text, word
    for word in not_words:
        # a word the screens use is the program's word: on a shared server they say "mot
        # de passe" / "Passwort" for the server password (issue 18), never for the passphrase
        assert word not in text or word in translations, word
    assert "phrase de passe" not in translations and "passwortsatz" not in translations


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_every_character_of_the_manual_is_in_the_apps_font(language: str) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources/fonts/DejaVuSans.ttf"))
    assert font_id >= 0
    metrics = QFontMetrics(QFont(QFontDatabase.applicationFontFamilies(font_id)[0]))
    characters = {c for c in _manual_text(language) if ord(c) >= 32}
    missing = sorted(c for c in characters if not metrics.inFontUcs4(ord(c)))
    assert not missing, f"{language}: no glyph for {missing}"


def test_f1_in_the_demo_dialog_opens_the_demo_section(tmp_path: Any) -> None:
    from cluma_dpo.gui import help as context_help
    from cluma_dpo.gui import i18n
    from cluma_dpo.gui.demo_dialog import DemoDialog
    from cluma_dpo.gui.manual import manual_path, outline

    dialog = DemoDialog(tmp_path / "demo", None)
    assert context_help.help_section_for(dialog) == "demo"
    assert "demo" in context_help.ANCHORS
    for language in i18n.LANGUAGES:
        assert "demo" in outline(manual_path(language))[1], language
    dialog.deleteLater()


def test_opening_the_manual_on_a_section_clears_an_old_search(qtbot: Any, window: Any) -> None:
    from cluma_dpo.gui import help as context_help

    manual = context_help.show_manual("workbench", window)
    manual.search.setText("back-up")
    hidden = [i for i in manual._items() if i.isHidden()]
    assert hidden  # the search filters the contents
    manual = context_help.show_manual("identity", window)
    assert manual.search.text() == ""
    assert not [i for i in manual._items() if i.isHidden()]
    assert manual.toc.currentItem() is manual.item_for("identity")
    manual.close()


# -- smaller ------------------------------------------------------------------------------
def _letter_kind_offered(qtbot: Any, window: Any, reference: str) -> str:
    from cluma_dpo.gui.dialogs.letter import LetterDialog

    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )
    window.acts["letter"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, LetterDialog)
    kind = dialog.kind
    dialog.reject()
    return kind


def test_the_letter_dialog_offers_the_letter_the_state_calls_for(
    qtbot: Any, wb: Any, window: Any
) -> None:
    fresh = register(wb, "Ann Peeters", days_ago=3, street="Kerkstraat 1", postcode="8500")
    assert _letter_kind_offered(qtbot, window, fresh) == "acknowledgement"
    extended = register(wb, "Bert Claes", days_ago=20, street="Kerkstraat 2", postcode="8500")
    wb.verify_identity(extended, "account-email")
    wb.extend(extended, "Veel gegevens in drie systemen")
    assert _letter_kind_offered(qtbot, window, extended) == "extension"
    wb.letter(extended, "extension")  # sent: no longer the one the state calls for
    assert _letter_kind_offered(qtbot, window, extended) != "extension"
    asked = register(wb, "Chris Dewulf", days_ago=2, street="Kerkstraat 3", postcode="8500")
    wb.request_identity(asked, on=wb.today())
    assert _letter_kind_offered(qtbot, window, asked) == "identity-request"
    answered = register(wb, "Dirk Engels", days_ago=10, street="Kerkstraat 4", postcode="8500")
    wb.verify_identity(answered, "account-email")
    wb.close_request(answered, "granted")
    assert _letter_kind_offered(qtbot, window, answered) == "answer"


def test_a_new_registration_shows_the_overview_tab(qtbot: Any, wb: Any, window: Any) -> None:
    from cluma_dpo.gui.dialogs.common import ok_button
    from cluma_dpo.gui.dialogs.new_request import NewRequestDialog

    old = register(wb, "Ann Peeters", days_ago=3, street="Kerkstraat 1", postcode="8500")
    window.reload()
    assert window.list_panel.select_reference(old)
    tabs = window.detail.tabs
    tabs.setCurrentIndex(tabs.count() - 1)  # the Timeline, last used
    window.acts["new"].trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, NewRequestDialog)
    ui = dialog.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("email"))
    qtbot.mouseClick(ui.accessCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.nameEdit, "Bert Claes")
    qtbot.keyClicks(ui.emailEdit, "bert@example.be")
    assert ok_button(ui.buttonBox).isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok_button(ui.buttonBox), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == dialog.reference
    )
    assert tabs.currentIndex() == 0  # Overview


def test_identity_verified_is_disabled_with_a_reason_once_verified(
    qtbot: Any, wb: Any, window: Any
) -> None:
    ref = register(wb, "Ann Peeters", days_ago=3, street="Kerkstraat 1", postcode="8500")
    window.reload()
    assert window.list_panel.select_reference(ref)
    qtbot.waitUntil(lambda: window.detail.view is not None)
    assert window.acts["verify_identity"].isEnabled()
    wb.verify_identity(ref, "account-email")
    window.request_changed(ref)
    action = window.acts["verify_identity"]
    assert not action.isEnabled()
    assert "verified" in action.toolTip().lower(), action.toolTip()
    assert wb.available_actions(ref, wb.today())["verify-identity"] is not None


def test_the_status_filter_words_are_all_lower_case_in_dutch(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translations(app, "nl")
    from cluma_dpo.gui.request_list import RequestListPanel

    panel = RequestListPanel(window.model)
    combo = panel.status_filter
    items = [combo.itemText(i) for i in range(1, combo.count())]  # after "Alle statussen"
    assert "open" in items
    assert all(text == text.lower() for text in items), items
    panel.deleteLater()


def test_the_due_soon_card_and_its_chip_use_one_wording(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translations(app, "nl")
    window.reload()
    card = window.dashboard.buttons["due-soon"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    chip = window.list_panel.preset_chip.text()
    assert chip == "binnen 7 dagen", chip
    assert chip in card.text(), card.text()
