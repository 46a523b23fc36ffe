"""The README's "A shared PostgreSQL server" tells the controller what the code does (issue 18,
lawyer's review): what an assistant may decide, whose name a letter carries, what
management's figures reveal, who the server's administrator is in law, what the server's own
log and an active administrator can see, and that the audit trail names the staff.

Each test ties a sentence of the README to the code fact it describes, so that the text is
changed when the fact is: a README that promises more than the program keeps is a false
statement to the controller (GDPR Art. 5(2), 24)."""

from __future__ import annotations

import re
from pathlib import Path

from cluma_dpo.storage.figures import FEE_FIGURES, REQUEST_FIGURES
from cluma_dpo.storage.server_roles import PRIVILEGES
from cluma_dpo.storage.server_url import PASSED_ON

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def server_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## A shared PostgreSQL server")
    end = text.index("\n## ", start + 1)
    return " ".join(text[start:end].split())  # one line: sentences may wrap anywhere


def role_row(role: str) -> str:
    found = re.search(rf"\| {role} \|([^|]*)\|", server_section())
    assert found, f"the role table has no row for {role}"
    return found.group(1)


def test_the_assistant_row_says_the_dpo_decides_refusals_rejections_and_extensions() -> None:
    # the rule changed after the lawyer's finding 1: the trigger of storage.server_decisions
    # keeps an assistant from them (tests/integration/test_server_decisions.py), and the row
    # must say so
    from cluma_dpo.storage import server_decisions

    assert server_decisions.REJECTED == "rejected"
    # nor does it delete a suppressed address or an issued fee note (lawyer, F9)
    for table in ("suppression_list", "fee_notes"):
        assert "DELETE" not in PRIVILEGES["assistant"][table], table
    row = role_row("assistant")
    assert "not the DPO's decisions that limit a right" in row
    for decision in ("no refusal", "no rejection under Art. 12(5)", "no extension"):
        assert decision in row, decision


def test_it_says_whose_name_a_letter_carries_whoever_issues_it() -> None:
    section = server_section()
    assert "Whose name is on a letter." in section
    assert "`letters.signature_name`" in section
    assert "the audit trail records who made it" in section


def test_management_figures_are_called_pseudonymised_not_free_of_personal_data() -> None:
    section = server_section()
    row = role_row("management")
    assert "no table with personal data" not in row  # the views are personal data too
    assert "What management's figures are." in section
    assert "pseudonymised personal data" in section
    if "outcome_reason" in REQUEST_FIGURES:  # the DPO's own words reach management
        assert "reasons as the DPO typed them" in section
    if "structured_reference" in FEE_FIGURES:
        assert "structured communication" in section


def test_it_says_who_the_administrator_is_in_law() -> None:
    section = server_section()
    assert "The server's administrator, in law." in section
    for words in ("Art. 28", "processing agreement", "Art. 4(9)", "Art. 15(1)(c)", "Art. 26"):
        assert words in section, words


def test_one_database_per_company_because_the_letterhead_is_a_setting() -> None:
    section = server_section()
    assert "One database per company." in section
    assert "`organisation.name`" in section


def test_the_server_log_settings_are_given() -> None:
    section = server_section()
    assert "The server's own log." in section
    for setting in (
        "log_statement = 'none'",
        "log_min_duration_statement = -1",
        "log_parameter_max_length = 0",
        "log_parameter_max_length_on_error = 0",
        "log_error_verbosity = terse",
    ):
        assert setting in section, setting


def test_the_active_administrator_limit_matches_what_the_program_asks_of_libpq() -> None:
    section = server_section()
    source = (ROOT / "cluma_dpo" / "storage" / "server.py").read_text(encoding="utf-8")
    if "require_auth" in PASSED_ON or "require_auth" in source:  # SCRAM is insisted on
        assert "never in clear nor as MD5" in section
    else:  # a user cannot insist on SCRAM: the README must not promise the key is safe
        assert "clear-text `password` authentication" in section
        assert "does not yet pass `require_auth` on" in section


def test_it_tells_the_controller_that_the_trail_names_the_staff() -> None:
    section = server_section()
    assert "Your colleagues in the audit trail." in section
    for words in ("Art. 13", "work rules", "stays in the trail"):
        assert words in section, words
