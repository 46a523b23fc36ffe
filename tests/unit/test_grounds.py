"""The ground the DPO chooses when refusing (domain.grounds): the lawyer's second pass,
findings 6 (Art. 21(1)), 8 (Art. 12(5)) and 10 (Art. 17(3)(b)); and the recipient rules of
findings 4 (the notice's language) and 12 (the basis of a transfer)."""

from __future__ import annotations

from datetime import date

import pytest

from cluma_dpo.domain import grounds as gr
from cluma_dpo.domain import letters as rules
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    IdentityStatus,
    IdentityView,
    Outcome,
    RequestView,
    Right,
    RightOutcome,
    Status,
)
from cluma_dpo.domain.recipients import Recipient, notice_languages, parse_recipients
from cluma_dpo.domain.settings_defaults import RECIPIENTS

ANSWERED = date(2026, 12, 2)


def items(**outcomes: Outcome) -> tuple[RightOutcome, ...]:
    return tuple(RightOutcome(Right(r.replace("_", "-")), o) for r, o in outcomes.items())


def code(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(exc.value.msg.code)


# -- finding 6: a refused Art. 21(1) objection has ONE ground ------------------------------


def test_a_refused_objection_needs_its_one_ground() -> None:
    refused = items(objection=Outcome.REFUSED)
    with pytest.raises(ValidationError) as no_ground:
        gr.closing_grounds(refused)
    assert code(no_ground) == "grounds.objection_needed"
    for ground in gr.ObjectionGround:
        assert gr.closing_grounds(refused, ground.value).objection is ground
    with pytest.raises(ValidationError) as unknown:
        gr.closing_grounds(refused, "both")
    assert code(unknown) == "grounds.unknown"


def test_the_objection_ground_fits_only_a_refused_objection() -> None:
    for case in (items(objection=Outcome.GRANTED), items(erasure=Outcome.REFUSED)):
        with pytest.raises(ValidationError) as wrong:
            gr.closing_grounds(case, "legal-claims")
        assert code(wrong) == "grounds.objection_not_refused"
    # refused in a partly granted answer: the ground is needed there too
    split = items(objection=Outcome.REFUSED, marketing_opt_out=Outcome.GRANTED)
    with pytest.raises(ValidationError):
        gr.closing_grounds(split)
    # a failed identity check refuses without weighing anything: no ground
    assert gr.closing_grounds(items(objection=Outcome.REFUSED), identity_failed=True).empty


# -- finding 8: Art. 12(5) is manifestly unfounded OR excessive: the DPO says which --------


def test_a_rejection_names_its_ground() -> None:
    with pytest.raises(ValidationError) as none:
        gr.rejection(None)
    assert code(none) == "grounds.rejection_needed"
    assert gr.rejection("repetitive").rejection is gr.RejectionGround.REPETITIVE
    assert gr.rejection("unfounded").rejection is gr.RejectionGround.UNFOUNDED


# -- finding 10: Art. 17(3)(b) says which obligation and until when --------------------------


def test_a_retention_names_the_obligation_and_the_date_for_an_erasure_not_granted() -> None:
    kept = gr.closing_grounds(
        items(erasure=Outcome.PARTLY_GRANTED), None, "accounting", "2033-12-31", ANSWERED
    )
    assert (kept.retention, kept.kept_until) == (gr.RetentionLaw.ACCOUNTING, date(2033, 12, 31))
    refused = items(erasure=Outcome.REFUSED)
    for args, problem in (
        (("accounting", None), "grounds.retention_until_needed"),
        ((None, "2033-12-31"), "grounds.retention_law_needed"),
        (("accounting", "2026-12-01"), "grounds.retention_until_past"),
        (("pension", "2033-12-31"), "grounds.unknown"),
    ):
        with pytest.raises(ValidationError) as wrong:
            gr.closing_grounds(refused, None, *args, ANSWERED)
        assert code(wrong) == problem, args
    with pytest.raises(ValidationError) as granted:
        gr.closing_grounds(items(erasure=Outcome.GRANTED), None, "vat", "2036-12-31", ANSWERED)
    assert code(granted) == "grounds.retention_not_erasure"


def test_the_stored_form_reads_back_and_a_damaged_one_states_no_ground() -> None:
    chosen = gr.Grounds(
        objection=gr.ObjectionGround.LEGAL_CLAIMS,
        retention=gr.RetentionLaw.SOCIAL,
        kept_until=date(2031, 12, 31),
    )
    assert gr.from_text(gr.to_text(chosen)) == chosen
    assert gr.to_text(gr.NONE) is None
    for damaged in (None, "", "{", "[]", '{"objection": "both", "kept_until": "soon"}'):
        assert gr.from_text(damaged) == gr.NONE


# -- the marketing opt-out: no identity check, so none is asked -----------------------------


def test_no_identity_request_for_a_marketing_opt_out_and_the_reason_says_so() -> None:
    request = RequestView(
        reference="DSR-2026-0009",
        rights=(Right.MARKETING_OPT_OUT,),
        channel=Channel.EMAIL,
        received=date(2026, 11, 16),
        status=Status.IN_PROGRESS,
        subject=DataSubject(name="Pieter De Smet"),
        identity=IdentityView(status=IdentityStatus.REQUESTED),
    )
    why = rules.why_not(rules.LetterKind.IDENTITY_REQUEST, request)
    assert why is not None and why.code == "letter.identity.not_needed"  # not "established"


# -- finding 4: a notice is written in its recipient's language ------------------------------


def test_a_notice_is_in_the_recipients_language_english_abroad() -> None:
    languages = notice_languages(RECIPIENTS, "nl")
    assert languages == {"Combell": "nl", "Google Analytics": "en", "PayPal": "en", "Mollie": "nl"}
    assert Recipient("Ets Dupont", country="BE").notice_language("fr") == "fr"
    assert Recipient("Acme", country="FR", language="fr").notice_language("nl") == "fr"
    (read,) = parse_recipients('[{"name": "Acme", "country": "DE", "language": "DE"}]')
    assert read.language == "de"
    with pytest.raises(ValidationError):
        parse_recipients('[{"name": "Acme", "country": "DE", "language": "es"}]')


# -- finding 12: the EU-US Data Privacy Framework is an adequacy decision (Art. 45) -------


@pytest.mark.parametrize(
    ("safeguard", "basis"),
    [
        ("EU–US Data Privacy Framework", "adequacy-dpf"),
        ("EU-US Data Privacy Framework", "adequacy-dpf"),
        ("standard contractual clauses", "scc"),
        ("Binding corporate rules", "bcr"),
        ("our own wording", ""),
    ],
)
def test_the_basis_of_a_transfer_follows_its_safeguard(safeguard: str, basis: str) -> None:
    recipient = Recipient("X", street="s", city="c", country="US", safeguard=safeguard)
    assert recipient.transfer_basis == basis
