"""Helpers of the audit-chain tests (issue 16, finding 8): a small database made through the
command line, and SQL run on it behind the program's back (as with the sqlcipher shell)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pdfplumber

from tests.hardening.support import PASSPHRASE, Env, Result, call_cli

DB = "cluma-dpo.db"


def ok(*args: str) -> Result:
    r = call_cli(list(args))
    assert r.code == 0, r
    return r


def verify(*extra: str) -> Result:
    return call_cli(["audit", "verify", *extra])


def assert_broken(r: Result, *words: str) -> None:
    """verify said "broken" with exit 1 (CLI contract: never 0 for a broken trail)."""
    assert r.code == 1, r
    said = r.err.lower()
    assert "broken" in said, r
    for word in words:
        assert word.lower() in said, r


def head_of(r: Result) -> str:
    """The head `audit verify --json` gives (as printed on reports and dossiers)."""
    import json

    head = json.loads(r.out)["head"]
    assert isinstance(head, str)
    return head


def sql(env: Env, *statements: str, params: Sequence[object] = ()) -> None:
    """Statements on the database with the passphrase, without the program (a direct edit)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(env.data_dir / DB))
    try:
        conn.execute("PRAGMA key = " + "'" + PASSPHRASE.replace("'", "''") + "'")
        for s in statements:
            conn.execute(s, params) if params else conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def query(env: Env, statement: str) -> list[tuple[object, ...]]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(env.data_dir / DB))
    try:
        conn.execute("PRAGMA key = " + "'" + PASSPHRASE.replace("'", "''") + "'")
        return list(conn.execute(statement).fetchall())
    finally:
        conn.close()


def small_database(env: Env) -> list[str]:
    """Three requests: one closed (refused), one answered and closed, one open."""
    ok("init")
    refs = [
        ok("add", "--right", "access", "--name", "Jan Peeters", "--received", "2026-11-02")
        .out.strip(),
        ok("add", "--right", "access", "--name", "An Claes", "--email", "an@example.org",
           "--received", "2026-11-05").out.strip(),
        ok("add", "--right", "access", "--name", "Piet Open", "--received", "2026-11-20")
        .out.strip(),
    ]  # fmt: skip
    ok("close", refs[0], "--outcome", "refused", "--reason", "kennelijk ongegrond",
       "--on", "2026-11-10")  # fmt: skip
    ok("identity", refs[1], "--verified", "--method", "account-email", "--on", "2026-11-06")
    ok("close", refs[1], "--outcome", "granted", "--on", "2026-11-12")
    assert verify().code == 0
    return refs


def made_once(factory: object, name: str, make: object) -> Path:
    """A data dir made once per module by `make(env)` (init is the slow step), in the same
    environment as the `env` fixture, with the tests' pinned clock."""
    import pytest

    from cluma_dpo import app
    from cluma_dpo.domain.clock import FixedClock
    from tests.conftest import TODAY

    base = factory.mktemp(name)  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(app, "CLOCK", FixedClock.on(TODAY))
        for k, v in {
            "CLUMA_DPO_DATA_DIR": str(base / "data"),
            "CLUMA_DPO_PASSPHRASE": PASSPHRASE,
            "CLUMA_DPO_LOG_DIR": str(base / "log"),
        }.items():
            mp.setenv(k, v)
        make(Env(base, base / "data", base / "log"))  # type: ignore[operator]
    return base / "data"


def copy_into(env: Env, made: Path) -> None:
    import shutil

    shutil.copytree(made, env.data_dir)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)
