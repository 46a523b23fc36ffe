"""Refusals and rejections counted by legal ground for a reader who may not read the DPO's
words (management on a shared server; issue 18, attacker F14 / lawyer F10), and the
ground's words in each language of the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluma_dpo.documents.quarterly_report.wording import GROUND_CODES, ground_label
from cluma_dpo.domain import grounds
from cluma_dpo.domain.grounds import Grounds, ObjectionGround, RejectionGround, RetentionLaw
from cluma_dpo.domain.model import Channel, Outcome, Right, Status
from cluma_dpo.domain.statistics import (
    Quarter,
    ReasonRow,
    compare_reasons,
    ground_key,
    quarter_figures,
)
from tests.unit.test_statistics import request

Q3, TODAY = Quarter(2026, 3), date(2026, 10, 15)
WORDS = "Jan Peeters kreeg al een kopie"


def _refused(ref: str, right: Right, chosen: Grounds, why: str | None = WORDS):  # type: ignore[no-untyped-def]
    return request(
        ref,
        date(2026, 8, 1),
        (right,),
        Channel.EMAIL,
        Status.CLOSED,
        outcome=Outcome.REFUSED,
        outcome_reason=why,
        answered_on=date(2026, 8, 10),
        due_date=date(2026, 9, 1),
        effective_due_date=date(2026, 9, 1),
        grounds_text=grounds.to_text(chosen),
    )


def _rejected(ref: str, ground: RejectionGround | None, why: str):  # type: ignore[no-untyped-def]
    base = _refused(ref, Right.ACCESS, Grounds(rejection=ground), why)
    return replace(base, status=Status.REJECTED, outcome=None)


REQUESTS = [
    _refused("A", Right.ACCESS, grounds.NONE),
    _refused("B", Right.OBJECTION, Grounds(objection=ObjectionGround.COMPELLING), "Beveiliging"),
    _refused("C", Right.OBJECTION, Grounds(objection=ObjectionGround.COMPELLING), None),
    _refused(
        "D",
        Right.ERASURE,
        Grounds(
            objection=ObjectionGround.LEGAL_CLAIMS,
            retention=RetentionLaw.ACCOUNTING,
            kept_until=date(2033, 12, 31),
        ),
    ),
    _rejected("E", RejectionGround.REPETITIVE, "Twintigste vraag"),
    _rejected("F", None, "Oud, voor de gronden"),
]


def test_ground_key_is_a_closed_list_with_no_words() -> None:
    assert [ground_key(r) for r in REQUESTS] == [
        "",
        "objection.compelling-grounds",
        "objection.compelling-grounds",
        "objection.legal-claims+retention.accounting",
        "rejection.repetitive",
        "",
    ]


def test_hidden_reasons_are_counted_by_ground_and_the_dpos_by_his_words() -> None:
    hidden = quarter_figures(REQUESTS, Q3, TODAY, reasons_hidden=True)
    assert hidden.reasons_hidden
    assert (hidden.refusals, hidden.rejections) == (4, 2)
    assert hidden.refusal_reasons == {
        "objection.compelling-grounds": 2,
        "": 1,
        "objection.legal-claims+retention.accounting": 1,
    }
    assert hidden.rejection_reasons == {"rejection.repetitive": 1, "": 1}
    rows = compare_reasons(hidden, quarter_figures(REQUESTS, Q3.previous(), TODAY))
    assert ReasonRow("refused", "objection.compelling-grounds", 2, 0) in rows
    assert not any(WORDS in r.reason or "Beveiliging" in r.reason for r in rows)
    # the DPO's own figures: his words, as before
    shown = quarter_figures(REQUESTS, Q3, TODAY)
    assert not shown.reasons_hidden
    assert shown.refusal_reasons == {WORDS: 2, "Beveiliging": 1, "": 1}
    assert shown.rejection_reasons == {"Twintigste vraag": 1, "Oud, voor de gronden": 1}
    assert (shown.refusals, shown.rejections) == (hidden.refusals, hidden.rejections)


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_every_ground_has_its_words_in_every_language(language: str) -> None:
    said = {key: ground_label(key, language) for key in GROUND_CODES}
    assert all(text and not text.startswith("doc.") for text in said.values())
    assert len(set(said.values())) == len(GROUND_CODES)
    in_file = ground_label("", language)
    assert in_file not in said.values() and not in_file.startswith("doc.")
    assert ground_label("objection.legal-claims+retention.accounting", language) == (
        f"{said['objection.legal-claims']}; {said['retention.accounting']}"
    )


def test_the_dutch_words_of_the_grounds() -> None:
    assert ground_label("objection.compelling-grounds", "nl") == (
        "bezwaar: dwingende gerechtvaardigde gronden (art. 21 lid 1)"
    )
    assert (
        ground_label("objection.legal-claims", "nl") == "bezwaar: rechtsvordering (art. 21 lid 1)"
    )
    assert ground_label("rejection.unfounded", "nl") == "kennelijk ongegrond (art. 12 lid 5)"
    assert ground_label("rejection.excessive", "nl") == "buitensporig (art. 12 lid 5)"
    assert ground_label("rejection.repetitive", "nl") == (
        "buitensporig door herhaling (art. 12 lid 5)"
    )
    assert ground_label("", "nl") == "reden in het dossier van de DPO"


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_the_workbook_for_a_hidden_reader_has_grounds_and_no_words(language: str) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from cluma_dpo.documents.quarterly_report import render_quarterly_xlsx

    this = quarter_figures(REQUESTS, Q3, TODAY, reasons_hidden=True)
    before = quarter_figures(REQUESTS, Q3.previous(), TODAY, reasons_hidden=True)
    data = render_quarterly_xlsx(this, before, [], language=language)
    rows = list(
        load_workbook(BytesIO(data), read_only=True).worksheets[0].iter_rows(values_only=True)
    )
    said = " ".join(str(c) for row in rows for c in row if c)
    for words in (WORDS, "Beveiliging", "Twintigste", "Oud, voor"):
        assert words not in said
    keys = {row[3]: row[1] for row in rows if str(row[3]).startswith("reasons.")}
    assert keys["reasons.refused.objection.compelling-grounds"] == 2
    assert keys["reasons.rejected.file"] == 1
    assert ground_label("rejection.repetitive", language) in said
