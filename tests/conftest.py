"""Test-wide settings: Qt offscreen, never the user's data dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
