"""Retention: old finished requests lose what identifies the person, and nothing else.

On both stores (issue 18): the local file and a PostgreSQL server, through the `store`
fixture (tests/integration/conftest.py); the requests are made through the workbench."""

from __future__ import annotations

import io
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cluma_dpo import app
from cluma_dpo.cli import main
from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.domain.model import Status
from cluma_dpo.services.requests import NewRequest, RequestQuery
from cluma_dpo.services.retention import ANONYMISED_NAME, REMOVED
from cluma_dpo.services.workbench import Workbench
from tests.integration.conftest import StoreUnderTest, file_only

NAME = "Zoë Vandenbroucke-Retentie"
EMAIL = "zv.retentie@example.be"
TODAY = date(2025, 12, 1)  # six years after the old requests were finished
OLD_REQUESTS = 5


def _add(wb: Workbench, rights: list[str], received: str, **extra: object) -> str:
    return wb.register(
        NewRequest(rights=rights, name=NAME, received=received, email=EMAIL,
                   street="Kachtemsestraat 161 bus 2", postcode="8800", city="Roeselare",
                   **extra)  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture()
def data_dir(office: StoreUnderTest) -> Path:
    wb = office.workbench()
    try:
        wb.set_setting("bank.iban", "BE71096123456769")
        # marketing opt-out and access, answered at once: the e-mail goes on the list
        a = _add(wb, ["marketing-opt-out", "access"], "2019-03-04", channel="web")
        wb.verify_identity(a, "account-email", "2019-03-04")
        wb.close_request(a, "granted", on="2019-03-05")
        # erasure with a pause, a document, an extension and the Art. 19 checklist
        b = _add(wb, ["erasure"], "2019-05-02", account_deletion=True)
        wb.request_identity(b, "2019-05-03")
        wb.receive_identity(b, "2019-05-10", b"%PDF-1.4 identity card", ".pdf")
        wb.verify_identity(b, "id-document", "2019-05-10")
        wb.extend(b, f"several systems; {NAME} asked by phone too", "2019-05-20")
        for recipient in ("Combell", "Google Analytics", "PayPal", "Mollie"):
            wb.mark_recipient(b, recipient, "notified", "2019-05-28", f"told about {NAME}")
        wb.close_request(b, "partly-granted", f"invoices of {NAME} kept 7 years", "2019-06-03",
                         done=f"the account of {NAME} erased")  # fmt: skip
        wb.letter(b, "answer", filename=f"answer-{NAME}.pdf")
        # access with a fee note, paid
        c = _add(wb, ["access"], "2019-06-03", channel="post")
        wb.verify_identity(c, "known-customer", "2019-06-04")
        fee = wb.issue_fee_note(c, "12.10", f"second copy for {NAME}", "2019-06-05")
        wb.fee_paid(fee.number, "2019-06-12")
        wb.close_request(c, "granted", on="2019-06-20")
        # rejected, and withdrawn
        d = _add(wb, ["access"], "2019-07-01")
        wb.reject(
            d, f"manifestly excessive: {NAME} sent 6 identical requests", "2019-07-08", "repetitive"
        )
        e = _add(wb, ["rectification"], "2019-08-01", channel="phone")
        wb.withdraw(e, f"{NAME} withdrew by phone", "2019-08-05")
        # finished four years before TODAY: kept as it is
        f = _add(wb, ["portability"], "2021-11-22", channel="email")
        wb.verify_identity(f, "account-email", "2021-11-22")
        wb.close_request(f, "granted", on="2021-12-01")
        # still open
        _add(wb, ["objection"], "2025-11-20")
    finally:
        wb.close()
    return office.data_dir


def _cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> str:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _figures(wb: Workbench) -> tuple[Counter, Counter, Counter, Counter]:
    views = wb.requests(RequestQuery(order_by="reference"))
    return (
        Counter(r.value for v in views for r in v.rights),
        Counter(v.channel.value for v in views),
        Counter((v.status.value, v.outcome, v.answered_on, v.ended_on) for v in views),
        Counter((v.subject.country, v.subject.language.value, v.extended_on) for v in views),
    )


def _fees(wb: Workbench) -> list:
    return [f for r in wb.requests(RequestQuery()) for f in wb.request(r.reference).fee_notes]


def test_retention_anonymises_old_requests_only(
    office: StoreUnderTest, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = office.workbench()
    before = _figures(wb)
    fees_before = _fees(wb)
    wb.close()

    out = _cli(capsys, data_dir, "retention", "run", "--today", TODAY.isoformat(), "--yes")
    assert out.startswith(f"{OLD_REQUESTS} request(s) anonymised")
    assert "intact" in _cli(capsys, data_dir, "audit", "verify")

    listing = _cli(capsys, data_dir, "list", "--json")
    assert listing.count("Vandenbroucke") == 2  # the recent and the open request only
    old = [r for r in json.loads(listing) if r["anonymised"]]
    assert len(old) == OLD_REQUESTS
    for r in old:
        assert r["subject"] == {
            "name": ANONYMISED_NAME, "email": None, "street": None, "postcode": None,
            "city": None, "country": "BE",
        }  # fmt: skip
        shown = _cli(capsys, data_dir, "show", r["reference"], "--json")
        assert "Vandenbroucke" not in shown and "zv.retentie" not in shown
        events = json.loads(shown)["events"]
        assert events[-1]["kind"] == "anonymised"
        assert all(e["note"] is None for e in events[:-1])
    b = json.loads(_cli(capsys, data_dir, "show", "DSR-2019-0002", "--json"))
    assert b["outcome_reason"] == REMOVED and b["extension_reason"] == REMOVED
    assert b["extended_on"] == "2019-05-20" and b["outcome"] == "partly-granted"
    assert {i["note"] for i in b["recipients"]} == {None}
    assert {i["state"] for i in b["recipients"]} == {"notified"}
    assert [d["filename"] for d in b["documents"]] == [None]

    wb = office.workbench()
    try:
        assert _figures(wb) == before  # the statistics do not change
        fees = _fees(wb)
        assert [(f.number, f.amount, f.issued_on, f.paid_on, f.status) for f in fees] == [
            (f.number, f.amount, f.issued_on, f.paid_on, f.status) for f in fees_before
        ]
        assert {f.reason for f in fees} == {REMOVED}
        assert (EMAIL, date(2019, 3, 4), "DSR-2019-0001") in wb.suppression_list()
        assert wb.count(RequestQuery(search="vandenbroucke")) == 2
        assert wb.count(RequestQuery(search="dsr-2019-0003")) == 1
        recent = wb.request("DSR-2021-0001")
        assert recent.subject.name == NAME and not recent.anonymised
        assert recent.events[0].note is not None
        assert wb.request("DSR-2019-0003").status is Status.CLOSED
        register = wb.export_register()
    finally:
        wb.close()
    sheets = load_workbook(io.BytesIO(register))
    requests_sheet = " ".join(str(c) for row in sheets.worksheets[0].iter_rows(values_only=True)
                              for c in row)  # fmt: skip
    assert requests_sheet.count("Vandenbroucke") == 2
    assert requests_sheet.count(ANONYMISED_NAME) == OLD_REQUESTS

    out = _cli(capsys, data_dir, "retention", "run", "--today", TODAY.isoformat(), "--yes")
    assert out.startswith("0 request(s) anonymised")  # idempotent
    assert "intact" in _cli(capsys, data_dir, "audit", "verify")


@file_only
def test_the_retention_period_is_a_setting(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli(capsys, data_dir, "settings", "set", "retention.years", "7")
    out = _cli(capsys, data_dir, "retention", "run", "--today", TODAY.isoformat(), "--yes")
    assert out.startswith("0 request(s) anonymised")
    out = _cli(capsys, data_dir, "retention", "run", "--today", "2026-03-05", "--yes")
    assert out.startswith("0 request(s)")  # closed on 2019-03-05: seven years, not more
    out = _cli(capsys, data_dir, "retention", "run", "--today", "2026-03-06", "--yes")
    assert out.startswith("1 request(s)")


def _anonymised(capsys: pytest.CaptureFixture[str], data_dir: Path) -> int:
    return sum(r["anonymised"] for r in json.loads(_cli(capsys, data_dir, "list", "--json")))


def test_without_yes_retention_lists_and_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _cli(capsys, data_dir, "retention", "run", "--today", TODAY.isoformat())
    lines = out.splitlines()
    assert lines[:OLD_REQUESTS] == [
        "DSR-2019-0001  finished 2019-03-05",
        "DSR-2019-0002  finished 2019-06-03",
        "DSR-2019-0003  finished 2019-06-20",
        "DSR-2019-0004  finished 2019-07-08",
        "DSR-2019-0005  finished 2019-08-05",
    ]
    assert lines[-1].startswith(f"{OLD_REQUESTS} request(s) would be anonymised on 1 December 2025")
    assert "nothing was changed" in lines[-1]
    assert _anonymised(capsys, data_dir) == 0
    assert NAME in _cli(capsys, data_dir, "show", "DSR-2019-0001", "--json")


# each clock and each --yes on the file; on the server once (the same check)
WRONG_CLOCKS = [
    pytest.param(kind, clock, yes, id=f"{kind}-{clock}-{'yes' if yes else 'dry'}")
    for kind, clock, yes in (
        ("sqlcipher", date(2033, 1, 15), ()),
        ("sqlcipher", date(2033, 1, 15), ("--yes",)),
        ("sqlcipher", date(2026, 1, 15), ()),
        ("sqlcipher", date(2026, 1, 15), ("--yes",)),
        ("postgresql", date(2033, 1, 15), ("--yes",)),
    )
]


@pytest.mark.parametrize(("store", "clock", "yes"), WRONG_CLOCKS, indirect=["store"])
def test_a_wrong_clock_anonymises_nothing(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock: date,
    yes: tuple[str, ...],
) -> None:
    """Issue #16: with the clock at 2033-01-15 retention anonymised every finished request.
    The trail was last written on the pinned day (2026-11-25): years after it, or before
    it, the clock is wrong, and retention asks for the date instead."""
    monkeypatch.setattr(app, "CLOCK", FixedClock.on(clock))
    code = main(["--data-dir", str(data_dir), "retention", "run", *yes])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1
    assert "clock looks wrong" in err and "--today" in err
    assert _anonymised(capsys, data_dir) == 0
    # the DPO confirms the date: then it runs
    out = _cli(capsys, data_dir, "retention", "run", "--today", TODAY.isoformat(), "--yes")
    assert out.startswith(f"{OLD_REQUESTS} request(s) anonymised")
