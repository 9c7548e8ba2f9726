"""What every command shares: the user-error type and checks on paths given on the command line."""

from __future__ import annotations

from pathlib import Path

from directory.errors import UserFacingError


class UserError(UserFacingError):
    """A mistake on the command line; printed as one line, without a traceback."""


def existing_project(path: Path) -> Path:
    """``path`` if it is there; else a UserError that says how to get a project."""
    if not path.exists():
        raise UserError(f"{path}: no such project file. Check the path, or build one with 'servicemap demo'.")
    return path
