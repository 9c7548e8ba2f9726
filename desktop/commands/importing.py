"""``import``: bringing a service list (workbook, CSV or HSDS) into a project, with a report of every row."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError, existing_project


def register(sub) -> None:
    p = sub.add_parser("import", help="import a service list (.xlsx .xlsm .xls .ods .csv .tsv, HSDS .json)")
    p.add_argument("project", type=Path, help="the project file (.gpkg)")
    p.add_argument("file", type=Path, help="the service list")
    p.add_argument("--sheet", metavar="NAME", help="import only this sheet")
    p.add_argument("--report", type=Path, metavar="REPORT.json", help="write the report of every row (JSON, or XLSX if the name ends in .xlsx)")
    p.add_argument("--month-first", action="store_true", help="read 08/09/2026 as 9 August (default: 8 September)")
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers.pipeline import import_file

    existing_project(args.project)
    if args.report is not None and not args.report.parent.exists():
        raise UserError(f"{args.report.parent}: no such folder for the report. Create it first.")
    with Project.open(args.project) as project:
        result = import_file(project, args.file, sheet=args.sheet, day_first=not args.month_first)
    summary = result.summary()
    print(f"{args.file.name}: " + ", ".join(f"{n} {status}" for status, n in summary.items())
          + f" ({sum(summary.values())} rows)")
    for sheet, why in result.skipped_sheets.items():
        print(f"  skipped sheet '{sheet}': {why}")
    for note in result.notes:
        print(f"  note: {note}")
    warned = sum(1 for r in result.rows if r.status in ("imported", "updated")
                 and any(not m.startswith("already in the project") for m in r.messages))
    if warned:
        print(f"  {warned} imported rows have warnings" + ("; see the report" if args.report else
                                                             "; add --report report.json to see them"))
    if not result.tables and not result.services:
        raise UserError(f"{args.file}: no table of services found; nothing was imported. A sheet needs a header row "
                        "(in its first 30 rows) with an organisation column and a service name or type column.")
    if args.report is not None:
        from importers import report

        if args.report.suffix.lower() == ".xlsx":
            report.write_xlsx(result, args.report)
        else:
            report.write_json(result, args.report)
        print(f"  report written to {args.report}")
    return 0
