"""Qt item models over the workbench's read models."""
