"""The dossier PDF read back: its data, dates with reasons, timeline and audit verdict."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pdfplumber
import pytest

from cluma_dpo.documents.dossier import render_dossier
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    DocumentView,
    EventView,
    FeeNoteView,
    FeeStatus,
    IdentityMethod,
    IdentityStatus,
    IdentityView,
    Outcome,
    Pause,
    RecipientItemView,
    RequestView,
    Right,
    Status,
)

TODAY = date(2026, 11, 25)
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

REFUSED = RequestView(
    reference="DSR-2026-0042",
    rights=(Right.ERASURE, Right.ACCESS),
    channel=Channel.POST,
    received=date(2026, 3, 5),
    status=Status.CLOSED,
    subject=DataSubject(
        name="<b>Jan</b> & Zoon <jan@voorbeeld.be>",
        email="jan@voorbeeld.be",
        street="Kachtemsestraat 161 bus 2",
        postcode="8800",
        city="Roeselare",
    ),
    outcome=Outcome.REFUSED,
    outcome_reason="Wettelijke bewaarplicht: boekhouding 7 jaar (WER art. III.88)",
    answered_on=date(2026, 4, 10),
    pauses=(Pause(date(2026, 3, 6), date(2026, 3, 16)),),
    due_date=date(2026, 4, 15),
    effective_due_date=date(2026, 4, 15),
    explanations={
        "statutory": (
            "Ontvangen op donderdag 5 maart 2026; de dag van ontvangst telt niet mee.",
            "10 dagen gepauzeerd in afwachting van identiteitsgegevens → woensdag 15 april 2026.",
        ),
    },
    identity=IdentityView(
        IdentityStatus.VERIFIED,
        IdentityMethod.ID_DOCUMENT,
        date(2026, 3, 16),
        "kopie gezien, daarna gewist",
        document_stored=False,
    ),
    fee_notes=(
        FeeNoteView(
            "FN-2026-0007",
            "12.10",
            "21",
            "tweede kopie",
            date(2026, 3, 20),
            date(2026, 4, 19),
            FeeStatus.PAID,
            "+++090/9337/55493+++",
            date(2026, 3, 25),
        ),
    ),
    recipients=(
        RecipientItemView("Combell", "notified", date(2026, 4, 9)),
        RecipientItemView("Google Analytics", "open"),
        RecipientItemView("PayPal", "not-applicable", note="geen betalingen"),
    ),
    documents=(
        DocumentView(
            "refusal", "nl", datetime(2026, 4, 10, 11, 5), SHA, "weigering-DSR-2026-0042.pdf"
        ),
    ),
    events=(
        EventView(datetime(2026, 3, 5, 9, 0), "request-registered", "per post"),
        EventView(datetime(2026, 3, 6, 10, 0), "identity-requested", "<script>x</script>"),
        EventView(datetime(2026, 4, 10, 11, 5), "request-closed", "geweigerd"),
    ),
)


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


@pytest.fixture(scope="module")
def refused_text() -> str:
    pdf = render_dossier(REFUSED, audit=ChainReport(True, 1234), today=TODAY)
    assert pdf.startswith(b"%PDF")
    return text_of(pdf)


def test_refused_request_carries_its_reason(refused_text: str) -> None:
    assert "Dossier DSR-2026-0042" in refused_text
    assert "geweigerd" in refused_text
    assert "Wettelijke bewaarplicht: boekhouding 7 jaar (WER art. III.88)" in refused_text


def test_markup_in_user_text_prints_literally(refused_text: str) -> None:
    assert "<b>Jan</b> & Zoon <jan@voorbeeld.be>" in refused_text
    assert "<script>x</script>" in refused_text


def test_every_section_is_there(refused_text: str) -> None:
    for expected in (
        "wissing (art. 17), inzage (art. 15)",
        "Kachtemsestraat 161 bus 2, 8800 Roeselare, BE",
        "15/04/2026",
        "10 dagen gepauzeerd",
        "06/03/2026 – 16/03/2026",
        "kopie identiteitsdocument",
        "geen kopie bewaard",
        "Combell",
        "verwittigd",
        "nog te verwittigen",
        "niet van toepassing",
        "FN-2026-0007",
        "+++090/9337/55493+++",
        "betaald",
        "25/03/2026",
        "€ 12,10",
        "weigering-DSR-2026-0042.pdf",
        SHA,
        "Verzoek geregistreerd",
        "identiteitsgegevens",
        "gevraagd",
        "request closed",
        "weigering",
        "De auditketen is intact: 1234 gebeurtenissen, elke schakel nagekeken.",
        "Pagina 1 van",
        "opgemaakt op 25 november 2026",
    ):
        assert expected in refused_text, expected


def test_broken_audit_chain_and_anonymised_request_are_said_plainly() -> None:
    anonymised = replace(REFUSED, anonymised=True, subject=DataSubject(name="(geanonimiseerd)"))
    text = text_of(
        render_dossier(
            anonymised, audit=ChainReport(False, 40, 17, "its note was changed"), today=TODAY
        )
    )
    flat = " ".join(text.split())
    assert "Dit verzoek werd geanonimiseerd volgens het bewaarbeleid" in flat
    assert (
        "De auditketen is NIET intact: de eerste gebroken schakel is gebeurtenis 17: de "
        "notitie werd gewijzigd."
    ) in flat


def test_paused_request_and_other_languages() -> None:
    paused = replace(
        REFUSED,
        status=Status.AWAITING_INFORMATION,
        outcome=None,
        answered_on=None,
        pauses=(Pause(date(2026, 3, 6)),),
        due_date=None,
        effective_due_date=None,
    )
    text = text_of(render_dossier(paused, audit=ChainReport(True, 3), today=TODAY, language="fr"))
    assert "Délai légal" in text and "suspendu" in text
    assert "Page 1 sur" in text
    english = text_of(
        render_dossier(REFUSED, audit=ChainReport(True, 3), today=TODAY, language="en")
    )
    assert "Statutory due date" in english and "refused" in english


def test_long_timeline_spans_pages_with_numbers() -> None:
    start = datetime(2026, 3, 5, 9)
    events = tuple(
        EventView(start + timedelta(hours=i), "note-added", f"notitie {i}") for i in range(150)
    )
    with pdfplumber.open(
        io.BytesIO(
            render_dossier(replace(REFUSED, events=events), audit=ChainReport(True, 3), today=TODAY)
        )
    ) as doc:
        total = len(doc.pages)
        assert total >= 3
        assert f"Pagina {total} van {total}" in (doc.pages[-1].extract_text() or "")
