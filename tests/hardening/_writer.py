"""A writer process for the kill -9 rounds of test_crash.py (not a test module).

    python _writer.py MODE RECEIVED [OUT_DIR]

Opens the workbench once (CLUMA_DPO_DATA_DIR / CLUMA_DPO_PASSPHRASE), prints READY, then
writes in a loop until it is killed. A line is printed (and flushed) only after the step
it names has returned, i.e. after its transaction committed:
    ADD <ref>              add:    a request was registered
    STEP <ref> <step>      mixed:  identity-requested, document-stored, verified,
                                   extended, closed (and ADD first)
    BACKUP <path>          backup: an encrypted backup was written completely
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

from cluma_dpo.app import open_workbench
from cluma_dpo.services.requests import NewRequest
from cluma_dpo.services.safety import backup


def say(*parts: object) -> None:
    print(*parts, flush=True)


def main() -> None:
    mode, received = sys.argv[1], date.fromisoformat(sys.argv[2])
    passphrase = os.environ["CLUMA_DPO_PASSPHRASE"]
    wb = open_workbench(Path(os.environ["CLUMA_DPO_DATA_DIR"]), passphrase)
    day = lambda n: received + timedelta(days=n)  # noqa: E731
    document = os.urandom(48 * 1024)  # several overflow pages per document
    say("READY")
    i = 0
    while True:
        i += 1
        if mode == "backup":
            out = Path(sys.argv[3]) / f"backup-{i:04d}.db"
            backup(wb, out, passphrase)
            say("BACKUP", out)
            continue
        ref = wb.register(
            NewRequest(
                rights=["access"] if i % 3 else ["erasure", "rectification"],
                name=f"Schrijver {os.getpid()}-{i}",
                email=f"w{os.getpid()}.{i}@example.be",
                street=f"Werkstraat {i}",
                postcode="8800",
                city="Roeselare",
                received=received,
                known_account=(mode == "add" and i % 5 == 0),
            )
        )
        say("ADD", ref)
        if mode != "mixed":
            continue
        wb.request_identity(ref, day(1))
        say("STEP", ref, "identity-requested")
        wb.receive_identity(ref, day(2), document, ".png")
        say("STEP", ref, "document-stored")
        wb.verify_identity(ref, "id-document", day(3))
        say("STEP", ref, "verified")
        wb.extend(ref, "complex request: several systems to search", day(4))
        say("STEP", ref, "extended")
        if i % 3:  # access only: nothing to tell recipients, so it can be closed granted
            wb.close_request(ref, "granted", None, day(5))
        else:
            wb.close_request(ref, "refused", "Art. 17(3)(b): legal obligation", day(5))
        say("STEP", ref, "closed")


if __name__ == "__main__":
    main()
