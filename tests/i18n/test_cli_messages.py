"""Every CLI error in nl, fr and de (issue #14): each verb's typical bad input, answered on
stderr without an English function word and never in the English text itself.

The cases are run in-process (`cluma_dpo.cli.main`) with $CLUMA_DPO_LANGUAGE set; each is
run in English too, to be sure the text is a translation and not the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluma_dpo.cli import main
from tests.i18n.english import FUNCTION_WORDS

PASSPHRASE = "correct horse battery staple 42"
ENGLISH_WORDS = frozenset(FUNCTION_WORDS)
ADD = ["add", "--right", "access", "--name", "Jan Peeters"]

CASES: list[tuple[str, list[str]]] = [
    ("unknown verb", ["frobnicate"]),
    ("add: nothing", ["add"]),
    ("add: bad date", [*ADD, "--received", "2026-13-45"]),
    ("add: date as words", [*ADD, "--received", "yesterday"]),
    ("add: unknown right", ["add", "--right", "acces", "--name", "X", "--received", "2026-01-05"]),
    ("add: unknown channel", [*ADD, "--received", "2026-01-05", "--channel", "fax"]),
    ("add: unknown option", [*ADD, "--received", "2026-01-05", "--bogus", "Jan"]),
    ("add: option without value", ["add", "--right"]),
    ("add: account deletion", [*ADD, "--received", "2026-01-05", "--account-deletion"]),
    ("list: unknown status", ["list", "--status", "foo"]),
    ("list: days not a number", ["list", "--due-within", "abc"]),
    ("list: days out of range", ["list", "--due-within", "99999"]),
    ("show: no reference", ["show"]),
    ("show: unknown reference", ["show", "DSR-2026-0999"]),
    ("show: a name for a reference", ["show", "Jan Peeters"]),
    ("edit: nothing to change", ["edit", "DSR-2026-0001"]),
    ("extend: no reason", ["extend", "DSR-2026-0001"]),
    ("extend: bad date", ["extend", "DSR-2026-0001", "--reason", "x", "--on", "yesterday"]),
    ("close: unknown outcome", ["close", "DSR-2026-0001", "--outcome", "maybe"]),
    (
        "close: unknown right",
        ["close", "DSR-2026-0001", "--outcome", "partly-granted", "--granted", "flying"],
    ),
    (
        "close: before received",
        ["close", "DSR-2026-0001", "--outcome", "granted", "--on", "2025-01-01"],
    ),
    ("identity: no step", ["identity", "DSR-2026-0001"]),
    ("identity: two steps", ["identity", "DSR-2026-0001", "--verified", "--failed"]),
    ("identity: no method", ["identity", "DSR-2026-0001", "--verified"]),
    ("identity: method alone", ["identity", "DSR-2026-0001", "--failed", "--method", "other"]),
    (
        "identity: document without receipt",
        ["identity", "DSR-2026-0001", "--verified", "--method", "other", "--document", "x.pdf"],
    ),
    (
        "identity: no such document",
        ["identity", "DSR-2026-0001", "--received-on", "2026-02-01", "--document", "/no/x.pdf"],
    ),
    (
        "identity: reason with verified",
        ["identity", "DSR-2026-0001", "--verified", "--method", "other", "--reason", "x"],
    ),
    (
        "identity: --on with a dated step",
        ["identity", "DSR-2026-0001", "--requested-on", "2026-01-06", "--on", "2026-01-07"],
    ),
    ("withdraw: unknown reference", ["withdraw", "DSR-2026-0999"]),
    ("reject: nothing", ["reject"]),
    ("letter: unknown kind", ["letter", "DSR-2026-0001", "frobnicate", "--out", "x.pdf"]),
    ("letter: wrong suffix", ["letter", "DSR-2026-0001", "acknowledgement", "--out", "x.txt"]),
    (
        "letter: no such folder",
        ["letter", "DSR-2026-0001", "acknowledgement", "--out", "/no/such/x.pdf"],
    ),
    ("export: no file", ["export"]),
    ("report: wrong suffix", ["report", "--quarter", "2026Q1", "--out", "r.doc"]),
    ("fee-paid: unknown number", ["fee-paid", "FN-2026-0999", "--on", "2026-01-01"]),
    ("fee-paid: bad date", ["fee-paid", "FN-2026-0001", "--on", "31/12/2026"]),
    ("fee-cancel: not a number", ["fee-cancel", "nonsense"]),
    ("due: bad date", ["due", "--today", "tomorrow"]),
    ("retention: bad date", ["retention", "run", "--today", "2026-99-99"]),
    ("demo: out of range", ["demo", "--requests", "0"]),
    ("init: exists", ["init"]),
    ("restore: no backup", ["restore", "/no/such/backup.db"]),
    ("settings: no verb", ["settings"]),
    ("audit: no verb", ["audit"]),
    ("objections: none waiting", ["objections", "confirm", "DSR-2026-0001", "--as", "objection"]),
    ("suppression add: no address", ["suppression", "add"]),
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("cli-messages")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUMA_DPO_DATA_DIR", str(folder))
        mp.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
        assert main(["init"]) == 0
        assert main([*ADD, "--received", "2026-01-05"]) == 0
    yield folder


def _error(
    argv: list[str],
    language: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    passphrase: str = PASSPHRASE,
) -> str:
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", language)
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", passphrase)
    monkeypatch.chdir(data_dir)
    capsys.readouterr()
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc in (1, 2), (argv, rc, err)
    assert err.startswith("cluma-dpo: ") and len(err.splitlines()) == 1, err
    return err


def english_words(text: str) -> set[str]:
    """English function words of `text`, leaving out what is quoted or an option's name:
    `cluma-dpo init`, 'not-applicable', --answered are the same in every language."""
    text = re.sub(r"`[^`]*`|'[^']*'|\S*--\S*|\S*/\S*", " ", text)
    words = re.findall(r"(?<![\w-])[A-Za-z]+(?![\w-])", text)
    return {w for w in words if w.lower() in ENGLISH_WORDS}


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
@pytest.mark.parametrize(("case", "argv"), CASES, ids=[c for c, _ in CASES])
def test_cli_errors_are_in_the_language_asked(
    case: str,
    argv: list[str],
    language: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    english = _error(argv, "en", data_dir, monkeypatch, capsys)
    said = _error(argv, language, data_dir, monkeypatch, capsys)
    assert said != english, f"{case}: the {language} text is the English one: {said!r}"
    assert not english_words(said), f"{case} in {language}: {said!r}"
    assert "Jan Peeters" not in said and "Jan" not in said.split()  # nothing typed is echoed


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_a_wrong_passphrase_is_answered_in_the_language_asked(
    language: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "not the passphrase at all"
    english = _error(["list"], "en", data_dir, monkeypatch, capsys, wrong)
    said = _error(["list"], language, data_dir, monkeypatch, capsys, wrong)
    assert said != english and not english_words(said), said


def test_the_check_finds_english() -> None:
    assert english_words("cluma-dpo: the date must be real") == {"the", "must"}
    assert not english_words("cluma-dpo: kies uit 'not-applicable' of --answered (`the tool`)")
