"""``desktop``: open the desktop application (the only command that imports Qt)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import existing_project, project_file


def register(sub) -> None:
    p = sub.add_parser("desktop", help="open the desktop application")
    p.add_argument("project", type=project_file, nargs="?")
    p.set_defaults(run=lambda args: open_desktop(args.project))


def open_desktop(project: Path | None) -> int:
    if project is not None:
        existing_project(project)
    from desktop.app import run  # Qt is imported only here

    return run(project)
