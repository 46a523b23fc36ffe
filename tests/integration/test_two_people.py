"""Two people, one request (issue 18, item 4), on both stores: an edit based on a version
of the request that someone else changed since is refused, naming who and when; nothing
is written, and saving again (having been told) applies it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from cluma_dpo.domain.clock import FixedClock
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.storage.edit_versions import ChangedMeanwhile
from tests.integration.conftest import STORE_PASSPHRASE

DAY = date(2026, 11, 25)


def _open(store: Any, at: time, *, create: bool = False) -> Any:
    from cluma_dpo import app

    clock = FixedClock.on(DAY, at)
    if store.kind == "sqlcipher":
        return app.open_workbench(
            store.data_dir, STORE_PASSPHRASE, front_end="app", create=create, clock=clock
        )
    from cluma_dpo.storage.server_url import parse_server_url

    address = parse_server_url(store.url)
    return app.open_server_workbench(
        address, store.data_dir, front_end="app", create=create, clock=clock
    )


@pytest.fixture
def two(store: Any) -> Any:
    first = _open(store, time(9, 0), create=True)
    reference = first.register(
        NewRequest(rights=["access"], name="Jan Peeters", received=date(2026, 11, 20))
    )
    second = _open(store, time(14, 5))
    yield first, second, reference
    first.close()
    second.close()


def _login(wb: Any) -> str:
    login = wb.signed_in()[0]
    if login is None:  # the local file: the audit trail names this computer's user
        return str(wb.actor).rsplit(" (", 1)[0]
    return str(login)


def test_an_edit_on_an_outdated_version_is_refused_naming_who_and_when(two: Any) -> None:
    first, second, reference = two
    first.base_edits_on(reference)  # both screens show the request
    second.base_edits_on(reference)
    second.update_subject(reference, email="jan@example.be")  # 14:05, the other person
    with pytest.raises(ChangedMeanwhile) as caught:
        first.update_subject(reference, city="Gent")
    said = caught.value.message
    assert f"changed by {_login(second)} at 14:05" in said and reference in said
    assert first.request(reference).subject.city in (None, "")  # nothing was written
    # told, the first person saves again: applied over the other's change, which stays
    first.update_subject(reference, city="Gent")
    shown = first.request(reference).subject
    assert (shown.city, shown.email) == ("Gent", "jan@example.be")


def test_a_step_on_an_outdated_version_is_refused_too(two: Any) -> None:
    first, second, reference = two
    first.base_edits_on(reference)
    second.base_edits_on(reference)
    second.update_subject(reference, email="jan@example.be")
    with pytest.raises(ChangedMeanwhile):
        first.extend(reference, "Complex request", on=DAY)
    assert first.request(reference).extended_on is None


def test_own_edits_and_a_fresh_version_are_never_refused(two: Any) -> None:
    first, second, reference = two
    first.base_edits_on(reference)
    first.update_subject(reference, email="a@example.be")  # the screen follows its own edit
    first.update_subject(reference, city="Gent")
    second.update_subject(reference, street="Kerkstraat 1")  # no version noted: the CLI
    first.base_edits_on(reference)  # shown anew
    first.update_subject(reference, postcode="9000")


def test_a_second_process_on_the_file_is_seen(two: Any, store: Any, tmp_path: Path) -> None:
    """On the file another process can write: its change moves the mark a window polls."""
    first, second, reference = two
    before = first.change_mark()
    second.update_subject(reference, email="jan@example.be")
    assert first.change_mark() != before
