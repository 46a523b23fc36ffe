"""Issue #8.2 — concurrent use: the app open while commands run, several writers at once.

One process holds a Workbench open for the whole test and reads every 50 ms, as the
desktop app does (`_app_reader.py`). Meanwhile three writer processes each run two whole
cycles of commands through the CLI code (`_cli_writer.py`: add, identity asked / received
with a document / verified, extend, close) and four real `python -m cluma_dpo add`
processes start at the same time. Required: every command exits 0, no output anywhere
says "locked" or "busy", the app never fails a read, and afterwards the references are
unique and gapless, every printed reference is in the register, and the audit chain
verifies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.hardening.support import (
    HERE,
    Env,
    open_wb,
    python_script,
    received_day,
    rows,
    run_cli,
    sequence_problems,
)

pytestmark = pytest.mark.slow

APP = HERE / "_app_reader.py"
WRITER = HERE / "_cli_writer.py"
WRITERS = 3
CYCLES = 2
PLAIN_ADDS = 4
BAD_WORDS = ("locked", "busy", "traceback", "internal error")


@pytest.mark.timeout(240)
def test_app_open_while_writers_run(env: Env) -> None:
    assert run_cli(["init"], env).code == 0
    document = env.root / "paspoort.png"
    document.write_bytes(os.urandom(32 * 1024))
    received = received_day().isoformat()
    stop = env.root / "stop-app"

    app = python_script(APP, str(stop), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert app.stdout is not None
    first = app.stdout.readline().strip()
    if first != "READY":
        app.kill()
        pytest.fail(f"the app process did not start: {first} {app.communicate()}")

    writers = [
        python_script(
            WRITER,
            f"Schrijver{k}",
            str(CYCLES),
            received,
            str(document),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for k in range(WRITERS)
    ]
    adds = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cluma_dpo",
                "add",
                "--right",
                "objection",
                "--name",
                f"Los Proces {k}",
                "--email",
                f"los{k}@example.be",
                "--received",
                received,
            ],
            env=env.child_env(),
            cwd=env.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(PLAIN_ADDS)
    ]

    problems: list[str] = []
    printed: list[str] = []
    writer_refs: list[str] = []
    try:
        for k, proc in enumerate(writers):
            out, err = proc.communicate(timeout=200)
            if proc.returncode != 0:
                problems.append(f"writer {k} exited {proc.returncode}")
            if err.strip():
                problems.append(f"writer {k} wrote to stderr: {err[-1500:]}")
            for line in out.splitlines():
                run = json.loads(line)
                bad = [w for w in BAD_WORDS if w in (run["err"] + run["out"]).lower()]
                if run["code"] != 0 or bad:
                    problems.append(f"writer {k}: {run['argv'][:2]} -> {run['code']}: {run['err']}")
                if run["argv"][0] == "add" and run["code"] == 0:
                    writer_refs.append(run["out"].strip())
        printed += writer_refs
        for k, proc in enumerate(adds):
            out, err = proc.communicate(timeout=120)
            if proc.returncode != 0 or err.strip():
                problems.append(f"`add` process {k} -> {proc.returncode}: {err.strip()}")
            else:
                printed.append(out.strip())
    finally:
        stop.touch()
        app_out, app_err = app.communicate(timeout=60)
        for proc in writers + adds:
            if proc.poll() is None:
                proc.kill()

    report = json.loads(app_out.strip().splitlines()[-1])
    if app.returncode != 0 or report["errors"] or app_err.strip():
        problems.append(f"the app failed reads: {report['errors']} {app_err[-1500:]}")
    assert report["reads"] >= 10, f"the app hardly read while the writers ran: {report}"
    assert not problems, "\n".join(problems)

    assert len(printed) == WRITERS * CYCLES + PLAIN_ADDS
    wb = open_wb(env)
    try:
        refs = [r[0] for r in rows(wb, "SELECT reference FROM requests ORDER BY id")]
        assert not sequence_problems(printed), sequence_problems(printed)
        assert not sequence_problems(refs), sequence_problems(refs)
        assert sorted(refs) == sorted(printed)
        report_chain = wb.verify_audit()
        assert report_chain.ok, report_chain.message
        status = dict(rows(wb, "SELECT reference, status FROM requests"))
        assert {status[r] for r in writer_refs} == {"closed"}
        assert not rows(wb, "SELECT id FROM identity_documents")
        # every writer command left exactly its audit events: 1 add + 5 steps + 1 erasure
        per_ref = dict(
            rows(
                wb,
                "SELECT reference, count(*) FROM audit_events "
                "WHERE reference IS NOT NULL GROUP BY reference",
            )
        )
        short = {r: per_ref.get(r) for r in writer_refs if per_ref.get(r, 0) < 8}
        assert not short, f"requests with too few audit events: {short}"
    finally:
        wb.close()
