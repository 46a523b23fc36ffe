"""Issue 17: a setting keeps an .ics file up to date after every change, for Outlook to
subscribe to: written whole (files.write_atomically, 0600) after each committed change, in
the CLI and the app alike; references only by default; off while the setting is empty."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from icalendar import Calendar

from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised
from tests.integration.test_intake import ok


def _uids(path: Path) -> set[str]:
    return {str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def _add(cli, name: str) -> str:  # type: ignore[no-untyped-def]
    return ok(cli, "add", "--right", "access", "--name", name, "--received", "2026-11-20",
              "--email", "anna@example.com").out.strip()  # fmt: skip


def test_every_change_rewrites_the_feed(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "agenda" / "termijnen.ics"
    feed.parent.mkdir()
    ok(cli, "settings", "set", "calendar.feed_file", str(feed))
    first = _add(cli, "Anna Open")
    assert _uids(feed) == {f"{first}-due@cluma-dpo", f"{first}-extension-decision@cluma-dpo"}
    assert stat.S_IMODE(feed.stat().st_mode) == 0o600
    text = feed.read_bytes()
    assert b"Anna" not in text and b"anna@example.com" not in text  # references only
    second = _add(cli, "Bert Tweede")
    assert f"{second}-due@cluma-dpo" in _uids(feed)
    ok(cli, "identity", first, "--verified", "--method", "account-email")
    ok(cli, "close", first, "--outcome", "granted")
    assert not any(uid.startswith(first) for uid in _uids(feed))  # closed: gone from it
    assert list(feed.parent.iterdir()) == [feed]  # no temporary file left beside it
    ok(cli, "audit", "verify")  # the feed writes no audit event of its own


def test_no_feed_while_the_setting_is_empty(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(cli, "Anna Open")
    assert not list(tmp_path.rglob("*.ics"))


def test_a_feed_that_cannot_be_written_does_not_undo_the_change(
    cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "gone" / "termijnen.ics"
    feed.parent.mkdir()
    ok(cli, "settings", "set", "calendar.feed_file", str(feed))
    assert _uids(feed) == set()  # the setting itself is a change: an empty calendar
    shutil.rmtree(feed.parent)  # e.g. a network drive no longer there
    reference = _add(cli, "Anna Open")
    assert reference.startswith("DSR-")
    assert not feed.exists()
    assert ok(cli, "show", reference, "--json").json()["reference"] == reference


def test_the_feed_file_is_a_whole_path_to_an_ics(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for wrong in ("termijnen.ics", str(tmp_path / "termijnen.txt"), str(tmp_path / "no" / "x.ics")):
        r = cli("settings", "set", "calendar.feed_file", wrong)
        assert r.rc == 1, wrong
    ok(cli, "settings", "set", "calendar.feed_file", "")  # empty: none
