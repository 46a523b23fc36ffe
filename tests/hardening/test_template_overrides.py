"""Issue 16, finding 9 (brief i16b, item 1): the DPO's own letter templates
(``<data dir>/templates/<language>/<kind>.j2`` and ``letters.po``) as an attacker or a
clumsy editor leaves them.

* not UTF-8 → exit 1, one line that says "UTF-8" (it was exit 3, later "UnicodeDecodeError");
* a loop without end → bounded: ``range(10000000)``, nested loops of 10^10 steps, a value
  of a gigabyte, output of gigabytes, each exit 1 in seconds naming the template;
* a symbolic link in the folder (to a file outside, to /etc/passwd, a linked language
  folder, a linked templates folder, a linked letters.po) is refused, never followed;
* a letter made with an override says so in its audit event: which file, and the SHA-256
  of the text that was used; not on the letter.

All through the command line in this process (`call_cli`), on a real database.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from tests.hardening.support import Env, Result, call_cli, received_day

R = received_day()
MARKER = "ROOT-SECRET-LINE"


def ok(*args: object) -> Result:
    r = call_cli([str(a) for a in args])
    assert r.code == 0, r
    return r


def refused(*args: object) -> str:
    r = call_cli([str(a) for a in args])
    assert r.code == 1, r
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cluma-dpo: "), r
    assert "Traceback" not in r.err
    return lines[0]


@pytest.fixture
def ref(env: Env, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    ok("init")
    return ok("add", "--right", "access", "--name", "Eva Claes", "--received", R.isoformat(),
              "--language", "nl").out.strip()  # fmt: skip


def own(env: Env, name: str = "acknowledgement.j2", language: str = "nl") -> Path:
    path = env.data_dir / "templates" / language / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def events(ref: str) -> list[dict[str, str]]:
    return json.loads(ok("show", ref, "--json").out)["events"]


def letter(env: Env, ref: str) -> list[object]:
    return ["letter", ref, "acknowledgement", "--out", env.root / "a.pdf"]


def test_a_template_that_is_not_utf8_is_bad_input(env: Env, ref: str) -> None:
    own(env).write_bytes(b"Geachte \xff\xfe {{ x }}\n")
    line = refused(*letter(env, ref))
    assert "UTF-8" in line and "nl/acknowledgement.j2" in line
    own(env).unlink()
    own(env, "letters.po").write_bytes(b'msgid "Dear %(name)s,"\nmsgstr "Beste \xff"\n')
    line = refused(*letter(env, ref))
    assert "letters.po" in line


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("{% for i in range(10000000) %}{{ i }}{% endfor %}", "range"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}x",
            "steps",
        ),
        (
            "{% for i in range(100000) %}{% for j in range(100000) if false %}{% endfor %}"
            "{% endfor %}x",
            "steps",
        ),
        ("{{ 'x' * 1000000000 }}", "100,000"),
        ("{{ 'x'.ljust(1000000000) }}", "100,000"),
        ("{{ 'x'|center(1000000000) }}", "100,000"),
        ("{{ '{:>1000000000}'.format(1) }}", "100,000"),
        ("{{ '%1000000000d' % 1 }}", "100,000"),
        ("{{ 7 ** 100000000 }}", "100,000"),
        (
            "{% set ns = namespace(s='xxxxxxxxxx') %}{% for i in range(40) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
            "100,000",
        ),
        ("{% for i in range(100000) %}{{ 'y' * 50000 }}{% endfor %}", "1,000,000"),
        ("{% for i in range(100000) %}" + "z" * 5000 + "{% endfor %}", "1,000,000"),
        (
            "{% set l = [] %}{% for i in range(100000) %}{{ l.append('q' * 99999) }}{% endfor %}",
            "100,000",
        ),
        ("{% macro m(n) %}{{ m(n) ~ m(n) }}{% endmacro %}{{ m(1) }}", ""),
        ("{{ (['x' * 50000] * 1000)|string }}", "100,000"),  # one string, 1000 references
        ("{{ ([['x' * 9000] * 9] * 10000)|join }}", "100,000"),
        ("{{ (['x' * 90000] + ['y' * 90000])|join }}", "100,000"),
        ("{{ 'x'.expandtabs(tabsize=1000000000) }}", "100,000"),
    ],
)
def test_a_template_that_does_not_end_is_stopped(env: Env, ref: str, body: str, says: str) -> None:
    own(env).write_text(body + "\n", encoding="utf-8")
    started = time.monotonic()
    line = refused(*letter(env, ref))
    took = time.monotonic() - started
    assert took < 30, f"{took:.0f} s"
    assert "nl/acknowledgement.j2" in line
    assert says in line, line
    assert not (env.root / "a.pdf").exists()
    assert [e for e in events(ref) if e["kind"] == "document-produced"] == []


def test_an_ordinary_loop_still_prints(env: Env, ref: str) -> None:
    own(env).write_text(
        "{% for i in range(3) %}regel {{ i }} {% endfor %}{{ 'ab' * 3 }} {{ '%05d' % 7 }}\n",
        encoding="utf-8",
    )
    ok(*letter(env, ref))
    assert (env.root / "a.pdf").read_bytes().startswith(b"%PDF")


def _links(env: Env, target: Path) -> list[tuple[str, Path, Path]]:
    """(what, link, where it points) for each place a link can be planted."""
    folder = env.data_dir / "templates"
    return [
        ("a template", folder / "nl" / "acknowledgement.j2", target),
        ("the wording", folder / "nl" / "letters.po", target),
        ("a template included", folder / "nl" / "_sections.j2", target),
        ("the language folder", folder / "nl", target.parent),
        ("the templates folder", folder, target.parent.parent),
    ]


@pytest.mark.parametrize("place", range(5))
def test_a_symbolic_link_in_the_templates_folder_is_refused(env: Env, ref: str, place: int) -> None:
    elsewhere = env.root / "elsewhere" / "nl" / "acknowledgement.j2"
    elsewhere.parent.mkdir(parents=True)
    elsewhere.write_text(f"{MARKER}\n", encoding="utf-8")
    for name in ("letters.po", "_sections.j2"):
        (elsewhere.parent / name).write_text(f"{MARKER}\n", encoding="utf-8")
    what, link, points_to = _links(env, elsewhere)[place]
    if link.name in ("letters.po", "_sections.j2"):
        points_to = elsewhere.parent / link.name
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(points_to, target_is_directory=points_to.is_dir())
    line = refused(*letter(env, ref))
    assert "symbolic link" in line, (what, line)
    assert MARKER not in line
    assert not (env.root / "a.pdf").exists(), what


@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="needs /etc/passwd")
def test_etc_passwd_is_not_pulled_in(env: Env, ref: str) -> None:
    own(env, "_sections.j2").symlink_to("/etc/passwd")
    line = refused(*letter(env, ref))
    assert "symbolic link" in line and "root:" not in line


def test_a_link_inside_the_folder_to_a_copy_inside_it_is_refused_too(env: Env, ref: str) -> None:
    real = own(env, "mine.j2")
    real.write_text("Mijn eigen tekst.\n", encoding="utf-8")
    own(env).symlink_to(real)
    assert "symbolic link" in refused(*letter(env, ref))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_pipe_as_template_is_refused_without_waiting(env: Env, ref: str) -> None:
    os.mkfifo(own(env))
    started = time.monotonic()
    line = refused(*letter(env, ref))
    assert time.monotonic() - started < 30
    assert "not a regular file" in line


def test_an_override_is_named_in_the_audit_event_with_its_digest(env: Env, ref: str) -> None:
    ok(*letter(env, ref))
    plain = [e for e in events(ref) if e["kind"] == "document-produced"][-1]["note"]
    assert "own template" not in plain
    text = "{% import '_sections.j2' as m with context %}Mijn eigen ontvangstbevestiging.\n"
    own(env).write_text(text, encoding="utf-8")
    po = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
    po += 'msgid "Dear %(name)s,"\nmsgstr "Hallo %(name)s,"\n'
    own(env, "letters.po").write_text(po, encoding="utf-8")
    ok(*letter(env, ref))
    note = [e for e in events(ref) if e["kind"] == "document-produced"][-1]["note"]
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert f"nl/acknowledgement.j2 sha256 {digest}" in note, note
    assert f"nl/letters.po sha256 {hashlib.sha256(po.encode()).hexdigest()}" in note, note
    assert "_sections.j2" not in note  # the shipped one: not the DPO's
    pdf = (env.root / "a.pdf").read_bytes()
    assert digest.encode() not in pdf and b"own template" not in pdf
    # edited: the new text is used and its digest recorded
    text2 = text.replace("eigen", "herziene")
    own(env).write_text(text2, encoding="utf-8")
    ok(*letter(env, ref))
    note = [e for e in events(ref) if e["kind"] == "document-produced"][-1]["note"]
    assert hashlib.sha256(text2.encode()).hexdigest() in note
    assert ok("audit", "verify").code == 0
