"""``servicemap geocode``: place every site no person has placed, offline, and say how sure."""

from __future__ import annotations

import argparse

from desktop.commands.common import UserError, existing_project, input_file, output_path, project_file

_BANDS = (("high", "≥ 0.8"), ("medium", "0.5–0.8"), ("low", "< 0.5"), ("none", "not found"))


def register(sub) -> None:
    p = sub.add_parser("geocode", help="place every site without a manual location (offline gazetteer)")
    p.add_argument("project", type=project_file)
    p.add_argument("--report", type=output_path, metavar="FILE.json", help="write every site's result to this JSON file")
    p.add_argument("--gazetteer", type=input_file, nargs="+", default=[], metavar="FILE",
                   help="add places first: a GeoNames country dump (BD.txt) or a CSV/XLSX with name, latitude, longitude")
    p.add_argument("--alias", nargs="+", default=[], metavar="OLD=NEW",
                   help="add renamings or local spellings to the project's alias table, e.g. 'Chittagong=Chattogram'")
    p.add_argument("--rebuild-index", action="store_true", help="rebuild the gazetteer index from the boundaries and GeoNames")
    p.add_argument("--no-geonames", action="store_true", help="leave GeoNames cities500 out of a new index")
    p.add_argument("--online", action="store_true",
                   help="also ask OpenStreetMap's Nominatim about sites not found offline (needs the internet; off by default)")
    p.add_argument("--contact", metavar="EMAIL", help="your e-mail, sent to Nominatim as its usage policy asks (with --online)")
    p.set_defaults(run=geocode)


def geocode(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from mapping.geocode.request import GeocodeRequest, parse_alias, run_geocode

    try:
        request = GeocodeRequest(args.project, [parse_alias(a) for a in args.alias], args.gazetteer,
                                 rebuild_index=args.rebuild_index, geonames=not args.no_geonames, online=args.online,
                                 contact=args.contact or "", report=args.report)
        request.validate()
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(args.project)
        raise UserError(exc.describe(lambda name: "--" + name.replace("_", "-"))) from None
    run = run_geocode(request)
    summary = run.summary
    for name, kept in run.places_added:
        print(f"Added {kept} places from {name} to the gazetteer.")
    people = summary.settled - summary.withheld - summary.kept
    print(f"Placed {run.placed} of {run.tried} sites "
          f"({people} placed or decided by a person were left alone).")
    if summary.withheld:
        print(f"  {summary.withheld} confidential site(s) (safe houses) whose place this copy does not hold were left "
              "alone: only people given confidential access place them.")
    if summary.kept:
        print(f"  {summary.kept} site(s) placed in another copy of the shared directory kept their point.")
    print("  by method: " + _join(summary.by_method))
    print("  by level: " + _join(summary.by_level))
    print("  by confidence: " + ", ".join(f"{label} ({rule}) {summary.by_band.get(label, 0)}" for label, rule in _BANDS))
    print(f"  {summary.flagged} with notes (parts not found, ambiguous names, points in another area); "
          f"{run.waiting} waiting for review (desktop: Tools ▸ Review locations).")
    if args.online:
        print(f"  online: {run.online_requests} requests to {run.online_service}.")
    if args.report:
        print(f"Report written to {args.report}.")
    return 0


def _join(counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: -kv[1])) or "nothing to do"
