"""The register export of 50,000 requests: render_register vs a bare openpyxl write-only dump
of the same cells, and wb.export_register() end to end."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from cluma_dpo.documents.register import HEADERS, render_register, request_row
from cluma_dpo.domain.model import RequestView
from cluma_dpo.services.suppression import suppression_list
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import RequestRecord
from tests.benchmarks.support import Timings, compare, measure, report, timed

Register = tuple[list[RequestView], list[tuple[str, date]]]


@pytest.fixture(scope="module")
def register_input(wb: Any) -> Register:
    """What documents.register_xlsx hands to render_register."""
    with wb.reading() as uow:
        views = repo.bulk_views(
            uow.session, select(RequestRecord).order_by(RequestRecord.year, RequestRecord.seq)
        )
        suppression = [(email, since) for email, since, _ in suppression_list(uow)]
    return views, suppression


def bare_dump(rows: list[tuple[object, ...]], suppression: list[tuple[str, date]]) -> bytes:
    """The same cells with nothing else: no sizing, styling, date format or text safety."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Verzoeken")
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    ws = wb.create_sheet("Uitschrijvingen")
    ws.append(("E-mail", "Sinds"))
    for row in suppression:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_register_vs_bare_openpyxl(benchmark: Any, register_input: Register, today: date) -> None:
    views, suppression = register_input
    assert len(views) >= 50_000
    rows = [tuple(request_row(v)) for v in views]
    mine, base = compare(
        benchmark,
        lambda: render_register(views, suppression, today=today),
        lambda: bare_dump(rows, suppression),
        rounds=2,
        warmup=False,
    )
    engine = "lxml" if openpyxl.LXML else "et_xmlfile (no lxml)"
    report(
        benchmark,
        "register XLSX: render_register vs bare openpyxl write-only dump",
        mine,
        baseline=base,
        limit_ratio=1.3,
        note=f"{len(views):,} + {len(suppression):,} rows; openpyxl writes through {engine}",
    )


def test_export_register_end_to_end(benchmark: Any, wb: Any) -> None:
    """Read 50,000 requests, render, record the export in the audit trail."""
    mine = Timings()
    data = benchmark.pedantic(timed(wb.export_register, mine), rounds=1, iterations=1)
    with wb.reading() as uow:
        read = measure(
            lambda: repo.bulk_views(
                uow.session, select(RequestRecord).order_by(RequestRecord.year, RequestRecord.seq)
            ),
            1,
        )
    report(
        benchmark,
        "wb.export_register() end to end",
        mine,
        check=False,
        note=f"{len(data):,} bytes; no target set",
    )
    report(benchmark, "… of which reading the 50,000 requests (bulk_views)", read, check=False)
