"""One passphrase rule for every door: `init`, `passwd` and `demo` refuse a short passphrase
with exit 1 and one line, as the first-run dialog does (domain.validation.MIN_PASSPHRASE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluma_dpo.domain.validation import MIN_PASSPHRASE
from tests.integration.cli_support import assert_one_line_error

GOOD = "twelve chars and more"
SHORT = "x" * (MIN_PASSPHRASE - 1)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(d))
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CLUMA_DPO_NEW_PASSPHRASE", raising=False)
    return d


@pytest.mark.parametrize("verb", [("init",), ("demo", "--requests", "1")])
def test_a_new_database_refuses_a_short_passphrase(
    verb: tuple[str, ...], data_dir: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", SHORT)
    r = cli(*verb)
    assert r.rc == 1
    assert_one_line_error(r)
    assert f"at least {MIN_PASSPHRASE} characters" in r.err
    assert not (data_dir / "cluma-dpo.db").exists()  # refused before anything was made


def test_passwd_refuses_a_short_new_passphrase(
    data_dir: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", GOOD)
    assert cli("init").rc == 0
    monkeypatch.setenv("CLUMA_DPO_NEW_PASSPHRASE", SHORT)
    r = cli("passwd")
    assert r.rc == 1
    assert_one_line_error(r)
    assert f"at least {MIN_PASSPHRASE} characters" in r.err
    monkeypatch.delenv("CLUMA_DPO_NEW_PASSPHRASE")
    assert cli("list").rc == 0  # the old passphrase still opens it
