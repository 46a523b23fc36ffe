"""Loaded by every Python process a test starts (tests/conftest.py puts this folder on
PYTHONPATH): it derives SQLCipher keys with the test rounds (see tests/kdf.py)."""

import os

_rounds = os.environ.get("TEST_SQLCIPHER_KDF_ITER")
if _rounds:
    try:
        import sqlcipher3
    except ImportError:  # a Python without the program's packages (a tool)
        pass
    else:
        _conn = sqlcipher3.connect(":memory:")
        _conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(_rounds)}")
        _conn.close()
