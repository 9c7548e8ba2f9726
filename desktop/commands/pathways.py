"""``pathways``: print referral pathways (PDF, DOCX, HTML, SMS text, CSV) for admin areas."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop.commands.common import UserError, existing_project, output_path, project_file

FORMATS = ("pdf", "docx", "html", "sms", "csv")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "sms": ".txt", "csv": ".csv"}


def register(sub) -> None:
    from pathways.concerns import CONCERNS

    p = sub.add_parser("pathways", help="print referral pathways for admin areas (PDF, DOCX, HTML, SMS, CSV)",
                       description="Print the referral pathway of each admin area from the directory. Without --concern, "
                                   "the general child-protection pathway covering all concerns.")
    p.add_argument("project", type=project_file)
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
    p.add_argument("--out", type=output_path, metavar="FILE_OR_DIR",
                   help="a file (all areas in one, with a contents page) or a folder (one file per area)")
    p.set_defaults(run=run)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "area"


def _areas(args: argparse.Namespace, snapshot) -> list[str]:
    if args.area:
        return [snapshot.area(p).pcode for p in dict.fromkeys(args.area)]
    levels = snapshot.project.admin_levels()
    if not levels:
        raise UserError(f"{args.project}: the project has no admin boundaries. Add them with 'servicemap init'.")
    level = args.level if args.level is not None else (levels[1] if len(levels) > 1 else levels[0])
    areas = snapshot.areas_at_level(level)
    if args.within:
        snapshot.area(args.within)
        areas = [a for a in areas if a.pcode.startswith(args.within)]
        if not areas:
            raise UserError(f"no level {level} area lies inside {args.within}. Choose a deeper --level.")
    return [a.pcode for a in areas]


def run(args: argparse.Namespace) -> int:
    from directory.store import Project
    from pathways.directory_snapshot import DirectorySnapshot
    from pathways.texts import available_languages

    existing_project(args.project)
    if args.lang not in available_languages():
        raise UserError(f"no pathway texts in {args.lang!r}; available: {', '.join(available_languages())}.")
    if args.stale_months < 1:
        raise UserError("--stale-months must be 1 or more.")
    with Project.open(args.project) as project:
        snapshot = DirectorySnapshot.read(project)
        pcodes = _areas(args, snapshot)
        if args.list_areas:
            for pcode in pcodes:
                print(f"{pcode}\t{snapshot.areas[pcode].name}")
            return 0
        if args.out is None:
            raise UserError("give --out: a file for one document, or a folder for one file per area.")
        return _write(args, project, snapshot, pcodes)


def _write(args, project, snapshot, pcodes: list[str]) -> int:
    from pathways.build import build_pathways

    suffix = SUFFIX[args.format]
    one_file = args.out.suffix.lower() == suffix
    if not one_file and args.out.suffix and not args.out.is_dir():
        raise UserError(f"{args.out}: for --format {args.format}, give a file ending in {suffix} or a folder.")
    if one_file and not args.out.parent.exists():
        raise UserError(f"{args.out.parent}: no such folder. Create it first.")
    if not one_file:
        args.out.mkdir(parents=True, exist_ok=True)
    maps = "none" if args.format in ("sms", "csv", "docx") else args.maps
    rendered = build_pathways(project, pcodes, args.concern, args.lang, stale_months=args.stale_months,
                              maps=maps, paper=args.paper, fit=args.format in ("pdf", "html"),
                              snapshot=snapshot)
    groups = [(args.out, rendered)] if one_file else [
        (args.out / f"{r.pathway.area.pcode}-{_slug(r.pathway.area.name)}-{args.concern}-{args.lang}{suffix}", [r])
        for r in rendered
    ]
    for target, items in groups:
        _write_one(args, target, items)
        print(f"Wrote {target}")
    stale = sum(r.pathway.stale_count for r in rendered)
    print(f"{len(rendered)} pathway(s), {args.concern}, {args.lang}; {stale} service entries not verified "
          f"within {args.stale_months} months are marked.")
    return 0


def _write_one(args, target: Path, items) -> None:
    pathways = [r.pathway for r in items]
    if args.format in ("pdf", "html"):
        from pathways.html import document

        if args.format == "html":
            html = document(items, paper=args.paper, contents=len(items) > 1, editable=True)
            target.write_text(html, encoding="utf-8")
        else:
            from desktop.printing import html_to_pdf
            from pathways.combined import write_combined_pdf

            write_combined_pdf(items, target, lambda html, path: html_to_pdf(html, path, paper=args.paper), paper=args.paper)
    elif args.format == "docx":
        from pathways.docx_export import write_docx

        write_docx(pathways, target)
    elif args.format == "sms":
        from pathways.sms import sms_text

        target.write_text(sms_text(pathways), encoding="utf-8")
    else:
        from pathways.table import csv_text

        target.write_text(csv_text(pathways), encoding="utf-8-sig", newline="")
