"""``export``: write the directory in an exchange format (HSDS, HXL, XLSX, CSV, GeoPackage,
GeoJSON, KML, vCard), for one admin area or all, with confidential sites withheld unless asked."""

from __future__ import annotations

import argparse

from desktop.commands.common import UserError, existing_project, output_path, project_file
from importers.formats import FORMATS


def register(sub) -> None:
    names = list(FORMATS)
    p = sub.add_parser("export", help="write the directory as HSDS, HXL, XLSX, CSV, GeoPackage, GeoJSON, KML or vCard")
    p.add_argument("project", type=project_file)
    p.add_argument("--format", required=True, choices=names, metavar="FORMAT",
                   help="one of: " + ", ".join(names))
    p.add_argument("--out", required=True, type=output_path, metavar="PATH",
                   help="the file to write (for HSDS: .json, or a folder or .zip for the tabular data package)")
    p.add_argument("--area", metavar="PCODE", help="only services in this admin area (P-code, e.g. BD2022)")
    p.add_argument("--include-confidential", action="store_true",
                   help="also export where confidential services (safe houses) are; without it they are listed without a location")
    p.add_argument("--sheet-per-level", type=int, metavar="LEVEL",
                   help="xlsx only: one sheet per admin area of this level (2 = districts in Bangladesh)")
    p.set_defaults(run=export)


def export(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from importers.formats.export import ExportRequest, run_export

    request = ExportRequest(args.project, args.format, args.out, area=args.area,
                            include_confidential=args.include_confidential, sheet_per_level=args.sheet_per_level)
    try:
        run = run_export(request)
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(args.project)
        if exc.field == "area":
            raise UserError(f"{args.area}: {exc.problem} Check it with 'servicemap info', or leave out --area.") from None
        raise UserError(exc.describe(lambda name: "--" + name.replace("_", "-"))) from None
    where = f" in {request.area}" if request.area else ""
    print(f"Wrote {run.records} records{where} to {args.out} ({args.format}).")
    if run.confidential_withheld:
        print("Confidential services are listed without their location; add --include-confidential to export it.")
    return 0
