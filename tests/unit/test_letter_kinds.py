"""One list of letter kinds (domain.letters) and the rule of which fits a request."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import LETTER_KINDS, LetterKind, check_letter, letter_kind
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    RecipientItemView,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.settings_defaults import RECIPIENTS

REQUEST = RequestView(
    reference="DSR-2026-0042",
    rights=(Right.ACCESS,),
    channel=Channel.POST,
    received=date(2026, 11, 5),
    status=Status.IN_PROGRESS,
    subject=DataSubject(name="Ann Peeters"),
)


def test_the_kinds_are_the_contracts() -> None:
    # design.md "Command-line contract": letter REF KIND
    assert LETTER_KINDS == (
        "acknowledgement", "identity-request", "extension", "answer", "refusal",
        "recipient-notice",
    )  # fmt: skip
    assert letter_kind("refusal") is LetterKind.REFUSAL


def test_an_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(ValidationError, match="use one of acknowledgement, identity-request"):
        letter_kind("thank-you")


def test_an_acknowledgement_always_fits() -> None:
    assert check_letter("acknowledgement", REQUEST) is LetterKind.ACKNOWLEDGEMENT


def test_an_extension_letter_needs_the_extension_recorded() -> None:
    with pytest.raises(ValidationError, match="no extension recorded"):
        check_letter("extension", REQUEST)
    with pytest.raises(ValidationError, match="no extension recorded"):
        check_letter("extension", replace(REQUEST, extended_due_date=date(2027, 2, 5),
                                          extension_reason=" \x07 "))  # fmt: skip
    check_letter("extension", replace(REQUEST, extended_due_date=date(2027, 2, 5),
                                      extension_reason="Four processors"))  # fmt: skip


def test_a_refusal_needs_its_reasons() -> None:
    # GDPR Art. 12(4)
    with pytest.raises(ValidationError, match="no reason for the refusal"):
        check_letter("refusal", REQUEST)
    check_letter("refusal", replace(REQUEST, outcome_reason="Legal obligation to keep"))


def test_a_recipient_notice_needs_a_recipient_and_an_art_19_right() -> None:
    # issue 13: and the recipient must be one of the settings', on the request's checklist
    erasure = replace(REQUEST, rights=(Right.ERASURE,),
                      recipients=(RecipientItemView("Combell", "open"),))  # fmt: skip
    with pytest.raises(ValidationError, match="name the recipient"):
        check_letter("recipient-notice", erasure, "  ", RECIPIENTS)
    with pytest.raises(ValidationError, match=r"Art\. 19: rectification, erasure, restriction"):
        check_letter("recipient-notice", REQUEST, "Combell", RECIPIENTS)
    with pytest.raises(ValidationError, match="not one of the recipients in the settings"):
        check_letter("recipient-notice", erasure, "Combell")  # no settings' recipients given
    assert (
        check_letter("recipient-notice", erasure, "Combell", RECIPIENTS)
        is LetterKind.RECIPIENT_NOTICE
    )
