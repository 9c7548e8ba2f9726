"""``init``, ``info`` and ``demo``: creating projects and seeing what they hold."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError


def register(sub) -> None:
    p = sub.add_parser("init", help="create a project from admin boundary files")
    p.add_argument("project", type=Path, help="the new project file (.gpkg)")
    p.add_argument("--boundaries", nargs="+", required=True, metavar="FILE",
                   help="admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip or a folder of them "
                        "(OCHA COD-AB or geoBoundaries)")
    p.add_argument("--country", metavar="ISO3", help="the country (read from the boundaries when not given)")
    p.add_argument("--level-names", nargs="+", metavar="NAME",
                   help="what the levels are called, from the top (e.g. Division District Upazila)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=init)

    p = sub.add_parser("info", help="what a project holds, in counts")
    p.add_argument("project", type=Path)
    p.set_defaults(run=info)

    p = sub.add_parser("demo", help="build the demo project (Chattogram division, fictional services)")
    p.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder to write it in (default: here)")
    p.add_argument("--open", action="store_true", help="then open it in the desktop application")
    p.set_defaults(run=demo)


def init(args: argparse.Namespace) -> int:
    from directory import countries
    from directory.tasks import InvalidRequest
    from importers.project_setup import NewProjectRequest, create_project

    request = NewProjectRequest(args.project, args.boundaries, country=args.country, level_names=args.level_names,
                                overwrite=args.force)
    try:
        path, boundaries = create_project(request)
    except InvalidRequest as exc:
        raise UserError(exc.describe(lambda name: "" if name in ("project", "boundaries") else "--" + name)) from None
    for note in boundaries.notes:
        print(f"note: {note}")
    levels = ", ".join(f"level {lvl}: {len(b.areas)}" for lvl, b in sorted(boundaries.levels.items()))
    country = countries.iso3(request.country) if request.country else boundaries.country
    print(f"Created {path} for {country or 'an unknown country'} ({levels}).")
    return 0


def info(args: argparse.Namespace) -> int:
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


def demo(args: argparse.Namespace) -> int:
    from desktop.demo_project import build_demo_project

    if not args.out.exists():
        args.out.mkdir(parents=True)
    elif not args.out.is_dir():
        raise UserError(f"{args.out}: not a folder. Give a folder for --out.")
    path, report = build_demo_project(args.out)
    print(f"Demo project written to {path}: {report}")
    if args.open:
        from desktop.commands.app import open_desktop

        return open_desktop(path)
    print(f"Open it with: servicemap desktop {path}")
    return 0
