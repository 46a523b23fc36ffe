# ruff: noqa: E501  (the expected sentences are quoted whole, as the letters print them)
"""Lawyer's finding 32 (second reading): "not applicable" on the Art. 19 checklist covered two
facts. A recipient that never received the person's data is now marked "not-received"; the
answer must not say the data was disclosed to it, nor invoke Art. 19's exception for it.
Only "not-applicable" (impossible or disproportionate effort) keeps the exception sentence.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cluma_dpo.domain.model import Outcome, RecipientItemView, Right
from tests.integration.test_letter_truth import LANGUAGES, TODAY, closed
from tests.integration.test_letters_lawyer import NEVER_DISCLOSED, letter
from tests.integration.test_lifecycle_cli import add, db, initialised, ok, show

__all__ = ["db", "initialised"]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

DISCLOSED = {
    "nl": "Wij hebben uw persoonsgegevens verstrekt aan",
    "fr": "Nous avons communiqué vos données à",
    "en": "We disclosed your personal data to",
    "de": "Wir haben Ihre personenbezogenen Daten an",
}
DISCLOSED_TO_PAYPAL = {
    "nl": "Wij hebben uw persoonsgegevens verstrekt aan PayPal. Wij hebben die ontvanger",
    "fr": "Nous avons communiqué vos données à PayPal.",
    "en": "We disclosed your personal data to PayPal. We have not told that recipient of the erasure",
    "de": "Wir haben Ihre personenbezogenen Daten an PayPal übermittelt.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_recipient_that_received_nothing_is_not_said_to_have_received_data(
    language: str, tmp_path: Path
) -> None:
    request = closed(
        Right.ERASURE,
        Outcome.GRANTED,
        recipients=(RecipientItemView("Mollie", "not-received", TODAY, None),),
    )
    text = letter(request, "answer", language, tmp_path)
    assert DISCLOSED[language] not in text
    assert "Mollie" not in text
    assert NEVER_DISCLOSED[language] in text  # nobody else needed to be told: true


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_the_exception_recipient_gets_the_article_19_exception_sentence(
    language: str, tmp_path: Path
) -> None:
    request = closed(
        Right.ERASURE,
        Outcome.GRANTED,
        recipients=(
            RecipientItemView("Mollie", "not-received", TODAY, None),
            RecipientItemView("PayPal", "not-applicable", TODAY, "onevenredige inspanning"),
        ),
    )
    text = " ".join(letter(request, "answer", language, tmp_path).split())
    assert DISCLOSED_TO_PAYPAL[language] in text
    assert "Mollie" not in text
    assert NEVER_DISCLOSED[language] not in text


def test_the_command_line_records_not_received_without_a_note(db: Path, cli) -> None:
    ref = add(cli, "2026-11-20", "erasure", extra=("--known-account",))
    ok(cli, "recipient", ref, "Mollie", "--not-received")
    shown = {i["recipient"]: i["state"] for i in show(cli, ref)["recipients"]}
    assert shown["Mollie"] == "not-received"
    r = cli("recipient", ref, "Mollie", "--not-received", "--not-applicable")
    assert r.rc == 1  # one state at a time (argparse errors are bad input: exit 1)
    ok(cli, "close", ref, "--outcome", "granted", "--answered")
    out = db.parent / "notice.pdf"
    r = cli("letter", ref, "recipient-notice", "--recipient", "Mollie", "--out", str(out))
    assert r.rc == 1  # nothing to tell a recipient that received nothing
    assert "Mollie" in r.err
    assert not out.exists()
