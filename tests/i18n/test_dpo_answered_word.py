"""DPO day (dpo-final): a request whose outcome is recorded (status `answered`) read in
French "réponse envoyée" — answer *sent* — while no letter or e-mail had gone out yet (the
close dialog lets the DPO make the letter afterwards). The word says what the status
means, as "beantwoord" and "beantwortet" do: the request is answered, nothing is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluma_dpo import texts
from cluma_dpo.domain.messages import Message

ROOT = Path(__file__).resolve().parents[2]


def test_the_status_word_does_not_claim_a_sending() -> None:
    assert "envoy" not in texts.render(Message("status.answered"), "fr")


@pytest.mark.parametrize(
    "code",
    ["doc.report.figure.state_answered", "doc.report.guide.state", "letter.notice.not_decided"],
)
def test_the_sentences_about_the_status_say_answered_too(code: str) -> None:
    assert "réponse envoyée" not in texts.render(Message(code, {"ref": "DSR-2026-0001"}), "fr")


def test_the_screens_say_it_too() -> None:
    ts = (ROOT / "resources" / "translations" / "cluma_dpo_fr.ts").read_text(encoding="utf-8")
    assert "<translation>réponse envoyée</translation>" not in ts
