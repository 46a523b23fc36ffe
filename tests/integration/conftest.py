"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from cluma_dpo.cli import main
from tests.integration.cli_support import Run


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run a verb in this process (same parsing, unlocking and errors as a real run)."""

    def run(*args: object) -> Run:
        capsys.readouterr()
        rc = main([str(a) for a in args])
        cap = capsys.readouterr()
        return Run(rc, cap.out, cap.err)

    return run
