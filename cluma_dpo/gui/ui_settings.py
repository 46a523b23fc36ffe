"""Where the window remembers its layout: an INI file in the user's config dir (QSettings).

Only geometry, column layout and similar choices are kept here, never personal data.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "cluma-dpo"
APPLICATION = "workbench"


def ui_settings() -> QSettings:
    """Tests redirect it with QSettings.setPath(IniFormat, UserScope, tmp_path)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
