"""Issue 13, "What was seen", end to end through the command line: each letter that would
have said something untrue for the case is refused (exit 1, one line naming what to do),
and the letters that fit say what happened. The clock is the tests' (2026-11-25)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.integration.cli_support import Run, assert_one_line_error
from tests.integration.conftest import StoreUnderTest, file_only
from tests.integration.test_lifecycle_cli import add, ok, show

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext")


@pytest.fixture
def db(office: StoreUnderTest) -> Path:
    """The data folder of the store under test: these letters are made on both stores
    (issue 18), but for the two marked file_only (rendering only differs)."""
    return office.data_dir


def refused(cli, *args: str, says: str) -> Run:  # type: ignore[no-untyped-def]
    r = cli(*args)
    assert r.rc == 1, (args, r.out, r.err)
    assert_one_line_error(r)
    assert says in r.err, r.err
    return r


def letter_text(cli, db: Path, ref: str, kind: str, *extra: str) -> str:  # type: ignore[no-untyped-def]
    out = db.parent / f"{kind}.pdf"
    ok(cli, "letter", ref, kind, *extra, "--out", str(out))
    assert PDFTOTEXT is not None
    done = subprocess.run([PDFTOTEXT, str(out), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_1_the_answer_follows_the_outcome(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "portability", extra=("--known-account",))
    refused(cli, "letter", ref, "answer", "--out", str(db.parent / "a.pdf"),
            says="not been answered")  # fmt: skip
    ok(cli, "close", ref, "--outcome", "refused", "--reason", "Geen toestemming of contract",
       "--on", "2026-11-20")  # fmt: skip
    refused(cli, "letter", ref, "answer", "--out", str(db.parent / "a.pdf"), says="refusal")
    text = letter_text(cli, db, ref, "refusal")
    assert "Geen toestemming of contract" in text
    assert "bijlage" not in text.lower() and "bijgevoegd" not in text.lower()


@file_only
def test_2_no_notice_for_a_refused_erasure_or_an_unidentified_person(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "erasure")
    refused(cli, "letter", ref, "recipient-notice", "--recipient", "Combell", "--out",
            str(db.parent / "n.pdf"), says="identity has not been verified")  # fmt: skip
    ok(cli, "identity", ref, "--failed", "--reason", "Kopie identiteitskaart onleesbaar")
    refused(cli, "letter", ref, "recipient-notice", "--recipient", "Combell", "--out",
            str(db.parent / "n.pdf"), says="identity check failed")  # fmt: skip
    other = add(cli, "2026-11-02", "erasure", extra=("--known-account",))
    ok(cli, "close", other, "--outcome", "refused", "--reason", "Art. 17(3)(b)", "--on",
       "2026-11-20")  # fmt: skip
    refused(cli, "letter", other, "recipient-notice", "--recipient", "Combell", "--out",
            str(db.parent / "n.pdf"), says="refused")  # fmt: skip


def test_3_a_withdrawal_is_confirmed_not_refused(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "access")
    ok(cli, "withdraw", ref, "--reason", "Betrokkene trekt verzoek in per e-mail", "--on",
       "2026-11-10")  # fmt: skip
    refused(cli, "letter", ref, "refusal", "--out", str(db.parent / "r.pdf"), says="withdrawn")
    text = letter_text(cli, db, ref, "withdrawal-confirmation")
    assert "10 november 2026" in text
    for wording in ("geen gevolg", "Gegevensbeschermingsautoriteit", "rechtbank", "Betrokkene"):
        assert wording not in text, wording


def test_4_fees_only_for_a_further_copy_or_an_excessive_request(db: Path, cli) -> None:
    ok(cli, "settings", "set", "bank.iban", "BE71096123456769")
    first = add(cli, "2026-10-01", "access", name="Eva Claes",
                extra=("--email", "eva@example.be", "--known-account"))  # fmt: skip
    refused(cli, "fee-note", first, "--amount", "10", "--reason", "kopie",
            says="first copy of a person's data is free")  # fmt: skip
    both = add(cli, "2026-10-01", "erasure", "objection", extra=("--known-account",))
    refused(cli, "fee-note", both, "--amount", "10", "--reason", "copie supplémentaire",
            says="asks for no copy")  # fmt: skip
    ok(cli, "close", first, "--outcome", "granted", "--on", "2026-10-20")
    again = add(cli, "2026-11-02", "access", name="Eva Claes",
                extra=("--email", "eva@example.be", "--known-account"))  # fmt: skip
    number = ok(cli, "fee-note", again, "--amount", "10", "--reason", "tweede kopie", "--on",
                "2026-11-05").out.strip()  # fmt: skip
    assert show(cli, again)["fee_notes"][0]["ground"] == "further-copy"
    ok(cli, "fee-paid", number, "--on", "2026-11-10")
    ok(cli, "close", again, "--outcome", "granted", "--on", "2026-11-20")
    answer = letter_text(cli, db, again, "answer")
    assert number in answer and "kosteloos" not in answer  # the answer agrees with the note
    assert "kosteloos" in letter_text(cli, db, first, "answer")


def test_5_partly_granted_settles_art_19_and_says_what_was_done(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "rectification", "erasure", extra=("--known-account",))
    # before the decision no notice: it could ask a recipient to erase what is then kept
    refused(cli, "letter", ref, "recipient-notice", "--recipient", "Combell", "--out",
            str(db.parent / "n.pdf"), says="record the decision first")  # fmt: skip
    close = ("close", ref, "--outcome", "partly-granted", "--granted", "rectification",
             "--refused", "erasure", "--reason", "Facturen 7 jaar bewaard", "--done",
             "Uw adres is verbeterd", "--on", "2026-11-20")  # fmt: skip
    refused(cli, *close, says="Art. 19")  # not closed while recipients are to be told
    said = ok(cli, *close, "--answered").out  # the decision recorded; the notices follow
    assert "Answered, not yet closed" in said and "Art. 19" in said
    assert show(cli, ref)["status"] == "answered"  # not closed while recipients wait
    notice = letter_text(cli, db, ref, "recipient-notice", "--recipient", "Combell")
    assert "rechtzetting" in notice and "wissen" not in notice  # only what was granted
    for name in ("Combell", "Google Analytics", "PayPal", "Mollie"):
        ok(cli, "recipient", ref, name, "--notified", "--on", "2026-11-20")
    ok(cli, *close)
    assert show(cli, ref)["status"] == "closed"
    assert show(cli, ref)["right_outcomes"] == {"rectification": "granted", "erasure": "refused"}
    text = letter_text(cli, db, ref, "answer")
    assert "Facturen 7 jaar bewaard" in text and "Uw adres is verbeterd" in text
    assert "Wij hebben uw persoonsgegevens gewist" not in text  # the erasure was refused


def test_6_identity_request_says_what_is_needed_never_the_failure_note(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "access", extra=("--language", "de"))
    ok(cli, "identity", ref, "--requested-on", "2026-11-03", "--reason",
       "eine Kopie der Vorderseite Ihres Personalausweises")  # fmt: skip
    # the clock stopped on 3 November: a letter dated later is refused unless confirmed
    refused(cli, "letter", ref, "identity-request", "--out", str(db.parent / "i.pdf"),
            says="--late")  # fmt: skip
    text = letter_text(cli, db, ref, "identity-request", "--late")
    assert "eine Kopie der Vorderseite Ihres Personalausweises" in text
    ok(cli, "identity", ref, "--received-on", "2026-11-05")
    ok(cli, "identity", ref, "--failed", "--reason", "Kopie identiteitskaart onleesbaar")
    refused(cli, "letter", ref, "identity-request", "--out", str(db.parent / "i.pdf"),
            says="identity check failed")  # fmt: skip
    assert "onleesbaar" not in letter_text(cli, db, ref, "refusal")


@file_only
def test_7_free_text_is_written_in_the_letter_language(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "erasure", extra=("--known-account",))
    ok(cli, "close", ref, "--outcome", "refused", "--reason", "Wettelijke bewaarplicht",
       "--on", "2026-11-20")  # fmt: skip
    refused(cli, "letter", ref, "refusal", "--language", "fr", "--out",
            str(db.parent / "r.pdf"), says="--reason")  # fmt: skip
    text = letter_text(cli, db, ref, "refusal", "--language", "fr", "--reason",
                       "Obligation légale de conservation")  # fmt: skip
    assert "Obligation légale de conservation" in text and "Wettelijke" not in text


def test_8_a_late_extension_notice_needs_confirmation_and_says_when_decided(db: Path, cli):
    ref = add(cli, "2026-08-25", "access", extra=("--known-account",))
    ok(cli, "extend", ref, "--reason", "Gegevens in vier systemen", "--on", "2026-09-20")
    refused(cli, "letter", ref, "extension", "--out", str(db.parent / "e.pdf"), says="--late")
    text = letter_text(cli, db, ref, "extension", "--late")
    assert "20 september 2026" in text  # the day the extension was decided


def test_10_an_article_21_1_objection_is_not_direct_marketing(db: Path, cli) -> None:
    ref = add(cli, "2026-11-02", "objection", extra=("--email", "o@example.be"))
    text = letter_text(cli, db, ref, "acknowledgement")
    assert "U vraagt om bezwaar" not in text
    assert "uitschrijvingslijst" not in text and "uitsluitingslijst" not in text
    assert ok(cli, "suppression", "list", "--json").json() == []
