"""The command line's quick reader (services.quick, storage.quick) and the workbench agree.

`show`, `list` and `due` read through the quick reader, which skips SQLAlchemy; everything
else goes through the workbench. Both must give the same views and warnings: request by
request, query by query and day by day, on a demo database with a few requests added for
the corners (LIKE escapes in names, a stored identity document, a stored setting).
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from cluma_dpo.app import open_workbench
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.domain.errors import NotFound
from cluma_dpo.domain.model import Right, Status
from cluma_dpo.services import quick
from cluma_dpo.services.demo import fill_demo
from cluma_dpo.services.queries import RequestQuery
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import engine
from cluma_dpo.storage import quick as quick_store
from tests.conftest import TODAY

PASSPHRASE = "quick 'read' parity"
N = 300
CORNER_NAMES = ("Ann 100% Peeters", "Bo_Peeters", "Cé\\D Janssens", "Dirk Peeters")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("quick") / "data"
    wb = open_workbench(directory, PASSPHRASE, create=True, clock=FixedClock.on(TODAY))
    try:
        assert fill_demo(wb, N) == N
        refs = [
            wb.register(
                NewRequest(
                    rights=["access", "erasure"],
                    name=name,
                    received="2026-11-02",
                    email=f"p{i}@example.be",
                )
            )
            for i, name in enumerate(CORNER_NAMES)
        ]
        wb.request_identity(refs[0], on="2026-11-03")
        wb.receive_identity(refs[0], "2026-11-05", b"%PDF-1.4 id card", ".pdf")
        wb.set_setting("warnings.due_soon_days", "10")
    finally:
        wb.close()
    return directory


@pytest.fixture
def both(data: Path) -> Iterator[tuple[Workbench, quick.QuickReader]]:
    clock = FixedClock.on(TODAY)
    wb = open_workbench(data, PASSPHRASE, clock=clock)
    reader = quick.open_reader(data, PASSPHRASE, clock=clock)
    assert reader is not None
    try:
        yield wb, reader
    finally:
        reader.close()
        wb.close()


def test_show_every_request(both: tuple[Workbench, quick.QuickReader]) -> None:
    wb, reader = both
    refs = [v.reference for v in wb.requests(RequestQuery(order_by="reference"))]
    assert len(refs) == N + len(CORNER_NAMES)
    for ref in refs:
        assert reader.request(ref) == wb.request(ref), ref
    for ref, language in itertools.product(refs[::37], ("fr", "en")):
        assert reader.request(ref, language=language) == wb.request(ref, language=language)
    # typed as a person would: lower case, spaces around
    assert reader.request(f"  {refs[5].lower()} ") == wb.request(refs[5])
    (ann,) = wb.requests(RequestQuery(search="100%"))
    assert reader.request(ann.reference).identity.document_stored


@pytest.mark.parametrize("reference", ["DSR-2026-9999", "Jan Peeters", ""])
def test_show_unknown_says_the_same(
    both: tuple[Workbench, quick.QuickReader], reference: str
) -> None:
    wb, reader = both
    with pytest.raises(NotFound) as theirs:
        wb.request(reference)
    with pytest.raises(NotFound) as ours:
        reader.request(reference)
    assert ours.value.message == theirs.value.message


def _queries() -> Iterator[RequestQuery]:
    for status in (None, *(s.value for s in Status)):
        yield RequestQuery(status=status)
    for right in (r.value for r in Right):
        yield RequestQuery(right=right)
    for term in (
        "peeters",
        " PEETERS ",
        "%",
        "_",
        "\\",
        "100%",
        "bo_",
        "é\\d",
        "dsr-2025",
        "zzzz",
        "@example.be",
        "",
    ):
        yield RequestQuery(search=term)
    for days in (0, 7, 30, 400):
        yield RequestQuery(due_within=days)
        yield RequestQuery(due_within=days, not_overdue=True)
    yield RequestQuery(overdue=True)
    yield RequestQuery(overdue=True, right="access", search="a")
    yield RequestQuery(open_only=True)
    yield RequestQuery(paused=True)
    yield RequestQuery(paused=False, open_only=True)
    yield RequestQuery(awaiting_fee=True)
    yield RequestQuery(statuses=("received", "extended"))
    yield RequestQuery(status="closed", right="access", search="e", descending=False)
    yield RequestQuery(overdue=True, today=date(2026, 6, 30))


def test_every_list(both: tuple[Workbench, quick.QuickReader]) -> None:
    wb, reader = both
    pages = ((0, None), (0, 5), (3, 20))
    for query, (offset, limit), details in itertools.product(_queries(), pages, (False, True)):
        ours = reader.requests(query, offset=offset, limit=limit, details=details)
        theirs = wb.requests(query, offset=offset, limit=limit, details=details)
        assert ours == theirs, (query, offset, limit, details)


def test_listed_views_are_the_views_of_the_records(data: Path) -> None:
    """storage.views.listed_views (registers, reports, lists) converts like request_view."""
    from sqlalchemy import select

    from cluma_dpo.storage import repositories as repo
    from cluma_dpo.storage.records import RequestRecord

    wb = open_workbench(data, PASSPHRASE, clock=FixedClock.on(TODAY))
    try:
        with wb.reading() as uow:
            stmt = select(RequestRecord).order_by(RequestRecord.id)
            expected = [
                repo.request_view(rec, fees=True, has_document=bool(rec.identity_documents))
                for rec in uow.session.scalars(stmt)
            ]
            assert repo.bulk_views(uow.session, stmt) == expected
            assert any(v.identity.document_stored for v in expected)
            assert any(v.fee_notes for v in expected) and any(v.pauses for v in expected)
    finally:
        wb.close()


def test_another_order_is_left_to_the_workbench(
    both: tuple[Workbench, quick.QuickReader],
) -> None:
    _, reader = both
    with pytest.raises(quick_store.Unavailable):
        reader.requests(RequestQuery(order_by="name"))


def test_due_on_many_days(both: tuple[Workbench, quick.QuickReader]) -> None:
    wb, reader = both
    for days in range(-60, 61, 3):
        day = TODAY + timedelta(days=days)
        assert reader.due(day) == [
            quick.DueWarning(w.reference, w.level, w.date, w.fee_note) for w in wb.due(day)
        ], day
    assert reader.due() == reader.due(TODAY)


def test_a_refused_setting_falls_back_to_its_default_alike(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    wb = open_workbench(copy, PASSPHRASE, clock=FixedClock.on(TODAY))
    try:
        with wb.writing() as uow:
            uow.session.execute(
                text("UPDATE settings SET value = '\"soon\"' WHERE key = 'warnings.due_soon_days'")
            )
            uow.session.execute(
                text(
                    "INSERT INTO settings (key, value) "
                    "VALUES ('deadlines.pause_for_identity', '\"perhaps\"')"
                )
            )
        reader = quick.open_reader(copy, PASSPHRASE, clock=FixedClock.on(TODAY))
        assert reader is not None
        try:
            assert reader.due() == [
                quick.DueWarning(w.reference, w.level, w.date, w.fee_note) for w in wb.due()
            ]
            refs = [v.reference for v in wb.requests(RequestQuery(search="peeters"))]
            assert [reader.request(r) for r in refs] == [wb.request(r) for r in refs]
        finally:
            reader.close()
    finally:
        wb.close()


def test_the_same_file_name_and_connection_settings(data: Path) -> None:
    assert quick_store.DB_NAME == engine.DB_NAME
    pragmas = (
        "busy_timeout",
        "foreign_keys",
        "secure_delete",
        "temp_store",
        "synchronous",
        "journal_mode",
        "cipher_page_size",
        "kdf_iter",
        "cipher_hmac_algorithm",
        "cipher_kdf_algorithm",
    )
    store = engine.open_store(data, PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            theirs = [conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas]
    finally:
        store.close()
    reader = quick_store.open_quick(data, PASSPHRASE)
    assert reader is not None
    try:
        ours = [next(iter(vars(reader.rows(f"PRAGMA {p}")[0]).values())) for p in pragmas]
    finally:
        reader.close()
    assert ours == theirs


def test_the_workbench_is_used_when_the_quick_door_cannot_open(data: Path, tmp_path: Path) -> None:
    assert quick_store.open_quick(data, "wrong passphrase") is None
    assert quick_store.open_quick(data, "") is None
    assert quick_store.open_quick(tmp_path / "nothing", PASSPHRASE) is None
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / engine.DB_NAME).write_bytes(b"")
    assert quick_store.open_quick(empty, PASSPHRASE) is None
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / engine.DB_NAME).write_bytes(b"SQLite format 3\x00" + b"\x17" * 8000)
    assert quick_store.open_quick(damaged, PASSPHRASE) is None
    # an older schema: the workbench upgrades it (with its backup) before anything is read
    old = tmp_path / "old"
    shutil.copytree(data, old)
    store = engine.open_store(old, PASSPHRASE)
    try:
        with store.session(write=True) as s:
            s.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    finally:
        store.close()
    assert quick_store.open_quick(old, PASSPHRASE) is None


def _cli_env(monkeypatch: pytest.MonkeyPatch, data: Path, tmp_path: Path) -> None:
    monkeypatch.setenv("CLUMA_DPO_DATA_DIR", str(data))
    monkeypatch.setenv("CLUMA_DPO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CLUMA_DPO_LOG_DIR", str(tmp_path / "logs"))


def test_the_verbs_print_the_same_either_way(  # type: ignore[no-untyped-def]
    cli, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cli_env(monkeypatch, data, tmp_path)
    verbs = [
        ("show", "DSR-2026-0007", "--json"),
        ("show", "DSR-2025-0003"),
        ("list", "--json", "--search", "peeters"),
        ("list", "--overdue"),
        ("list", "--status", "received", "--right", "access", "--limit", "3"),
        ("due", "--json"),
        ("due", "--today", "2026-12-24"),
    ]
    quick_runs = [cli(*verb) for verb in verbs]
    monkeypatch.setattr(quick, "open_reader", lambda *a, **k: None)  # the workbench only
    assert [cli(*verb) for verb in verbs] == quick_runs
    assert all(r.rc == 0 and r.out for r in quick_runs), quick_runs


def test_a_sqlite_error_while_reading_asks_the_workbench(  # type: ignore[no-untyped-def]
    cli, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cli_env(monkeypatch, data, tmp_path)
    expected = cli("show", "DSR-2026-0007", "--json")

    def broken(self, sql, params=()):  # type: ignore[no-untyped-def]
        raise quick_store.Unavailable("DatabaseError")

    monkeypatch.setattr(quick_store.QuickStore, "rows", broken)
    assert cli("show", "DSR-2026-0007", "--json") == expected
