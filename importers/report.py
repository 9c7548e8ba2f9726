"""Writing the import report: JSON (``servicemap import --report``) and XLSX (for people to filter)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from importers.result import ImportResult

_FILL = {"imported": "E2F0D9", "updated": "DDEBF7", "duplicate": "FFF2CC", "not-a-service": "EDEDED",
         "rejected": "F8CBAD"}


def write_json(result: ImportResult, path: str | Path) -> None:
    Path(path).write_text(json.dumps(result.report(), ensure_ascii=False, indent=1), encoding="utf-8")


def write_xlsx(result: ImportResult, path: str | Path) -> None:
    """One sheet of rows (sheet, row, status, service ID, messages) with a filter, and a summary."""
    report = result.report()
    wb = openpyxl.Workbook()
    rows = wb.active
    rows.title = "Rows"
    rows.append(["Sheet", "Row", "Status", "Service ID", "Messages"])
    for cell in rows[1]:
        cell.font = Font(bold=True)
    for r in report["rows"]:
        rows.append([r["sheet"], r["row"], r["status"], r["service_id"] or "", "\n".join(r["messages"])])
        rows.cell(rows.max_row, 3).fill = PatternFill("solid", fgColor=_FILL[r["status"]])
    rows.auto_filter.ref = f"A1:E{max(rows.max_row, 2)}"
    rows.freeze_panes = "A2"
    for col, width in zip("ABCDE", (18, 7, 14, 38, 100)):
        rows.column_dimensions[col].width = width
    summary = wb.create_sheet("Summary")
    summary.append(["File", report["file"]])
    for status, n in report["summary"].items():
        summary.append([status, n])
    summary.append([])
    summary.append(["Skipped sheet", "Why"])
    for s in report["skipped_sheets"]:
        summary.append([s["sheet"], s["reason"]])
    for note in report["notes"]:
        summary.append(["Note", note])
    summary.column_dimensions["A"].width = 20
    summary.column_dimensions["B"].width = 100
    wb.save(path)
