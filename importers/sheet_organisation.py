"""The organisation a sheet names for all its rows, where no column names it: a line above the header
("Kurum / Organisation: SGDD-ASAM"), else the sheet's own name where the workbook keeps one sheet per
organisation ("ASAM", "Kızılay", "KAMER" …: three sheets or more with the same columns, none an
organisation column). Without it, each service's organisation was read from its name, and a row
naming only its service ("Vaka yönetimi") was left out (17th tryout)."""

from __future__ import annotations

from importers import values as v
from importers.columns import header_field
from importers.readers import SheetData
from importers.table import Table, find_table, is_filled

_ORGANISATION_FIELDS = ("organisation", "lead_organisation", "organisation_other")
_SHEETS_PER_ORGANISATION = 3  # the fewest sheets of one layout that make a workbook one sheet per organisation


def names_none(table: Table) -> bool:
    """Whether no column of ``table`` names the organisation."""
    return not any(m.field in _ORGANISATION_FIELDS for m in table.mapping)


def named_above(sheet: SheetData, table: Table) -> str:
    """The organisation a line above the header names ("Organisation: IRC", "Kurum / Organisation: ASAM"),
    else ""."""
    for row in sheet.rows[:table.header_row]:
        filled = [x for x in row if is_filled(x)]
        if len(filled) == 2 and all(type(x) is str for x in filled):
            label = filled[0].strip().rstrip(":：").strip()
            if header_field(label)[0] in _ORGANISATION_FIELDS:
                return v.clean_text(filled[1])
    return ""


def one_sheet_each(sheets: list[SheetData]) -> set[str]:
    """The sheets of a workbook kept as one sheet per organisation: their tables have the same columns,
    none naming the organisation, on three sheets or more."""
    if sum(1 for s in sheets if not s.skipped) < _SHEETS_PER_ORGANISATION:
        return set()
    layouts: dict[tuple, list[str]] = {}
    for sheet in sheets:
        if sheet.skipped or not sheet.rows:
            continue
        table = find_table(sheet)
        if table is not None and names_none(table):
            layouts.setdefault(tuple(h.strip().lower() for h in table.headers if h), []).append(sheet.name)
    return {name for names in layouts.values() if len(names) >= _SHEETS_PER_ORGANISATION for name in names}
