"""Issue 15, part "manual": Help ▸ Manual and F1 open the manual inside the program, in the
interface language, at the section of the window in front."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cluma_dpo.gui import help as context_help
from cluma_dpo.gui import i18n
from cluma_dpo.gui.manual import ManualWindow, manual_path, outline
from tests.gui.conftest import register

ROOT = Path(__file__).resolve().parents[2]


def _manual_of(owner: QWidget) -> ManualWindow:
    found = [m for m in owner.findChildren(ManualWindow) if m.parent() is owner]
    assert found, f"no manual window opened over {type(owner).__name__}"
    return found[0]


def _select(qtbot: Any, window: Any, reference: str) -> None:
    window.reload()
    assert window.list_panel.select_reference(reference)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.reference == reference
    )


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_anchor_exists_in_every_language(language: str) -> None:
    path = manual_path(language)
    assert path.parent.name == language  # a real manual, not the Dutch fallback
    sections, anchors = outline(path)
    missing = [a for a in context_help.ANCHORS if a not in anchors]
    assert not missing, f"{language}: no section {missing}"
    # the same sections in the same order as the Dutch manual (the default language)
    dutch = [s.anchor for s in outline(manual_path("nl"))[0]]
    assert [s.anchor for s in sections] == dutch
    assert all(s.title for s in sections)


def test_every_section_a_dialog_maps_to_exists() -> None:
    for name, anchor in context_help.SECTIONS_BY_NAME.items():
        assert anchor in context_help.ANCHORS, name
        for language in i18n.LANGUAGES:
            assert anchor in outline(manual_path(language))[1], (name, language)
    with pytest.raises(ValueError):
        context_help.register_help("SomeDialog", "no-such-section")


def test_the_manual_ships_in_the_wheel_and_the_bundle() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import bundle_contents

    targets = {Path(t) / Path(s).name for s, t in bundle_contents.app_datas()}
    for language in i18n.LANGUAGES:
        assert Path(f"cluma_dpo/resources/manual/{language}/manual.html") in targets
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"resources"' in setup  # setup.py copies resources/ whole into the wheel


def test_the_help_menu_has_the_manual_on_f1(window: Any) -> None:
    action = window.acts["manual"]
    assert action in window.menus["help"].actions()
    assert action.shortcut().toString() == "F1"
    assert action.isEnabled()
    window.lock()  # no personal data in it: open while locked too
    assert action.isEnabled()


def test_f1_in_the_main_window_opens_its_section(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_F1)
    manual = _manual_of(window)
    qtbot.waitUntil(manual.isVisible)
    assert manual.current_anchor == "workbench"
    assert manual.language == "en"
    # the contents show the section chosen, and the text is scrolled to it
    assert manual.toc.currentItem().data(0, Qt.ItemDataRole.UserRole) == "workbench"
    assert manual.browser.verticalScrollBar().value() > 0
    # Help ▸ Manual again: the same window, not a second one
    window.acts["manual"].trigger()
    assert len(window.findChildren(ManualWindow)) == 1


def test_f1_in_a_dialog_opens_the_dialog_s_section(qtbot: Any, wb: Any, window: Any) -> None:
    dialog = window.commands.new_request()
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    focus = dialog.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    manual = _manual_of(dialog)
    assert manual.isVisible()
    assert manual.current_anchor == "new-request"
    assert not window.findChildren(ManualWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    dialog.reject()

    ref = register(wb, "Complex Case", days_ago=10)
    _select(qtbot, window, ref)
    for action, anchor in (
        ("extend", "extension"),
        ("request_identity", "identity"),
        ("close", "close"),
    ):
        step = window.commands.step(action)
        assert step is not None
        qtbot.waitExposed(step)
        qtbot.keyClick(step.focusWidget() or step, Qt.Key.Key_F1)
        assert _manual_of(step).current_anchor == anchor, action
        step.reject()


def test_f1_before_the_main_window_exists(qtbot: Any, tmp_path: Path) -> None:
    """The first-run wizard comes before any main window: F1 works there too."""
    from cluma_dpo.gui.dialogs.first_run import FirstRunDialog

    context_help.install()
    wizard = FirstRunDialog(tmp_path / "new", lambda *_a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_F1)
    assert _manual_of(wizard).current_anchor == "first-run"


def test_sections_for_other_dialogs_by_property_name_or_parent(qtbot: Any) -> None:
    class BackupDialog(QDialog):
        pass

    assert context_help.help_section_for(BackupDialog()) == "backup"
    plain = QDialog()
    qtbot.addWidget(plain)
    assert context_help.help_section_for(plain) == context_help.DEFAULT_SECTION
    plain.setProperty(context_help.HELP_PROPERTY, "restore")
    assert context_help.help_section_for(plain) == "restore"
    child = QWidget(plain)
    assert context_help.help_section_for(child) == "restore"  # the nearest parent's
    plain.setObjectName("MyPassphraseBox")
    plain.setProperty(context_help.HELP_PROPERTY, None)
    context_help.register_help("MyPassphraseBox", "passphrase")
    try:
        assert context_help.help_section_for(child) == "passphrase"
    finally:
        del context_help.SECTIONS_BY_NAME["MyPassphraseBox"]


def test_the_manual_follows_the_interface_language(qtbot: Any, window: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translations(app, "fr")
    window.acts["manual"].trigger()
    manual = _manual_of(window)
    assert manual.language == "fr"
    assert "Mode d'emploi" in manual.windowTitle()
    assert manual.item_for("deadlines").text(0) == "Règles de délai et leurs sources"
    # the language changes while the window is open: F1 shows the new one
    i18n.install_translations(app, "nl")
    window.acts["manual"].trigger()
    assert manual.language == "nl"
    assert manual.windowTitle().startswith("Handleiding")
    assert "Termijnregels" in manual.item_for("deadlines").text(0)
    assert "wachtwoordzin" in manual.browser.toPlainText()


def test_searching_the_contents(qtbot: Any, window: Any) -> None:
    window.acts["manual"].trigger()
    manual = _manual_of(window)
    manual.search.setText("1182/71")
    shown = {i.data(0, Qt.ItemDataRole.UserRole) for i in manual._items() if not i.isHidden()}
    assert "counting" in shown
    assert "shortcuts" not in shown
    assert manual.find_next()
    assert manual.browser.textCursor().selectedText() == "1182/71"
    manual.search.setText("Art. 21(1)")  # several words: sections holding all of them
    assert "objection" in manual.matching("Art. 21(1)")
    manual.search.setText("xylophone")
    assert manual.none_found.isVisible()
    assert all(i.isHidden() for i in manual._items())
    manual.search.clear()
    assert not manual.none_found.isVisible()
    assert not any(i.isHidden() for i in manual._items())


def test_links_inside_the_manual_stay_inside(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QUrl

    window.acts["manual"].trigger()
    manual = _manual_of(window)
    manual.browser.anchorClicked.emit(QUrl("#fees"))
    assert manual.current_anchor == "fees"
    manual.browser.anchorClicked.emit(QUrl("https://example.com/#x"))  # never opened
    assert manual.current_anchor == "fees"
