"""``desktop``: open the desktop application (the only command that imports Qt)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.common import UserError, existing_project, output_path, project_file


def register(sub) -> None:
    p = sub.add_parser("desktop", help="open the desktop application")
    p.add_argument("project", type=project_file, nargs="?")
    p.add_argument("--screenshot", type=output_path, metavar="PNG",
                   help="save a picture of the window once the map is drawn, then quit (for support, and to check "
                        "an installation)")  # fmt: skip
    p.set_defaults(run=lambda args: open_desktop(args.project, args.screenshot))


def open_desktop(project: Path | None, screenshot: Path | None = None) -> int:
    if project is not None:
        existing_project(project)
    require_window_libraries()
    from desktop.app import run  # Qt is imported only here

    return run(project, screenshot)


def require_window_libraries() -> None:
    """On Linux with X11, stop with the libraries to install rather than Qt's "could not load xcb"."""
    from desktop.doctor import checks, system_libraries

    if not checks.has_display() or system_libraries.platform_in_use() != "xcb":
        return
    finding = system_libraries.check()
    if finding is not None and not finding.ok:
        raise UserError(f"{finding.detail} {finding.advice} ('servicemap doctor' checks the rest of the installation.)")
