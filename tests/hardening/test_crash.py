"""Issue #8.1 — crash safety: kill -9 a writer at random moments, several rounds.

A writer process (`_writer.py`) opens the workbench once and writes in a loop, printing a
line only after each step committed. It is killed with SIGKILL at a random moment
0.3-1.5 s after it is ready. After every round the database must hold every request whose
reference was printed, pass `PRAGMA integrity_check`, verify its audit chain, number its
references without gap, and show every change together with its audit event (either both
landed or neither did). A last test kills the writer while it makes backups: a backup file
left behind half-written must not be taken for a good one by `restore`.

The random seed is printed and can be fixed with CLUMA_HARDENING_SEED=<n>.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hardening.support import (
    HERE,
    PASSPHRASE,
    Env,
    open_wb,
    python_script,
    received_day,
    rows,
    run_cli,
    scalar,
    sequence_problems,
)

pytestmark = pytest.mark.slow

WRITER = HERE / "_writer.py"
SEED = int(os.environ.get("CLUMA_HARDENING_SEED", time.time_ns() % 2**31))


class Writer:
    """A running _writer.py whose complete output lines are collected by a thread."""

    def __init__(self, env: Env, mode: str, *extra: str) -> None:
        self.proc = python_script(
            WRITER,
            mode,
            received_day().isoformat(),
            *extra,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):  # cut off by the kill: never fully printed
                break
            line = line.rstrip("\n")
            if line == "READY":
                self.ready.set()
            else:
                self.lines.append(line)

    def kill_after(self, delay: float, *, when: Callable[[], bool] | None = None) -> None:
        """SIGKILL `delay` seconds after READY, or (with `when`) as soon as `when()` holds."""
        if not self.ready.wait(60):
            self.proc.kill()
            _, err = self.proc.communicate()
            pytest.fail(f"the writer never became ready:\n{err}")
        if when is None:
            time.sleep(delay)
        else:
            deadline = time.monotonic() + 30
            while not when() and time.monotonic() < deadline:
                time.sleep(0.001)
        exited = self.proc.poll()
        if exited is not None:
            pytest.fail(f"the writer stopped by itself ({exited}): {self.proc.stderr.read()}")
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(30)
        assert self.proc.returncode == -signal.SIGKILL

    def printed(self, kind: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.split()[0] == kind]


def new_database(env: Env) -> None:
    result = run_cli(["init"], env)
    assert result.code == 0, result


# change and audit event must land together: kind -> SQL giving the references whose
# state shows that change
STATE_OF_EVENT = {
    "request-registered": "SELECT reference FROM requests",
    "identity-requested": (
        "SELECT DISTINCT r.reference FROM requests r JOIN pauses p ON p.request_id = r.id"
    ),
    "identity-verified": "SELECT reference FROM requests WHERE identity_status = 'verified'",
    "extended": "SELECT reference FROM requests WHERE extended_on IS NOT NULL",
    "closed": "SELECT reference FROM requests WHERE status = 'closed'",
}


def check_after_crash(env: Env, printed_refs: list[str], steps: list[list[str]]) -> list[str]:
    """Everything that is wrong with the database after a kill (empty list: all is well)."""
    problems: list[str] = []
    wb = open_wb(env)
    try:
        integrity = [r[0] for r in rows(wb, "PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        report = wb.verify_audit()
        if not report.ok:
            problems.append(f"audit chain: {report.message}")
        refs = [r[0] for r in rows(wb, "SELECT reference FROM requests ORDER BY id")]
        problems += sequence_problems(refs)
        lost = sorted(set(printed_refs) - set(refs))
        if lost:
            problems.append(f"printed but lost after the kill: {lost}")

        def events(kind: str) -> set[str]:
            return {
                r[0] for r in rows(wb, f"SELECT reference FROM audit_events WHERE kind = '{kind}'")
            }

        for kind, sql in STATE_OF_EVENT.items():
            state = {r[0] for r in rows(wb, sql)}
            if state != events(kind):
                problems.append(
                    f"{kind}: change without event {sorted(state - events(kind))[:5]}, "
                    f"event without change {sorted(events(kind) - state)[:5]}"
                )
        docs = {
            r[0]
            for r in rows(
                wb,
                "SELECT DISTINCT r.reference FROM requests r "
                "JOIN identity_documents d ON d.request_id = r.id",
            )
        }
        should_hold = events("identity-document-stored") - events("identity-document-erased")
        if docs != should_hold:
            problems.append(
                f"identity documents held {sorted(docs)[:5]} but the audit says "
                f"{sorted(should_hold)[:5]}"
            )
        ended = {
            r[0]
            for r in rows(
                wb,
                "SELECT reference FROM requests WHERE identity_status "
                "IN ('verified', 'failed') OR status IN "
                "('closed', 'withdrawn', 'rejected')",
            )
        }
        if docs & ended:
            kept = sorted(docs & ended)[:10]
            problems.append(f"identity documents kept after the check ended: {kept}")

        state_sql = {
            "identity-requested": "identity_status <> 'not-checked'",
            "document-stored": "1",  # checked through the audit events above
            "verified": "identity_status = 'verified'",
            "extended": "extended_on IS NOT NULL",
            "closed": "status = 'closed'",
        }
        for ref, step in steps:
            ok = scalar(
                wb, f"SELECT count(*) FROM requests WHERE reference = '{ref}' AND {state_sql[step]}"
            )
            if not ok:
                problems.append(f"{ref}: step {step} was printed but is not in the database")
    finally:
        wb.close()
    return problems


@pytest.mark.timeout(600)  # a hang guard; the suite's other worker shares the machine
def test_kill_9_writer_rounds(env: Env) -> None:
    """Six rounds on one database: three of plain registrations, three of whole lifecycles
    (identity asked/received with a 48 KiB document/verified, extended, closed)."""
    rng = random.Random(SEED)
    new_database(env)
    all_refs: list[str] = []
    for n, mode in enumerate(("add", "mixed", "add", "mixed", "add", "mixed"), 1):
        writer = Writer(env, mode)
        delay = rng.uniform(0.3, 1.5)
        writer.kill_after(delay)
        refs = [p[0] for p in writer.printed("ADD")]
        steps = writer.printed("STEP")
        all_refs += refs
        problems = check_after_crash(env, all_refs, steps)
        assert not problems, (
            f"round {n} ({mode}, killed after {delay:.2f} s, seed {SEED}, "
            f"{len(refs)} requests and {len(steps)} steps printed): {problems}"
        )
    assert len(all_refs) >= 6, "the writers hardly wrote anything: the rounds proved little"


def fill(env: Env, count: int) -> int:
    """A register big enough that making a backup takes a while (so a kill can land in it)."""
    from cluma_dpo.services.requests import NewRequest, register_request

    wb = open_wb(env)
    try:
        with wb.writing() as uow:
            for i in range(count):
                register_request(
                    uow,
                    NewRequest(
                        rights=["access", "erasure"],
                        name=f"Persoon {i} met een wat langere naam",
                        email=f"persoon{i}@example.be",
                        street=f"Lange Straat {i}",
                        postcode="8800",
                        city="Roeselare",
                        received=received_day(),
                    ),
                )
        return scalar(wb, "SELECT count(*) FROM requests")
    finally:
        wb.close()


def when(delay: float) -> str:
    return "killed inside a copy" if delay < 0 else f"killed after {delay:.2f} s"


def restored_counts(env: Env, target: Path) -> tuple[int, int, bool]:
    from cluma_dpo.app import open_workbench

    wb = open_workbench(target, PASSPHRASE)
    try:
        return (
            scalar(wb, "SELECT count(*) FROM requests"),
            scalar(wb, "SELECT count(*) FROM audit_events"),
            wb.verify_audit().ok,
        )
    finally:
        wb.close()


@pytest.mark.timeout(600)  # a hang guard; the suite's other worker shares the machine
def test_kill_9_during_backup_leaves_nothing_mistaken_for_a_backup(env: Env) -> None:
    """Kill the writer while it makes backups, three times: once at a random moment, twice
    as soon as a backup file being written has grown past 64 KiB. A backup that was reported
    written must restore completely. A file left behind that was not reported must either
    be refused by `restore` cleanly (exit 1 or 2, one line on stderr, nothing put in the
    data dir) or, if restore accepts it, hold the whole register (the kill came after the
    copy was complete but before the line was printed). Accepting a half-written copy
    would silently replace the register by a part of it."""
    rng = random.Random(SEED + 1)
    new_database(env)
    requests = fill(env, 1500)
    wb = open_wb(env)
    audit_before = scalar(wb, "SELECT count(*) FROM audit_events")
    wb.close()
    problems: list[str] = []
    finished_checked = False
    for n in range(3):
        out = env.root / f"backups-{n}"
        out.mkdir()
        writer = Writer(env, "backup", str(out))
        delay = rng.uniform(0.3, 1.5)
        if n % 2:
            # a random moment
            writer.kill_after(delay)
        else:
            # a moment inside the copy: a backup file not yet reported has grown past 64 KiB
            def copying(out: Path = out, writer: Writer = writer) -> bool:
                done = {Path(p[0]).name for p in writer.printed("BACKUP")}
                return any(
                    f.name not in done and f.stat().st_size > 65536 for f in out.glob("backup-*.db")
                )

            delay = -1.0
            writer.kill_after(0, when=copying)
        printed = {Path(p[0]).name for p in writer.printed("BACKUP")}
        for f in sorted(out.glob("backup-*.db")):
            target = env.root / f"restore-{n}-{f.stem}"
            if f.name in printed:
                if finished_checked:
                    continue  # restoring one finished backup is enough (time)
                finished_checked = True
            result = run_cli(["restore", str(f)], env, CLUMA_DPO_DATA_DIR=str(target))
            left_db = (target / "cluma-dpo.db").exists()
            if result.code == 0:
                got, audit, chain_ok = restored_counts(env, target)
                if got != requests or audit < audit_before or not chain_ok:
                    problems.append(
                        f"round {n} ({when(delay)}): restore accepted the "
                        f"{'finished' if f.name in printed else 'unfinished'} backup {f.name} "
                        f"holding {got} of {requests} requests and {audit} of "
                        f"{audit_before}+ audit events (chain ok: {chain_ok})"
                    )
            elif f.name in printed:
                problems.append(f"round {n}: the finished backup {f.name} was refused: {result}")
            elif result.code not in (1, 2) or len(result.err.strip().splitlines()) != 1:
                problems.append(
                    f"round {n} ({when(delay)}): restore of the unfinished "
                    f"{f.name} did not refuse it cleanly (exit 1/2, one line on stderr); it "
                    f"{'left a half-restored' if left_db else 'left no'} database in the "
                    f"data dir: {result}"
                )
            elif left_db:
                problems.append(
                    f"round {n} ({when(delay)}): restore refused {f.name} (exit {result.code}: "
                    f"{result.err.strip()}) but left a database in the data dir"
                )
    after = check_after_crash(env, [], [])
    assert not after, f"the database itself after the backup kills (seed {SEED}): {after}"
    assert not problems, f"seed {SEED}: " + "\n".join(problems)


def schema_difference(original: Path, copy: Path) -> list[str]:
    """Tables whose row counts differ, and schema objects missing from the copy."""
    from cluma_dpo.app import open_workbench

    def shape(folder: Path) -> tuple[dict[str, int], set[str]]:
        wb = open_workbench(folder, PASSPHRASE)
        try:
            names = rows(wb, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            counts = {
                n: scalar(wb, f'SELECT count(*) FROM "{n}"') for t, n in names if t == "table"
            }
            return counts, {n for _, n in names}
        finally:
            wb.close()

    (a, a_names), (b, b_names) = shape(original), shape(copy)
    out = [
        f"{t}: {a[t]} -> {b.get(t)}"
        for t in sorted(a)
        if a[t] != b.get(t) and t != "audit_events" and t != "audit_head"
    ]
    return out + [f"missing {n}" for n in sorted(a_names - b_names)]


def cut_off_copy(db: Path, target: Path, fraction: float) -> None:
    """What a kill -9 during `backup` leaves: SQLCipher's sqlcipher_export, as the product
    runs it (on an autocommit connection), stopped after `fraction` of its work. The
    statements that finished are committed in the target; the one under way is rolled
    back, exactly as the hot journal would be on the next open after a kill."""
    import sqlcipher3

    from cluma_dpo.storage.engine import sql_literal

    def export(limit: int | None) -> int:
        target.unlink(missing_ok=True)
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        steps = [0]

        def progress() -> bool:
            steps[0] += 1
            return limit is not None and steps[0] > limit

        try:
            conn.execute(f"PRAGMA key = {sql_literal(PASSPHRASE)}")
            conn.execute(
                f"ATTACH DATABASE {sql_literal(str(target))} AS backup "
                f"KEY {sql_literal(PASSPHRASE)}"
            )
            conn.set_progress_handler(progress, 100)
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
            except sqlcipher3.OperationalError:  # interrupted
                assert limit is not None
            conn.set_progress_handler(None, 0)
            conn.execute("DETACH DATABASE backup")
        finally:
            conn.close()
        return steps[0]

    total = export(None)
    export(int(total * fraction))


@pytest.mark.parametrize("fraction", [0.05, 0.6])
def test_a_backup_cut_off_mid_copy_is_refused(env: Env, fraction: float) -> None:
    """The deterministic twin of the kill -9 rounds above: a copy stopped at 5 % or 60 %
    of sqlcipher_export must be refused by `restore` (exit 1 or 2, one line) and nothing
    may be put into the data dir."""
    new_database(env)
    requests = fill(env, 300)
    partial = env.root / "cut-off-backup.db"
    cut_off_copy(env.data_dir / "cluma-dpo.db", partial, fraction)
    target = env.root / "restored"
    result = run_cli(["restore", str(partial)], env, CLUMA_DPO_DATA_DIR=str(target))
    if result.code == 0:
        got, audit, _ = restored_counts(env, target)
        pytest.fail(
            f"restore accepted a backup cut off at {fraction:.0%}: the register now holds "
            f"{got} of {requests} requests ({audit} audit events); differences from the "
            f"original: {schema_difference(env.data_dir, target)}"
        )
    assert result.code in (1, 2) and len(result.err.strip().splitlines()) == 1, result
    assert not (target / "cluma-dpo.db").exists(), (
        f"restore refused the copy ({result.err.strip()}) but left it in the data dir"
    )
