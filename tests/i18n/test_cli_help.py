"""`cluma-dpo --help` speaks the CLI's language (issue #14): argparse's own words ("usage:",
"options", "show this help message and exit") and every description and option help of the
program and of each verb come from the catalogue. The values a user types (access, erasure,
--not-applicable, the metavars) stay as they are: they are the command's vocabulary.

Run in-process (`cluma_dpo.cli.main`) with $CLUMA_DPO_LANGUAGE set, as test_cli_messages does.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from cluma_dpo import texts

# English function words a translated help must not contain; "of" and "is" are Dutch words too
ENGLISH = {"the", "and", "with", "for", "of", "to", "one", "when", "this", "that", "from",
           "not", "are", "is"}  # fmt: skip
NOT_ENGLISH_HERE = {"nl": {"of", "is"}, "fr": set(), "de": set()}
# (the "usage:" prefix, the options' title, the positionals' title)
HEADINGS = {
    "nl": ("gebruik: ", "opties:", "positionele argumenten:"),
    "fr": ("utilisation : ", "options:", "arguments positionnels:"),  # argparse adds the ":"
    "de": ("Aufruf: ", "Optionen:", "Positionsargumente:"),
}


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> Iterator[None]:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path))
    yield
    texts.set_language("en")


def verbs() -> list[list[str]]:
    """Every command path: [], ["add"], ["audit"], ["audit", "verify"], ..."""
    from cluma_dpo.cli import build_parser

    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(build_parser(), [])
    return found


def help_of(
    path: list[str],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> str:
    from cluma_dpo.cli import main

    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", language)
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main([*path, "--help"])
    assert done.value.code in (0, None)
    out = capsys.readouterr().out
    assert out.strip(), path
    return out


def prose(text: str) -> set[str]:
    """The words of a help that are not the command's vocabulary: options (--not-applicable),
    choices ({email,post}), metavars (FILE.pdf) and the program's name left out."""
    text = re.sub(r"--?[\w-]+", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\b[A-Z][A-Z0-9_.|]+\b", " ", text)
    text = text.replace("cluma-dpo", " ")
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_help_is_in_the_cli_language(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    usage, options, positionals = HEADINGS[language]
    forbidden = ENGLISH - NOT_ENGLISH_HERE[language]
    paths = verbs()
    assert len(paths) > 30  # the walk found the verbs and the sub-verbs
    for path in paths:
        shown = help_of(path, language, monkeypatch, capsys)
        assert shown.startswith(usage), (path, shown)
        assert f"\n{options}\n" in shown, (path, shown)
        assert "usage" not in shown, (path, shown)
        if "\n  REF" in shown or path == []:
            assert f"\n{positionals}\n" in shown, (path, shown)
        english = prose(shown) & forbidden
        assert not english, (path, english, shown)
        for word in ("show this help", "message and exit", "program's version", "positional"):
            assert word not in shown, (path, word, shown)


@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [
        ("nl", ["add"], ["ISO-code; standaard BE", "een van: access, rectification, erasure"]),
        ("fr", ["add"], ["code ISO ; par défaut BE", "l'un de : access, rectification"]),
        ("de", ["add"], ["ISO-Code; Standard BE", "eines von: access, rectification"]),
        ("nl", [], ["AVG", "deze hulptekst tonen en stoppen", "het versienummer tonen"]),
        ("fr", ["fee-note"], ["TVA comprise, p. ex. 12.50", "afficher ce message d'aide"]),
        ("de", [], ["Art. 12 Abs. 6 DSGVO", "diese Hilfe anzeigen und beenden"]),
        ("de", ["identity"], ["mit --received-on: eine Kopie eines Ausweisdokuments"]),
    ],
)
def test_known_translations(
    language: str,
    path: list[str],
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = " ".join(help_of(path, language, monkeypatch, capsys).split())
    for text in expected:
        assert text in shown, (language, path, text, shown)


# English as it always read (the catalogue's English is the text the code had)
ENGLISH_TEXTS = {
    (): [
        # issue 18 added the shared server's option
        "usage: cluma-dpo [-h] [--version] [--data-dir DATA_DIR]"
        " [--database-url postgresql://LOGIN@HOST/DB] VERB ...",
        "GDPR rights requests for Cluma's DPO. Without a verb, the desktop app starts.",
        "positional arguments:",
        "options:",
        "-h, --help show this help message and exit",
        "--version show program's version number and exit",
        "--data-dir DATA_DIR folder of the encrypted database (default: $CLUMA_DPO_DATA_DIR, "
        "else the user data dir)",
        "add register a request; prints its reference",
        "fee-note issue a fee note (Art. 12(5), 15(3)); prints its number",
    ],
    ("add",): [
        "usage: cluma-dpo add [-h] --right R --name NAME --received YYYY-MM-DD",
        "--right R one of: access, rectification, erasure, restriction, objection, "
        "portability, marketing-opt-out (repeat for several)",
        "--country CC ISO code; default BE",
        "--form-of-address {female,male,neutral} how letters address the person: female "
        "(mevrouw, Madame), male (de heer, Monsieur) or neutral (default: wording that needs "
        "neither)",
        "--known-account the request comes from a known account: no identity check needed",
    ],
    ("objections", "confirm"): [
        "--as {objection,marketing-opt-out} objection: Art. 21(1), weighed within the month; "
        "marketing-opt-out: Art. 21(2)-(3), absolute (its suppression entry stays either way)",
    ],
    ("retention", "run"): ["--yes anonymise; without it, only list what is due"],
}


@pytest.mark.parametrize("path", sorted(ENGLISH_TEXTS))
def test_english_help_reads_as_before(
    path: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = " ".join(help_of(list(path), "en", monkeypatch, capsys).split())
    for text in ENGLISH_TEXTS[path]:
        assert text in shown, (path, text, shown)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_usage_line_names_the_reference_first(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fee-note --help` named REF only after every option, on a line of its own: the first
    line of the usage read as if no reference were needed. The positionals come first."""
    shown = help_of(["fee-note"], language, monkeypatch, capsys)
    first = shown.splitlines()[0]
    # --amount is optional since `fee-note REF --reprint FN --out FILE` (issue 16) needs none;
    # the verb itself asks for it when a new note is issued
    assert re.search(r"cluma-dpo fee-note REF \[-h\] \[--amount EUR\]", first), shown
    shown = help_of(["recipient"], language, monkeypatch, capsys)
    assert "cluma-dpo recipient REF recipient [-h]" in shown.splitlines()[0], shown


def test_version_is_unchanged(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cluma_dpo import __version__
    from cluma_dpo.cli import main

    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "de")
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"cluma-dpo {__version__}"
