"""Where things live: the packaged resources (fonts, templates, translations, icons) and the
name of the database file in a data dir."""

from __future__ import annotations

from pathlib import Path

# resources/ is shipped inside the package directory of the wheel (see pyproject.toml);
# in a source checkout it sits beside the package.
_PACKAGED = Path(__file__).resolve().parent / "resources"
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"
RESOURCES: Path = _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT

_UI_PACKAGED = Path(__file__).resolve().parent / "ui"
_UI_CHECKOUT = Path(__file__).resolve().parent.parent / "ui"
UI_FORMS: Path = _UI_PACKAGED if _UI_PACKAGED.is_dir() else _UI_CHECKOUT


# The one database file in a data dir (design.md "Storage and security").
DB_NAME = "cluma-dpo.db"
# The shared server the first-run wizard connected to: its URL (never a password), kept in
# the data dir, so that the next start opens it without --database-url (app.remember_server).
REMEMBERED_SERVER_FILE = "server-url"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
