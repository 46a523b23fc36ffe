"""Issue 16, finding 8, attacker pass (brief h16b, item 4): the settings and the marketing
suppression list belong to no request, so the request states the chain covers did not
cover them: a setting edited with SQL, or an address removed from the suppression list
(Art. 21(3): marketing could reach that person again), passed `audit verify`.

Now they are sealed with the newest event that changed them (storage.register_seal). Each
attack below, done behind the program's back with the passphrase and SQL, is reported
(exit 1, "broken"); the program's own changes keep the chain intact; and a change found
made behind its back is recorded before the next change, never sealed as true.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cluma_dpo.domain import audit
from tests.hardening.audit_support import (
    assert_broken,
    copy_into,
    made_once,
    ok,
    query,
    sql,
    verify,
)
from tests.hardening.support import Env

SEAL = "audit.register"


def _changed(env: Env) -> None:
    """A database whose settings and suppression list the program changed."""
    ok("init")
    ok("add", "--right", "marketing-opt-out", "--name", "Mia Mail", "--email",
       "mia@example.org", "--received", "2026-11-02")  # fmt: skip
    ok("settings", "set", "retention.years", "7")
    ok("suppression", "add", "noreply@example.org")
    assert verify().code == 0


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_once(tmp_path_factory, "settings", _changed)


@pytest.fixture
def changed(env: Env, made: Path) -> Env:
    copy_into(env, made)
    return env


def kinds(env: Env) -> list[str]:
    return [str(k) for (k,) in query(env, "SELECT kind FROM audit_events ORDER BY id")]


def test_the_programs_own_changes_are_sealed_and_intact(changed: Env) -> None:
    found = kinds(changed)
    assert found.count(audit.SETTINGS_SEALED) == 1  # once, at the first change
    assert audit.SETTINGS_OUTSIDE not in found
    ok("settings", "set", "retention.years", "6")
    ok("suppression", "add", "second@example.org")
    assert verify().code == 0
    assert kinds(changed).count(audit.SETTINGS_SEALED) == 1


@pytest.mark.parametrize(
    "attack",
    [
        "UPDATE settings SET value = '\"1\"' WHERE key = 'retention.years'",
        "DELETE FROM settings WHERE key = 'retention.years'",
        "INSERT INTO settings (key, value) VALUES ('fees.copy_amount', '\"0.00\"')",
        "DELETE FROM suppression_list WHERE email = 'mia@example.org'",
        "UPDATE suppression_list SET email = 'someone@example.org' WHERE email LIKE 'noreply%'",
        "INSERT INTO suppression_list (email, since) VALUES ('x@example.org', '2026-11-03')",
        f"DELETE FROM settings WHERE key = '{SEAL}'",
    ],
)
def test_a_direct_edit_is_reported(changed: Env, attack: str) -> None:
    sql(changed, attack)
    assert_broken(verify(), "suppression list")


def test_older_settings_put_back_with_their_seal_are_reported(changed: Env) -> None:
    """The seal names the newest event that changed them: an older pair does not fit."""
    keys = f"('{SEAL}', 'retention.years')"
    before = query(changed, f"SELECT key, value FROM settings WHERE key IN {keys}")
    ok("settings", "set", "retention.years", "9")
    assert verify().code == 0
    for key, value in before:
        sql(changed, "UPDATE settings SET value = ? WHERE key = ?", params=(value, key))
    assert_broken(verify(), "suppression list")


def test_a_change_behind_the_programs_back_is_never_sealed_as_true(changed: Env) -> None:
    sql(changed, "DELETE FROM suppression_list WHERE email = 'mia@example.org'")
    ok("settings", "set", "retention.years", "8")  # the program changes them again
    assert audit.SETTINGS_OUTSIDE in kinds(changed)
    r = verify()
    assert_broken(r, "changed without it")
    ok("settings", "set", "retention.years", "5")
    assert_broken(verify(), "changed without it")  # reported from then on


def test_a_new_database_never_changed_is_checked_too(env: Env) -> None:
    """Before the program changed any setting, there is none and no suppressed address."""
    ok("init")
    assert verify().code == 0
    sql(env, "INSERT INTO suppression_list (email, since) VALUES ('x@example.org', '2026-11-03')")
    assert_broken(verify(), "suppression list")
    ok("settings", "set", "retention.years", "7")  # the first change finds it: recorded
    assert audit.SETTINGS_OUTSIDE in kinds(env)
    assert_broken(verify(), "changed without it")


def test_the_seal_is_not_a_setting(changed: Env) -> None:
    assert SEAL not in ok("settings", "show").out
