"""Each right from registration to the letters, on both stores (issue 18): the local
SQLCipher file and a PostgreSQL server, through the `office` fixture (`store` after `init`,
tests/integration/conftest.py). The letters are read back as text (pdftotext, as in
test_letters_seen); the fee note's EPC QR code is decoded as in test_fee_note.

The lifecycles the other modules already run on both stores are not repeated here: access,
erasure, the Art. 21(1) objection and the marketing opt-out (test_lifecycle_cli), the
letters of each kind (test_letters_seen), Art. 19 (test_recipients_cli), retention
(test_retention) and intake (test_intake).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.integration.conftest import StoreUnderTest
from tests.integration.test_fee_note import epc_payload
from tests.integration.test_letters_seen import letter_text
from tests.integration.test_lifecycle_cli import add, audit_count, ok, show

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

RECIPIENTS = ("Combell", "Google Analytics", "PayPal", "Mollie")
ADDRESS = ("--street", "Kachtemsestraat 161 bus 2", "--postcode", "8800", "--city", "Roeselare")


def test_restriction_and_portability_granted_after_art_19(office: StoreUnderTest, cli) -> None:  # type: ignore[no-untyped-def]
    db = office.data_dir
    ref = add(cli, "2026-11-02", "restriction", "portability", name="Zoë Ünal-Quellenbäch",
              extra=("--language", "en", "--email", "zoe@example.be", *ADDRESS))  # fmt: skip
    assert show(cli, ref)["identity"]["status"] == "not-checked"
    ok(cli, "identity", ref, "--verified", "--method", "in-person", "--on", "2026-11-03")
    said = ok(cli, "close", ref, "--outcome", "granted", "--answered", "--on", "2026-11-20").out
    assert "Art. 19" in said
    s = show(cli, ref)
    assert (s["status"], s["answered_on"]) == ("answered", "2026-11-20")
    assert [i["recipient"] for i in s["recipients"]] == list(RECIPIENTS)
    notice = letter_text(cli, db, ref, "recipient-notice", "--recipient", "Combell")
    assert "Zoë Ünal-Quellenbäch" in notice and "beperking van de verwerking" in notice
    for name in RECIPIENTS:
        ok(cli, "recipient", ref, name, "--notified", "--on", "2026-11-21")
    ok(cli, "close", ref, "--outcome", "granted", "--on", "2026-11-22")
    s = show(cli, ref)
    assert (s["status"], s["outcome"], s["answered_on"]) == ("closed", "granted", "2026-11-20")
    assert {i["state"] for i in s["recipients"]} == {"notified"}
    answer = letter_text(cli, db, ref, "answer")
    assert "Dear Zoë Ünal-Quellenbäch" in answer
    assert "Restriction of processing (Article 18 GDPR)" in answer
    assert "Data portability (Article 20 GDPR)" in answer
    assert "Combell, Google Analytics, PayPal and Mollie" in answer
    assert "25 November 2026" in answer  # the letter's date: the tests' pinned day
    kinds = [e["kind"] for e in show(cli, ref)["events"]]
    assert kinds.count("recipient-notified") == 4 and kinds.count("closed") == 1
    assert kinds.count("document-produced") == 2  # the notice and the answer
    assert audit_count(cli) == 1 + len(kinds)  # the database's creation, then these


def test_rectification_granted_after_an_identity_check_that_first_failed(
    office: StoreUnderTest, cli
) -> None:  # type: ignore[no-untyped-def]
    db = office.data_dir
    ref = add(cli, "2026-11-02", "rectification", extra=("--language", "fr", *ADDRESS))
    ok(cli, "identity", ref, "--requested-on", "2026-11-03", "--reason",
       "une copie du recto de votre carte d'identité")  # fmt: skip
    s = show(cli, ref)
    assert (s["paused"], s["due_date"], s["status"]) == (True, None, "awaiting-information")
    assert [(p["started"], p["ended"]) for p in s["pauses"]] == [("2026-11-03", None)]
    asked = letter_text(cli, db, ref, "identity-request", "--late")
    assert "une copie du recto de votre carte d'identité" in asked
    ok(cli, "identity", ref, "--received-on", "2026-11-09")
    s = show(cli, ref)
    assert [(p["started"], p["ended"]) for p in s["pauses"]] == [("2026-11-03", "2026-11-09")]
    assert (s["paused"], s["due_date"]) == (False, "2026-12-08")  # six days later
    ok(cli, "identity", ref, "--failed", "--reason", "Kopie onleesbaar", "--on", "2026-11-10")
    assert show(cli, ref)["identity"]["status"] == "failed"
    # a failed check leaves only a refusal, whose letter never prints the internal note
    ok(cli, "close", ref, "--outcome", "refused", "--reason", "Identiteit niet vastgesteld",
       "--on", "2026-11-12")  # fmt: skip
    s = show(cli, ref)
    assert (s["status"], s["outcome"], s["identity"]["status"]) == ("closed", "refused", "failed")
    refusal = letter_text(cli, db, ref, "refusal")
    assert "Kopie onleesbaar" not in refusal and ref in refusal
    # the same person again, now known: granted once every recipient is settled (Art. 19)
    again = add(cli, "2026-11-16", "rectification", extra=("--known-account", *ADDRESS))
    ok(cli, "recipient", again, "Combell", "--notified", "--on", "2026-11-18")
    for name in RECIPIENTS[1:]:
        ok(cli, "recipient", again, name, "--not-applicable", "--note", "had no address")
    ok(cli, "close", again, "--outcome", "granted", "--on", "2026-11-19")
    s = show(cli, again)
    assert (s["status"], s["outcome"], s["identity"]["status"]) == (
        "closed", "granted", "not-needed",
    )  # fmt: skip
    assert [(i["recipient"], i["state"], i["note"]) for i in s["recipients"]] == [
        ("Combell", "notified", None),
        *((name, "not-applicable", "had no address") for name in RECIPIENTS[1:]),
    ]
    assert "rechtzetting" in letter_text(cli, db, again, "answer")
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_fee_note_issued_reminded_paid_and_its_structured_reference(
    office: StoreUnderTest, cli
) -> None:  # type: ignore[no-untyped-def]
    db = office.data_dir
    ok(cli, "settings", "set", "bank.iban", "BE71096123456769")
    ref = add(cli, "2026-10-01", "access", name="Eva Claes",
              extra=("--known-account", "--email", "eva@example.be", *ADDRESS))  # fmt: skip
    out = db.parent / "fee.pdf"
    first = ok(cli, "fee-note", ref, "--amount", "12.10", "--reason", "Zesde verzoek",
               "--ground", "repetitive", "--on", "2026-10-05", "--out", out).out  # fmt: skip
    first = first.strip()
    assert first == "FN-2026-0001"
    [fee] = show(cli, ref)["fee_notes"]
    assert fee == {
        "number": "FN-2026-0001", "amount": "12.10", "status": "unpaid",
        "structured_reference": fee["structured_reference"], "issued_on": "2026-10-05",
        "due_on": "2026-11-02", "paid_on": None, "ground": "repetitive",
    }  # fmt: skip
    structured = fee["structured_reference"]
    assert structured.startswith("+++") and structured.endswith("+++")
    digits = structured.strip("+").replace("/", "")
    assert len(digits) == 12 and int(digits[:10]) % 97 == int(digits[10:]) % 97
    assert show(cli, ref)["status"] == "awaiting-fee-payment"
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    assert structured in text and "Kostennota FN-2026-0001" in text and "€ 12,10" in text
    assert digits in epc_payload(out.read_bytes())[-1].replace("+", "").replace("/", "")
    # the reminder: unpaid after its due day
    due = ok(cli, "due", "--today", "2026-11-03", "--json").json()
    assert {"reference": ref, "level": "fee-overdue", "date": "2026-11-02",
            "fee_note": first} in due  # fmt: skip
    assert not [d for d in ok(cli, "due", "--today", "2026-11-02", "--json").json()
                if d["level"] == "fee-overdue"]  # fmt: skip
    reprint = db.parent / "again.pdf"
    ok(cli, "fee-note", ref, "--reprint", first, "--out", reprint)
    assert reprint.read_bytes() == out.read_bytes()  # exactly as kept
    ok(cli, "fee-paid", first, "--on", "2026-11-06")
    [fee] = show(cli, ref)["fee_notes"]
    assert (fee["status"], fee["paid_on"]) == ("paid", "2026-11-06")
    assert show(cli, ref)["status"] == "in-progress"
    assert not [d for d in ok(cli, "due", "--today", "2026-11-25", "--json").json()
                if d["level"] == "fee-overdue"]  # fmt: skip
    # the next note is numbered on; a cancelled one stays on record
    second = ok(cli, "fee-note", ref, "--amount", "5", "--reason", "Zevende", "--ground",
                "repetitive", "--on", "2026-11-10").out.strip()  # fmt: skip
    assert second == "FN-2026-0002"
    ok(cli, "fee-cancel", second)
    fees = show(cli, ref)["fee_notes"]
    assert [(f["number"], f["status"], f["amount"]) for f in fees] == [
        ("FN-2026-0001", "paid", "12.10"), ("FN-2026-0002", "cancelled", "5.00"),
    ]  # fmt: skip
    assert fees[0]["structured_reference"] != fees[1]["structured_reference"]
    ok(cli, "close", ref, "--outcome", "granted", "--on", "2026-11-20")
    kept = ok(cli, "documents", ref, "--json").json()
    # kept once, under where it was last written out
    assert [(d["kind"], d["filename"]) for d in kept] == [("fee-note", "again.pdf")]
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True
