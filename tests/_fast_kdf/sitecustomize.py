"""Loaded by every Python process a test starts (tests/conftest.py puts this folder on
PYTHONPATH): it derives SQLCipher keys with the test rounds (see tests/kdf.py).

Nothing is imported here: the rounds are set the moment the program itself imports
sqlcipher3, so a process that never opens a database (`--help`, which a test checks loads
nothing heavy) stays as light as without this file."""

import os
import sys

_ROUNDS = os.environ.get("TEST_SQLCIPHER_KDF_ITER")


class _SetRoundsOnImport:
    """A meta-path finder that lets the normal import of sqlcipher3 run, then sets the
    process-wide default rounds before anything can connect."""

    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name != "sqlcipher3":
            return None
        sys.meta_path.remove(self)
        try:
            import importlib.util

            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        real_exec = loader.exec_module

        def exec_module(module):  # type: ignore[no-untyped-def]
            real_exec(module)
            conn = module.connect(":memory:")
            conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(_ROUNDS)}")
            conn.close()

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if _ROUNDS:
    sys.meta_path.insert(0, _SetRoundsOnImport())
