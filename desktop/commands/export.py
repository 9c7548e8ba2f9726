"""``export``: write the directory in an exchange format (HSDS, HXL, XLSX, CSV, GeoPackage,
GeoJSON, KML, vCard), for one admin area or all, with confidential sites withheld unless asked."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import UserError, existing_project
from importers.formats import FORMATS


def register(sub) -> None:
    names = list(FORMATS)
    p = sub.add_parser("export", help="write the directory as HSDS, HXL, XLSX, CSV, GeoPackage, GeoJSON, KML or vCard")
    p.add_argument("project", type=Path)
    p.add_argument("--format", required=True, choices=names, metavar="FORMAT",
                   help="one of: " + ", ".join(names))
    p.add_argument("--out", required=True, type=Path, metavar="PATH",
                   help="the file to write (for HSDS: .json, or a folder or .zip for the tabular data package)")
    p.add_argument("--area", metavar="PCODE", help="only services in this admin area (P-code, e.g. BD2022)")
    p.add_argument("--include-confidential", action="store_true",
                   help="also export where confidential services (safe houses) are; without it they are listed without a location")
    p.add_argument("--sheet-per-level", type=int, metavar="LEVEL",
                   help="xlsx only: one sheet per admin area of this level (2 = districts in Bangladesh)")
    p.set_defaults(run=export)


def export(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers.formats import module

    existing_project(args.project)
    if not args.out.parent.exists():
        raise UserError(f"{args.out.parent}: no such folder. Create it first, or choose another place for --out.")
    if args.sheet_per_level is not None and args.format != "xlsx":
        raise UserError("--sheet-per-level works with --format xlsx only.")
    fmt = module(args.format)
    if args.out.suffix.lower() not in fmt.SUFFIXES:
        endings = ", ".join(s or "a folder" for s in fmt.SUFFIXES)
        raise UserError(f"--out {args.out}: the {args.format} format writes {endings}. Give --out a name that ends so.")
    writer = fmt.write
    with Project.open(args.project) as project:
        area = args.area.strip().upper() if args.area else None
        if area and not any(a.pcode.upper().startswith(area) for a in project.admin_areas()):
            raise UserError(f"{args.area}: no admin area has this P-code in {args.project.name}. "
                            "Check it with 'servicemap info', or leave out --area.")
        extra = {"sheet_per_level": args.sheet_per_level} if args.sheet_per_level is not None else {}
        n = writer(project, args.out, area=area, include_confidential=args.include_confidential, **extra)
        confidential = sum(1 for s in project.services() if s.confidential)
    where = f" in {area}" if area else ""
    print(f"Wrote {n} records{where} to {args.out} ({args.format}).")
    if confidential and not args.include_confidential:
        print("Confidential services are listed without their location; add --include-confidential to export it.")
    return 0
