"""The same program on both stores (issue 18): the local SQLCipher file and a PostgreSQL
server, through one parametrized fixture (`store`, tests/integration/conftest.py).

A representative set of the register's work: add, list, show, the identity step, close,
due and audit verify. On PostgreSQL the events name the server login.
"""

from __future__ import annotations

NAME = "Zyxwvut Quellenbäch-Żółć"


def ok(cli, *args: object):  # type: ignore[no-untyped-def]
    r = cli(*args)
    assert r.rc == 0, (args, r.err)
    return r


def add(cli, received: str, *extra: object, name: str = "Jan Peeters") -> str:  # type: ignore[no-untyped-def]
    return str(
        ok(
            cli, "add", "--right", "access", "--name", name, "--received", received, *extra
        ).out.strip()
    )


def test_add_list_show_close_due_and_audit(store, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ok(cli, "init")
    first = add(cli, "2026-10-01", "--email", "zq@example.be", name=NAME)
    second = add(cli, "2026-10-20")  # due 20 November: overdue on the pinned day
    assert (first, second) == ("DSR-2026-0001", "DSR-2026-0002")

    listed = ok(cli, "list", "--json").json()
    assert [r["reference"] for r in listed] == [second, first]
    shown = ok(cli, "show", first, "--json").json()
    assert shown["subject"]["name"] == NAME
    assert shown["subject"]["email"] == "zq@example.be"
    assert ok(cli, "list", "--search", "quellenb").out.count("DSR-") == 1

    ok(cli, "letter", first, "acknowledgement", "--out", tmp_path / "ack.pdf")
    assert (tmp_path / "ack.pdf").read_bytes().startswith(b"%PDF")
    ok(cli, "identity", first, "--verified", "--method", "account-email", "--on", "2026-10-02")
    ok(cli, "close", first, "--outcome", "granted", "--on", "2026-10-05")
    assert ok(cli, "show", first, "--json").json()["status"] == "closed"

    due = ok(cli, "due", "--json").json()
    assert [d["reference"] for d in due] == [second]

    verified = ok(cli, "audit", "verify", "--json").json()
    assert verified["ok"] is True
    # created, two registered, the letter produced, identity verified, closed
    assert verified["count"] == 6


def test_events_name_who_made_them(store, cli) -> None:  # type: ignore[no-untyped-def]
    ok(cli, "init")
    ref = add(cli, "2026-11-02")
    events = ok(cli, "show", ref, "--json").json()["events"]
    assert events, "the registration is an event"
    if store.kind == "postgresql":
        from cluma_dpo.app import open_server_workbench
        from cluma_dpo.storage.server_url import parse_server_url

        wb = open_server_workbench(parse_server_url(store.url), store.data_dir)
        try:
            assert wb.actor == "office (cli)"
            with wb.reading() as uow:
                actors = {
                    row[0]
                    for row in uow.session.connection().exec_driver_sql(
                        "SELECT DISTINCT actor FROM audit_events"
                    )
                }
        finally:
            wb.close()
        assert actors == {"office (cli)"}


def test_documents_reports_and_lists_read_the_same(store, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The queries behind the register export, a dossier, the quarterly report, the
    calendar, the suppression list, objections and a retention dry run, on both stores."""
    ok(cli, "init")
    first = add(cli, "2026-07-01", "--email", "an@example.be", name=NAME)
    ok(cli, "identity", first, "--verified", "--method", "account-email", "--on", "2026-07-02")
    ok(cli, "close", first, "--outcome", "granted", "--on", "2026-07-20")
    again = add(cli, "2026-10-20", "--email", "an@example.be", name=NAME)
    ok(cli, "extend", again, "--reason", "many systems to search", "--on", "2026-11-01")
    ok(cli, "suppression", "add", "stop@example.be")
    ok(cli, "export", "--out", tmp_path / "register.xlsx")
    ok(cli, "dossier", first, "--out", tmp_path / "dossier.pdf")
    ok(cli, "report", "--quarter", "2026Q3", "--out", tmp_path / "q3.pdf")
    ok(cli, "report", "--quarter", "2026Q3", "--out", tmp_path / "q3.xlsx")
    ok(cli, "calendar", "--out", tmp_path / "due.ics")
    for name in ("register.xlsx", "dossier.pdf", "q3.pdf", "q3.xlsx", "due.ics"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert "stop@example.be" in ok(cli, "suppression", "list").out
    ok(cli, "objections")
    dry = ok(cli, "retention", "run", "--today", "2026-11-25").out
    assert dry.startswith("0 request(s) would be anonymised")
    shown = ok(cli, "show", again, "--json").json()
    assert shown["extended_due_date"] is not None
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_kept_documents_and_identity_copies_come_back_byte_for_byte(store, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Binary columns on both stores: a scan kept with the request, an e-mail with its
    attachments, an identity document (erased once the check is done)."""
    from pathlib import Path

    ok(cli, "init")
    ref = add(cli, "2026-11-20", "--email", "an@example.com")
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned letter \x00\xff\x80\n%%EOF\n")
    [doc_id] = ok(cli, "attach", ref, scan).out.split()
    mail = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "nl-inzage-bijlagen.eml"
    assert len(ok(cli, "attach", ref, mail).out.split()) == 3
    back = tmp_path / "back.pdf"
    ok(cli, "document", ref, doc_id, "--out", back)
    assert back.read_bytes() == scan.read_bytes()
    card = tmp_path / "id.png"
    card.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    ok(cli, "identity", ref, "--requested-on", "2026-11-21")
    ok(cli, "identity", ref, "--received-on", "2026-11-23", "--document", card)
    assert ok(cli, "show", ref, "--json").json()["identity"]["document_stored"] is True
    ok(cli, "identity", ref, "--verified", "--method", "id-document", "--on", "2026-11-24")
    assert ok(cli, "show", ref, "--json").json()["identity"]["document_stored"] is False
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_settings_set_and_read_back(store, cli) -> None:  # type: ignore[no-untyped-def]
    """Every kind of setting (text, number, yes/no, list, the recipients' JSON) is stored
    and read back the same: the shipped values after `init`, then what was set."""
    import json

    from cluma_dpo.cli.output import dumps
    from cluma_dpo.domain.settings import Settings

    ok(cli, "init")
    shipped = json.loads(dumps(Settings.from_values().as_dict()))
    assert ok(cli, "settings", "show", "--json").json() == shipped
    recipients = [{"name": "Mollie", "legal_name": "Mollie B.V.", "street": "Keizersgracht 126",
                   "postcode": "1015 CW", "city": "Amsterdam", "country": "NL",
                   "role": "processor", "purpose": "betalingen"}]  # fmt: skip
    changes = {
        "organisation.name": ("Clüma & Zonen <NV> ‘quoted’", "Clüma & Zonen <NV> ‘quoted’"),
        "warnings.due_soon_days": ("3", 3),
        "reports.include_names": ("yes", True),
        "deadlines.pause_for_identity": ("no", False),
        "fees.copy_amount": ("12.5", "12.50"),
        "bank.iban": ("be71 0961 2345 6769", "BE71096123456769"),
        "sources": ("Google Ads; Ñandú Forms", ["Google Ads", "Ñandú Forms"]),
    }
    for key, (typed, _stored) in changes.items():
        ok(cli, "settings", "set", key, typed)
    ok(cli, "settings", "set", "recipients", json.dumps(recipients))
    after = ok(cli, "settings", "show", "--json").json()
    stored = after["recipients"]  # with the fields not given, empty
    assert [{k: r[k] for k in recipients[0]} for r in stored] == recipients
    changes["recipients"] = ("", stored)
    assert {k: after[k] for k in changes} == {k: v[1] for k, v in changes.items()}
    assert {k: v for k, v in after.items() if k not in changes} == {
        k: v for k, v in shipped.items() if k not in changes
    }
    lines = ok(cli, "settings", "show").out.splitlines()
    assert "organisation.name = Clüma & Zonen <NV> ‘quoted’" in lines
    assert "warnings.due_soon_days = 3" in lines
    verified = ok(cli, "audit", "verify", "--json").json()
    # init, then one event a setting, two for bank.iban (as on the file since before)
    assert verified["ok"] is True and verified["count"] == 1 + len(changes) + 1
