"""Writing the import report: JSON (``servicemap import --report``) and XLSX (for people to filter).

The report leaves the project, so on the rows of a confidential service (a safe house) what
:mod:`directory.confidentiality` withholds from an import report is taken out of the messages:
its site's name, address and point, and coordinates as they were typed. Every cell of the
workbook goes through :mod:`directory.safe_text`.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from directory import confidentiality, safe_text
from importers.result import ImportResult

_FILL = {"imported": "E2F0D9", "updated": "DDEBF7", "duplicate": "FFF2CC", "not-a-service": "EDEDED",
         "rejected": "F8CBAD"}


def _places(result: ImportResult, project=None) -> dict[str, list[str]]:
    """Service ID -> the texts that tell where it is, for each service the report must not place."""
    sites = {s.id: s for s in result.sites}
    links = list(result.links)
    hidden = {s.id for s in result.services
              if not confidentiality.disclosure(confidentiality.IMPORT_REPORT, s.confidential).address}
    if project is not None:  # a report read back from the import history has no records of its own
        ids = {r.service_id for r in result.rows if r.service_id}
        listed = [r for r in project.listing() if r.service_id in ids]
        hidden |= {r.service_id for r in listed
                   if not confidentiality.disclosure(confidentiality.IMPORT_REPORT, r.confidential).address}
        sites.update({s.id: s for s in project.sites()} if listed else {})
        links += [(r.service_id, r.site_id) for r in listed]
    out: dict[str, list[str]] = {sid: [] for sid in hidden}
    for service_id, site_id in links:
        if service_id in out and site_id in sites:
            out[service_id] += confidentiality.place_texts(sites[site_id])
    return out


def shareable(result: ImportResult, project=None) -> dict:
    """The report as it may leave the project (see the module's docstring)."""
    report = result.report()
    places = _places(result, project)
    everywhere = sorted({t for texts in places.values() for t in texts}, key=len, reverse=True)
    for row in report["rows"]:
        if row["service_id"] in places:
            row["messages"] = [confidentiality.withhold_place(m, places[row["service_id"]]) for m in row["messages"]]
    report["notes"] = [confidentiality.withhold_place(n, everywhere) if everywhere else n for n in report["notes"]]
    return safe_text.plain_tree(report)


def write(result: ImportResult, path: str | Path, project=None) -> None:
    """Write the report as its file's ending asks: .xlsx, else JSON (see :data:`WRITERS`)."""
    WRITERS.get(Path(path).suffix.lower(), write_json)(result, path, project)


def write_json(result: ImportResult, path: str | Path, project=None) -> None:
    Path(path).write_text(json.dumps(shareable(result, project), ensure_ascii=False, indent=1), encoding="utf-8")


def write_xlsx(result: ImportResult, path: str | Path, project=None) -> None:
    """One sheet of rows (sheet, row, status, service ID, messages) with a filter, and a summary."""
    report = shareable(result, project)
    wb = openpyxl.Workbook()
    rows = wb.active
    rows.title = "Rows"
    safe_text.set_xlsx_row(rows, 1, ["Sheet", "Row", "Status", "Service ID", "Messages"])
    for cell in rows[1]:
        cell.font = Font(bold=True)
    for n, r in enumerate(report["rows"], start=2):
        safe_text.set_xlsx_row(rows, n, [r["sheet"], r["row"], r["status"], r["service_id"] or "", "\n".join(r["messages"])])
        rows.cell(n, 3).fill = PatternFill("solid", fgColor=_FILL[r["status"]])
    rows.auto_filter.ref = f"A1:E{max(len(report['rows']) + 1, 2)}"
    rows.freeze_panes = "A2"
    for col, width in zip("ABCDE", (18, 7, 14, 38, 100)):
        rows.column_dimensions[col].width = width
    summary = wb.create_sheet("Summary")
    lines = [["File", report["file"]], *[[status, n] for status, n in report["summary"].items()], [],
             ["Skipped sheet", "Why"], *[[s["sheet"], s["reason"]] for s in report["skipped_sheets"]],
             *[["Note", note] for note in report["notes"]]]
    for n, line in enumerate(lines, start=1):
        safe_text.set_xlsx_row(summary, n, line)
    summary.column_dimensions["A"].width = 20
    summary.column_dimensions["B"].width = 100
    wb.save(path)


#: The report's file endings and their writers.
WRITERS = {".json": write_json, ".xlsx": write_xlsx}
