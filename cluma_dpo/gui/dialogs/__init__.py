"""Dialogs for entering data; each composes a Designer form from ui/ (forms/ui_*.py)."""
