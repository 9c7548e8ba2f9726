"""``import``: bringing a service list (workbook, CSV or HSDS) into a project, with a report of every row."""

from __future__ import annotations

import argparse

from desktop.commands.common import (
    UserError,
    existing_project,
    input_file,
    output_path,
    project_file,
    report_waiting,
)


def register(sub) -> None:
    p = sub.add_parser("import", help="import a service list (.xlsx .xlsm .xls .ods .csv .tsv, HSDS .json)")
    p.add_argument("project", type=project_file, help="the project file (.gpkg)")
    p.add_argument("file", type=input_file, help="the service list")
    p.add_argument("--sheet", metavar="NAME", help="import only this sheet")
    p.add_argument("--report", type=output_path, metavar="REPORT.json", help="write the report of every row (JSON, or XLSX if the name ends in .xlsx)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="day_first", action="store_const", const=True,
                       help="read 08/09/2026 as 8 September (default: the project's date order)")
    order.add_argument("--month-first", dest="day_first", action="store_const", const=False,
                       help="read 08/09/2026 as 9 August (default: the project's date order)")
    p.set_defaults(run=run_import, day_first=None)
    dates = sub.add_parser("import-dates", help="show or set how imports read dates such as 08/09/2026")
    dates.add_argument("project", type=project_file, help="the project file (.gpkg)")
    dates.add_argument("order", nargs="?", choices=("day-first", "month-first", "country"),
                       help="store this order for the project ('country': back to the country's usual order)")
    dates.set_defaults(run=run_dates)
    reports = sub.add_parser("import-report", help="list the imports made into a project, or write one's report")
    reports.add_argument("project", type=project_file, help="the project file (.gpkg)")
    which = reports.add_mutually_exclusive_group()
    which.add_argument("--list", action="store_true", help="list the imports (the default without --id or --out)")
    which.add_argument("--last", action="store_true", help="the newest import")
    which.add_argument("--id", type=int, metavar="N", help="the import numbered N in the list")
    reports.add_argument("--out", type=output_path, metavar="REPORT.xlsx", help="write the report (.xlsx, else JSON)")
    reports.set_defaults(run=run_report)
    grid = sub.add_parser("grid-to-list", help="make a service list from a referral pathway kept as a grid "
                                               "(places x service types, organisations in the cells)")
    grid.add_argument("grid", type=input_file, help="the workbook holding the grid")
    grid.add_argument("--out", type=output_path, metavar="LIST.xlsx",
                      help="the list to write (default: the grid's name with ' - list.xlsx', beside it)")
    grid.set_defaults(run=run_grid_to_list)


def run_import(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from importers import date_order
    from importers.pipeline import no_table_found
    from importers.request import ImportRequest, run_import as import_request

    request = ImportRequest(args.project, args.file, sheet=args.sheet, day_first=args.day_first, report=args.report)
    try:
        request.validate()
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(args.project)
        raise UserError(exc.describe(lambda name: "--report" if name == "report" else "")) from None
    run = import_request(request, progress=report_waiting)
    result, order = run.result, run.order
    if not run.imported_anything:
        raise UserError(no_table_found(args.file, result))
    summary = result.summary()
    print(f"{args.file.name}: " + ", ".join(f"{n} {status}" for status, n in summary.items())
          + f" ({sum(summary.values())} rows)")
    print(f"  dates read {order.replace('-', ' ')} ({date_order.example(order)})")
    for sheet, why in result.skipped_sheets.items():
        print(f"  skipped sheet '{sheet}': {why}")
    for note in result.notes:
        print(f"  note: {note}")
    warned = sum(1 for r in result.rows if r.status in ("imported", "updated")
                 and any(not m.startswith("already in the project") for m in r.messages))
    if warned:
        print(f"  {warned} imported rows have warnings" + ("; see the report" if args.report else
                                                             "; add --report report.json to see them"))
    print(f"  the report is kept in the project: servicemap import-report {args.project} --last")
    if args.report is not None:
        print(f"  report written to {args.report}")
    return 0


def run_dates(args: argparse.Namespace) -> int:
    from directory import countries
    from directory.store import Project
    from importers import date_order

    existing_project(args.project)
    with Project.open(args.project) as project:
        if args.order:
            date_order.set_order(project, None if args.order == "country" else args.order)
        stored = date_order.stored_order(project)
        order = date_order.project_order(project)
        where = ("chosen for this project" if stored else
                 f"usual in {countries.name(project.country)}" if project.country else "the default")
    print(f"{args.project.name}: dates are read {order.replace('-', ' ')} ({where}): {date_order.example(order)}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers import history

    existing_project(args.project)
    if args.out is not None and not args.out.parent.exists():
        raise UserError(f"{args.out.parent}: no such folder for the report. Create it first.")
    with Project.open(args.project) as project:
        if args.list or (args.id is None and not args.last and args.out is None):
            listed = history.entries(project)
            if not listed:
                print(f"{args.project.name}: no imports recorded yet")
            for e in listed:
                counts = ", ".join(f"{n} {s}" for s, n in e.summary.items() if n)
                print(f"{e.id:>4}  {e.at}  {e.user}  {e.file}: {counts or 'no rows'}")
            return 0
        result = history.load(project, args.id)
    e = result.entry
    summary = result.summary()
    print(f"import {e.id} of {e.file} ({e.at}, {e.user}): " + ", ".join(f"{n} {s}" for s, n in summary.items()))
    if args.out is not None:
        from importers import report

        with Project.open(args.project) as project:  # which services are confidential, for the report to withhold
            report.write(result, args.out, project)
        print(f"  report written to {args.out}")
    else:
        for r in result.rows:
            if r.messages:
                print(f"  {r.sheet} row {r.row}: {r.status}: {'; '.join(r.messages)}")
    return 0


def run_grid_to_list(args: argparse.Namespace) -> int:
    from importers.pathway_matrix import write_list

    if not args.grid.is_file():
        raise UserError(f"{args.grid}: no such file. Check the name and the folder.")
    out = args.out or args.grid.with_name(f"{args.grid.stem} - list.xlsx")
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out}: the list is written as .xlsx; give --out a name ending in .xlsx.")
    if not out.parent.exists():
        raise UserError(f"{out.parent}: no such folder for the list. Create it first.")
    made = write_list(args.grid, out)
    if not made.grids:
        why = "".join(f" Sheet '{sheet}' was skipped: {reason}." for sheet, reason in list(made.skipped.items())[:1])
        raise UserError(f"{args.grid}: no referral pathway grid found (a header row naming a place, then at least "
                        "three service types, with the organisations in the cells); nothing was written." + (why or (
                            " A list with one service per row is imported as it is: servicemap import PROJECT FILE")))
    print(f"{args.grid.name}: {len(made.grids)} grid(s) ({', '.join(made.grids)}): {made.services} services "
          f"written to {out}")
    if made.gaps:
        print(f"  {made.gaps} cells say no one offers the service there (Gap, N/A): no row")
    for what, cells in (("point to another place's cell", made.elsewhere), ("are not confirmed", made.unsure)):
        if cells:
            print(f"  {len(cells)} cells {what}, no row: " + ", ".join(cells))
    print(f"  check the list (each row names the cell it came from), then: servicemap import PROJECT \"{out}\"")
    return 0
