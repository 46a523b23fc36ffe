"""Issue 16, finding 3: personal data off the command line.

`add --name … --email …`, `--reason` and `--note` were readable by any local user in
/proc/PID/cmdline and ended up in shell history. Every verb that takes personal data or free
text also takes it as JSON from a file or standard input (`--from-json FILE|-`), with the
option names as keys (design.md, "Contract additions (second round)").
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cluma_dpo.cli import build_parser
from cluma_dpo.cli.argparse_texts import speaking_argparse
from tests.integration.cli_support import assert_one_line_error
from tests.integration.test_lifecycle_cli import add, db, initialised, ok, show

__all__ = ["db", "initialised"]

PERSON = {
    "right": ["access", "erasure"],
    "name": "An Vermeulen",
    "received": "2026-11-20",
    "email": "an.vermeulen@example.be",
    "street": "Markt 1",
    "postcode": "8800",
    "city": "Roeselare",
    "country": "BE",
    "form_of_address": "female",
    "known-account": True,
}


def _file(tmp_path: Path, data: object, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_add_takes_the_person_from_a_json_file(db: Path, cli, tmp_path: Path) -> None:
    ref = ok(cli, "add", "--from-json", _file(tmp_path, PERSON)).out.strip()
    shown = show(cli, ref)
    assert shown["subject"]["name"] == "An Vermeulen"
    assert shown["subject"]["email"] == "an.vermeulen@example.be"
    assert shown["subject"]["city"] == "Roeselare"
    assert sorted(shown["rights"]) == ["access", "erasure"]


def test_add_takes_it_from_standard_input(db: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(PERSON)))
    ref = ok(cli, "add", "--from-json", "-").out.strip()
    assert show(cli, ref)["subject"]["name"] == "An Vermeulen"


def test_free_text_verbs_take_their_reason_and_note_from_json(
    db: Path, cli, tmp_path: Path
) -> None:
    ref = add(cli, "2026-11-20", "erasure")
    reason = {"reason": "-complex: three systems to search, and a leading dash"}
    ok(cli, "extend", ref, "--from-json", _file(tmp_path, reason))
    shown = show(cli, ref)
    assert shown["status"] == "extended"
    assert shown["extension_reason"] == reason["reason"]
    note = {"notified": True, "note": "told by phone, asked for it in writing"}
    ok(cli, "recipient", ref, "PayPal", "--from-json", _file(tmp_path, note, "note.json"))
    paypal = next(r for r in show(cli, ref)["recipients"] if r["recipient"] == "PayPal")
    assert paypal["state"] == "notified" and paypal["note"] == note["note"]


def test_a_value_given_twice_is_refused(db: Path, cli, tmp_path: Path) -> None:
    r = cli("add", "--name", "Other Name", "--from-json", _file(tmp_path, PERSON))
    assert r.rc == 1
    assert_one_line_error(r)
    assert "--name" in r.err
    assert "Other Name" not in r.err and "Vermeulen" not in r.err


@pytest.mark.parametrize(
    ("content", "word"),
    [
        ("{not json", "JSON"),
        ("[1, 2]", "object"),
        (json.dumps({"nmae": "x"}), "nmae"),
        (json.dumps({"name": {"first": "An"}}), "name"),
        (json.dumps({"right": [1]}), "right"),
    ],
)
def test_bad_json_is_bad_input_and_quotes_no_value(
    db: Path, cli, tmp_path: Path, content: str, word: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    r = cli("add", "--received", "2026-11-20", "--from-json", path)
    assert r.rc == 1, r.err
    assert_one_line_error(r)
    assert word in r.err
    assert "An" not in r.err.replace("cluma-dpo", "")


def test_a_missing_file_is_bad_input(db: Path, cli, tmp_path: Path) -> None:
    r = cli("add", "--from-json", tmp_path / "absent.json")
    assert r.rc == 1
    assert_one_line_error(r)


def test_every_verb_with_personal_data_or_free_text_offers_it() -> None:
    personal = {"--name", "--email", "--street", "--reason", "--note", "--search", "--done",
                "--needed", "--document"}  # fmt: skip
    with speaking_argparse():
        parser = build_parser()
    missing = []

    def walk(p, path: str) -> None:  # type: ignore[no-untyped-def]
        options = {o for a in p._actions for o in a.option_strings}
        dests = {a.dest for a in p._actions if not a.option_strings}
        if (options & personal or "email" in dests) and "--from-json" not in options:
            missing.append(path)
        for a in p._actions:
            for name, child in (a.choices if isinstance(a.choices, dict) else {}).items():
                if hasattr(child, "_actions"):
                    walk(child, f"{path} {name}".strip())

    walk(parser, "")
    assert not missing, missing


def test_the_help_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    from cluma_dpo.cli import main

    with pytest.raises(SystemExit):
        main(["add", "--help"])
    out = capsys.readouterr().out
    assert "--from-json" in out
    assert "process list" in out or "history" in out


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="Linux /proc")
def test_nothing_personal_in_the_process_command_line(db: Path, tmp_path: Path) -> None:
    """The real check: another local user reads /proc/PID/cmdline while the verb runs."""
    fifo = tmp_path / "slow-stdin"
    os.mkfifo(fifo)
    env = dict(os.environ)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cluma_dpo", "add", "--from-json", str(fifo)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(0.5)  # the verb waits on the pipe: its command line is readable now
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode()
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(PERSON))
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill() if proc.poll() is None else None
    assert proc.returncode == 0, err.decode()
    assert "Vermeulen" not in cmdline and "example.be" not in cmdline
    assert out.decode().strip().startswith("DSR-")


def test_an_abbreviated_option_given_twice_is_refused_too(db: Path, cli, tmp_path: Path) -> None:
    """argparse takes `--na` for `--name`: the JSON must not win silently (attacker)."""
    r = cli("add", "--na", "Cmdline Name", "--from-json", _file(tmp_path, PERSON))
    assert r.rc == 1
    assert_one_line_error(r)
    assert "--name" in r.err and "Cmdline" not in r.err


def test_deeply_nested_json_is_bad_input_not_an_internal_error(
    db: Path, cli, tmp_path: Path
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000, encoding="utf-8")
    r = cli("add", "--from-json", path)
    assert r.rc == 1, r.err
    assert_one_line_error(r)


# -- h16b, item 2: what the attacker pass found ------------------------------------------


@pytest.mark.parametrize(
    ("content", "word"),
    [
        ('{"name": 1e400}', "name"),  # became the name "inf"
        ('{"name": 12}', "name"),
        ('{"postcode": 8800.0}', "postcode"),
        ('{"name": NaN}', "name"),
        ('{"name": true}', "name"),
        ('{"right": ["access", 2]}', "right"),
    ],
)
def test_a_number_where_text_is_expected_is_refused(
    db: Path, cli, tmp_path: Path, content: str, word: str
) -> None:
    path = tmp_path / "number.json"
    path.write_text(content, encoding="utf-8")
    r = cli("add", "--received", "2026-11-20", "--from-json", path)
    assert r.rc == 1, r.err
    assert_one_line_error(r)
    assert word in r.err and "text" in r.err, r.err
    assert "inf" not in r.err.lower().replace("information", "")
    assert show_all(cli) == [], "nothing was added"


def show_all(cli) -> list[object]:  # type: ignore[no-untyped-def]
    return json.loads(ok(cli, "list", "--json").out)


@pytest.mark.parametrize(
    "content",
    [
        '{"name": "An Vermeulen", "name": "Someone Else"}',
        '{"known_account": true, "known-account": false}',
        '{"right": ["access"], "name": "An", "email": "a@example.be", "right": ["erasure"]}',
    ],
)
def test_a_key_given_twice_is_refused(db: Path, cli, tmp_path: Path, content: str) -> None:
    """JSON itself does not forbid it; json.loads kept the last one silently."""
    path = tmp_path / "twice.json"
    path.write_text(content, encoding="utf-8")
    r = cli("add", "--received", "2026-11-20", "--from-json", path)
    assert r.rc == 1, r.err
    assert_one_line_error(r)
    assert "twice" in r.err, r.err
    assert "Vermeulen" not in r.err and "Someone" not in r.err
    assert show_all(cli) == []


@pytest.mark.parametrize("value", ['"yes"', '"true"', "1", "null"])
def test_a_switch_says_it_wants_true_or_false(db: Path, cli, tmp_path: Path, value: str) -> None:
    path = tmp_path / "switch.json"
    path.write_text('{"name": "An", "known_account": ' + value + "}", encoding="utf-8")
    r = cli("add", "--received", "2026-11-20", "--from-json", path)
    assert r.rc == 1, r.err
    assert_one_line_error(r)
    assert "known_account" in r.err and "true or false" in r.err, r.err
    assert "a list of texts" not in r.err  # the old message offered what a switch is not


def test_a_number_where_a_number_is_expected_is_taken_as_written(
    db: Path, cli, tmp_path: Path
) -> None:
    for _ in range(3):
        add(cli, "2026-11-20", "access")
    listed = json.loads(ok(cli, "list", "--json", "--from-json", _file(tmp_path, {"limit": 2})).out)
    assert len(listed) == 2
    r = cli("list", "--from-json", _file(tmp_path, {"limit": "2"}, "text.json"))
    assert r.rc == 0, r.err
    r = cli("list", "--from-json", _file(tmp_path, {"limit": True}, "bool.json"))
    assert r.rc == 1 and "number" in r.err, r.err
    assert_one_line_error(r)


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_the_new_messages_are_in_every_language(
    db: Path, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    from cluma_dpo.domain.messages import msg
    from cluma_dpo.texts import render

    for code in ("cli.from_json.duplicate_key", "cli.from_json.not_text",
                 "cli.from_json.not_switch", "cli.from_json.not_number"):  # fmt: skip
        text = render(msg(code, key="name"), language)
        assert not text.startswith(code) and "name" in text, (language, code, text)
