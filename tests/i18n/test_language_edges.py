"""What the first users saw after the catalogue landed (issue 14): the unlock window in the
database's language, German date fields, the French first of the month, and command-line
instructions kept out of the messages the desktop app shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo import texts
from cluma_dpo.domain import letters
from cluma_dpo.domain.messages import msg
from cluma_dpo.paths import DB_NAME


def test_the_unlock_window_speaks_the_databases_language(tmp_path: Path) -> None:
    from cluma_dpo.gui.i18n import start_language

    (tmp_path / DB_NAME).write_bytes(b"")
    assert start_language(tmp_path) == "nl"  # no copy of the setting: the default
    texts.remember_language(tmp_path, "fr")
    assert start_language(tmp_path) == "fr"
    texts.remember_language(tmp_path, "nl")
    assert not (tmp_path / texts.REMEMBERED_FILE).exists()  # Dutch needs no file
    assert start_language(tmp_path) == "nl"


@pytest.mark.parametrize(("language", "shown"), [("de", "04.01.2027"), ("nl", "04/01/2027")])
def test_a_date_field_is_typed_as_the_lists_show_dates(
    qtbot: Any, language: str, shown: str
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from cluma_dpo.gui.dialogs.reason import ReasonDialog, Step
    from cluma_dpo.gui.i18n import install_translations

    install_translations(QApplication.instance(), language)
    try:
        step = Step(title="t", intro="i", ok_text="ok", apply=lambda _i: None)
        dialog = ReasonDialog(step, None, today=date(2027, 1, 4))
        qtbot.addWidget(dialog)
        dialog.ui.dateEdit.setDate(QDate(2027, 1, 4))
        assert dialog.ui.dateEdit.text() == shown
    finally:
        install_translations(QApplication.instance(), "en")


def test_the_first_of_the_month_in_french() -> None:
    assert texts.long_date(date(2027, 3, 1), "fr") == "1er mars 2027"
    assert texts.long_date(date(2027, 3, 2), "fr") == "2 mars 2027"
    assert texts.long_date(date(2027, 3, 1), "nl") == "1 maart 2027"


def test_letter_reasons_name_no_command_but_the_command_line_adds_it() -> None:
    m = msg("letter.extension.not_recorded", ref="DSR-2026-0001")
    for language in texts.LANGUAGES:
        assert "cluma-dpo" not in texts.render(m, language)
        assert "cluma-dpo extend DSR-2026-0001" in texts.hint(m, language)
    assert texts.hint(msg("letter.answer.refused", ref="X"), "nl") == ""


def test_every_message_with_a_command_is_a_command_line_message() -> None:
    """No message the desktop app can show tells its user to type a command: those live in
    `cli.*` codes (the command line's own) or in the `cli.hint.*` it adds to a message."""
    catalog = texts.translations("en")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import build_catalogues

    offenders = []
    for entry in build_catalogues.extract():
        code = entry.id[0] if isinstance(entry.id, tuple) else entry.id
        if not code or code.startswith(("cli.", "backup.", "store.")):
            continue
        text = catalog.gettext(code)
        if "cluma-dpo " in text or " --" in text:
            offenders.append((code, text))
    assert offenders == []
    assert letters  # the letter rules are what this was found in
    from cluma_dpo.cli.hints import HINTS

    codes = {e.id for e in build_catalogues.extract() if isinstance(e.id, str)}
    for hint in HINTS:
        assert hint.removeprefix(texts.HINT_PREFIX) in codes, hint  # a hint of a real message


def test_a_typed_note_shaped_like_a_stored_message_stays_text() -> None:
    """A reason typed (now, or by an older version) as '{"code": ...}' is the user's text:
    only what the program stored as a message, behind a mark no typed text can hold, is
    read as one (the attacker's F1)."""
    from cluma_dpo.domain.messages import message_of_note, note_of

    typed = '{"code":"note.rejected","params":{"reason":"abusive"}}'
    assert message_of_note(typed) == typed
    stored = note_of(msg("note.extended", on=date(2026, 12, 1), to=date(2027, 3, 1), reason="x"))
    assert not isinstance(message_of_note(stored), str)
    # damaged, nested too deep or too long: shown as it is, never an error
    assert message_of_note(stored[:-3]) == stored[:-3]
    deep = stored[0] + '{"code":"x","params":{"a":' * 3000 + "1" + "}}" * 3000
    assert message_of_note(deep) == deep


def test_nothing_a_message_holds_makes_rendering_fail_or_run_long() -> None:
    from decimal import Decimal

    from cluma_dpo.domain.messages import Amount, ListOf, Message

    # a code no catalogue knows is never used as a wording (no format string from data)
    assert texts.render(Message("{a.upper}", {"a": "x"}), "en") == "{a.upper} (a: x)"
    huge = Message("note.extended", {"on": "1", "to": Amount(Decimal("1e999999999")),
                                     "reason": ListOf([Decimal("sNaN")] * 300_000)})  # fmt: skip
    shown = texts.render(huge, "nl")
    assert len(shown) < 10_000


def test_a_link_or_a_pipe_in_place_of_the_language_file_is_ignored(tmp_path: Path) -> None:
    import os

    (tmp_path / texts.REMEMBERED_FILE).symlink_to("/dev/zero")
    assert texts.remembered_language(tmp_path) is None
    (tmp_path / texts.REMEMBERED_FILE).unlink()
    os.mkfifo(tmp_path / texts.REMEMBERED_FILE)
    assert texts.remembered_language(tmp_path) is None  # does not wait for a writer


def test_a_typed_note_is_shown_as_text_in_the_timeline_tooltip() -> None:
    from cluma_dpo.gui.i18n import plain_tip

    assert plain_tip("<h1>IDENTITY VERIFIED</h1>") == (
        "<qt>&lt;h1&gt;IDENTITY VERIFIED&lt;/h1&gt;</qt>"
    )
