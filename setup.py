"""Build hook: ship the top-level ui/ and resources/ folders inside the wheel.

They live beside the package in the checkout (as style.md lays out) and are copied to
cluma_dpo/ui and cluma_dpo/resources at build time; cluma_dpo.paths finds either.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for folder in ("resources", "ui"):
            target = Path(self.build_lib) / "cluma_dpo" / folder
            if target.exists():
                shutil.rmtree(target)
            skip = shutil.ignore_patterns("*.ts", "__pycache__")
            shutil.copytree(HERE / folder, target, ignore=skip)


setup(cmdclass={"build_py": BuildWithResources})
