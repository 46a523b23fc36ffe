"""Issue 17: the deadlines in the DPO's calendar: one event per open request on its effective
due date, plus the last day to decide on an extension; references only by default."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from tests.integration.test_intake import db as db
from tests.integration.test_intake import initialised as initialised
from tests.integration.test_intake import ok


def _add(cli, name: str, *extra: str, right: str = "access") -> str:  # type: ignore[no-untyped-def]
    return ok(cli, "add", "--right", right, "--name", name, "--received", "2026-11-20",
              "--email", f"{name.split()[0].lower()}@example.com", *extra).out.strip()  # fmt: skip


def _events(path: Path) -> dict[str, tuple[date, str, timedelta]]:
    calendar = Calendar.from_ical(path.read_bytes())
    out = {}
    for event in calendar.walk("VEVENT"):
        [alarm] = event.walk("VALARM")
        start = event.decoded("dtstart")
        assert isinstance(start, date)
        assert event.decoded("dtend") == start + timedelta(days=1)  # all day
        out[str(event["uid"])] = (start, str(event["summary"]), alarm.decoded("trigger"))
    return out


def test_one_event_per_open_request_and_the_extension_decision(
    cli, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plain = _add(cli, "Anna Open")
    extended = _add(cli, "Bert Verlengd")
    ok(cli, "extend", extended, "--reason", "complex", "--on", "2026-11-24")
    closed = _add(cli, "Carl Dicht")
    ok(cli, "identity", closed, "--verified", "--method", "account-email")
    ok(cli, "close", closed, "--outcome", "granted")
    paused = _add(cli, "Dirk Wacht")
    ok(cli, "identity", paused, "--requested-on", "2026-11-21")
    target = _add(cli, "Eva Wis", "--account-deletion", right="erasure")
    out = tmp_path / "termijnen.ics"
    r = ok(cli, "calendar", "--out", out)
    assert str(out) in r.out
    events = _events(out)
    # received Fri 20 Nov 2026: one month -> Sun 20 Dec -> Mon 21 Dec 2026 (1182/71 Art. 3(4))
    assert events[f"{plain}-due@cluma-dpo"][0] == date(2026, 12, 21)
    assert events[f"{plain}-extension-decision@cluma-dpo"][0] == date(2026, 12, 21)
    # extended: three months -> Sat 20 Feb 2027 -> Mon 22 Feb 2027; no decision left to take
    assert events[f"{extended}-due@cluma-dpo"][0] == date(2027, 2, 22)
    assert f"{extended}-extension-decision@cluma-dpo" not in events
    # account deletion: the company's 30 days (20 Dec, a Sunday, not moved) governs
    assert events[f"{target}-due@cluma-dpo"][0] == date(2026, 12, 20)
    assert events[f"{target}-extension-decision@cluma-dpo"][0] == date(2026, 12, 21)
    for gone in (closed, paused):  # closed: nothing to do; paused: no due date while paused
        assert not any(uid.startswith(gone) for uid in events)
    assert len(events) == 5
    for _day, summary, trigger in events.values():
        assert trigger == timedelta(days=-3)  # calendar.alarm_days, default 3
        assert summary.startswith("DSR-2026-")
    data = out.read_bytes()
    for name in ("Anna", "Bert", "Eva", "Open", "example.com", "@example"):
        assert name.encode() not in data, name
    assert (out.stat().st_mode & 0o777) == 0o600
    kinds = [e["kind"] for e in ok(cli, "show", plain, "--json").json()["events"]]
    assert "calendar-exported" not in kinds  # not an event of any one request
    assert ok(cli, "audit", "verify", "--json").json()["ok"] is True


def test_names_and_the_alarm_follow_the_settings(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _add(cli, "Anna Open")
    ok(cli, "settings", "set", "calendar.include_names", "true")
    ok(cli, "settings", "set", "calendar.alarm_days", "0")
    out = tmp_path / "met-namen.ics"
    ok(cli, "calendar", "--out", out)
    _start, summary, trigger = _events(out)[f"{ref}-due@cluma-dpo"]
    assert "Anna Open" in summary and trigger == timedelta(0)
    assert b"anna@example.com" not in out.read_bytes()  # names, never e-mail addresses


def test_the_summaries_speak_the_clis_language(cli, db: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ref = _add(cli, "Anna Open")
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "nl")
    out = tmp_path / "nl.ics"
    ok(cli, "calendar", "--out", out)
    assert _events(out)[f"{ref}-due@cluma-dpo"][1] == f"{ref}: termijn verstrijkt"


def test_no_open_request_an_empty_calendar(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "leeg.ics"
    ok(cli, "calendar", "--out", out)
    assert _events(out) == {}
    assert Calendar.from_ical(out.read_bytes())["version"] == "2.0"
    r = cli("calendar", "--out", tmp_path / "leeg.txt")
    assert r.rc == 1
