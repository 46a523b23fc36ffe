"""Recipients (issue 13): a name, a postal address, a role and, outside the EEA, a safeguard;
the settings before issue 13 (a list of names) still load, as recipients to complete."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letters import check_letter, notice_recipient
from cluma_dpo.domain.model import (
    Channel,
    DataSubject,
    IdentityStatus,
    IdentityView,
    Outcome,
    RecipientItemView,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.recipients import (
    EEA,
    EU,
    Recipient,
    Role,
    incomplete,
    parse_recipients,
    recipients_text,
)
from cluma_dpo.domain.settings import Settings, to_text
from cluma_dpo.domain.settings_defaults import RECIPIENTS

DPF = "EU–US Data Privacy Framework"


def test_the_eea_is_the_eu_and_iceland_liechtenstein_norway() -> None:
    assert len(EU) == 27 and "GB" not in EU and "CH" not in EU
    assert {"IS", "LI", "NO"} == EEA - EU and EU < EEA
    assert not Recipient("Telenor", country="NO").outside_eea
    assert Recipient("Swisscom", country="CH", safeguard="adequacy decision").outside_eea
    assert not Recipient("Someone").outside_eea  # country not known yet


def test_the_defaults_follow_the_privacy_statement_with_real_addresses() -> None:
    by_name = {r.name: r for r in RECIPIENTS}
    assert list(by_name) == ["Combell", "Google Analytics", "PayPal", "Mollie"]
    assert (by_name["Combell"].entity, by_name["Combell"].city) == ("Combell NV", "Gent")
    assert by_name["PayPal"].role is Role.CONTROLLER  # a controller in its own right
    assert {r.name for r in RECIPIENTS if r.role is Role.PROCESSOR} == {
        "Combell", "Google Analytics", "Mollie",
    }  # fmt: skip
    assert [r.name for r in RECIPIENTS if r.outside_eea] == ["Google Analytics", "PayPal"]
    assert {r.safeguard for r in RECIPIENTS if r.outside_eea} == {DPF}
    assert all(r.has_address for r in RECIPIENTS) and incomplete(RECIPIENTS) == ()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: Recipient(" "), "needs a name"),
        (lambda: Recipient("Google", country="US"), "outside the EEA (US): name the safeguard"),
        (lambda: Recipient("Google", country="us", safeguard="x"), "two-letter ISO code"),
        (lambda: Recipient("Google", role="owner"), "role must be one of processor, controller"),  # type: ignore[arg-type]  # a wrong value on purpose
    ],
)
def test_a_recipient_is_validated_when_it_is_made(make: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        make()  # type: ignore[operator]  # the lambdas above


def test_the_setting_refuses_an_unknown_country_naming_the_recipient_number() -> None:
    with pytest.raises(ValidationError, match=r"recipient 2: country 'XX' is not"):
        parse_recipients('[{"name": "Combell"}, {"name": "Mollie", "country": "xx"}]')
    with pytest.raises(ValidationError, match="recipient 1: Google is outside the EEA"):
        parse_recipients('[{"name": "Google", "country": "US"}]')


def test_old_stored_values_load_as_recipients_with_a_name_only() -> None:
    # stored by set_setting before issue 13: JSON of the list's text form
    rows = [("recipients", json.dumps("Combell; Google Analytics; PayPal; Mollie"))]
    settings, refused = Settings.from_stored(rows)
    assert refused == ()
    assert settings.recipients == tuple(
        Recipient(name) for name in ("Combell", "Google Analytics", "PayPal", "Mollie")
    )
    assert incomplete(settings.recipients) == ("Combell", "Google Analytics", "PayPal", "Mollie")
    # the JSON form of a list with a ";" in an item, too
    settings, refused = Settings.from_stored([("recipients", json.dumps('["A;B", "C"]'))])
    assert [r.name for r in settings.recipients] == ["A;B", "C"] and refused == ()


def test_the_text_form_reads_back_and_leaves_empty_fields_out() -> None:
    text = to_text("recipients", RECIPIENTS)
    assert parse_recipients(text) == RECIPIENTS
    assert json.loads(recipients_text((Recipient("Combell"),))) == [
        {"name": "Combell", "role": "processor"}
    ]
    settings, refused = Settings.from_stored([("recipients", json.dumps(text))])
    assert settings.recipients == RECIPIENTS and refused == ()


def test_settings_look_a_recipient_up_by_name_case_ignored() -> None:
    settings = Settings.from_values()
    assert settings.recipient(" GOOGLE analytics ") is settings.recipients[1]
    assert settings.recipient("Google LLC") is None  # the checklist's name, not the legal one
    assert settings.recipient(None) is None


ERASURE = RequestView(
    reference="DSR-2026-0042",
    rights=(Right.ERASURE,),
    channel=Channel.POST,
    received=date(2026, 11, 5),
    # issue 13: a notice once the erasure is decided (answered, the recipients waiting) and
    # the identity verified
    status=Status.ANSWERED,
    outcome=Outcome.GRANTED,
    subject=DataSubject(name="Ann Peeters"),
    identity=IdentityView(status=IdentityStatus.VERIFIED),
    recipients=(
        RecipientItemView("Combell", "notified", date(2026, 11, 20)),
        RecipientItemView("Google Analytics", "not-applicable"),
        RecipientItemView("PayPal", "open"),
        RecipientItemView("Old Host", "open"),  # on the checklist, since gone from settings
    ),
)


def test_a_notice_goes_to_a_settings_recipient_on_the_checklist_not_marked_not_applicable() -> None:
    assert notice_recipient(ERASURE, RECIPIENTS, "paypal").entity == "PayPal, Inc."
    assert notice_recipient(ERASURE, RECIPIENTS, "Combell").entity == "Combell NV"  # again
    tell = "the recipients that can be told: Combell, PayPal"
    for name, why in (
        (
            "Google Analytics",
            "Google Analytics is marked not applicable on the checklist of DSR-2026-0042",
        ),
        ("Mollie", "Mollie is not on the checklist of DSR-2026-0042"),
        ("Old Host", "the recipient given is not one of the recipients in the settings"),
        ("Nobody", "the recipient given is not one of the recipients in the settings"),
    ):
        with pytest.raises(ValidationError) as info:
            check_letter("recipient-notice", ERASURE, name, RECIPIENTS)
        # issue 14: the letter kind in words, and a typed name that matches no recipient is
        # not echoed (it may be a person's name typed in the wrong place)
        assert info.value.message == f"recipient notice: {why}; {tell}", name
        if name in ("Old Host", "Nobody"):
            assert name not in info.value.message


def test_a_notice_to_a_recipient_without_address_is_refused() -> None:
    names_only = (Recipient("Combell"),)
    with pytest.raises(ValidationError, match="Combell has no postal address in the settings"):
        notice_recipient(ERASURE, names_only, "Combell")
    nobody = replace(ERASURE, recipients=(RecipientItemView("Combell", "not-applicable"),))
    with pytest.raises(ValidationError, match="can be told: none"):
        notice_recipient(nobody, RECIPIENTS, "Combell")
