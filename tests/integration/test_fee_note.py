"""Fee notes rendered to PDF: the payment details, the EPC QR code read back, the wording."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from stdnum.be import ogm_vcs

from cluma_dpo import texts
from cluma_dpo.documents.fee_note import render_fee_note
from cluma_dpo.documents.templates import LANGUAGES
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import FeeNoteView
from cluma_dpo.domain.settings import Settings
from tests.integration.test_letters import (
    SETTINGS,
    TODAY,
    TRICKY_NAME,
    VALUES,
    make_request,
    pages,
    text_of,
    window_rect,
)


def fee_note(
    language: str = "nl",
    *,
    settings: Settings | None = None,
    fee: FeeNoteView | None = None,
    **request_changes: Any,
) -> bytes:
    request = make_request(**request_changes)
    return render_fee_note(
        request, fee or request.fee_notes[0], settings or SETTINGS, language=language, today=TODAY
    )


def epc_payload(pdf: bytes) -> list[str]:
    """The EPC QR code of the first page, decoded from a 200 dpi rendering."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    codes = [c for c in zxingcpp.read_barcodes(image) if c.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(codes) == 1
    return codes[0].text.split("\n")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qr_code_is_an_epc_transfer_with_the_structured_reference(language: str) -> None:
    payload = epc_payload(fee_note(language))
    service, version, charset, identification, bic, name, iban, amount, purpose, reference = (
        payload[:10]
    )
    assert (service, version, identification) == ("BCD", "002", "SCT")
    assert charset in {"1", "2"}
    assert bic == "GKCCBEBB"
    assert name == "Cluma Engineering NV"
    assert iban == "BE71096123456769"
    assert Decimal(amount.removeprefix("EUR")) == Decimal("12.10")
    assert purpose == ""
    assert reference == "202600004236"
    assert ogm_vcs.is_valid(reference)
    assert int(reference[10:]) == (int(reference[:10]) % 97 or 97)


def test_the_printed_payment_details() -> None:
    text = text_of(fee_note())
    for phrase in (
        "Kostennota FN-2026-0042",
        "Tweede kopie",
        "€ 10,00",
        "€ 2,10 (21%)",
        "Te betalen € 12,10",
        "25 december 2026",
        "BE71 0961 2345 6769",
        "GKCCBEBB",
        "+++202/6000/04236+++",
        "Begunstigde Cluma Engineering NV",
    ):
        assert phrase in text, phrase
    assert "€12.10" in text_of(fee_note("en"))
    assert "12,10 €" in text_of(fee_note("fr"))


@pytest.mark.parametrize(
    ("language", "free", "withdraw"),
    [
        (
            "nl",
            "De eerste kopie van uw persoonsgegevens is altijd kosteloos",
            "kunt u uw verzoek intrekken in plaats van te betalen",
        ),
        (
            "fr",
            "La première copie de vos données à caractère personnel est toujours gratuite",
            "vous pouvez retirer votre demande au lieu de payer",
        ),
        (
            "en",
            "The first copy of your personal data is always free of charge",
            "you may withdraw your request instead of paying",
        ),
        (
            "de",
            "die erste Kopie Ihrer personenbezogenen Daten ist immer kostenlos",
            "können Sie Ihren Antrag zurückziehen, statt zu zahlen",
        ),
    ],
)
def test_the_person_is_told_the_first_copy_is_free_and_may_withdraw(
    language: str, free: str, withdraw: str
) -> None:
    # EDPB Guidelines 01/2022 §192: tell the person before charging.
    text = text_of(fee_note(language))
    assert free in text and withdraw in text


def test_the_fee_note_is_a_letter_in_the_window() -> None:
    subject = dataclasses.replace(make_request().subject, name=TRICKY_NAME)
    pdf = fee_note(subject=subject)
    page = pages(pdf)[0]
    assert TRICKY_NAME in page.within_bbox(window_rect("left")).extract_text()
    assert "Roeselare, 25 november 2026" in text_of(pdf)
    assert len(pages(pdf)) == 1


def test_without_an_iban_the_fee_note_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        fee_note(settings=Settings.from_values({**VALUES, "bank.iban": ""}))
    # issue 14: the message names the setting by what it is, not by its key; the command
    # that sets it is the command line's own hint (texts.hint)
    assert caught.value.message == (
        "The IBAN of the bank account is not set: fill it in the settings (Bank) first."
    )
    assert texts.hint(caught.value.msg, "en") == "(`cluma-dpo settings set bank.iban ...`)"


def test_a_wrong_iban_or_bic_is_refused() -> None:
    # the setting is named by its label, not by its key (issue 14)
    with pytest.raises(ValidationError, match=r"^IBAN: .* is not a valid IBAN"):
        fee_note(settings=Settings.from_values({**VALUES, "bank.iban": "BE71 0961 2345 6760"}))
    with pytest.raises(ValidationError, match=r"^BIC: "):
        fee_note(settings=Settings.from_values({**VALUES, "bank.bic": "NOPE"}))


def test_the_bic_of_a_belgian_iban_is_found_when_not_set() -> None:
    payload = epc_payload(fee_note(settings=Settings.from_values({**VALUES, "bank.bic": ""})))
    assert payload[4] == "GKCCBEBB"


def test_a_stored_reference_with_bad_check_digits_is_refused() -> None:
    fee = dataclasses.replace(
        make_request().fee_notes[0], structured_reference="+++202/6000/04237+++"
    )
    with pytest.raises(ValidationError, match="check digits"):
        fee_note(fee=fee)


def test_a_zero_amount_is_refused() -> None:
    fee = dataclasses.replace(make_request().fee_notes[0], amount="0.00")
    with pytest.raises(ValidationError, match="more than 0"):
        fee_note(fee=fee)
