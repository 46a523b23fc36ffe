"""A file the DPO drops or chooses in the window is read as the command line reads one
(files.read_regular, attacker's final pass of issue 16): once, a regular file only. The GUI
read it with stat() and read_bytes(): a pipe named scan.pdf hung the window, and a link
named bericht.eml to /proc/self/environ (which holds the passphrase) was read (the e-mail
parser then refused it; a .pdf or image name is refused by its bytes)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import msg
from cluma_dpo.gui.file_dialogs import read_chosen
from tests.gui.conftest import register


@pytest.fixture
def environ_link(tmp_path: Path) -> Path:
    link = tmp_path / "bericht.eml"
    link.symlink_to("/proc/self/environ")
    assert link.stat().st_size == 0 and b"PATH=" in link.read_bytes()  # what was kept
    return link


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)  # no writer: read_bytes() would wait for ever
    return fifo


def test_read_chosen_refuses_what_is_no_regular_file(environ_link: Path, pipe: Path) -> None:
    too_large = msg("attach.too_large", n=1)
    for path in (environ_link, pipe, environ_link.parent, environ_link.parent / "gone.pdf"):
        with pytest.raises(DomainError) as caught:
            read_chosen(path, 1 << 20, too_large)
        assert caught.value.msg.code == "cli.no_file"
    big = environ_link.parent / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 2000)
    with pytest.raises(DomainError) as caught:
        read_chosen(big, 1000, too_large)
    assert caught.value.msg is too_large
    assert read_chosen(big, 4000, too_large).startswith(b"%PDF-")


def test_a_dropped_link_to_the_environment_is_not_kept(
    qtbot: Any, window: Any, wb: Any, environ_link: Path, pipe: Path
) -> None:
    ref = register(wb, "Jan Peeters")
    window.reload()
    for path in (environ_link, pipe):
        assert window.attach_drop.attach(ref, path) == []
        assert window.statusBar().currentMessage().startswith("⚠")
    assert wb.stored_documents(ref) == []
