"""``pathways``: print referral pathways (PDF, DOCX, HTML, SMS text, CSV) for admin areas."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError, existing_project

def register(sub) -> None:
    from pathways.concerns import CONCERNS
    from pathways.request import FORMATS

    p = sub.add_parser("pathways", help="print referral pathways for admin areas (PDF, DOCX, HTML, SMS, CSV)",
                       description="Print the referral pathway of each admin area from the directory. Without --concern, "
                                   "the general child-protection pathway covering all concerns.")
    p.add_argument("project", type=Path)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--area", nargs="+", metavar="PCODE", help="the admin areas (any level), by P-code")
    which.add_argument("--all", action="store_true", help="every area of --level (optionally --within one area)")
    which.add_argument("--list-areas", action="store_true", help="list the areas of --level with their P-codes")
    p.add_argument("--level", type=int, metavar="N", help="admin level for --all (default: the second level, e.g. districts)")
    p.add_argument("--within", metavar="PCODE", help="with --all: only the areas inside this one (e.g. one division)")
    p.add_argument("--concern", default="general", choices=CONCERNS, help="the concern (default: general, covering all)")
    p.add_argument("--lang", default="en", metavar="CODE", help="language of the fixed texts: en, fr, es, ar, bn (default en)")
    p.add_argument("--paper", default="A4", choices=("A4", "Letter"))
    p.add_argument("--format", default="pdf", choices=FORMATS)
    p.add_argument("--stale-months", type=int, default=6, metavar="N",
                   help="mark services not verified within N months (default 6)")
    p.add_argument("--maps", default="auto", choices=("auto", "static", "svg", "none"),
                   help="locator map: the static print maps when installed (auto), the built-in outline (svg), or none")
    p.add_argument("--out", type=Path, metavar="FILE_OR_DIR",
                   help="a file (all areas in one, with a contents page) or a folder (one file per area)")
    p.set_defaults(run=run)


def _request(args: argparse.Namespace):
    from pathways.request import PathwaysRequest

    return PathwaysRequest(args.project, args.area or [], level=args.level, within=args.within, concern=args.concern,
                           lang=args.lang, paper=args.paper, format=args.format, stale_months=args.stale_months,
                           maps=args.maps, out=args.out)


def run(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from pathways import request as pathways_request

    request = _request(args)
    try:
        request.validate()
        if args.list_areas:
            return _list_areas(request)
        if args.out is None:
            raise InvalidRequest("out", "give a file for one document, or a folder for one file per area.")
        for warning in pathways_request.warnings(request):
            print(f"Warning: {warning}")
        rendered = pathways_request.build(request)
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(Path(exc.value))
        raise UserError(exc.describe(lambda name: "--" + name.replace("_", "-"))) from None
    for target in pathways_request.write(request, rendered, _print_pdf(args.paper)):
        print(f"Wrote {target}")
    stale = sum(r.pathway.stale_count for r in rendered)
    print(f"{len(rendered)} pathway(s), {args.concern}, {args.lang}; {stale} service entries not verified "
          f"within {args.stale_months} months are marked.")
    return 0


def _list_areas(request) -> int:
    from directory.store import Project
    from pathways.directory_snapshot import DirectorySnapshot

    with Project.open(request.project) as project:
        snapshot = DirectorySnapshot.read(project)
        for pcode in request.area_codes(snapshot):
            print(f"{pcode}\t{snapshot.areas[pcode].name}")
    return 0


def _print_pdf(paper: str):
    """Qt's printing, imported only when a PDF is printed (the other formats stay Qt-free)."""

    def print_pdf(html: str, path: Path):
        from desktop.pathways.printing import html_to_pdf

        return html_to_pdf(html, path, paper=paper)

    return print_pdf
