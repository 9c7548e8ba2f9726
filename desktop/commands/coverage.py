"""``gaps`` and ``suggest``: coverage gaps per admin area, and where new services would help most."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError, existing_project


def _common(p) -> None:
    p.add_argument("project", type=Path, help="the project file (.gpkg)")
    p.add_argument("--service-type", required=True, metavar="CODE", help="a taxonomy code, e.g. case_management")
    p.add_argument("--within", metavar="5km|60min",
                   help="the threshold (default: the service type's, in minutes with --roads, else km)")
    p.add_argument("--level", type=int, metavar="N", help="the admin level of the table (default: the finest)")
    p.add_argument("--population", type=Path, metavar="FILE",
                   help="COD-PS table (.csv/.xlsx, P-code + age/sex bands) or a population raster (.tif)")
    p.add_argument("--spread-by", type=Path, metavar="FILE.tif",
                   help="a population raster (WorldPop) that spreads a --population table's people inside each area "
                        "(the table's totals kept); without it they are spread evenly")
    p.add_argument("--roads", type=Path, metavar="FILE",
                   help="roads for travel time: lines (GeoPackage, GeoJSON, Shapefile) or an OpenStreetMap .osm.pbf")
    p.add_argument("--water", type=Path, metavar="FILE",
                   help="water and barriers that cannot be crossed (polygons or lines), for travel time")
    p.add_argument("--dem", type=Path, metavar="FILE.tif",
                   help="elevation, for walking slowed on slopes (Tobler's hiking function)")
    p.add_argument("--landcover", type=Path, metavar="FILE.tif",
                   help="land-cover classes (e.g. ESA WorldCover) setting the off-road speed of each cell")
    p.add_argument("--landcover-speeds", type=Path, metavar="FILE.csv",
                   help="class,speed_kmh table for --landcover (default: ESA WorldCover speeds; 0 = impassable)")
    p.add_argument("--walking-speed", type=float, metavar="KMH",
                   help="off-road walking speed in km/h (default 5), where no land cover says otherwise")
    p.add_argument("--scope", nargs="+", metavar="PCODE",
                   help="analyse only these areas (default: the top-level areas that hold services)")
    p.add_argument("--cell", type=float, metavar="METRES", help="grid cell size (default: 100–250 m, by area size)")
    p.add_argument("--capacity", action="store_true", help="limit each service to its capacity (AccessMod's method)")
    p.add_argument("--no-save", action="store_true", help="do not store the result in the project")


def register(sub) -> None:
    p = sub.add_parser("gaps", help="children out of reach of a type of service, per admin area")
    _common(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the gap table: .csv, .xlsx or .gpkg")
    p.add_argument("--raster", type=Path, metavar="FILE.tif", help="also write the distance / travel-time raster")
    p.set_defaults(run=gaps)

    p = sub.add_parser("suggest", help="suggest sites for new services that would close the most gap")
    _common(p)
    p.add_argument("--add", type=int, required=True, metavar="N", help="how many new sites")
    p.add_argument("--candidates", metavar="FILE|areas|grid",
                   help="candidate sites: a CSV/XLSX with latitude/longitude, a point file, 'areas' (default) or 'grid'")
    p.add_argument("--method", choices=("greedy", "exact"), default="greedy",
                   help="greedy (fast) or exact (spopt MCLP with CBC, at sizes where it finishes)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the suggested sites: .csv, .xlsx or .gpkg")
    p.set_defaults(run=suggest)


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _gaps_request(args):
    """The command line's options as a gaps request (its fields are named after them)."""
    from mapping.coverage.request import GapsRequest

    return GapsRequest(args.project, args.service_type, within=args.within or "", level=args.level,
                       population=args.population, spread_by=args.spread_by, roads=args.roads, water=args.water,
                       dem=args.dem, landcover=args.landcover, landcover_speeds=args.landcover_speeds,
                       walking_speed=args.walking_speed, scope=args.scope or [], cell=args.cell, capacity=args.capacity,
                       save=not args.no_save, out=args.out if args.command == "gaps" else None,
                       raster=getattr(args, "raster", None))


def _checked(request):
    """``request`` once valid; its problems in the command line's words, and a note on unused inputs."""
    from directory.tasks import InvalidRequest

    try:
        request.validate()
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(Path(exc.value))
        raise UserError(exc.describe(_option)) from None
    gaps = getattr(request, "gaps", request)
    if gaps.unused_inputs():
        print("note: --roads, --water, --dem, --landcover and --walking-speed are used only with a time threshold "
              "(e.g. --within 60min)")
    return request


def _friction_line(args, result) -> str | None:
    """Which inputs made the travel-time surface, in one line for the summary."""
    if not result.threshold.by_time:
        return None
    from mapping.coverage.osm import is_osm

    parts = []
    if args.roads:
        parts.append(f"roads {args.roads.name}" + (" (OpenStreetMap)" if is_osm(args.roads) else ""))
    if args.landcover:
        table = args.landcover_speeds.name if args.landcover_speeds else "ESA WorldCover default speeds"
        parts.append(f"land cover {args.landcover.name} ({table})")
    if args.water:
        parts.append(f"water and barriers {args.water.name}")
    if args.dem:
        parts.append(f"slopes from {args.dem.name}")
    walk = args.walking_speed if args.walking_speed is not None else 5.0
    parts.append(f"walking {walk:g} km/h off-road" + (" where no land cover" if args.landcover else ""))
    return "Travel time over: " + "; ".join(parts)


def _warn(result, args) -> None:
    """What can make the result quietly wrong: services without a type, areas with nothing verified."""
    from directory.checks import directory_warnings
    from directory.store import Project

    with Project.open(args.project) as project:
        warnings = directory_warnings(project, service_types=[result.service_type], areas=args.scope,
                                      level=result.level)
    for warning in warnings:
        print(f"Warning: {warning}")


def _summary(result, args=None) -> None:
    t = result.totals()
    kind = result.population_kind
    pct = 100 * t["covered"] / t["analysed"] if t["analysed"] else 0
    print(f"{result.service_type} within {result.threshold}, admin level {result.level}:")
    line = _friction_line(args, result) if args is not None else None
    if line:
        print(line)
    for note in result.notes:
        print(f"  {note}")
    print(f"{kind.capitalize()} in scope: {t['analysed']:,}")
    print(f"Covered: {t['covered']:,} ({pct:.1f}%)")
    print(f"Beyond the threshold: {t['uncovered']:,}")
    print("Worst five areas:")
    for r in result.worst(5):
        print(f"  {r['rank']}. {r['name']} ({r['pcode']}): {r['uncovered']:,} {kind} beyond, {r['pct_covered'] or 0:.1f}% covered")


def gaps(args: argparse.Namespace) -> int:
    from mapping.coverage.request import run_gaps_request

    run = run_gaps_request(_checked(_gaps_request(args)))
    _warn(run.result, args)
    _summary(run.result, args)
    print(f"Gap table written to {args.out}" + (f"; raster to {args.raster}" if args.raster else ""))
    return 0


def suggest(args: argparse.Namespace) -> int:
    from mapping.coverage.request import SuggestRequest, run_suggest_request

    request = _checked(SuggestRequest(_gaps_request(args), args.add, args.candidates or "areas", args.method, args.out))
    run = run_suggest_request(request)
    result, placement = run.result, run.placement
    _warn(result, args)
    _summary(result, args)
    kind = result.population_kind
    print(f"Suggested sites ({placement.method}, {placement.seconds:.1f} s):")
    for note in placement.notes:
        print(f"  {note}")
    for pick in placement.picks:
        print(f"  {pick.order}. {pick.name}: adds {pick.adds:,} {kind} (total {pick.cumulative:,})")
    t = result.totals()
    print(f"Together they would cover {placement.covered:,} of the {t['uncovered']:,} {kind} beyond the threshold.")
    print(f"Sites written to {args.out}")
    return 0
