"""``map``: export a project's services as an offline map (one HTML file) or a print map (PNG/SVG)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError, existing_project

#: What ``--out`` may end in: the one-file offline page, or a print map.
SUFFIXES = (".html", ".png", ".svg")
PRINT_SUFFIXES = (".png", ".svg")


def register(sub) -> None:
    p = sub.add_parser(
        "map",
        help="export the services as a map that opens offline in any browser (.html), or a print map (.png, .svg)",
    )
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, metavar="DIR_OR_FILE",
                   help="a .html file (one self-contained file), a .png or .svg print map, or a folder")
    p.add_argument("--area", metavar="PCODE", help="only this admin area (its P-code) and the services in it")
    p.add_argument("--service-type", metavar="CODE", help="only services of this type (a taxonomy code)")
    p.add_argument("--title", help="the map's title (default: the project's name)")
    p.set_defaults(run=export_map)


def _choose(args, project):
    """The services and boundaries the map shows, after --area and --service-type."""
    from desktop.map.page import map_services, read_boundaries
    from desktop.curation.service_types import ServiceTypes

    types = ServiceTypes.for_project(project)
    listing = project.listing()
    if args.service_type:
        used = {c for s in listing for c in s.service_types}
        if args.service_type not in set(types.codes) | used:
            known = ", ".join(types.ordered(used)) or "none"
            raise UserError(f"--service-type {args.service_type}: no such service type. The project's types: {known}.")
        listing = [s for s in listing if args.service_type in s.service_types]
    boundaries, _ = read_boundaries(project.path, lambda: False)
    if args.area:
        known = {a.pcode for a in project.admin_areas()}
        if args.area not in known:
            raise UserError(f"--area {args.area}: no admin area has this P-code. 'servicemap info {project.path}' "
                            "lists the admin levels; P-codes look like BD2022.")  # fmt: skip
        listing = [s for s in listing if args.area in {str(p) for p in s.admin_pcodes.values()}]
    return map_services(listing), boundaries, types.map_styles()


def _within(boundaries: dict, pcode: str) -> dict:
    """The area and the areas below it; the levels above it are left out."""
    focus = None
    for level in sorted(boundaries):
        frame = boundaries[level]
        hit = frame[frame["pcode"] == pcode]
        if len(hit):
            focus = (level, hit.geometry.iloc[0].buffer(1e-6))
            break
    level, shape = focus
    out = {}
    for lvl in sorted(boundaries):
        if lvl >= level:
            frame = boundaries[lvl]
            out[lvl] = frame[frame.representative_point().within(shape)]
    return out


def export_map(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from directory.store import Project

    out: Path = args.out
    suffix = out.suffix.lower()
    with Project.open(existing_project(args.project)) as project:
        services, boundaries, styles = _choose(args, project)
        title = args.title or project.path.stem + (f" \u2013 {args.area}" if args.area else "")
    if suffix in PRINT_SUFFIXES:
        from mapping.maps.static import draw_static_map

        draw_static_map(out, boundaries=boundaries, services=services, focus_pcode=args.area, title=title,
                        type_styles=styles, size_mm=(180, 140), dpi=200)  # fmt: skip
        print(f"Print map of {len(services)} services written to {out}")
        return 0
    if suffix and suffix not in SUFFIXES + (".htm",):
        raise UserError(f"--out {out}: give a .html, .png or .svg file, or a folder.")
    if not suffix:
        if out.exists() and not out.is_dir():
            raise UserError(f"--out {out}: this is a file, not a folder; give a folder or a .html file.")
        out = out / f"{args.project.stem}-map.html"
    from mapping.maps import write_service_map
    from mapping.maps.single_file import fold_into_one_file

    if args.area:
        boundaries = _within(boundaries, args.area)
    levels = sorted(boundaries)
    with tempfile.TemporaryDirectory() as work:
        page = write_service_map(Path(work) / "map.html", services, boundaries, title=title, type_styles=styles,
                                 labels_level=levels[1] if len(levels) > 1 else None)  # fmt: skip
        fold_into_one_file(page)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, out)
    print(f"Map of {len(services)} services written to {out} (one file; it opens offline in any browser)")
    return 0
