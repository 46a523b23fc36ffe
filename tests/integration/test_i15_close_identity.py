"""Issue 15: closing never leads to a dead end. A request whose identity was never verified
cannot be granted (wholly or in part): no answer letter could be made for it afterwards
(domain.letters, Art. 11(2), 12(6)). The service refuses such a close, the command line
exits 1 and says what to do; a refusal stays possible and has its letter."""

from __future__ import annotations

from pathlib import Path

from cluma_dpo.domain import letters
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.model import IdentityStatus, Outcome, Right
from tests.integration.test_lifecycle_cli import (  # noqa: F401 (fixtures)
    add,
    db,
    initialised,
    ok,
    show,
)


def test_one_rule_for_the_answer_letter_and_the_close() -> None:
    for status in IdentityStatus:
        for outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED):
            allowed = status in (IdentityStatus.VERIFIED, IdentityStatus.NOT_NEEDED)
            assert lc.identified(status) is allowed
            try:
                lc.check_outcome_identity(outcome, status)
            except lc.IllegalTransition:
                assert not allowed
            else:
                assert allowed
        lc.check_outcome_identity(Outcome.REFUSED, status)  # a refusal always has its letter
    assert letters._IDENTIFIED is lc.IDENTIFIED


def test_the_cli_refuses_to_grant_a_request_never_identified(db: Path, cli) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    ref = add(cli, "2026-11-02", "erasure")
    r = cli("close", ref, "--outcome", "granted", "--on", "2026-11-20")
    assert r.rc == 1
    assert "identity" in r.err and "not verified" in r.err, r.err
    assert "cluma-dpo identity" in r.err  # what to do
    r = cli(
        "close", ref, "--outcome", "partly-granted", "--reason", "kept invoices",
        "--on", "2026-11-20",
    )  # fmt: skip
    assert r.rc == 1
    assert show(cli, ref)["status"] != "closed"
    # verified: granted, and the answer letter can be made
    ok(cli, "identity", ref, "--verified", "--method", "account-email", "--on", "2026-11-10")
    ok(cli, "close", ref, "--outcome", "granted", "--answered", "--on", "2026-11-20")
    out = db.parent / "answer.pdf"
    ok(cli, "letter", ref, "answer", "--out", out)
    assert out.exists()


def test_a_refusal_stays_possible_without_identity_and_has_its_letter(db: Path, cli) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    ref = add(cli, "2026-11-02", "erasure")
    ok(cli, "close", ref, "--outcome", "refused", "--reason", "Art. 17(3)(b)", "--on", "2026-11-20")
    out = db.parent / "refusal.pdf"
    ok(cli, "letter", ref, "refusal", "--out", out)
    assert out.exists()


def test_a_marketing_opt_out_is_granted_without_an_identity_check(db: Path, cli) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    """Lawyer's finding 3: Art. 21(2)-(3) is absolute and discloses or changes nothing; an
    identity check may be asked only on reasonable doubt (Art. 12(2) and (6)). The gate of
    issue 15 was made to cover it by mistake: a marketing opt-out alone is exempt."""
    ref = add(cli, "2026-11-02", "marketing-opt-out")
    assert show(cli, ref)["identity"]["status"] == "not-checked"
    ok(cli, "close", ref, "--outcome", "granted", "--on", "2026-11-03")
    out = db.parent / "answer.pdf"
    ok(cli, "letter", ref, "answer", "--out", out)
    assert out.exists()
    # with another right in the same request the gate stays: that right needs the identity
    both = add(cli, "2026-11-02", "marketing-opt-out", "erasure")
    r = cli("close", both, "--outcome", "granted", "--on", "2026-11-03")
    assert r.rc == 1 and "not verified" in r.err


def test_the_exemption_is_one_rule_for_letter_and_close() -> None:
    for status in IdentityStatus:
        if status is IdentityStatus.FAILED:  # a recorded, unresolved doubt (Art. 12(6))
            assert not lc.identified(status, (Right.MARKETING_OPT_OUT,))
            continue
        lc.check_outcome_identity(Outcome.GRANTED, status, (Right.MARKETING_OPT_OUT,))
        assert lc.identified(status, (Right.MARKETING_OPT_OUT,))
        assert lc.identified(status, (Right.MARKETING_OPT_OUT, Right.ACCESS)) is lc.identified(
            status
        )
