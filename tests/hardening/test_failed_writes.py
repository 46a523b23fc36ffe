"""Issue 16, finding 9 (brief i16b, items 2 and 3): a document whose file could not be
written (a full disk: os.write raises ENOSPC, in this process) is not audited as produced,
and a fee note is all or nothing: no number used, no event, exit 1 with one line that names
the file and says nothing was issued. A fee note's PDF can be printed again from the
command line, byte for byte the one kept in the database (`fee-note REF --reprint FN`).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from tests.hardening.support import Env, Result, call_cli, open_wb, received_day, rows

R = received_day()
FEE = ["--amount", "10", "--reason", "derde kopie op korte tijd", "--ground", "excessive",
       "--on", (R + timedelta(days=1)).isoformat()]  # fmt: skip


def ok(*args: object) -> Result:
    r = call_cli([str(a) for a in args])
    assert r.code == 0, r
    return r


def one_line(r: Result) -> str:
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cluma-dpo: "), r
    assert "Traceback" not in r.err
    return lines[0]


@pytest.fixture
def ref(env: Env) -> str:
    ok("init")
    ok("settings", "set", "bank.iban", "BE71 0961 2345 6769")
    return ok("add", "--right", "access", "--name", "Eva Claes", "--received", R.isoformat(),
              "--known-account").out.strip()  # fmt: skip


def events(env: Env) -> list[str]:
    wb = open_wb(env)
    try:
        return [k for (k,) in rows(wb, "SELECT kind FROM audit_events ORDER BY id")]
    finally:
        wb.close()


def full_disk(monkeypatch: pytest.MonkeyPatch, args: Sequence[object]) -> Result:
    def full(*_a: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "write", full)
        return call_cli([str(a) for a in args])


def test_a_fee_note_that_cannot_be_written_is_not_issued(
    env: Env, ref: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = events(env)
    out = env.root / "fee.pdf"
    r = full_disk(monkeypatch, ["fee-note", ref, *FEE, "--out", out])
    assert r.code == 1, r
    line = one_line(r)
    assert "fee.pdf" in line  # which file
    assert "FN-" not in r.out + r.err  # no number was handed out
    assert events(env) == before  # no fee-note-issued, no document-produced
    assert not out.exists()
    shown = ok("show", ref, "--json").out
    assert '"fee_notes": []' in shown
    assert ok("fee-note", ref, *FEE, "--out", out).out.strip().endswith("-0001")  # unused
    assert ok("audit", "verify").code == 0


@pytest.mark.parametrize(
    ("verb", "name", "kind"),
    [
        (lambda ref: ["letter", ref, "acknowledgement"], "a.pdf", "document-produced"),
        (lambda ref: ["dossier", ref], "d.pdf", "document-produced"),
        (lambda ref: ["export"], "r.xlsx", "register-exported"),
        (
            lambda ref: ["report", "--quarter", f"{R.year}Q{(R.month - 1) // 3 + 1}"],
            "q.pdf",
            "quarterly-report",
        ),
        (
            lambda ref: ["report", "--quarter", f"{R.year}Q{(R.month - 1) // 3 + 1}"],
            "q.xlsx",
            "quarterly-report",
        ),
    ],
)
def test_a_document_that_cannot_be_written_is_not_audited_as_produced(
    env: Env,
    ref: str,
    monkeypatch: pytest.MonkeyPatch,
    verb,
    name: str,
    kind: str,  # type: ignore[no-untyped-def]
) -> None:
    before = events(env)
    out = env.root / name
    r = full_disk(monkeypatch, [*verb(ref), "--out", out])
    assert r.code == 1, r
    assert name in one_line(r)
    assert events(env) == before, f"{kind} recorded for a file that was never written"
    assert not out.exists()
    assert not [p.name for p in env.root.iterdir() if p.name.endswith(".part")]
    ok(*verb(ref), "--out", out)  # and with room on the disk it is recorded once
    assert events(env) == [*before, kind]


def test_a_fee_note_is_printed_again_exactly_as_kept(env: Env, ref: str) -> None:
    first = env.root / "fee.pdf"
    number = ok("fee-note", ref, *FEE, "--out", first).out.strip()
    again = env.root / "again.pdf"
    ok("fee-note", ref, "--reprint", number, "--out", again)
    assert again.read_bytes() == first.read_bytes()
    assert events(env)[-1] == "document-saved"  # where the note now also is, audited
    assert ok("audit", "verify").code == 0


def test_a_fee_note_issued_without_a_pdf_is_printed_on_reprint_and_kept(env: Env, ref: str) -> None:
    number = ok("fee-note", ref, *FEE).out.strip()
    one, two = env.root / "one.pdf", env.root / "two.pdf"
    ok("fee-note", ref, "--reprint", number, "--out", one)
    assert one.read_bytes().startswith(b"%PDF")
    assert events(env)[-1] == "document-produced"
    ok("fee-note", ref, "--reprint", number, "--out", two)
    assert two.read_bytes() == one.read_bytes()


def test_a_reprint_that_cannot_be_written_records_nothing(
    env: Env, ref: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = ok("fee-note", ref, *FEE, "--out", env.root / "fee.pdf").out.strip()
    before = events(env)
    r = full_disk(monkeypatch, ["fee-note", ref, "--reprint", number, "--out",
                                env.root / "again.pdf"])  # fmt: skip
    assert r.code == 1, r
    assert "again.pdf" in one_line(r)
    assert events(env) == before


def test_a_reprint_of_another_requests_fee_note_is_refused(env: Env, ref: str) -> None:
    number = ok("fee-note", ref, *FEE).out.strip()
    other = ok("add", "--right", "access", "--name", "Jan Peeters", "--received",
               R.isoformat(), "--known-account").out.strip()  # fmt: skip
    before = events(env)
    for args in (
        ["fee-note", other, "--reprint", number, "--out", env.root / "x.pdf"],
        ["fee-note", ref, "--reprint", "FN-2020-0099", "--out", env.root / "x.pdf"],
    ):
        r = call_cli([str(a) for a in args])
        assert r.code == 1, r
        one_line(r)
    assert events(env) == before
    assert not (env.root / "x.pdf").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--reprint", "FN-2026-0001"],  # where to?
        ["--reprint", "FN-2026-0001", "--amount", "5", "--out", "x.pdf"],  # reprint or issue?
        ["--reason", "kopie"],  # an amount is needed to issue
        ["--amount", "5"],  # a reason too
    ],
)
def test_fee_note_usage(env: Env, ref: str, args: list[str]) -> None:
    r = call_cli(["fee-note", ref, *args])
    assert r.code == 1, r  # bad use is exit 1 here, as argparse's own errors (cli._Parser)
    one_line(r)


def test_nothing_of_the_above_left_a_temporary_file(env: Env, ref: str, tmp_path: Path) -> None:
    ok("fee-note", ref, *FEE, "--out", tmp_path / "fee.pdf")
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []
