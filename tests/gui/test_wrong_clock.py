"""Issue 16, finding 2 in the app (brief i16b, item 4): with the computer's clock at
2033-01-15 the app once anonymised every finished request at start-up. Retention now
refuses such a clock; the app must say so in a dialog the DPO cannot miss (not only a
status-bar line that disappears) and ask whether the date is right:

* "No" (the default): nothing anonymised, the status bar keeps saying why;
* "Yes, the date is right": the usual question follows (how many, Yes/No), and only its
  Yes anonymises, with the date confirmed.

The real dialog is shown once and read (its text names the date and the clock), then the
answers are given through `Notices.confirm_date`, as the other retention tests do.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_desktop_secrets import _old_and_recent

WRONG = date(2033, 1, 15)


def wrong_clock(wb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the computer says 2033-01-15 (the data was made on the tests' day)."""
    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock

    clock = FixedClock.on(WRONG)
    monkeypatch.setattr(app, "CLOCK", clock)
    monkeypatch.setattr(wb, "clock", clock)


def _open(
    qtbot: Any,
    wb: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    date_right: bool,
    anonymise: bool,
) -> tuple[Any, list[str], list[int]]:
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.gui.notices import Notices

    dates: list[str] = []
    counts: list[int] = []

    def confirm_date(_self: Any, problem: str, today: date, answer: Any) -> None:
        dates.append(problem)
        assert today == WRONG
        answer(date_right)

    def confirm_retention(_self: Any, count: int) -> bool:
        counts.append(count)
        return anonymise

    monkeypatch.setattr(Notices, "confirm_date", confirm_date)
    monkeypatch.setattr(Notices, "confirm_retention", confirm_retention)
    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.notices.last_retention is not None, timeout=15_000)
    return window, dates, counts


def _close(window: Any) -> None:
    window.wb = None
    window.close()


def test_a_wrong_clock_is_said_in_a_dialog_that_asks_for_the_date(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real question: a message box naming the date and the clock, No by default."""
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.gui.notices import Notices

    old, _recent = _old_and_recent(wb)
    wrong_clock(wb, monkeypatch)
    monkeypatch.setattr(Notices, "confirm_retention", lambda _s, _n: pytest.fail("asked"))
    seen: list[tuple[str, str, bool]] = []

    def answer_no() -> None:
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and
             w.isVisible() and "2033" in w.text()),
            None,
        )  # fmt: skip
        if box is None:
            raise AssertionError("no dialog yet")
        default = box.defaultButton()
        no = box.button(QMessageBox.StandardButton.No)
        seen.append((box.windowTitle(), box.text(), default is no))
        no.click()

    window = MainWindow(wb, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: _try(answer_no), timeout=15_000)
    qtbot.waitUntil(lambda: window.notices.last_retention is not None, timeout=15_000)
    (title, text, no_is_default) = seen[0]
    assert no_is_default
    assert "2033" in text and "clock" in text.lower(), text
    assert "date" in title.lower() or "clock" in title.lower(), title
    assert not wb.request(old).anonymised
    assert "clock" in window.statusBar().currentMessage().lower()
    _close(window)


def _try(step: Any) -> bool:
    try:
        step()
    except AssertionError:
        return False
    return True


def test_no_keeps_everything_and_says_why(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, recent = _old_and_recent(wb)
    wrong_clock(wb, monkeypatch)
    window, dates, counts = _open(
        qtbot, wb, data_dir, monkeypatch, date_right=False, anonymise=True
    )
    assert len(dates) == 1 and "2033" in dates[0]
    assert counts == []  # not even asked: the date is not confirmed
    assert not wb.request(old).anonymised and not wb.request(recent).anonymised
    assert window.notices.last_retention == 0
    assert "clock looks wrong" in window.statusBar().currentMessage()
    _close(window)


def test_a_confirmed_date_then_asks_before_anonymising(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _recent = _old_and_recent(wb)
    wrong_clock(wb, monkeypatch)
    window, dates, counts = _open(
        qtbot, wb, data_dir, monkeypatch, date_right=True, anonymise=False
    )
    assert len(dates) == 1
    assert counts == [1]  # the usual question, with the count at the confirmed date
    assert not wb.request(old).anonymised
    _close(window)


def test_a_confirmed_date_and_yes_anonymise(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, recent = _old_and_recent(wb)
    wrong_clock(wb, monkeypatch)
    window, _dates, counts = _open(
        qtbot, wb, data_dir, monkeypatch, date_right=True, anonymise=True
    )
    qtbot.waitUntil(lambda: window.notices.last_retention == 1, timeout=15_000)
    assert counts == [1]
    assert wb.request(old).anonymised and not wb.request(recent).anonymised
    _close(window)


def test_a_right_clock_asks_no_date(
    qtbot: Any, wb: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_and_recent(wb)
    window, dates, counts = _open(
        qtbot, wb, data_dir, monkeypatch, date_right=False, anonymise=False
    )
    assert dates == [] and counts == [1]
    _close(window)
