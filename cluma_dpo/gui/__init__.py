"""The desktop workbench (PySide6): a thin client of services.workbench.Workbench.

Entry point: `main.run_app`. The GUI never imports the storage layer (import-linter).
"""
