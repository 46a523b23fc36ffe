"""The process itself: no core dump of a process that may hold the key (issue #16).

A core file of a crashing process held the passphrase and hundreds of e-mail addresses.
A leaf outside the layers, like logs.py: the CLI's `main` and the app's start call it
before any passphrase is read.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def forbid_core_dumps() -> None:
    """Make this process leave no core file, and keep other processes out of its memory.

    Linux: RLIMIT_CORE 0 (soft and hard, so a child cannot raise it again) and
    PR_SET_DUMPABLE 0 (no core even where a core pattern pipes to a handler such as
    systemd-coredump or apport, which ignore RLIMIT_CORE; /proc/PID/mem and ptrace by
    other processes of the same user are refused too).
    macOS: RLIMIT_CORE 0; there is no PR_SET_DUMPABLE (ptrace(PT_DENY_ATTACH) would also
    stop debugging, and crash reports there do not include memory).
    Windows: nothing to do in the process: Windows Error Reporting writes full memory
    dumps only when the machine's LocalDumps registry key asks for them, which is an
    administrator's choice; the default report has no heap.
    Best effort: a platform that refuses leaves the process as it was.
    """
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
