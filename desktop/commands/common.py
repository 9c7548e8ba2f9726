"""What every command shares: the user-error type and checks on paths given on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from directory.errors import UserFacingError


class UserError(UserFacingError):
    """A mistake on the command line; printed as one line, without a traceback."""


def report_waiting(fraction: float, message: str = "") -> None:
    """A command's ``progress``: the command line shows no progress, but says when it waits for
    another ServiceMap that is writing the project (a long import), so the wait is explained."""
    from directory.writer_note import WAITING

    if message.startswith(WAITING):
        print(f"servicemap: {message[0].lower()}{message[1:]}", file=sys.stderr, flush=True)


def existing_project(path: Path) -> Path:
    """``path`` if it is there; else a UserError that says how to get a project."""
    if not path.exists():
        raise UserError(f"{path}: no such project file. Check the path, or build one with 'servicemap demo'.")
    return path


# The argparse types of options that name files. Every such option uses one of them (a test
# enumerates the parser and refuses a bare ``type=Path``), so the tests find every file a command
# reads — and run the hostile-file corpus against each — from the parser itself.


def input_file(text: str) -> Path:
    """An option naming a file ServiceMap reads (a service list, boundaries, a raster …)."""
    return Path(text)


def project_file(text: str) -> Path:
    """The project file a command opens (read, and written by the commands that change it)."""
    return Path(text)


def output_path(text: str) -> Path:
    """A file or folder ServiceMap writes (it is never read first)."""
    return Path(text)
