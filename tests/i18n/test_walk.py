"""Issue #14, item 6: the check that cannot be fooled.

For every interface language but English (nl, fr and de), the main window over demo-like
data and every dialog it opens are walked, widget by widget (tests/i18n/walk_screens.py),
and every text a user can meet is judged (tests/i18n/walk.py): an English function word,
the English source of an entry the language translates otherwise, a text left as on the
English screen with a word only English uses, a setting key or an unfilled placeholder all
fail. So do unfinished Qt Linguist entries and problems of the gettext catalogue, and a
table of user errors raised on purpose through the workbench, rendered by gui.i18n.say.
Every finding of a language is reported at once, grouped by text.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cluma_dpo.gui import i18n
from tests.conftest import TODAY
from tests.i18n.walk import ROOT, Finding, catalogues, codes, function_words, problems, words
from tests.i18n.walk_errors import raised
from tests.i18n.walk_screens import PASSPHRASE, fill, visit

WALKED = tuple(language for language in i18n.LANGUAGES if language != "en")
_english: dict[str, dict[str, str]] = {}  # the English screens, walked once per module


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A closed database with the demo-like requests, copied for each language."""
    from cluma_dpo.app import open_workbench
    from cluma_dpo.domain.clock import FixedClock

    folder = tmp_path_factory.mktemp("walk") / "data"
    wb = open_workbench(
        folder, PASSPHRASE, front_end="app", create=True, clock=FixedClock.on(TODAY)
    )
    try:
        wb.record("database-created", None, None)
        refs = fill(wb)
    finally:
        wb.close()
    return folder, refs


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Never the user's settings, data or log; English screens again afterwards."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("CLUMA_DPO_PASSPHRASE", raising=False)
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install_translations(app, "en")


def _open(prepared: tuple[Path, dict[str, str]], tmp_path: Path, language: str) -> Any:
    from cluma_dpo.app import open_workbench

    folder = tmp_path / "data"
    shutil.copytree(prepared[0], folder)
    wb = open_workbench(folder, PASSPHRASE, front_end="app")
    wb.set_setting("interface.language", language)
    return wb


def _screens(
    qtbot: Any,
    prepared: tuple[Path, dict[str, str]],
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    """As gui.main.show_window does on a change of language: the translators, a new window."""
    from cluma_dpo.gui.mainwindow import MainWindow

    wb = _open(prepared, tmp_path / language, language)
    app = QApplication.instance()
    assert i18n.install_translations(app, language), f"no screens in {language}"
    assert i18n.active_language() == language
    window = MainWindow(wb, wb.path.parent)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with monkeypatch.context() as patch:
        texts = visit(qtbot, window, tmp_path / language, prepared[1], patch)
    window.close()  # locked by the walk: the database is closed already
    assert i18n.active_language() == language, "a dialog changed the screens' language"
    return texts


def report(findings: list[Finding]) -> str:
    """All findings, one line per distinct problem and text, with where it was seen."""
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for f in findings:
        grouped[(f.language, f.why, f.text)].append(f.where)
    lines = [f"{len(findings)} findings, {len(grouped)} distinct:"]
    for (language, why, text), places in sorted(grouped.items()):
        more = f" (+{len(places) - 1} more)" if len(places) > 1 else ""
        lines.append(f"[{language}] {why}: {text!r}\n      at {places[0]}{more}")
    return "\n".join(lines)


def test_the_walk_covers_dutch_french_and_german() -> None:
    assert {"nl", "fr", "de"} <= set(WALKED), f"interface languages: {i18n.LANGUAGES}"


@pytest.mark.parametrize("language", WALKED)
def test_the_catalogues_are_finished(language: str) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import build_catalogues

    found = [f"Qt entry not finished: {entry}" for entry in catalogues(language).unfinished]
    found += [
        line
        for line in build_catalogues.problems(build_catalogues.extract())
        if line.startswith(f"{language}:")
    ]
    assert not found, f"{len(found)} problems:\n" + "\n".join(found)


@pytest.mark.parametrize("language", WALKED)
def test_every_screen_speaks_the_language(
    qtbot: Any,
    prepared: tuple[Path, dict[str, str]],
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if "en" not in _english:
        _english["en"] = _screens(qtbot, prepared, tmp_path, "en", monkeypatch)
    english = _english["en"]
    shown = _screens(qtbot, prepared, tmp_path, language, monkeypatch)
    dump = os.environ.get("CLUMA_DPO_WALK_DUMP")  # a folder: every text walked, to look at
    if dump:
        for name, texts in (("en", english), (language, shown)):
            Path(dump, f"walk-{name}.json").write_text(
                json.dumps(texts, ensure_ascii=False, indent=1), encoding="utf-8"
            )
    assert len(shown) > 1500, "the walk found too few texts: it no longer sees the screens"
    missing = sorted(set(english) - set(shown))
    assert len(missing) < len(english) // 20, f"the walk lost its way: {missing[:20]}"
    findings = [
        finding
        for where, text in shown.items()
        for finding in problems(language, where, text, english.get(where))
    ]
    assert not findings, report(findings)


@pytest.mark.parametrize("language", WALKED)
def test_every_user_error_speaks_the_language(
    qtbot: Any, prepared: tuple[Path, dict[str, str]], tmp_path: Path, language: str
) -> None:
    from cluma_dpo import texts

    wb = _open(prepared, tmp_path, language)
    assert i18n.install_translations(QApplication.instance(), language)
    try:
        errors = raised(wb, wb.path.parent, prepared[1])
    finally:
        wb.close()
    findings = []
    for case, exc in errors.items():
        if isinstance(exc, str):
            findings.append(Finding(language, case, exc, "the case is stale"))
            continue
        message = exc.msg  # type: ignore[attr-defined]
        shown = i18n.say(message)
        english = texts.render(message, "en")
        judged = problems(language, case, shown, None)
        findings += judged
        if not judged and shown == english and any(len(w) > 3 for w in words(shown)):
            findings.append(Finding(language, case, shown, "as in English"))
        if shown == message.code:
            findings.append(Finding(language, case, shown, "a message code"))
    assert not findings, report(findings)


# -- the judge itself: it sees English, and only English ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The request cannot be extended", "nl", ["The", "cannot"]),
        ("Cette demande a déjà été traitée", "fr", []),
        ("In Not geraten; das ist nicht erlaubt", "de", []),
        ("Das ist not erlaubt", "de", ["not"]),
        ("Cluma DPO — DSR-2026-0001 aan an.peeters@example.be", "nl", []),
        ("Opgeslagen in DSR-2026-0001-the-letter.pdf", "nl", []),
        ("Zie https://www.example.be/the/privacy", "nl", []),
        ("You have already extended this request", "fr", ["You", "already", "have", "this"]),
        ("Le thé est servi", "fr", []),
    ],
)
def test_the_judge_finds_english_words(text: str, language: str, expected: list[str]) -> None:
    assert sorted(function_words(text, language)) == sorted(expected)


def test_the_judge_finds_programmer_text() -> None:
    assert codes("bank.iban moet een geldig IBAN zijn") == ["bank.iban"]
    assert codes("validation.too_long") == ["validation.too_long"]
    assert codes("privacy@cluma.com, www.cluma.com, brief.pdf, AVG art. 12 lid 3") == []
    assert codes("bv. 8800, e.g. 8800, d.w.z. niet, o.a. dit, p. ex. 8800") == []
    assert problems("nl", "x", "Verlengd tot {0}", None)[0].why == "unfilled placeholder"
