"""The audit chain's head as printed on paper, and the pure verification rules (issue 16,
finding 8)."""

from __future__ import annotations

import pytest

from cluma_dpo.domain import audit

KEY = bytes(range(32))


def _chain(kinds: list[tuple[str, str | None, str]]) -> list[audit.ChainEntry]:
    prev, out = audit.GENESIS, []
    for n, (kind, reference, state) in enumerate(kinds, start=1):
        at = f"2026-11-25T09:00:0{n}.000000+00:00"
        h = audit.entry_hash(KEY, n, at, "dpo (cli)", kind, reference, "", state, prev)
        out.append(
            audit.ChainEntry(n, at, "dpo (cli)", kind, reference, None, "", "", state, prev, h)
        )
        prev = h
    return out


def _verify(entries: list[audit.ChainEntry], current: dict[str, str]) -> audit.ChainReport:
    last = entries[-1]
    return audit.verify_chain(
        entries, key=KEY, head_id=last.id, head_hash=last.hash, head_count=len(entries),
        current=current, gone="gone",
    )  # fmt: skip


def test_the_short_head_reads_back() -> None:
    head = audit.ChainHead(1234, "3f9a2c1b7d0e55aa" + "0" * 48)
    assert head.short == "1234:3f9a-2c1b-7d0e-55aa"
    assert audit.parse_head(head.short) == (1234, "3f9a2c1b7d0e55aa")
    assert audit.parse_head(" 1234 : 3F9A 2C1B 7D0E 55AA ") == (1234, "3f9a2c1b7d0e55aa")


@pytest.mark.parametrize("text", ["", "1234", "1234:3f9a", "x:3f9a2c1b7d0e55aa", "1:" + "g" * 16])
def test_what_is_no_head(text: str) -> None:
    assert audit.parse_head(text) is None


def test_head_at_position() -> None:
    assert audit.head_at("3f9a2c1b7d0e55aa" + "1" * 48, 7, "3f9a2c1b7d0e55aa")
    assert not audit.head_at("3f9a2c1b7d0e55ab" + "1" * 48, 7, "3f9a2c1b7d0e55aa")
    assert not audit.head_at(None, 7, "3f9a2c1b7d0e55aa")  # the chain is shorter now


def test_the_newest_state_of_each_request_must_be_the_current_one() -> None:
    entries = _chain([("database-created", None, ""), ("request-registered", "R1", "s1"),
                      ("closed", "R1", "s2"), ("request-registered", "R2", "t1")])  # fmt: skip
    ok = _verify(entries, {"R1": "s2", "R2": "t1"})
    assert ok.ok and ok.head == audit.ChainHead(4, entries[-1].hash)
    edited = _verify(entries, {"R1": "s1", "R2": "t1"})
    assert not edited.ok and edited.broken_id == 3
    assert edited.problem is not None and edited.problem.code == "audit.problem.state"
    untracked = _verify(entries, {"R1": "s2", "R2": "t1", "R3": "u1"})
    assert untracked.problem is not None and untracked.problem.code == "audit.problem.untracked"
    removed = _verify(entries, {"R1": "s2"})
    assert removed.problem is not None and removed.problem.code == "audit.problem.state"


def test_another_key_breaks_every_link() -> None:
    entries = _chain([("request-registered", "R1", "s1")])
    report = audit.verify_chain(
        entries, key=bytes(32), head_id=1, head_hash=entries[0].hash, head_count=1,
        current={"R1": "s1"},
    )  # fmt: skip
    assert not report.ok and report.broken_id == 1
    no_key = audit.verify_chain(entries, key=None, head_id=1, head_hash="", head_count=1)
    assert no_key.problem is not None and no_key.problem.code == "audit.problem.key"
