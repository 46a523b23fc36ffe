"""One list of letter kinds (domain.letters) and the table of which kind fits which request.

Issue 13 changed the rule: a kind fits only when it tells the truth about the request as it
stands (its status, outcome per right and identity check), not merely when the request holds
the fields the letter prints. The old cases are kept below with the new states they need.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluma_dpo import texts
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import (
    LETTER_KINDS,
    LetterKind,
    available_kinds,
    check_letter,
    letter_kind,
    letter_texts,
    plan,
    why_not,
)
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    IdentityStatus,
    IdentityView,
    Language,
    Outcome,
    RecipientItemView,
    RequestView,
    Right,
    RightOutcome,
    Status,
)
from cluma_dpo.domain.recipients import Recipient
from cluma_dpo.domain.settings_defaults import RECIPIENTS
from cluma_dpo.texts import render

K = LetterKind
REQUEST = RequestView(
    reference="DSR-2026-0042",
    rights=(Right.ACCESS,),
    channel=Channel.POST,
    received=date(2026, 11, 5),
    status=Status.IN_PROGRESS,
    subject=DataSubject(name="Ann Peeters"),
    due_date=date(2026, 12, 7),
)
VERIFIED = IdentityView(status=IdentityStatus.VERIFIED)
FAILED = IdentityView(status=IdentityStatus.FAILED, note="Kopie identiteitskaart onleesbaar")
ITEMS = (
    RecipientItemView("Combell", "open"),
    RecipientItemView("Mollie", "not-applicable", note="never received it"),
)


def closed(outcome: Outcome, reason: str | None = "Legal obligation to keep", **kw) -> RequestView:
    return replace(
        REQUEST, status=Status.CLOSED, outcome=outcome, outcome_reason=reason, identity=VERIFIED,
        **kw,
    )  # fmt: skip


EXTENDED = replace(REQUEST, extended_due_date=date(2027, 2, 5), extension_reason="Four systems")
WITHDRAWN = replace(REQUEST, status=Status.WITHDRAWN, outcome_reason="per e-mail")
REJECTED = replace(REQUEST, status=Status.REJECTED, outcome_reason="Tenth request this month")
ID_FAILED = replace(REQUEST, status=Status.IDENTITY_CHECK, identity=FAILED)
ID_ASKED = replace(
    REQUEST, status=Status.AWAITING_INFORMATION,
    identity=IdentityView(status=IdentityStatus.REQUESTED),
)  # fmt: skip
ERASURE = replace(REQUEST, rights=(Right.ERASURE,), recipients=ITEMS)
ANSWERED_ERASURE = replace(
    ERASURE, status=Status.ANSWERED, outcome=Outcome.GRANTED, identity=VERIFIED
)
PARTLY = closed(
    Outcome.PARTLY_GRANTED,
    rights=(Right.RECTIFICATION, Right.ERASURE),
    right_outcomes=(
        RightOutcome(Right.RECTIFICATION, Outcome.GRANTED),
        RightOutcome(Right.ERASURE, Outcome.REFUSED),
    ),
    recipients=ITEMS,
)

# (case, request, kind, None when it fits, else a fragment of the reason)
TABLE = [
    ("ack while handled", REQUEST, K.ACKNOWLEDGEMENT, None),
    ("ack when withdrawn", WITHDRAWN, K.ACKNOWLEDGEMENT, "withdrawn"),
    ("ack when closed", closed(Outcome.GRANTED), K.ACKNOWLEDGEMENT, "answered"),
    # issue 14: the reason says what to record; the command (--requested-on) is the command
    # line's hint, checked below
    ("identity before asking", REQUEST, K.IDENTITY_REQUEST, "record first that you ask"),
    ("identity asked", ID_ASKED, K.IDENTITY_REQUEST, None),
    ("identity after failure", ID_FAILED, K.IDENTITY_REQUEST, "refusal"),
    ("identity verified", replace(REQUEST, identity=VERIFIED), K.IDENTITY_REQUEST, "already"),
    ("extension not recorded", REQUEST, K.EXTENSION, "no extension recorded"),
    ("extension recorded", EXTENDED, K.EXTENSION, None),
    ("answer while open", REQUEST, K.ANSWER, "not been answered"),
    ("answer granted", closed(Outcome.GRANTED), K.ANSWER, None),
    ("answer partly", PARTLY, K.ANSWER, None),
    ("answer refused", closed(Outcome.REFUSED), K.ANSWER, "refusal"),
    ("answer rejected", REJECTED, K.ANSWER, "refusal"),
    ("answer identity failed", ID_FAILED, K.ANSWER, "refusal"),
    ("answer withdrawn", WITHDRAWN, K.ANSWER, "withdrawal confirmation"),
    ("refusal while open", REQUEST, K.REFUSAL, "not been refused"),
    ("refusal refused", closed(Outcome.REFUSED), K.REFUSAL, None),
    ("refusal rejected", REJECTED, K.REFUSAL, None),
    ("refusal identity failed", ID_FAILED, K.REFUSAL, None),
    ("refusal partly", PARTLY, K.REFUSAL, "answer says what was not done"),
    ("refusal granted", closed(Outcome.GRANTED), K.REFUSAL, "answer"),
    ("refusal withdrawn", WITHDRAWN, K.REFUSAL, "withdrawn, not refused"),
    ("withdrawal confirmed", WITHDRAWN, K.WITHDRAWAL_CONFIRMATION, None),
    ("withdrawal not recorded", REQUEST, K.WITHDRAWAL_CONFIRMATION, "not been withdrawn"),
    ("notice for access", REQUEST, K.RECIPIENT_NOTICE, "Art. 19"),
    ("notice unverified", ERASURE, K.RECIPIENT_NOTICE, "identity has not been verified"),
    # the decision comes first: before it a notice could ask to erase what is then kept
    ("notice before the decision", replace(ERASURE, identity=VERIFIED), K.RECIPIENT_NOTICE,
     "record the decision first"),
    ("notice answered, recipients waiting", ANSWERED_ERASURE, K.RECIPIENT_NOTICE, None),
    ("notice refused", closed(Outcome.REFUSED, rights=(Right.ERASURE,)), K.RECIPIENT_NOTICE,
     "refused"),
    ("notice identity failed", replace(ERASURE, identity=FAILED), K.RECIPIENT_NOTICE,
     "identity check failed"),
    ("notice withdrawn", replace(ERASURE, status=Status.WITHDRAWN, identity=VERIFIED),
     K.RECIPIENT_NOTICE, "withdrawn"),
    ("notice partly (rectification granted)", PARTLY, K.RECIPIENT_NOTICE, None),
]  # fmt: skip


@pytest.mark.parametrize(("case", "request_", "kind", "refusal"), TABLE, ids=[t[0] for t in TABLE])
def test_which_kind_fits(case: str, request_: RequestView, kind: LetterKind, refusal: str | None):
    found = why_not(kind, request_)
    reason = render(found, "en") if found else None
    if refusal is None:
        assert reason is None, case
        assert check_letter(kind.value, request_) is kind
    else:
        assert reason is not None and refusal in reason, (case, reason)
        with pytest.raises(ValidationError, match=refusal.replace(".", r"\.")):
            plan(kind, request_)


def test_the_command_line_adds_the_command_to_a_reason() -> None:
    found = why_not(K.IDENTITY_REQUEST, REQUEST)
    assert found is not None and "--requested-on" in texts.hint(found, "en")
    assert "--requested-on" not in render(found, "en")  # the desktop app shows no command


def test_the_kinds_are_the_contracts() -> None:
    # design.md "Command-line contract" + "Contract additions": letter REF KIND
    assert LETTER_KINDS == (
        "acknowledgement", "identity-request", "extension", "answer", "refusal",
        "recipient-notice", "withdrawal-confirmation",
    )  # fmt: skip
    assert letter_kind("refusal") is LetterKind.REFUSAL


def test_an_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(ValidationError, match="use one of acknowledgement, identity-request"):
        letter_kind("thank-you")


def test_available_kinds_gives_every_kind_with_its_reason() -> None:
    kinds = available_kinds(WITHDRAWN)
    assert set(kinds) == set(LetterKind)
    assert [k for k, why in kinds.items() if why is None] == [K.WITHDRAWAL_CONFIRMATION]


def test_an_extension_letter_needs_the_extension_recorded() -> None:
    with pytest.raises(ValidationError, match="no extension recorded"):
        check_letter("extension", replace(EXTENDED, extension_reason=" \x07 "))
    check_letter("extension", EXTENDED)


def test_a_recipient_notice_goes_only_to_a_recipient_to_tell() -> None:
    erasure = ANSWERED_ERASURE
    with pytest.raises(ValidationError, match="name the recipient"):
        check_letter("recipient-notice", erasure, "  ")
    with pytest.raises(ValidationError, match=r"not on this request's Art\. 19 checklist"):
        check_letter("recipient-notice", erasure, "Someone Else BV")
    with pytest.raises(ValidationError, match="Mollie is marked not applicable"):
        check_letter("recipient-notice", erasure, "mollie")
    assert check_letter("recipient-notice", erasure, "Combell") is K.RECIPIENT_NOTICE
    # with the settings' recipients: one of them, with a postal address
    assert check_letter("recipient-notice", erasure, "Combell", RECIPIENTS) is K.RECIPIENT_NOTICE
    with pytest.raises(ValidationError, match="not one of the recipients in the settings"):
        check_letter("recipient-notice", erasure, "Combell", ())
    bare = (Recipient(name="Combell"),)
    with pytest.raises(ValidationError, match="no postal address"):
        check_letter("recipient-notice", erasure, "Combell", bare)


def ids(p) -> list[tuple[str, str | None, str | None]]:
    return [(s.id, s.right and s.right.value, s.outcome and s.outcome.value) for s in p.sections]


def test_a_partly_granted_answer_says_per_right_what_happened() -> None:
    p = plan(K.ANSWER, PARTLY)
    assert ids(p) == [
        ("answer-intro", None, None),
        ("right", "rectification", "granted"),
        ("art19", "rectification", "granted"),
        ("right", "erasure", "refused"),
        ("not-done", None, None),
        ("remedies", None, None),
        ("questions", None, None),
    ]
    assert p.enclosures == ()
    assert p.texts == ("reason",)
    notice = plan(K.RECIPIENT_NOTICE, PARTLY, "Combell")
    assert [s.right for s in notice.sections if s.id == "notice-action"] == [Right.RECTIFICATION]


def test_data_is_enclosed_only_where_granted() -> None:
    both = (Right.ACCESS, Right.PORTABILITY)
    assert plan(K.ANSWER, closed(Outcome.GRANTED, rights=both)).enclosures == (
        "data-copy", "portable-data",
    )  # fmt: skip
    partly = closed(
        Outcome.PARTLY_GRANTED, rights=both, outcome_done="the account data",
        right_outcomes=(RightOutcome(Right.ACCESS, Outcome.PARTLY_GRANTED),
                        RightOutcome(Right.PORTABILITY, Outcome.REFUSED)),
    )  # fmt: skip
    assert plan(K.ANSWER, partly).enclosures == ("data-copy",)
    assert plan(K.ANSWER, partly).texts == ("done", "reason")


def test_refusal_grounds() -> None:
    assert ids(plan(K.REFUSAL, ID_FAILED))[1] == ("refusal-identity", None, None)
    assert plan(K.REFUSAL, ID_FAILED).texts == ()  # the failure note is never printed
    assert ids(plan(K.REFUSAL, REJECTED))[1] == ("refusal-excessive", None, None)
    objection = closed(Outcome.REFUSED, rights=(Right.OBJECTION,))
    assert ("right", "objection", "refused") in ids(plan(K.REFUSAL, objection))
    assert not plan(K.WITHDRAWAL_CONFIRMATION, WITHDRAWN).has("remedies")


def test_acknowledgement_tells_the_two_objections_apart() -> None:
    both = replace(REQUEST, rights=(Right.OBJECTION, Right.MARKETING_OPT_OUT))
    sections = [s.id for s in plan(K.ACKNOWLEDGEMENT, both).sections]
    assert sections == [
        "acknowledgement", "objection-weighing", "deadline", "marketing-stopped", "questions",
    ]  # fmt: skip


def test_free_texts_are_written_in_the_letter_language() -> None:
    refused = closed(Outcome.REFUSED, reason="Wettelijke bewaarplicht")
    p = plan(K.REFUSAL, refused)
    assert letter_texts(p, refused, "nl", {}) == {"reason": "Wettelijke bewaarplicht"}
    # issue 14: the languages named in words; the option is the command line's hint
    with pytest.raises(ValidationError, match=r"recorded in Dutch.*in French") as caught:
        letter_texts(p, refused, "fr", {})
    assert "--reason" in texts.hint(caught.value.msg, "en")
    assert letter_texts(p, refused, "fr", {"reason": "Obligation légale"}) == {
        "reason": "Obligation légale"
    }
    # a request in French has its texts recorded in French: they print as they are
    french = replace(
        refused,
        outcome_reason="Obligation légale",
        subject=DataSubject("Chloé", language=Language.FR),
    )
    assert letter_texts(p, french, "fr", {})["reason"] == "Obligation légale"
    asked = plan(K.IDENTITY_REQUEST, ID_ASKED)
    assert letter_texts(asked, ID_ASKED, "de", {}) == {"needed": None}  # standard wording
