"""``servicemap geocode``: place every site no person has placed, offline, and say how sure."""

from __future__ import annotations

import argparse
import json

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


def _aliases(pairs: list[str]) -> list[tuple[str, str]]:
    out = []
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise UserError(f"--alias {pair!r}: write it as OLD=NEW, e.g. --alias 'Chittagong=Chattogram'.")
        out.append((old.strip(), new.strip()))
    return out


def geocode(args: argparse.Namespace) -> int:
    from directory import gazetteer_store
    from directory.store import Project
    from mapping.geocode import add_source, build_index
    from mapping.geocode.index import read_source
    from mapping.geocode.review import review_queue
    from mapping.geocode.run import geocode_project

    existing_project(args.project)
    aliases = _aliases(args.alias)
    if args.contact and not args.online:
        raise UserError("--contact is only used with --online.")
    gazetteers = [(path, read_source(path)) for path in args.gazetteer]  # every file read before anything is written
    with Project.open(args.project) as project:
        if aliases:
            with project.change("gazetteer", f"Added {len(aliases)} aliases"):
                for old, new in aliases:
                    gazetteer_store.save_alias(project, old, new)
        if args.rebuild_index:
            build_index(project, geonames=not args.no_geonames)
        elif args.no_geonames and not gazetteer_store.sources(project):
            build_index(project, geonames=False)
        for path, read in gazetteers:
            print(f"Added {add_source(project, path, read)} places from {path.name} to the gazetteer.")
        online = None
        if args.online:
            from mapping.geocode.online import OnlineGeocoder

            online = OnlineGeocoder(args.contact or "", country=_iso2(project))
        summary = geocode_project(project, online=online)
        queue = review_queue(project)
    done = sum(summary.by_method.values())
    print(f"Placed {done - summary.by_method.get('none', 0)} of {done} sites "
          f"({summary.settled} placed or decided by a person were left alone).")
    print("  by method: " + _join(summary.by_method))
    print("  by level: " + _join(summary.by_level))
    print("  by confidence: " + ", ".join(f"{label} ({rule}) {summary.by_band.get(label, 0)}" for label, rule in _BANDS))
    print(f"  {summary.flagged} with notes (parts not found, ambiguous names, points in another area); "
          f"{len(queue)} waiting for review (desktop: Tools ▸ Review locations).")
    if online is not None:
        print(f"  online: {online.requests} requests to {online.service}.")
    if args.report:
        args.report.write_text(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"Report written to {args.report}.")
    return 0


def _iso2(project) -> str | None:
    from directory import countries

    return countries.iso2(project.country) if project.country else None


def _join(counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: -kv[1])) or "nothing to do"
