"""A referral pathway kept as a grid of organisations, laid out as a list of services.

A district's pathway is often a grid with a row for each service type ("Medical care within 72 hrs",
"Police (VFU)", "Safe shelter") and a column for each organisation ("Chipinge District Hospital", "ZRP VFU
Chipinge", "Musasa"), each cell saying whether and how that organisation offers that type: a mark and what
to know ("✓ Casualty 24hrs – 027 2465", "✓*"), a contact ("Sgt. Moyo 0772 123 456"), a state ("SUSPENDED –
ward damaged", "planned – May 2019"), or a referral ("refer to DSD"). No header names an organisation, so
no table was found and the sheet was skipped (30th tryout, Zimbabwe). Unlike a grid of places, whose cells
name organisations to be checked first (:mod:`importers.pathway_matrix`), each cell here is one
organisation's offer of one type, and mostly a mark: the sheet is laid out as a list, a row for each cell
with something in it, which the import reads as any list. Each row keeps the Excel row of its service type
(:attr:`importers.readers.SheetData.row_numbers`) and names its cell; a cell that only refers people
elsewhere or names no offer ("refer to DSD", "none in district", "N/A") gives no row, and a note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.column_content import is_mark
from importers.columns import header_field
from importers.coordinates import point_in
from importers.readers import SheetData
from importers.service_types import TypeFinder

HEADER = ["Organisation", "Service type", "Remarks", "Phone", "Coordinates", "Grid cell"]
_HEADER_ROWS = 30  # as far down as the grid's header is looked for
_MIN_TYPE_ROWS = 3
_MIN_ORGANISATIONS = 2
#: A cell that offers nothing there: it refers people elsewhere, or names no offer.
_NO_OFFER = re.compile(r"\W*(?:refer(?:s|red|ral)?\s+(?:to|via)\b|none\b|no\s+(?:service|provider|one)\b|nil\b|"
                       r"n/?a\b|gap\b|see\b|voir\b|ver\b|via\b|\?)", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w.])(?:\+|00)?\d[\d\s().-]{5,}\d(?![\w.])|(?<![\w.])1\d{2,3}(?![\w.,])")
_BRACKETED_POINT = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")  # "Chipinge District Hospital (-20.1931, 32.6236)"
_LEADING_MARK = re.compile(r"\s*(\S+?)\*?(?:\s+|$)")


@dataclass(frozen=True)
class Grid:
    """Where the grid is: its header row (0-based), the column of its service types, its organisations' columns
    and the rows of its service types (0-based)."""

    header_row: int
    type_column: int
    columns: tuple[int, ...]
    rows: tuple[int, ...]


def _text(value: object) -> str:
    return str(value).strip() if value not in (None, "") else ""


def _marked(cell: str) -> bool:
    """Whether a cell opens with a mark ("✓", "✓*", "✓ counsellors (Mon-Fri)", "x")."""
    m = _LEADING_MARK.match(cell)
    return m is not None and is_mark(m[1].rstrip("*"))


def find(sheet: SheetData, finder: TypeFinder) -> Grid | None:
    """The grid of ``sheet``, or None: a header row of at least two organisations (not a list's column names,
    not service types) over at least three rows whose first cell names a service type, whose filled cells are
    mostly marks (else the columns are more likely places: see :mod:`importers.pathway_matrix`)."""
    codes = finder.matcher().codes
    for i, row in enumerate(sheet.rows[:_HEADER_ROWS]):
        headers = [_text(x) for x in row]
        filled = [c for c, h in enumerate(headers) if h]
        if len(filled) < _MIN_ORGANISATIONS + 1:
            continue
        first = filled[0] if filled[0] > 0 or not headers[0] else 0  # the corner may be empty or say "Service"
        columns = tuple(c for c in filled if c != first)
        if headers[first] and header_field(headers[first])[0] not in ("types", "service", "activity"):
            continue
        if sum(header_field(headers[c])[1] >= 1.0 or bool(codes(headers[c])) for c in columns) * 2 >= len(columns):
            continue  # a list's column names, or a matrix's service types
        rows = [r for r in range(i + 1, len(sheet.rows)) if _text(_cell(sheet.rows[r], first))
                and any(_text(_cell(sheet.rows[r], c)) for c in columns)]
        cells = [_text(_cell(sheet.rows[r], c)) for r in rows for c in columns if _text(_cell(sheet.rows[r], c))]
        if (sum(1 for r in rows if codes(_text(sheet.rows[r][first]))) >= _MIN_TYPE_ROWS
                and sum(map(_marked, cells)) * 2 >= len(cells)):
            return Grid(i, first, columns, tuple(rows))
    return None


def _cell(row: list, col: int) -> object:
    return row[col] if col < len(row) else None


def as_list(sheet: SheetData, grid: Grid) -> tuple[SheetData, list[str]]:
    """The grid as a list (:data:`HEADER`), a row for each cell that offers something, and the notes on the
    cells that offer nothing there."""
    from importers.rows import column_letter

    header = sheet.rows[grid.header_row]
    organisations = {}
    for c in grid.columns:  # "Chipinge District Hospital (-20.1931, 32.6236)": the name, and its point apart
        name, point = _text(header[c]), ""
        if (m := _BRACKETED_POINT.search(name)) and point_in(f"({m[1]})") is not None:
            name, point = name[:m.start()].strip(), m[1]
        organisations[c] = (name, point)
    rows, numbers, notes = [HEADER], [grid.header_row + 1], []
    for r in grid.rows:
        service_type = _text(sheet.rows[r][grid.type_column])
        for c in grid.columns:
            cell = _text(_cell(sheet.rows[r], c))
            if not cell:
                continue
            where = f"{column_letter(c)}{r + 1}"
            name, point = organisations[c]
            if not _marked(cell) and _NO_OFFER.match(cell):
                notes.append(f"sheet '{sheet.name}': cell {where} ('{cell[:60]}') refers people elsewhere or names no "
                             f"offer: no service of '{name[:60]}' is read from it")
                continue
            remarks = _LEADING_MARK.sub("", cell, count=1).strip(" –—-:") if _marked(cell) else cell
            rows.append([name, service_type, remarks, " / ".join(p.strip() for p in _PHONE.findall(cell)), point,
                         where])
            numbers.append(r + 1)
    notes.insert(0, f"sheet '{sheet.name}' is a referral pathway kept as a grid (a row for each service type, a "
                    f"column for each of {len(grid.columns)} organisations): each of its {len(rows) - 1} cells that "
                    "offers a service is read as a service of its column's organisation, on its service type's row")
    return SheetData(sheet.name, rows, row_numbers=tuple(numbers)), notes
