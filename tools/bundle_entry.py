"""The bundle's program: the `cluma-dpo` command (the desktop app without a verb)."""

from __future__ import annotations

from cluma_dpo.cli import main

raise SystemExit(main())
