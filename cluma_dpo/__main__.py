"""`python -m cluma_dpo` is the same as the `cluma-dpo` command."""

from cluma_dpo.cli import main

raise SystemExit(main())
