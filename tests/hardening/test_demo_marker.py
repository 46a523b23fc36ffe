"""Issue 16, finding 9 (brief i16b, item 6): the demo database's marker
(``cluma-dpo-demo.txt`` beside it, services/demo_folder.py) is a plain file anyone can
plant or delete. Can a real database be taken for the demo, or the demo for a real one,
in a way that changes what the program does?

What the marker does, and only that (checked below, so that a later change that lets it
steer behaviour fails here first):

* display: the app's purple "demo" bar and title (gui/demo_mode.py), and under the unlock
  dialog the demo's passphrase when the marker writes it down;
* opening a demo folder (File ▸ Open demo data, the first-run page): the passphrase tried
  first is the demo one; a wrong try ends in the ordinary unlock dialog.

What it does not do: it gives no access (a real database in a marked folder still needs
its own passphrase: the demo one is refused by SQLCipher), the DPO's own folder is never
opened or filled as the demo whatever it holds, a database without the marker is never
filled with invented requests, and nothing in the services, storage, domain or documents
(retention, backups and their reminder, the audit chain, locks, letters) reads it: a
demo is run by the same rules as the real database, and the real one by the same rules
whether or not a marker lies beside it. Harm left: a marker planted beside real data makes
the app *show* "Demo data — nothing here is real" over real data after the DPO typed the
real passphrase. Cosmetic, but misleading; it needs write access to the data folder, which
already allows deleting the database. Left as it is (see the report of i16b).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cluma_dpo.domain.errors import DomainError, StoreError
from cluma_dpo.services.demo_folder import (
    DEMO_PASSPHRASE,
    MARKER,
    DemoFolder,
    demo_folder,
    demo_passphrase,
    is_demo,
    mark_demo,
)
from tests.hardening.support import REPO, Env, call_cli

PACKAGE = REPO / "cluma_dpo"
NAMES = re.compile(
    r"(?<![.\w])(is_demo|demo_passphrase|demo_folder|DEMO_PASSPHRASE|mark_demo|DemoFolder)\b"
    r"|cluma-dpo-demo\.txt"
)
# where the marker may be read: display and the opening of a chosen demo folder
READERS = {
    "services/demo_folder.py",  # its home
    "gui/demo_mode.py",  # the bar, the title, the passphrase under the unlock dialog
    "gui/demo.py",  # open or make the demo in a chosen folder
    "gui/demo_dialog.py",  # what a chosen folder holds, said before opening
    "cli/documents_cmds.py",  # `cluma-dpo demo` writes the marker (mark_demo only)
}


def test_only_display_and_the_demo_opening_read_the_marker() -> None:
    found = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if NAMES.search(path.read_text(encoding="utf-8"))
    }
    assert found == READERS, sorted(found ^ READERS)
    cli = (PACKAGE / "cli" / "documents_cmds.py").read_text(encoding="utf-8")
    assert set(NAMES.findall(cli)) - {""} == {"mark_demo"}


def test_a_marker_beside_a_real_database_opens_nothing(env: Env) -> None:
    assert call_cli(["init"]).code == 0
    mark_demo(env.data_dir)  # planted, with the demo passphrase written in it
    assert is_demo(env.data_dir) and demo_passphrase(env.data_dir) == DEMO_PASSPHRASE
    from cluma_dpo.app import open_workbench

    with pytest.raises((DomainError, StoreError)):
        open_workbench(env.data_dir, DEMO_PASSPHRASE).close()
    # the CLI's rules do not change: same verbs, same passphrase, same audit chain
    r = call_cli(["add", "--right", "access", "--name", "Echte Persoon", "--received",
                  "2026-11-20"])  # fmt: skip
    assert r.code == 0, r
    assert call_cli(["audit", "verify"]).code == 0
    # the app's demo opening refuses the DPO's own folder, marker or not
    assert demo_folder(env.data_dir, own=env.data_dir) is DemoFolder.OWN
    (env.data_dir / MARKER).unlink()
    assert demo_folder(env.data_dir) is DemoFolder.DATABASE  # never filled as the demo


def test_a_demo_without_its_marker_is_an_ordinary_database(env: Env, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    r = call_cli(["--data-dir", str(folder), "demo", "--requests", "5"])
    assert r.code == 0, r
    assert is_demo(folder)
    assert demo_passphrase(folder) is None  # the CLI's demo has the user's passphrase
    (folder / MARKER).unlink()
    assert demo_folder(folder) is DemoFolder.DATABASE  # the app refuses it as a demo
    r = call_cli(["--data-dir", str(folder), "list", "--json"])
    assert r.code == 0, r  # and it opens as any database, with its own passphrase
    assert len(json.loads(r.out)) == 5
