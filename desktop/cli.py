"""The ``servicemap`` command line.

It runs without a display and never imports Qt, except for the ``desktop`` subcommand
(and no subcommand at all), which opens the desktop application. A user's mistake ends
with exit status 2 and one line on stderr that names the file and says what to do.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

USER_ERROR = 2
log = logging.getLogger("servicemap")


class UserError(Exception):
    """Something the user can fix; printed as one line, without a traceback."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UserError(f"{message}. Run '{self.prog} --help' for the options.")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="servicemap", description="Directory, maps, gaps and referral pathways for protection services.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="create a project from admin boundary files")
    p.add_argument("project", type=Path, help="the new project file (.gpkg)")
    p.add_argument("--boundaries", nargs="+", required=True, metavar="FILE",
                   help="admin boundaries: GeoJSON, GeoPackage, Shapefile or .zip (OCHA COD-AB or geoBoundaries)")
    p.add_argument("--country", metavar="ISO3", help="the country (read from the boundaries when not given)")
    p.add_argument("--level-names", nargs="+", metavar="NAME",
                   help="what the levels are called, from the top (e.g. Division District Upazila)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=_init)

    p = sub.add_parser("info", help="what a project holds, in counts")
    p.add_argument("project", type=Path)
    p.set_defaults(run=_info)

    p = sub.add_parser("demo", help="build the demo project (Chattogram division, fictional services)")
    p.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder to write it in (default: here)")
    p.add_argument("--open", action="store_true", help="then open it in the desktop application")
    p.set_defaults(run=_demo)

    p = sub.add_parser("desktop", help="open the desktop application")
    p.add_argument("project", type=Path, nargs="?")
    p.set_defaults(run=_desktop)
    return parser


def _init(args: argparse.Namespace) -> int:
    from importers.project_setup import init_project

    if args.project.suffix.lower() != ".gpkg":
        raise UserError(f"{args.project}: a project file ends in .gpkg. Use e.g. {args.project.with_suffix('.gpkg').name}.")
    project, boundaries = init_project(
        args.project, args.boundaries, country=args.country, level_names=args.level_names, overwrite=args.force
    )
    with project:
        for note in boundaries.notes:
            print(f"note: {note}")
        levels = ", ".join(f"level {lvl}: {len(b.areas)}" for lvl, b in sorted(boundaries.levels.items()))
        print(f"Created {args.project} for {project.country or 'an unknown country'} ({levels}).")
    return 0


def _info(args: argparse.Namespace) -> int:
    from directory import countries
    from directory.store import Project

    with Project.open(args.project) as project:
        country = project.country
        print(f"{args.project}")
        print(f"  country: {countries.name(country) + ' (' + country + ')' if country else 'not set'}")
        print(f"  project version: {project.schema_version}")
        names = project.admin_level_names()
        if names:
            print("  admin levels: " + ", ".join(f"{level} {name}" for level, name in names.items()))
        for what, n in project.counts().items():
            print(f"  {what}: {n}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from importers.demo import build_demo

    if not args.out.exists():
        args.out.mkdir(parents=True)
    elif not args.out.is_dir():
        raise UserError(f"{args.out}: not a folder. Give a folder for --out.")
    path, report = build_demo(args.out)
    print(f"Demo project written to {path}: {report}")
    if args.open:
        args.project = path
        return _desktop(args)
    print(f"Open it with: servicemap desktop {path}")
    return 0


def _desktop(args: argparse.Namespace) -> int:
    project = getattr(args, "project", None)
    if project is not None and not project.exists():
        raise UserError(f"{project}: no such project file. Check the path, or build one with 'servicemap demo'.")
    from desktop.app import run  # Qt is imported only here

    return run(project)


def main(argv: list[str] | None = None) -> int:
    from directory.store import ProjectError
    from importers.boundaries import BoundaryError

    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            from importlib.metadata import version

            print(f"servicemap {version('servicemap')}")
            return 0
        if args.command is None:
            return _desktop(args)
        return args.run(args)
    except (UserError, ProjectError, BoundaryError) as exc:
        print(f"servicemap: error: {exc}", file=sys.stderr)
        return USER_ERROR
    except OSError as exc:  # a folder that cannot be written, a full disk …
        where = exc.filename or "file"
        print(f"servicemap: error: {where}: {exc.strerror or exc}. Check the path and its permissions.", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("servicemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
