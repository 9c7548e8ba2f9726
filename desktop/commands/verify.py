"""``verify-sheet`` and ``verify-import``: the periodic phone round that keeps the directory right."""

from __future__ import annotations

import argparse
from contextlib import nullcontext

from desktop.commands.common import (
    UserError,
    existing_project,
    input_file,
    output_path,
    project_file,
    report_waiting,
)


def register(sub) -> None:
    p = sub.add_parser("verify-sheet", help="write a call list (XLSX) of the services to verify, for callers to fill in")
    p.add_argument("project", type=project_file)
    p.add_argument("--out", required=True, type=output_path, metavar="FILE.xlsx")
    p.add_argument("--older-than", metavar="AGE", help="only services not verified for this long: 6m, 90d, 2w, 1y")
    p.add_argument("--include-confidential", action="store_true", help="also show the sites of confidential services")
    p.set_defaults(run=verify_sheet)

    p = sub.add_parser("verify-import", help="bring a filled call list back: show the updates and conflicts, then --apply")
    p.add_argument("project", type=project_file)
    p.add_argument("sheet", type=input_file, metavar="FILE.xlsx")
    p.add_argument("--apply", action="store_true", help="write the updates (without it, only show them)")
    p.add_argument("--sheet-wins", action="store_true", help="with --apply: apply conflicting changes too")
    p.set_defaults(run=verify_import)


def verify_sheet(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers.verification import write_sheet

    existing_project(args.project)
    if args.out.suffix.lower() != ".xlsx":
        raise UserError(f"{args.out}: the call list is an Excel workbook; give a name ending in .xlsx.")
    if not args.out.parent.exists():
        raise UserError(f"{args.out.parent}: no such folder. Create it first, or choose another place for --out.")
    with Project.open(args.project) as project:
        n = write_sheet(project, args.out, older_than=args.older_than, include_confidential=args.include_confidential)
    since = f" not verified in {args.older_than}" if args.older_than else ""
    print(f"Wrote a call list of {n} services{since} to {args.out}.")
    print(f"When it is filled in: servicemap verify-import {args.project} {args.out}")
    return 0


def verify_import(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers.verification_import import apply, plan

    existing_project(args.project)
    if not args.sheet.exists():
        raise UserError(f"{args.sheet}: no such file. Give the filled call list.")
    with Project.open(args.project) as project, (project.locked(f"Verification from {args.sheet.name}",
                                                                progress=report_waiting)
                                                 if args.apply else nullcontext()):
        # With --apply, locked before comparing: a change made meanwhile cannot slip between the two.
        the_plan = plan(project, args.sheet)
        print(f"{the_plan.called} services called, {the_plan.not_reached} not reached, "
              f"{len(the_plan.changes)} updates, {len(the_plan.conflicts)} conflicts.")
        for c in the_plan.changes:
            print(("CONFLICT " if c.conflict else "  ") + c.describe())
        for note in the_plan.notes:
            print(f"note: {note}")
        if not args.apply:
            if the_plan.changes:
                print("Nothing written yet. Check the updates above, then run again with --apply"
                      + (" (add --sheet-wins to apply the conflicting ones too)." if the_plan.conflicts else "."))
            return 0
        n = apply(project, the_plan, take_sheet=args.sheet_wins)
        kept = len(the_plan.conflicts) if not args.sheet_wins else 0
        print(f"Updated {n} services." + (f" {kept} conflicting changes were not applied (--sheet-wins applies them)."
                                          if kept else ""))
    return 0
