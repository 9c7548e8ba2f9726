"""Tables side by side on one sheet ("Arua" in columns A–G, "Yumbe" in J–P, each with its own title and
header): each is read as a sheet of its own, named after its columns ("Service Mapping (J–P)").

Read as one table, the second table's columns were taken for more of the first's (its organisation as
the lead organisation of the first table's rows) and its services were lost (17th tryout). Tables are
told apart by columns empty from the header down, between blocks that each read as a table of services.
"""

from __future__ import annotations

from importers.readers import SheetData
from importers.rows import column_letter
from importers.table import HEADER_SEARCH_ROWS, find_table, is_filled

_MIN_COLUMNS = 3  # the fewest filled header cells a table beside another has (organisation, service, place)


def _blocks(header: list) -> list[tuple[int, int]]:
    """The runs of filled cells of a header row, as (first, last) columns."""
    runs: list[tuple[int, int]] = []
    for col, x in enumerate(header):
        if not is_filled(x):
            continue
        if runs and runs[-1][1] == col - 1:
            runs[-1] = (runs[-1][0], col)
        else:
            runs.append((col, col))
    return runs


def split(sheet: SheetData) -> list[SheetData]:
    """``sheet`` as one sheet per table where it holds tables side by side; else ``[sheet]``."""
    if sheet.skipped:
        return [sheet]
    for r in range(min(HEADER_SEARCH_ROWS, len(sheet.rows))):
        runs = _blocks(sheet.rows[r])
        if len(runs) < 2 or any(last - first + 1 < _MIN_COLUMNS for first, last in runs):
            continue  # the common case: no gap in a header row, nothing more is read
        parts = _parts(sheet, r, runs)
        if parts:
            return parts
    return [sheet]


def _parts(sheet: SheetData, header_row: int, runs: list[tuple[int, int]]) -> list[SheetData] | None:
    """The sheets of the tables whose headers are ``runs`` of row ``header_row``, when the columns between
    them are empty from that row down and each reads as a table of services; else None."""
    between = {col for (_, end), (start, _) in zip(runs, runs[1:]) for col in range(end + 1, start)}
    if not between:
        return None  # two runs can only touch when a cell between them is blank: no column sets them apart
    top = sheet.rows[:header_row + HEADER_SEARCH_ROWS]  # enough to tell a header; the whole sheet only then
    for first, last in runs:
        table = find_table(SheetData(sheet.name, [row[first:last + 1] for row in top]))
        if table is None or table.header_row != header_row:  # each a table whose header is this row
            return None
    for row in sheet.rows[header_row:]:
        if any(col < len(row) and is_filled(row[col]) for col in between):
            return None
    return [SheetData(
        f"{sheet.name} ({column_letter(first)}–{column_letter(last)})", [row[first:last + 1] for row in sheet.rows],
        merged=[(r0, max(c0, first) - first, r1, min(c1, last) - first) for r0, c0, r1, c1 in sheet.merged
                if c0 <= last and c1 >= first],
        errors={(r, c - first): e for (r, c), e in sheet.errors.items() if first <= c <= last},
        missing_formulas=sheet.missing_formulas if k == 0 else 0) for k, (first, last) in enumerate(runs)]
