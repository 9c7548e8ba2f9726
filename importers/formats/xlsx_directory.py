"""A formatted XLSX directory for people: frozen header, filters, sensible column widths,
optionally one sheet per district (or whichever admin level is asked for). Confidential
services whose site is withheld get a sheet of their own, so not even their district leaves.

Text that would run as a formula is stored as inert text with Excel's quote prefix, so the
workbook shows exactly what was typed and reads back the same.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from directory import file_gate
from directory.safe_text import plain, set_xlsx_cell
from directory.store import Project
from importers.formats import flat
from importers.formats.guard import Selection, select
from importers.formats.tables import FormatError, read_rows
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".xlsx",)
MAX_WIDTH = 50
NO_AREA = "No area"
CONFIDENTIAL = "Confidential services"  # listed without their area: where they are stays in the project
WRAP = {"description", "hours", "intake", "referral", "feedback", "accessibility"}
_WRAPPED = Alignment(vertical="top", wrap_text=True)
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(name: str, used: set[str]) -> str:
    base = (str(plain(name)).translate(_BAD_SHEET_CHARS).strip() or "Sheet")[:28]
    out, n = base, 2
    while out.lower() in used:
        out, n = f"{base[:25]} ({n})", n + 1
    used.add(out.lower())
    return out


def _fill(sheet, selection: Selection, entries) -> None:
    heads = flat.headers(selection)
    for c, text in enumerate(heads, start=1):
        cell = sheet.cell(1, c)
        set_xlsx_cell(cell, text)  # the project's own names for its admin levels
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(h) + 2 for h in heads]
    for r, entry in enumerate(entries, start=2):
        values = flat.row(entry, selection)
        for c, key in enumerate(flat.KEYS, start=1):
            value = values[key]
            cell = sheet.cell(r, c)
            set_xlsx_cell(cell, value)
            if key in WRAP and value:  # styling every cell costs more than the rest of the export
                cell.alignment = _WRAPPED
            widths[c - 1] = max(widths[c - 1], min(MAX_WIDTH, len(str(value or "")) + 2))
    for c, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = w
    sheet.freeze_panes = "C2"  # header row, organisation and service name stay in view
    sheet.page_setup.orientation = "landscape"  # printed for the callers: all columns on one page width
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{max(1, len(entries) + 1)}"


def write(
    project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False,
    sheet_per_level: int | None = None,
) -> int:
    """Write the directory; with ``sheet_per_level`` (e.g. 2 for districts), one sheet per area."""
    selection = select(project, area=area, include_confidential=include_confidential)
    book = openpyxl.Workbook()
    book.remove(book.active)
    if sheet_per_level is None:
        _fill(book.create_sheet("Directory"), selection, selection.entries)
    else:
        groups: dict[str, list] = {}
        for e in selection.entries:
            pcode = e.site.admin_pcodes.get(sheet_per_level) if e.site else None
            name = selection.area_names.get(pcode, pcode) if pcode else CONFIDENTIAL if e.withheld else NO_AREA
            groups.setdefault(name, []).append(e)
        used: set[str] = set()
        for name in sorted(groups, key=lambda n: (n in (CONFIDENTIAL, NO_AREA), n)):
            _fill(book.create_sheet(_sheet_name(name, used)), selection, groups[name])
        if not groups:
            _fill(book.create_sheet("Directory"), selection, [])
    book.save(Path(out_path))
    return len(selection.entries)


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    """Read a directory workbook (every sheet in the layout this module writes)."""
    path = Path(path)
    file_gate.workbook(path, "directory workbook").require_all_readable()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise FormatError(f"{path}: not a readable XLSX workbook ({exc}).") from None
    try:
        sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
    finally:
        book.close()
    return read_rows(path.name, sheets, region=region, taxonomy=taxonomy)
