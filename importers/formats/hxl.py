"""HXL-tagged tables in the 3W/4W style (who does what, where), as CSV or XLSX.

A header row in words, then a row of HXL hashtags (#org+name, #activity+name, #sector+code,
#adm2+code, #geo+lat …) so that HDX and HXL tools can read the file. The reader goes by the
hashtags, so a partner's HXL file with these tags and other columns reads too.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from directory import file_gate
from directory.safe_text import set_xlsx_cell
from directory.store import Project
from importers.formats import flat
from importers.formats.guard import select
from importers.formats.tables import FormatError, read_csv_rows, read_rows, write_csv
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".csv", ".xlsx")
SHEET = "3W"


def _table(project, area, include_confidential) -> list[list[object]]:
    selection = select(project, area=area, include_confidential=include_confidential)
    body = [[r[k] for k in flat.KEYS] for r in (flat.row(e, selection) for e in selection.entries)]
    return [flat.headers(selection), list(flat.TAGS)] + body


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """HXL CSV, or HXL XLSX when ``out_path`` ends in .xlsx; returns the number of service rows."""
    out_path = Path(out_path)
    table = _table(project, area, include_confidential)
    if out_path.suffix.lower() == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = SHEET
        for r, values in enumerate(table, start=1):
            for c, value in enumerate(values, start=1):
                set_xlsx_cell(sheet.cell(r, c), value)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for cell in sheet[2]:
            cell.font = Font(italic=True, color="555555")
            cell.fill = PatternFill("solid", fgColor="EEEEEE")
        sheet.freeze_panes = "A3"
        book.save(out_path)
    else:
        write_csv(out_path, table)
    return len(table) - 2


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    """Read an HXL CSV or XLSX by its hashtags."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        file_gate.workbook(path, "HXL workbook").require_all_readable()
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise FormatError(f"{path}: not a readable XLSX workbook ({exc}).") from None
        try:
            sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
        finally:
            book.close()
    else:
        sheets = [(path.stem, read_csv_rows(path))]
    return read_rows(path.name, sheets, region=region, taxonomy=taxonomy, prefer_tags=True)
