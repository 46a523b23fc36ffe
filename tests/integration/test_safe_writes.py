"""Issue #16, finding 4 and the "failed writes are audited as produced" item of 9.

The temporary file beside an export was `.NAME.part`: predictable, opened following
symlinks, not exclusive, 0644, and a kill left it behind. And a letter was recorded as
produced before its file was written, so a full disk still audited it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from cluma_dpo import files
from tests.integration.cli_support import assert_one_line_error

PASSPHRASE = "safe writes test passphrase"


@pytest.fixture
def ref(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))
    assert cli("init").rc == 0
    r = cli("add", "--right", "access", "--name", "Jan Peeters", "--email", "jan@example.be",
            "--received", "2026-03-02")  # fmt: skip
    assert r.rc == 0, r.err
    return r.out.strip()


def _letters_recorded(cli, ref: str) -> int:  # type: ignore[no-untyped-def]
    events = cli("show", ref, "--json").json()["events"]
    return sum(1 for e in events if e["kind"] == "document-produced")


def test_a_planted_symlink_at_the_old_part_name_receives_nothing(
    tmp_path: Path,
    cli,
    ref: str,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stolen = tmp_path / "elsewhere" / "stolen.xlsx"
    stolen.parent.mkdir()
    (out / ".reg.xlsx.part").symlink_to(stolen)
    r = cli("export", "--out", out / "reg.xlsx")
    assert r.rc == 0, r.err
    assert not stolen.exists(), "the register went to the planted symlink's destination"
    target = out / "reg.xlsx"
    assert target.is_file() and not target.is_symlink()
    assert target.read_bytes()[:2] == b"PK"
    assert (out / ".reg.xlsx.part").is_symlink()  # another user's file: left alone


@pytest.fixture
def common_umask():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # a common default: the export must not rely on the umask
    yield
    os.umask(old)


@pytest.mark.usefixtures("common_umask")
def test_a_new_export_is_for_the_owner_alone(tmp_path: Path, cli, ref: str) -> None:  # type: ignore[no-untyped-def]
    for args, name in ((("export",), "reg.xlsx"), (("letter", ref, "acknowledgement"), "a.pdf")):
        r = cli(*args, "--out", tmp_path / name)
        assert r.rc == 0, r.err
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    # an existing target keeps the permissions the DPO gave it; never wider
    (tmp_path / "reg.xlsx").chmod(0o400 | 0o200)
    assert cli("export", "--out", tmp_path / "reg.xlsx").rc == 0
    assert stat.S_IMODE((tmp_path / "reg.xlsx").stat().st_mode) == 0o600
    (tmp_path / "reg.xlsx").chmod(0o640)
    assert cli("export", "--out", tmp_path / "reg.xlsx").rc == 0
    assert stat.S_IMODE((tmp_path / "reg.xlsx").stat().st_mode) == 0o640


def test_left_overs_of_a_killed_run_are_removed_on_the_next_write(tmp_path: Path) -> None:
    old = tmp_path / f"{files.PREFIX}killed{files.SUFFIX}"
    old.write_bytes(b"Jan Peeters jan@example.be")
    # an hour before the file system's own clock (what the cleanup compares with), not the
    # process's: under faketime, or on a network share, the two disagree
    long_ago = old.stat().st_mtime - 3600
    os.utime(old, (long_ago, long_ago))
    fresh = tmp_path / f"{files.PREFIX}being-written{files.SUFFIX}"  # another run, now
    fresh.write_bytes(b"x")
    legacy = tmp_path / ".reg.xlsx.part"  # the predictable name of earlier versions
    legacy.write_bytes(b"Jan Peeters")
    someone_else = tmp_path / "notes.txt"
    someone_else.write_bytes(b"mine")
    files.write_atomically(tmp_path / "reg.xlsx", b"new")
    assert not old.exists() and not legacy.exists()
    assert fresh.exists() and someone_else.exists()
    assert (tmp_path / "reg.xlsx").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, "notes.txt", "reg.xlsx"]
    )


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_leaves_no_letter_recorded_and_no_temporary_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,
    ref: str,
    failing: str,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "letter.pdf").write_bytes(b"the old letter")
    before = _letters_recorded(cli, ref)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, failing, full)
        r = cli("letter", ref, "acknowledgement", "--out", out / "letter.pdf")
    assert r.rc == 1
    assert_one_line_error(r)
    assert "No space left on device" in r.err
    assert sorted(p.name for p in out.iterdir()) == ["letter.pdf"]  # no temporary file
    assert (out / "letter.pdf").read_bytes() == b"the old letter"
    assert _letters_recorded(cli, ref) == before
    assert cli("audit", "verify").rc == 0


def test_a_missing_folder_is_one_line_and_nothing_recorded(
    tmp_path: Path,
    cli,
    ref: str,  # type: ignore[no-untyped-def]
) -> None:
    before = _letters_recorded(cli, ref)
    r = cli("letter", ref, "acknowledgement", "--out", tmp_path / "nowhere" / "a.pdf")
    assert r.rc == 1
    assert_one_line_error(r)
    assert _letters_recorded(cli, ref) == before
