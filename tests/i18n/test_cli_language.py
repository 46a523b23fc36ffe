"""The command line speaks interface.language (issue #14), as a user runs it: processes of
their own, without $CLUMA_DPO_LANGUAGE. A bad date, an unknown right and a wrong passphrase
are answered in the language of the setting; the wrong passphrase too, although the
database cannot be read then: the setting is remembered beside it (texts.REMEMBERED_FILE).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cluma_dpo import texts

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple 42"

# (language, a bad date, an unknown right, a wrong passphrase): words only that language says
EXPECTED = {
    "nl": ("moet een bestaande datum zijn", "onbekend recht", "verkeerde wachtwoordzin"),
    "fr": ("doit être une date réelle", "droit inconnu", "phrase secrète erronée"),
    "de": ("muss ein gültiges Datum", "unbekanntes Recht", "falsche Passphrase"),
}


def _env(data_dir: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUMA_DPO_")}
    env.pop("CLUMA_DPO_LANGUAGE", None)
    env.update(
        CLUMA_DPO_DATA_DIR=str(data_dir),
        CLUMA_DPO_PASSPHRASE=passphrase,
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
        LANG="C.UTF-8",  # the system's language must not be what answers
        LC_ALL="C.UTF-8",
    )
    return env


def _run(
    data_dir: Path, *args: str, passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluma_dpo", *args],
        env=_env(data_dir, passphrase),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-language")
    r = _run(folder, "init")
    assert r.returncode == 0, r.stderr
    return folder


@pytest.mark.parametrize("language", ["fr", "de", "nl"])
def test_the_cli_answers_in_the_language_of_the_setting(data_dir: Path, language: str) -> None:
    r = _run(data_dir, "settings", "set", "interface.language", language)
    assert r.returncode == 0, r.stderr
    remembered = data_dir / texts.REMEMBERED_FILE
    if language == texts.DEFAULT_LANGUAGE:
        assert not remembered.exists()  # no file means Dutch, the setting's default
    else:
        assert remembered.read_text(encoding="ascii").strip() == language
    bad_date, unknown_right, wrong_passphrase = EXPECTED[language]

    r = _run(data_dir, "add", "--right", "access", "--name", "X", "--received", "2026-13-45")
    assert r.returncode == 1
    assert bad_date in r.stderr, r.stderr
    assert "2026-13-45" not in r.stderr  # what was typed is not echoed

    r = _run(data_dir, "identity", "DSR-2026-0001", "--verified", "--method", "in-person",
             "--on", "yesterday")  # fmt: skip
    assert r.returncode == 1
    assert bad_date in r.stderr, r.stderr

    r = _run(data_dir, "add", "--right", "acces", "--name", "X", "--received", "2026-01-05")
    assert r.returncode == 1
    assert unknown_right in r.stderr, r.stderr

    r = _run(data_dir, "list", passphrase="not the passphrase at all")
    assert r.returncode == 2
    assert wrong_passphrase in r.stderr, r.stderr

    for line in r.stderr.splitlines():
        assert "Traceback" not in line


def test_a_forced_language_wins_over_the_setting(data_dir: Path) -> None:
    assert _run(data_dir, "settings", "set", "interface.language", "fr").returncode == 0
    env = _env(data_dir, "not the passphrase at all") | {"CLUMA_DPO_LANGUAGE": "en"}
    r = subprocess.run(
        [sys.executable, "-m", "cluma_dpo", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 2
    assert "wrong passphrase" in r.stderr


def test_show_list_and_due_read_in_the_cli_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not only the errors: what `show`, `list` and `due` print for a person is in the
    CLI's language too (labels, statuses, rights, numeric dates), never English."""
    from cluma_dpo.cli import main

    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", "correct-horse-battery-staple")
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    assert main(["init"]) == 0
    assert (
        main(
            [
                "add",
                "--right",
                "access",
                "--right",
                "erasure",
                "--name",
                "Jan Peeters",
                "--received",
                "2026-11-02",
                "--email",
                "jan@example.be",
            ]
        )
        == 0
    )
    capsys.readouterr()
    expected = {
        "nl": ("betrokkene", "inzage, wissing", "02/11/2026", "ontvangen"),
        "fr": ("personne concernée", "accès, effacement", "02/11/2026", "reçue le"),
        "de": ("betroffene Person", "Auskunft, Löschung", "02.11.2026", "eingegangen"),
    }
    for language, words in expected.items():
        monkeypatch.setenv("CLUMA_DPO_LANGUAGE", language)
        assert main(["show", "DSR-2026-0001"]) == 0
        shown = capsys.readouterr().out
        for word in words:
            assert word in shown, (language, word, shown)
        for english in ("data subject", "rights", "received", "timeline", "not-checked"):
            assert english not in shown, (language, english)
        assert main(["list"]) == 0
        listed = capsys.readouterr().out
        assert words[1] in listed and words[2] in listed and "due" not in listed
