"""How the tests' processes derive SQLCipher keys.

The program opens every database with SQLCipher 4's defaults: PBKDF2-HMAC-SHA512 with
256,000 rounds, about 0.1 s of a core for each connection. The suite opens databases tens
of thousands of times, and that derivation was most of its time. So test processes (this
one and every program they start, through tests/_fast_kdf/sitecustomize.py on PYTHONPATH)
derive with FAST rounds instead: SQLCipher's process-wide `cipher_default_kdf_iter`,
which the program itself never sets. Nothing in cluma_dpo changes.

Tests about the file format itself (a third-party SQLCipher 4 reader with default
settings, a database file made by an earlier version) are marked `real_kdf`: for them
the process and its children derive with the real 256,000 rounds.
"""

from __future__ import annotations

import os

ENV = "TEST_SQLCIPHER_KDF_ITER"
REAL = 256_000  # SQLCipher 4's default, what the program uses
FAST = 8


def set_process_default(rounds: int) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(rounds)}")
    finally:
        conn.close()


def child_env() -> dict[str, str]:
    """What a test adds to an environment it builds from nothing, for the fast derivation."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_fast_kdf")
    if ENV not in os.environ:
        return {}
    return {ENV: os.environ[ENV], "PYTHONPATH": folder}


def current() -> int:
    """The rounds this test process (and the programs it starts) derive keys with."""
    return int(os.environ.get(ENV) or REAL)
