"""Update the Qt Linguist files and compile them: resources/translations/cluma_dpo_<lang>.

    python tools/build_translations.py           lupdate the .ts (translations kept), lrelease
    python tools/build_translations.py --check   exit 1 if a .ts misses a source string or
                                                 a .qm is not what lrelease makes of its .ts
    python tools/build_translations.py --stats   how finished each .ts is

Sources: cluma_dpo/gui/**/*.py (not the generated forms/) and ui/*.ui. English is the source
language; Dutch (the default), French and German are translated in the .ts files (Qt
Linguist).
The .qm files are committed: users and CI run from the checkout without a build step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "cluma_dpo" / "gui"
UI_DIR = ROOT / "ui"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr", "de")


def ts_path(language: str, folder: Path = OUT) -> Path:
    return folder / f"cluma_dpo_{language}.ts"


def qm_path(language: str, folder: Path = OUT) -> Path:
    return folder / f"cluma_dpo_{language}.qm"


def sources() -> list[Path]:
    py = [p for p in sorted(GUI.rglob("*.py")) if "forms" not in p.relative_to(GUI).parts]
    return py + sorted(UI_DIR.glob("*.ui"))


def lupdate(ts: Path, language: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    # -locations relative keeps the files readable in Qt Linguist; -no-obsolete drops
    # strings the code no longer has (their translations would only mislead).
    subprocess.run(
        [
            *qt_tool("lupdate"),
            *files,
            "-locations",
            "relative",
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@dataclass(frozen=True)
class Stats:
    total: int
    finished: int

    @property
    def percent(self) -> float:
        return 100.0 * self.finished / self.total if self.total else 100.0


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def source_strings(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in `ts`."""
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.add((name, message.findtext("source") or ""))
    return out


def finished(message: ET.Element) -> bool:
    """Translated and not marked unfinished (every plural form filled in)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def stats(ts: Path) -> Stats:
    found = messages(ts)
    return Stats(len(found), sum(1 for m in found if finished(m)))


def check() -> list[str]:
    """What is out of date, without changing anything."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts, qm = ts_path(language), qm_path(language)
            if not ts.exists() or not qm.exists():
                problems.append(f"{ts.name} or {qm.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(fresh, language)
            missing = source_strings(fresh) - source_strings(ts)
            gone = source_strings(ts) - source_strings(fresh)
            if missing or gone:
                problems.append(
                    f"{ts.name}: {len(missing)} new and {len(gone)} vanished source strings"
                )
            rebuilt = Path(tmp) / qm.name
            lrelease(ts, rebuilt)
            if rebuilt.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is not compiled from the current {ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="only check, change nothing")
    mode.add_argument("--stats", action="store_true", help="print how finished each .ts is")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        if problems:
            print(
                "out of date (run python tools/build_translations.py): " + "; ".join(problems),
                file=sys.stderr,
            )
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        if not args.stats:
            lupdate(ts, language)
            lrelease(ts, qm)
        s = stats(ts)
        print(
            f"{ts.relative_to(ROOT).as_posix()}: {s.finished}/{s.total} finished "
            f"({s.percent:.1f} %)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
