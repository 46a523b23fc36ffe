"""Issue #8.5 — identity documents: stored encrypted, erased when the check ends (free pages
included), never on disk in plaintext, not in backups made after the erasure.

How "erased" is proved: SQLite only shows live rows, and `sqlcipher_export` copies only
live rows, so neither can see a deleted document that lingers in a free page, in the
unused tail of a page or in an old WAL frame. These tests therefore decrypt the raw
files themselves (`sqlcipher_pages.py`: SQLCipher 4's AES-256-CBC pages, each page's
HMAC checked so a wrong decryption cannot pass for "no marker") and search every byte of
every page of the database file, and every frame of its WAL, for a marker written into
the document. A positive control first shows the marker *is* found while the document is
stored, so the search is known to work. Besides, the app's connections must have
`PRAGMA secure_delete` on (it is what zeroes the freed pages), and the live-data export
of the database must not hold the marker either.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hardening.sqlcipher_pages import decrypted_pages, plaintext_image
from tests.hardening.support import (
    PASSPHRASE,
    Env,
    call_cli,
    open_wb,
    received_day,
    rows,
    run_cli,
)

pytestmark = pytest.mark.slow


def make_document(path: Path) -> bytes:
    """64 KiB of random bytes with a unique marker at the start, the middle and the end
    (the document spans many overflow pages; every part must go)."""
    marker = b"ID-DOC-MARKER-" + os.urandom(12).hex().encode()
    body = os.urandom(64 * 1024)
    data = marker + body[: 32 * 1024] + marker + body[32 * 1024 :] + marker
    path.write_bytes(data)
    return marker


def files_holding(folder: Path, needle: bytes, *, skip: tuple[Path, ...] = ()) -> list[str]:
    return [
        str(p)
        for p in folder.rglob("*")
        if p.is_file() and p not in skip and needle in p.read_bytes()
    ]


def live_export(db: Path, target: Path) -> bytes:
    """The live data of the database as a plaintext SQLite file (sqlcipher_export)."""
    import sqlcipher3

    from cluma_dpo.storage.engine import sql_literal

    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {sql_literal(PASSPHRASE)}")
        conn.execute(f"ATTACH DATABASE {sql_literal(str(target))} AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return target.read_bytes()


def checkpoint(db: Path) -> int:
    """Fold the WAL into the database file and truncate it; returns the freelist count."""
    import sqlcipher3

    from cluma_dpo.storage.engine import sql_literal

    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {sql_literal(PASSPHRASE)}")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "the checkpoint could not complete"
        return conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()


def show(env: Env, ref: str) -> dict:
    result = call_cli(["show", ref, "--json"])
    assert result.code == 0, result
    return json.loads(result.out)


def new_request(env: Env) -> tuple[str, str]:
    """A new database with one request whose identity information was asked for."""
    r = received_day()
    assert run_cli(["init"], env).code == 0
    added = run_cli(
        [
            "add",
            "--right",
            "access",
            "--name",
            "Ida Document",
            "--email",
            "ida@example.be",
            "--received",
            r.isoformat(),
        ],
        env,
    )
    assert added.code == 0, added
    ref = added.out.strip()
    asked = run_cli(["identity", ref, "--requested-on", r.isoformat()], env)
    assert asked.code == 0, asked
    return ref, r.isoformat()


def test_document_is_encrypted_then_erased_from_every_page_and_later_backups(env: Env) -> None:
    tmpdir = env.root / "tmp"
    tmpdir.mkdir()
    ref, day = new_request(env)
    doc = env.root / "input" / "identiteitskaart.png"
    doc.parent.mkdir()
    marker = make_document(doc)
    db = env.data_dir / "cluma-dpo.db"

    stored = run_cli(
        ["identity", ref, "--received-on", day, "--document", str(doc)], env, TMPDIR=str(tmpdir)
    )
    assert stored.code == 0, stored
    assert show(env, ref)["identity"]["document_stored"] is True

    # encrypted at rest: no file of the data dir (database, WAL, anything) holds it
    assert not files_holding(env.data_dir, marker)
    # ...and the positive control: decrypted, the database does hold it (all three copies)
    copies = plaintext_image(db, PASSPHRASE).count(marker)
    assert copies >= 3, f"control: the decrypted database holds {copies} of 3 markers"
    before = env.root / "before-erasure.db"
    assert run_cli(["backup", "--out", str(before)], env).code == 0
    in_backup = marker in plaintext_image(before, PASSPHRASE)
    assert in_backup, "control: a backup made before the erasure holds the document"

    verified = run_cli(
        ["identity", ref, "--verified", "--method", "id-document", "--on", day],
        env,
        TMPDIR=str(tmpdir),
    )
    assert verified.code == 0, verified
    view = show(env, ref)
    assert view["identity"]["document_stored"] is False
    assert "identity-document-erased" in [e["kind"] for e in view["events"]]

    # every page of the database file and every frame of a WAL, as they are on disk now
    still_there = marker in plaintext_image(db, PASSPHRASE)
    assert not still_there, "the erased document is still in a page of the database or WAL"
    # again after folding any WAL into the file; freed pages are zeroed (secure_delete)
    free_pages = checkpoint(db)
    pages = list(decrypted_pages(db, PASSPHRASE))
    holding = [n for n, page in pages if marker in page]
    assert not holding, f"pages {holding} (of {len(pages)}, {free_pages} free) hold the document"
    in_live = marker in live_export(db, env.root / "live-plain.db")
    assert not in_live, "the document is still in the live data"

    after = env.root / "after-erasure.db"
    assert run_cli(["backup", "--out", str(after)], env).code == 0
    in_backup = marker in plaintext_image(after, PASSPHRASE)
    assert not in_backup, "a backup made after the erasure holds the document"
    assert not files_holding(after.parent, marker, skip=(doc,)), "plaintext copy on disk"
    assert not files_holding(tmpdir, marker)


def test_the_app_connections_have_secure_delete_on(env: Env) -> None:
    assert run_cli(["init"], env).code == 0
    wb = open_wb(env)
    try:
        raw = wb.store.engine.raw_connection()
        try:
            assert raw.cursor().execute("PRAGMA secure_delete").fetchone()[0] == 1
        finally:
            raw.close()
        with wb.writing() as uow:  # the connection a write runs on
            assert uow.session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        wb.close()


def test_erasure_while_the_app_is_open_leaves_no_copy_in_the_wal(env: Env) -> None:
    """The desktop app keeps the database open all day. While any connection is open,
    SQLite neither checkpoints the WAL on close nor removes it, so the pages that carried
    the document stay in old WAL frames after the erasure — readable by anyone with the
    passphrase, exactly like an unzeroed free page. After the erasure, every frame of the
    WAL and every page of the database must be free of the document while the app is
    still open."""
    ref, day = new_request(env)
    doc = env.root / "id.png"
    marker = make_document(doc)
    db = env.data_dir / "cluma-dpo.db"
    app = open_wb(env)  # the app: one long-lived connection, reading now and then
    try:
        app.request(ref)
        stored = run_cli(["identity", ref, "--received-on", day, "--document", str(doc)], env)
        assert stored.code == 0, stored
        app.request(ref)
        stored_now = marker in plaintext_image(db, PASSPHRASE)
        assert stored_now, "control: the decrypted files hold the stored document"
        verified = run_cli(
            ["identity", ref, "--verified", "--method", "id-document", "--on", day], env
        )
        assert verified.code == 0, verified
        app.request(ref)
        assert not rows(app, "SELECT id FROM identity_documents")
        wal = Path(str(db) + "-wal")
        still_there = marker in plaintext_image(db, PASSPHRASE)
        assert not still_there, (
            f"the erased identity document can still be decrypted from the "
            f"{'WAL (' + str(wal.stat().st_size) + ' bytes)' if wal.exists() else 'database'}"
            " while the app is open"
        )
    finally:
        app.close()
