"""``gaps`` and ``suggest``: coverage gaps per admin area, and where new services would help most."""

from __future__ import annotations

import argparse

from desktop.commands.common import UserError, existing_project, input_file, output_path, project_file


def _common(p) -> None:
    p.add_argument("project", type=project_file, help="the project file (.gpkg)")
    p.add_argument("--service-type", required=True, metavar="CODE", help="a taxonomy code, e.g. case_management")
    p.add_argument("--within", metavar="5km|60min",
                   help="the threshold (default: the service type's, in minutes with --roads, else km)")
    p.add_argument("--level", type=int, metavar="N", help="the admin level of the table (default: the finest)")
    p.add_argument("--population", type=input_file, metavar="FILE",
                   help="COD-PS table (.csv/.xlsx, P-code + age/sex bands) or a population raster (.tif)")
    p.add_argument("--spread-by", type=input_file, metavar="FILE.tif",
                   help="a population raster (WorldPop) that spreads a --population table's people inside each area "
                        "(the table's totals kept); without it they are spread evenly")
    p.add_argument("--roads", type=input_file, metavar="FILE",
                   help="roads for travel time: lines (GeoPackage, GeoJSON, Shapefile) or an OpenStreetMap .osm.pbf")
    p.add_argument("--water", type=input_file, metavar="FILE",
                   help="water and barriers that cannot be crossed (polygons or lines), for travel time")
    p.add_argument("--dem", type=input_file, metavar="FILE.tif",
                   help="elevation, for walking slowed on slopes (Tobler's hiking function)")
    p.add_argument("--landcover", type=input_file, metavar="FILE.tif",
                   help="land-cover classes (e.g. ESA WorldCover) setting the off-road speed of each cell")
    p.add_argument("--landcover-speeds", type=input_file, metavar="FILE.csv",
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
    p.add_argument("--out", type=output_path, required=True, metavar="FILE", help="the gap table: .csv, .xlsx or .gpkg")
    p.add_argument("--raster", type=output_path, metavar="FILE.tif", help="also write the distance / travel-time raster")
    p.set_defaults(run=gaps)

    p = sub.add_parser("suggest", help="suggest sites for new services that would close the most gap")
    _common(p)
    p.add_argument("--add", type=int, required=True, metavar="N", help="how many new sites")
    p.add_argument("--candidates", metavar="FILE|areas|grid", type=input_file,
                   help="candidate sites: a CSV/XLSX with latitude/longitude, a point file, 'areas' (default) or 'grid'")
    p.add_argument("--method", choices=("greedy", "exact"), default="greedy",
                   help="greedy (fast) or exact (spopt MCLP with CBC, at sizes where it finishes)")
    p.add_argument("--out", type=output_path, required=True, metavar="FILE", help="the suggested sites: .csv, .xlsx or .gpkg")
    p.set_defaults(run=suggest)


def _analyse(args):
    from directory.store import Project
    from mapping.coverage import parse_within, run_gaps

    existing_project(args.project)
    threshold = parse_within(args.within) if args.within else None
    if args.walking_speed is not None and not 0 < args.walking_speed <= 50:
        raise UserError(f"--walking-speed {args.walking_speed:g}: give a walking speed in km/h above 0 (5 is usual).")
    if args.landcover_speeds and not args.landcover:
        raise UserError("--landcover-speeds: give the land-cover raster too, with --landcover FILE.tif.")
    if args.spread_by and not args.population:
        raise UserError("--spread-by: give the population table too, with --population FILE.csv.")
    for flag, path in (("--spread-by", args.spread_by), ("--roads", args.roads), ("--water", args.water), ("--dem", args.dem),
                       ("--landcover", args.landcover), ("--landcover-speeds", args.landcover_speeds)):
        if path is not None and not path.exists():
            raise UserError(f"{flag} {path}: no such file. Check the path.")
    travel = (args.roads, args.water, args.dem, args.landcover, args.walking_speed)
    if threshold and threshold.by_time is False and any(x is not None for x in travel):
        print("note: --roads, --water, --dem, --landcover and --walking-speed are used only with a time threshold "
              "(e.g. --within 60min)")
    project = Project.open(args.project)
    result = run_gaps(project, args.service_type, threshold=threshold, level=args.level, population=args.population,
                      roads=args.roads, water=args.water, dem=args.dem, scope=args.scope, cell=args.cell, capacity=args.capacity,
                      landcover=args.landcover, landcover_speeds=args.landcover_speeds, walking_kmh=args.walking_speed,
                      spread_by=args.spread_by)
    return project, result


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


def _save(project, result, args, kind: str, sites=None) -> None:
    import json

    from directory import analysis_store
    from mapping.coverage.export import catchments, raster_bytes

    with project.change("analysis", f"{kind}: {result.service_type} within {result.threshold}"):
        analysis_store.save_run(
            project, kind=kind, service_type=result.service_type, within=str(result.threshold), level=result.level,
            population=str(args.population or ""), analysed=result.population_kind,
            params={k: str(v) for k, v in vars(args).items() if k not in ("run", "project")}, notes=result.notes,
            rows=result.rows, sites=sites, catchments_geojson=json.dumps(json.loads(catchments(result).to_json())),
            raster=raster_bytes(result),
        )


def gaps(args: argparse.Namespace) -> int:
    from mapping.coverage.export import write_raster, write_table

    if args.out.suffix.lower() not in (".csv", ".xlsx", ".gpkg"):
        raise UserError(f"--out {args.out}: write the gap table as .csv, .xlsx or .gpkg.")
    project, result = _analyse(args)
    with project:
        write_table(result, args.out, project)
        if args.raster:
            write_raster(result, args.raster)
        if not args.no_save:
            _save(project, result, args, "gaps")
    _summary(result, args)
    print(f"Gap table written to {args.out}" + (f"; raster to {args.raster}" if args.raster else ""))
    return 0


def suggest(args: argparse.Namespace) -> int:
    from mapping.coverage.export import write_sites
    from mapping.coverage.suggest import suggest_sites

    if args.out.suffix.lower() not in (".csv", ".xlsx", ".gpkg"):
        raise UserError(f"--out {args.out}: write the suggested sites as .csv, .xlsx or .gpkg.")
    if args.add < 1:
        raise UserError("--add: ask for at least one new site.")
    project, result = _analyse(args)
    with project:
        placement = suggest_sites(project, result, args.add, candidates=args.candidates, roads=args.roads,
                                  method=args.method)
        sites = write_sites(placement, args.out, result)
        if not args.no_save:
            _save(project, result, args, "suggest", sites)
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
