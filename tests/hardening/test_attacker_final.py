"""The final adversarial pass over issues 16 and 17 (attacker-final.md): what a malicious
template author, message author or local user still got through, each reproduced here.

* a template nested deeper than Python compiles (200 ``{% if %}`` or 25 ``{% for %}``)
  was an internal error (exit 3, IndentationError / SyntaxError), not bad input;
* a file planted at an ``--out`` name by another user, with mode 0666, gave the export
  its mode: the register became readable (and writable) by every user of the machine;
* a small message of many thousands of MIME parts took minutes and gigabytes to read.

Through the command line in this process (`call_cli`), on a real database.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from tests.hardening.support import Env, Result, call_cli, received_day

R = received_day()


def ok(*args: object) -> Result:
    r = call_cli([str(a) for a in args])
    assert r.code == 0, r
    return r


def refused(*args: object) -> str:
    r = call_cli([str(a) for a in args])
    assert r.code == 1, r
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cluma-dpo: "), r
    return lines[0]


@pytest.fixture
def ref(env: Env, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    ok("init")
    return ok("add", "--right", "access", "--name", "Eva Claes", "--received", R.isoformat(),
              "--language", "nl").out.strip()  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "{% if 1 %}" * 200 + "x" + "{% endif %}" * 200,  # IndentationError
        "{% for i in [1] %}" * 25 + "x" + "{% endfor %}" * 25,  # too many nested blocks
    ],
    ids=["if", "for"],
)
def test_a_template_nested_too_deep_is_bad_input(env: Env, ref: str, body: str) -> None:
    path = env.data_dir / "templates" / "nl" / "acknowledgement.j2"
    path.parent.mkdir(parents=True)
    path.write_text(body, encoding="utf-8")
    line = refused("letter", ref, "acknowledgement", "--out", env.root / "a.pdf")
    assert "nl/acknowledgement.j2" in line
    assert not (env.root / "a.pdf").exists()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown needs root")
def test_a_file_planted_by_another_user_does_not_lend_its_mode(env: Env, ref: str) -> None:
    shared = env.root / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp or a shared folder
    for name in ("reg.xlsx", "doc.pdf"):
        planted = shared / name
        planted.write_bytes(b"")
        planted.chmod(0o666)
        os.chown(planted, 65534, 65534)  # another user's
    ok("export", "--out", shared / "reg.xlsx")
    ok("dossier", ref, "--out", shared / "doc.pdf")
    for name in ("reg.xlsx", "doc.pdf"):
        info = (shared / name).stat()
        assert info.st_uid == os.getuid()
        assert stat.S_IMODE(info.st_mode) == 0o600, oct(info.st_mode)


def test_a_file_of_ones_own_keeps_its_mode(env: Env, ref: str) -> None:
    mine = env.root / "reg.xlsx"
    mine.write_bytes(b"")
    mine.chmod(0o640)
    ok("export", "--out", mine)
    assert stat.S_IMODE(mine.stat().st_mode) == 0o640


def _many_parts(path: Path, parts: int) -> Path:
    head = (b"From: Eva <eva@example.be>\r\nDate: Fri, 20 Nov 2026 10:00:00 +0100\r\n"
            b"Subject: inzage\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n')  # fmt: skip
    part = b"--XX\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    path.write_bytes(head + part * parts + b"--XX--\r\n")
    return path


def test_a_message_of_many_parts_is_refused_at_once(env: Env, ref: str) -> None:
    message = _many_parts(env.root / "many.eml", 100_000)  # 3.6 MB
    started = time.monotonic()
    refused("intake", message, "--json")
    assert time.monotonic() - started < 5
    assert ok("list", "--json").out.count("DSR-") == 1


def test_a_message_with_a_few_hundred_parts_still_reads(env: Env, ref: str) -> None:
    message = _many_parts(env.root / "some.eml", 300)
    assert '"from_email": "eva@example.be"' in ok("intake", message, "--json").out


@pytest.mark.parametrize("amount", ["1e999", "99999999999999999999999999999999999999"])
def test_an_amount_beyond_the_decimal_context_is_bad_input(env: Env, ref: str, amount: str) -> None:
    ok("settings", "set", "bank.iban", "BE71096123456769")
    refused("fee-note", ref, "--ground", "unfounded", "--amount", amount, "--reason", "x")
    source = env.root / "fee.json"
    source.write_text('{"amount": ' + amount + ', "reason": "x"}', encoding="utf-8")
    refused("fee-note", ref, "--ground", "unfounded", "--from-json", source)


@pytest.mark.skipif(not Path("/proc/self/environ").is_file(), reason="Linux /proc")
def test_a_pseudo_file_is_not_attached_to_a_draft(env: Env, ref: str) -> None:
    """/proc/self/environ says 0 bytes, then gives the environment: CLUMA_DPO_PASSPHRASE
    went into the draft for the data subject."""
    ref = ok("add", "--right", "access", "--name", "Jan Peeters", "--received", R.isoformat(),
             "--email", "jan@example.be", "--channel", "email").out.strip()  # fmt: skip
    out = env.root / "draft.eml"
    refused("email-draft", ref, "acknowledgement", "--attach", "/proc/self/environ", "--out", out)
    assert not out.exists()
    refused("attach", ref, "/proc/self/environ")
    refused("identity", ref, "--received-on", R.isoformat(), "--document", "/proc/self/environ")
    pdf = env.root / "copy.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    ok("email-draft", ref, "acknowledgement", "--attach", pdf, "--out", out)
    assert out.exists()


def test_kept_bytes_swapped_behind_the_program_are_reported(env: Env, ref: str) -> None:
    """A kept scan (or e-mail, or letter) whose bytes were replaced with SQL: verify said
    intact and `document --out` gave the forged bytes as the original."""
    from tests.hardening.audit_support import assert_broken, sql, verify

    scan = env.root / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4\nthe letter the data subject sent\n%%EOF\n")
    ok("attach", ref, scan)
    ok("letter", ref, "acknowledgement", "--out", env.root / "a.pdf")  # a kept letter too
    assert verify().code == 0
    sql(env, "UPDATE document_contents SET content = x'255044462d312e3420666f72676564'"
             " WHERE document_id = (SELECT min(id) FROM documents)")  # fmt: skip
    assert_broken(verify(), ref)
    ok("extend", ref, "--reason", "complex")  # a later event does not seal the swap as true
    assert_broken(verify(), ref)


def test_json_with_a_byte_order_mark_is_read(env: Env, ref: str) -> None:
    """Windows Notepad saves UTF-8 with a BOM: it was "not valid JSON (line 1, column 1)"."""
    source = env.root / "reason.json"
    source.write_bytes(b'\xef\xbb\xbf{"reason": "complex request"}')
    ok("extend", ref, "--from-json", source)
