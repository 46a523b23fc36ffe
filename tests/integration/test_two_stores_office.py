"""A quarter of an office's work, read back the same from both stores (issue 18): `list`
and `due` with their filters, the register export, the quarterly report (PDF and XLSX),
`show --json`, settings and the audit trail, on the local SQLCipher file and on a
PostgreSQL server through the `office` fixture (tests/integration/conftest.py).

What is compared is spelled out (rows, figures, the keys and the form of every value of
`show --json`): the same literal holds on both stores, so a difference between them fails.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.integration.conftest import StoreUnderTest
from tests.integration.test_lifecycle_cli import add, ok, show
from tests.integration.test_quarterly_report import pdf_text


def quarter(cli) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Five requests: four received in 2026 Q3 (one still open), one in Q4."""
    ok(cli, "settings", "set", "bank.iban", "BE71096123456769")
    a = add(cli, "2026-07-01", "access", name="Ann Peeters",
            extra=("--email", "ann@example.be", "--channel", "email"))  # fmt: skip
    ok(cli, "identity", a, "--verified", "--method", "account-email", "--on", "2026-07-02")
    ok(cli, "close", a, "--outcome", "granted", "--on", "2026-07-20")
    b = add(cli, "2026-08-03", "erasure", "objection", name="Bart Claes",
            extra=("--channel", "post", "--known-account", "--language", "fr"))  # fmt: skip
    ok(cli, "close", b, "--outcome", "refused", "--reason", "Obligation légale",
       "--objection-ground", "legal-claims", "--kept-for", "accounting", "--kept-until",
       "2033-12-31", "--on", "2026-08-20")  # fmt: skip
    c = add(cli, "2026-09-10", "portability", name="Cas Smet", extra=("--channel", "web"))
    ok(cli, "withdraw", c, "--on", "2026-09-15")
    d = add(cli, "2026-09-28", "rectification", name="=1+2 Dirk",
            extra=("--channel", "phone"))  # fmt: skip
    ok(cli, "identity", d, "--verified", "--method", "in-person", "--on", "2026-09-29")
    fee = ok(cli, "fee-note", d, "--amount", "20", "--reason", "Kennelijk buitensporig",
             "--ground", "excessive", "--on", "2026-09-30").out.strip()  # fmt: skip
    ok(cli, "fee-paid", fee, "--on", "2026-10-05")
    e = add(cli, "2026-10-02", "marketing-opt-out", name="Eva Maes",
            extra=("--email", "eva@example.be"))  # fmt: skip
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


def refs(cli, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["reference"] for r in ok(cli, "list", "--json", *args).json()]


def test_list_and_due_filters(office: StoreUnderTest, cli) -> None:  # type: ignore[no-untyped-def]
    r = quarter(cli)
    a, b, c, d, e = (r[k] for k in "abcde")
    assert refs(cli) == [e, d, c, b, a]  # newest first
    assert refs(cli, "--status", "closed") == [b, a]
    assert refs(cli, "--status", "withdrawn") == [c]
    assert refs(cli, "--status", "in-progress") == [d]
    assert refs(cli, "--right", "objection") == [b]
    assert refs(cli, "--right", "erasure", "--status", "closed") == [b]
    assert refs(cli, "--overdue") == [e, d]  # e: its target, 5 October; d: due 28 October
    assert refs(cli, "--due-within", "400") == [e, d]
    assert refs(cli, "--search", "PEETERS") == [a]
    assert refs(cli, "--search", "ann@example") == [a]
    assert refs(cli, "--search", "=1+2") == [d]
    assert refs(cli, "--search", b.lower()) == [b]
    assert refs(cli, "--limit", "2") == [e, d]
    assert refs(cli, "--search", "nobody") == []
    text = ok(cli, "list", "--status", "closed").out.splitlines()
    assert [line.split()[0] for line in text] == [b, a]
    due = ok(cli, "due", "--today", "2026-10-22", "--json").json()
    assert sorted((w["reference"], w["level"], w["date"]) for w in due) == [
        (d, "due-soon", "2026-10-28"), (d, "extension-decision", "2026-10-28"),
        (e, "overdue", "2026-10-05"),
    ]  # fmt: skip
    assert ok(cli, "due", "--json").json() == [  # the oldest date first
        {"reference": e, "level": "overdue", "date": "2026-10-05"},
        {"reference": d, "level": "overdue", "date": "2026-10-28"},
    ]


REGISTER = [
    ("DSR-2026-0001", "Ann Peeters", "ann@example.be", "inzage", "e-mail", (2026, 7, 1),
     (2026, 8, 3), None, None, (2026, 8, 3), "afgesloten", "ingewilligd", (2026, 7, 20), "ja",
     19, "e-mail van het account", None, "nl"),
    ("DSR-2026-0002", "Bart Claes", None, "wissing, bezwaar", "post", (2026, 8, 3),
     (2026, 9, 3), None, None, (2026, 9, 3), "afgesloten", "geweigerd", (2026, 8, 20), "ja",
     17, None, None, "fr"),
    ("DSR-2026-0003", "Cas Smet", None, "overdraagbaarheid", "webformulier", (2026, 9, 10),
     (2026, 10, 12), None, None, (2026, 10, 12), "ingetrokken", None, None, None, None, None,
     None, "nl"),
    ("DSR-2026-0004", "=1+2 Dirk", None, "rectificatie", "telefoon", (2026, 9, 28),
     (2026, 10, 28), None, None, (2026, 10, 28), "in behandeling", None, None, None, None,
     "persoonlijk", "FN-2026-0001 (betaald)", "nl"),
    ("DSR-2026-0005", "Eva Maes", "eva@example.be", "uitschrijving marketing", "e-mail",
     (2026, 10, 2), (2026, 11, 2), None, (2026, 10, 5), (2026, 10, 5), "ontvangen", None, None,
     None, None, None, None, "nl"),
]  # fmt: skip

FIGURES = {
    "received": (4, 0), "received.right.access": (1, 0),
    "received.right.rectification": (1, 0), "received.right.erasure": (1, 0),
    "received.right.restriction": (0, 0), "received.right.objection": (1, 0),
    "received.right.portability": (1, 0), "received.right.marketing-opt-out": (0, 0),
    "received.channel.email": (1, 0), "received.channel.post": (1, 0),
    "received.channel.web": (1, 0), "received.channel.phone": (1, 0),
    "received.channel.in-person": (0, 0), "state": (4, 0), "state.answered": (2, 0),
    "state.withdrawn": (1, 0), "state.rejected": (0, 0), "state.open": (1, 0),
    "answered": (2, 0), "answered.on_time": (2, 0), "answered.late": (0, 0),
    "days.median": (18, None), "days.p90": (18.8, None), "extensions": (0, 0),
    "refusals": (1, 0), "rejections": (0, 0), "withdrawals": (1, 0),
    "fees.issued": (1, 0), "fees.issued_amount": (20, 0), "fees.paid": (0, 0),
    "fees.paid_amount": (0, 0), "open.end": (1, 0), "overdue.now": (1, None),
    "reasons.refused": (1, 0),
}  # fmt: skip


def cells(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row with its dates as (y, m, d), so that a date stored differently shows."""
    out = []
    for value in row:
        if isinstance(value, datetime):
            assert value.time() == datetime.min.time(), value
            value = (value.year, value.month, value.day)
        out.append(value)
    return tuple(out)


def test_register_export_and_quarterly_report(office: StoreUnderTest, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    quarter(cli)
    ok(cli, "export", "--out", tmp_path / "register.xlsx")
    book = load_workbook(tmp_path / "register.xlsx")
    assert book.sheetnames == ["Verzoeken", "Uitschrijvingen"]
    rows = [cells(r) for r in book["Verzoeken"].iter_rows(min_row=2, values_only=True)]
    assert rows == REGISTER
    assert book["Verzoeken"]["B5"].data_type == "s"  # "=1+2 Dirk" stays text
    assert [cells(r) for r in book["Uitschrijvingen"].iter_rows(values_only=True)] == [
        ("E-mail", "Sinds"), ("eva@example.be", (2026, 10, 2)),
    ]  # fmt: skip

    ok(cli, "report", "--quarter", "2026Q3", "--out", tmp_path / "q3.xlsx")
    report = load_workbook(tmp_path / "q3.xlsx")
    figures = list(report["Cijfers"].iter_rows(values_only=True))
    assert figures[0] == ("Cijfer", "2026 K3", "2026 K2", "Sleutel")
    assert {row[3]: row[1:3] for row in figures[1:]} == FIGURES
    assert ("Weigering: Obligation légale", 1, 0, "reasons.refused") in figures
    behind = [cells(r) for r in report["Verzoeken"].iter_rows(min_row=2, values_only=True)]
    assert behind == [row[:1] + row[3:] for row in REGISTER[:4]]  # no names: the setting

    ok(cli, "report", "--quarter", "2026Q3", "--out", tmp_path / "q3.pdf")
    pages, text = pdf_text((tmp_path / "q3.pdf").read_bytes())
    flat = " ".join(text.split())
    assert pages == 2
    assert "Kwartaalrapport gegevensbeschermingsverzoeken 2026 K3" in flat
    assert "opgemaakt op 25 november 2026" in flat
    assert "In het derde kwartaal van 2026 ontvingen we 4 verzoeken" in flat
    assert "Weigering: Obligation légale" in flat or "Obligation légale" in flat
    head = re.search(r"Kop van de auditketen: (\d+):", flat)
    assert head is not None
    verified = ok(cli, "audit", "verify", "--json").json()
    assert verified["ok"] is True
    # the report names the head of the chain it was made on; its own event follows
    assert int(head.group(1)) == verified["count"] - 1


FORMS = {
    "date": r"\d{4}-\d{2}-\d{2}",
    "moment+tz": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}",
    "moment": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?",
    "amount": r"\d+\.\d{2}",
}


def forms(
    value: Any, path: str = "", into: dict[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """Each key's path (`a.b`, `list[].c`) and the forms its values take: what a client of
    `--json` relies on (a date, a moment with its zone, an amount with two decimals)."""
    into = {} if into is None else into
    if isinstance(value, dict):
        into.setdefault(path or ".", set()).add("object")
        for k, v in value.items():
            forms(v, f"{path}.{k}" if path else k, into)
    elif isinstance(value, list):
        into.setdefault(path or ".", set()).add("array")
        for v in value:
            forms(v, f"{path}[]", into)
    elif isinstance(value, str):
        name = next((n for n, p in FORMS.items() if re.fullmatch(p, value)), "text")
        into.setdefault(path, set()).add(name)
    else:
        into.setdefault(path, set()).add(type(value).__name__)
    return into


def test_show_json_has_the_same_keys_and_forms(office: StoreUnderTest, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = quarter(cli)
    ref = add(cli, "2026-11-02", "access", "erasure", name="Gert Ödegaard",
              extra=("--email", "g@example.be", "--street", "Markt 1", "--postcode", "8800",
                     "--city", "Roeselare"))  # fmt: skip
    ok(cli, "identity", ref, "--requested-on", "2026-11-03")
    ok(cli, "identity", ref, "--received-on", "2026-11-05")
    ok(cli, "identity", ref, "--verified", "--method", "id-document", "--on", "2026-11-05")
    ok(cli, "extend", ref, "--reason", "Vier systemen", "--on", "2026-11-20")
    ok(cli, "letter", ref, "extension", "--out", tmp_path / "extension.pdf")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scan\n%%EOF\n")
    ok(cli, "attach", ref, scan)
    ok(cli, "recipient", ref, "Combell", "--notified", "--on", "2026-11-21")
    ok(cli, "recipient", ref, "PayPal", "--not-applicable", "--note", "nooit online betaald")
    shown: dict[str, set[str]] = {}
    for each in [*r.values(), ref]:
        forms(show(cli, each), into=shown)
    assert shown == table(SHOWN)
    listed = forms(ok(cli, "list", "--json").json())
    # the same keys as `show`, but the events
    assert listed == {".": {"array"}, "[]": {"object"}} | {
        f"[].{k}": v for k, v in shown.items() if k != "." and not k.startswith("events")
    }
    assert forms(ok(cli, "documents", ref, "--json").json()) == table(DOCUMENTS)


def table(text: str) -> dict[str, set[str]]:
    return {line.split()[0]: set(line.split()[1:]) for line in text.strip().splitlines()}


# the paths of `show --json` and the forms of their values, for the six requests above
SHOWN = """
. object
account_deletion bool
anonymised bool
answered_on NoneType date
channel text
company_target_date NoneType date
documents array
documents[] object
documents[].concerns NoneType
documents[].filename text
documents[].id int
documents[].kept bool
documents[].kind text
documents[].language text
documents[].made_by text
documents[].produced_at moment
documents[].saved_as NoneType text
documents[].sha256 text
due_date date
effective_due_date date
events array
events[] object
events[].actor text
events[].at moment+tz
events[].kind text
events[].note NoneType text
explanations object
explanations.company_target array
explanations.company_target[] text
explanations.extended array
explanations.extended[] text
explanations.statutory array
explanations.statutory[] text
extended_due_date NoneType date
extended_on NoneType date
extension_reason NoneType text
fee_notes array
fee_notes[] object
fee_notes[].amount amount
fee_notes[].due_on date
fee_notes[].ground text
fee_notes[].issued_on date
fee_notes[].number text
fee_notes[].paid_on date
fee_notes[].status text
fee_notes[].structured_reference text
form_of_address text
grounds object
grounds.kept_for text
grounds.kept_until date
grounds.objection text
identity object
identity.checked_on NoneType date
identity.document_stored bool
identity.method NoneType text
identity.needed NoneType
identity.status text
language text
objection_kind_to_confirm bool
outcome NoneType text
outcome_done NoneType
outcome_reason NoneType text
paused bool
pauses array
pauses[] object
pauses[].ended date
pauses[].started date
received date
recipients array
recipients[] object
recipients[].note NoneType text
recipients[].on NoneType date
recipients[].recipient text
recipients[].state text
reference text
right_outcomes object
rights array
rights[] text
status text
subject object
subject.city NoneType text
subject.country text
subject.email NoneType text
subject.name text
subject.postcode NoneType text
subject.street NoneType text
"""
DOCUMENTS = """
. array
[] object
[].added moment
[].content_type text
[].filename text
[].id int
[].kind text
[].letter_kind text
[].size int
"""


def test_the_lists_order_puts_requests_without_a_due_date_in_one_place(
    office: StoreUnderTest, cli
) -> None:  # type: ignore[no-untyped-def]
    """Store level (the window's sorted columns): a request without a due date (its clock
    stopped) sorts the same on both stores; SQL leaves where NULL goes to each engine."""
    from cluma_dpo.services.requests import RequestQuery

    running = add(cli, "2026-11-02")
    paused = add(cli, "2026-11-03")
    ok(cli, "identity", paused, "--requested-on", "2026-11-04")
    closed = add(cli, "2026-10-01", extra=("--known-account",))
    ok(cli, "close", closed, "--outcome", "granted", "--on", "2026-11-10")
    gone = add(cli, "2026-10-02")  # withdrawn while its clock stood still
    ok(cli, "identity", gone, "--requested-on", "2026-10-05")
    ok(cli, "withdraw", gone, "--on", "2026-11-10")
    assert show(cli, paused)["effective_due_date"] is None
    wb = office.workbench()
    try:

        def order(by: str, descending: bool = False) -> list[str]:
            query = RequestQuery(order_by=by, descending=descending)
            return [v.reference for v in wb.requests(query)]

        # by due date: a stopped clock has no date, and sorts before every date, as SQLite
        # places NULL (the server is told to do the same: request_queries._placed)
        assert order("due") == [paused, closed, running, gone]
        assert order("due", descending=True) == [gone, running, closed, paused]
        # the window's urgency: running by due date, then stopped, then finished
        assert order("urgency") == [running, paused, closed, gone]
        assert order("urgency", descending=True) == [paused, running, closed, gone]
    finally:
        wb.close()
