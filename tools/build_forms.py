"""Compile the Qt Designer forms in ui/ into cluma_dpo/gui/forms/ui_*.py with pyside6-uic.

    python tools/build_forms.py           write the generated modules
    python tools/build_forms.py --check   exit 1 if any generated module is missing or stale

The generated modules are committed: users and CI run from the checkout without a build step.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cluma_dpo" / "gui" / "forms"
# The uic version line changes with every Qt release; it is not part of the form.
_VOLATILE = ("## Created by: Qt User Interface Compiler version",)
_INIT = '"""Modules generated from ../../../ui/*.ui by tools/build_forms.py; do not edit."""\n'


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [*qt_tool("uic"), str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ui_file.parent,
    )
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def _normal(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(_VOLATILE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that the generated modules are up to date"
    )
    args = parser.parse_args(argv)
    stale: list[str] = []
    forms = sorted(UI_DIR.glob("*.ui"))
    for ui_file in forms:
        code = compile_form(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current is not None and _normal(current) == _normal(code):
            continue
        if args.check:
            stale.append(target.relative_to(ROOT).as_posix())
        else:
            target.write_text(code, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT).as_posix()}")
    init = FORMS_DIR / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != _INIT:
        if args.check:
            stale.append(init.relative_to(ROOT).as_posix())
        else:
            init.write_text(_INIT, encoding="utf-8")
    known = {target_for(f).name for f in forms} | {"__init__.py"}
    orphans = [p for p in FORMS_DIR.glob("*.py") if p.name not in known]
    for orphan in orphans:
        if args.check:
            stale.append(orphan.relative_to(ROOT).as_posix() + " (no .ui form)")
        else:
            orphan.unlink()
    if stale:
        print("out of date (run python tools/build_forms.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
