"""The desktop app's access pattern for test_concurrency.py (not a test module).

    python _app_reader.py STOP_FILE

Holds one Workbench open for its whole life, as the app does, and reads every 50 ms
(list, count, due warnings, one request) until STOP_FILE exists. Prints READY, then at the
end one JSON line {"reads": n, "errors": [...]}; exits 1 if any read failed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from cluma_dpo.app import open_workbench
from cluma_dpo.services.requests import RequestQuery


def main() -> int:
    stop = Path(sys.argv[1])
    wb = open_workbench(
        Path(os.environ["CLUMA_DPO_DATA_DIR"]), os.environ["CLUMA_DPO_PASSPHRASE"], front_end="gui"
    )
    print("READY", flush=True)
    reads, errors = 0, []
    while not stop.exists():
        try:
            rows = wb.requests(RequestQuery(order_by="reference"), limit=200)
            wb.count(RequestQuery(open_only=True))
            wb.due()
            if rows:
                wb.request(rows[0].reference)
            reads += 1
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.05)
    wb.close()
    print(json.dumps({"reads": reads, "errors": errors[:20]}), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
