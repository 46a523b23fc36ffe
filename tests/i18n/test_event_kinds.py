"""Every audit event kind the code records has a name in the catalogue (issue #14), and the
notes the services write are messages, printed in the reader's language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo import texts
from cluma_dpo.domain.events import EVENT_KINDS
from cluma_dpo.domain.messages import event_code, message_of_note

SOURCE = Path(__file__).resolve().parents[2] / "cluma_dpo"
# uow.record("kind", ...), wb.record("kind", ...), Produced(data, "kind", ...), and the
# (at, "kind", reference, note) tuples of record_many
_LITERAL = re.compile(
    r"""\.record\(\s*"(?P<a>[a-z-]+)"|Produced\(\s*\w+,\s*"(?P<b>[a-z-]+)"|"""
    r"""utc_stamp\([^)]*\),\s*"(?P<c>[a-z-]+)"|^\s*"(?P<d>document-produced)",""",
    re.MULTILINE,
)


def recorded_kinds() -> set[str]:
    kinds: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for found in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            kinds.add(next(v for v in found.groupdict().values() if v))
    # f"recipient-{state}": the checklist's states
    kinds |= {
        f"recipient-{state}" for state in ("open", "notified", "not-applicable", "not-received")
    }
    return kinds


def test_the_search_finds_the_kinds() -> None:
    found = recorded_kinds()
    assert {"request-registered", "extended", "anonymised", "register-exported"} <= found
    assert {"document-produced", "database-created", "backup-made"} <= found


def test_every_recorded_kind_is_in_the_table() -> None:
    assert recorded_kinds() - set(EVENT_KINDS) == set()
    assert all(code == event_code(kind) for kind, code in EVENT_KINDS.items())


@pytest.mark.parametrize("language", texts.LANGUAGES)
def test_every_kind_has_a_name_in_every_language(language: str) -> None:
    for kind in EVENT_KINDS:
        label = texts.event_label(kind, language)
        assert label != kind and not label.startswith("event."), (kind, language)


def test_a_note_is_a_message_printed_in_the_readers_language(tmp_path: Path) -> None:
    from cluma_dpo.app import open_workbench
    from cluma_dpo.services.commands import NewRequest

    wb = open_workbench(tmp_path, "correct horse battery staple 42", create=True)
    try:
        ref = wb.register(
            NewRequest(
                rights=["access", "erasure"], name="Jan Peeters", received="2026-01-05",
                channel="post",
            )
        )  # fmt: skip
        wb.extend(ref, "Veel gegevens in drie systemen", date(2026, 1, 20))
        events = {e.kind: e for e in wb.request(ref).events}
        assert wb.verify_audit().ok  # a note that is a message is hashed like any text
    finally:
        wb.close()
    registered = events["request-registered"].note
    assert not isinstance(message_of_note(registered), str)
    assert texts.render_note(registered, "nl") == (
        "rechten: inzage en wissing; kanaal: post; ontvangen: 5 januari 2026"
    )
    assert texts.render_note(registered, "fr") == (
        "droits : accès et effacement ; canal : courrier ; reçue le 5 janvier 2026"
    )
    assert texts.render_note(registered, "en") == (
        "rights: access and erasure; channel: post; received: 5 January 2026"
    )
    extended = texts.render_note(events["extended"].note, "de")
    assert extended.startswith("am 20. Januar 2026 bis ")
    assert extended.endswith("; Begründung: Veel gegevens in drie systemen")  # as typed
