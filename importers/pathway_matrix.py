"""A referral pathway kept as a grid, and the list of services made from it.

Coordination groups often keep their pathway as a grid: a row per place ("Hodan", "Wadajir"), a
column per service type ("Health / CMR", "Psychosocial support", "Safe shelter"), and in each cell
the organisations that offer that type there, with their numbers ("SWDC – 061 555 1234; IRC –
061 777 8899"), or "Gap". No header of such a sheet names an organisation, so the import finds no
table of services in it; :func:`find` recognises the layout, so that the sheet is skipped with a
reason that says what it is, and :func:`write_list` makes the list the import reads from it: a row
for each organisation of each cell (its place, organisation, the cell's text, the column's service
type, its phones, and the cell it came from), for a person to check before importing it. Cells that
name no one ("Gap", "N/A"), point to another cell ("see Hodan") or are not confirmed ("MSF? (tbc)")
give no row, and are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from importers import skip_reasons
from importers.column_content import is_mark
from importers.columns import header_field
from importers.readers import SheetData
from importers.service_types import TypeFinder

#: Fields a grid's first column names: its places.
_PLACE_FIELDS = frozenset(("adm1", "adm2", "adm3", "adm4", "location", "block", "site", "address"))
_HEADER_ROWS = 30  # as far down as a table's header is looked for
_MIN_TYPE_COLUMNS = 3

#: A cell (or a part of one) that names no one: a gap, not applicable, a dash.
_NO_ONE = re.compile(r"\W*(?:gaps?|n/?a|none|nil|no\s+(?:service|provider|actor)s?|aucun|néant|vide|ninguno|ninguna|"
                     r"nenhum|لا يوجد|نقص|নেই)?\W*", re.IGNORECASE)
#: A cell that points to another place's cell ("see Hodan", "voir Goma", "ver Cúcuta", "idem").
_ELSEWHERE = re.compile(r"\W*(?:see|voir|ver|cf|idem|same as|comme|igual que|انظر|দেখুন)\b", re.IGNORECASE)
#: A provider not confirmed ("MSF? (tbc)", "à confirmer").
_UNSURE = re.compile(r"\?|\btbc\b|\bto be confirmed\b|\bà confirmer\b|\bpor confirmar\b|\bpending\b", re.IGNORECASE)
_PROVIDERS = re.compile(r"\s*(?:;|\n)\s*")  # "SWDC – 061 555 1234; IRC – 061 777 8899"
_SLASH = re.compile(r"\s+/\s+(?=[^\W\d])")  # "Elman Peace: 0615 998877 / DRC 0619 334455", not "… / 0706 553 1289"
_PHONE = re.compile(r"(?:\+|00)?\d[\d\s().-]{5,}\d")
_ORG_END = re.compile(r"\s+[–—-]\s+|\s*[:(,]")  # where an organisation's name ends: "IRC – …", "SWDC (…", "Elman: …"

LIST_HEADER = ["Organisation", "Service name", "Service type", "Phone", "From cell"]


@dataclass(frozen=True)
class Matrix:
    """A grid: its header row (1-based, as Excel numbers it), its first column (the places, or in a grid
    turned the other way the service types) and the columns of its cells (the types, or the places)."""

    header_row: int
    place_column: int
    columns: tuple[int, ...]
    places: int
    types: int
    transposed: bool = False  # a row per service type, a column per place


@dataclass
class GridList:
    """What :func:`write_list` made: the grids it read (sheet names), the services, and the cells left out."""

    grids: list[str] = field(default_factory=list)
    services: int = 0
    gaps: int = 0  # "Gap", "N/A"
    elsewhere: list[str] = field(default_factory=list)  # cells pointing to another place ("see Hodan"), by cell
    unsure: list[str] = field(default_factory=list)  # providers not confirmed ("MSF? (tbc)"), by cell
    skipped: dict[str, str] = field(default_factory=dict)  # sheets too large to read, and why


def _text(value: object) -> str:
    return str(value).strip() if value not in (None, "") else ""


def find(sheet: SheetData, finder: TypeFinder) -> Matrix | None:
    """The grid of places × service types in ``sheet``, or None: a header row whose first filled cell
    names a place (District, LGA, Camp …) and at least three of whose other cells each name a service
    type, over rows whose cells in those columns are text (organisations), not marks; or a grid turned
    the other way, a header row of places over at least three rows whose first cell names a type."""
    for i, row in enumerate(sheet.rows[:_HEADER_ROWS]):
        headers = [_text(x) for x in row]
        filled = [c for c, h in enumerate(headers) if h]
        if len(filled) < _MIN_TYPE_COLUMNS:
            continue
        below = sheet.rows[i + 1:]
        if header_field(headers[filled[0]])[0] in _PLACE_FIELDS:
            typed = [c for c in filled[1:] if finder.find(type_column=headers[c]).codes]
            if len(typed) >= _MIN_TYPE_COLUMNS and len(typed) * 2 >= len(filled) - 1 and (
                    places := _named_rows(below, filled[0], typed)):
                return Matrix(i + 1, filled[0], tuple(typed), places, len(typed))
        first = filled[0] if filled[0] > 0 or not headers[0] else 0  # the corner may be empty or say "Service"
        columns = tuple(c for c in filled if c != first)
        typed_rows = [r for r in below if first < len(r) and any(c < len(r) and _text(r[c]) for c in columns)
                      and finder.matcher().codes(_text(r[first]))]  # not a note below naming a type
        if (len(typed_rows) >= _MIN_TYPE_COLUMNS and len(columns) >= 2 and not _column_names(headers, columns)
                and not finder.matcher().codes(headers[first])  # the corner is over the types, not one of them
                and _named_rows(typed_rows, first, columns)):
            return Matrix(i + 1, first, columns, len(columns), len(typed_rows), transposed=True)
    return None


def _column_names(headers: list[str], columns: tuple[int, ...]) -> bool:
    """Whether the header cells over ``columns`` are mostly a list's column names (District, Status, Cost …),
    as on a workbook's sheet of drop-down lists, rather than the places of a grid (Hodan, Camp 4 …)."""
    named = sum(header_field(headers[c])[1] >= 1.0 for c in columns)
    return named * 2 >= len(columns)


def _named_rows(rows: list[list], first: int, columns: list[int] | tuple[int, ...]) -> int:
    """How many of ``rows`` (with a first cell) have cells in ``columns``, when those cells are mostly
    text naming someone (not marks, not numbers); 0 otherwise."""
    cells_of = [[_text(r[c]) for c in columns if c < len(r) and _text(r[c])] for r in rows
                if first < len(r) and _text(r[first])]
    named_rows = [x for x in cells_of if x]  # a note under the grid fills the first column only
    cells = [x for row_cells in named_rows for x in row_cells]
    named = [x for x in cells if not is_mark(x) and any(ch.isalpha() for ch in x)]
    return len(named_rows) if named and len(named) * 2 > len(cells) else 0


def no_table_reason(sheet: SheetData, finder: TypeFinder) -> str:
    """Why ``sheet``, in which no table of services was found, is skipped: a pathway grid says what it is."""
    grid = find(sheet, finder)
    if grid is None:
        return skip_reasons.NO_TABLE
    said = skip_reasons.PATHWAY_MATRIX_TURNED if grid.transposed else skip_reasons.PATHWAY_MATRIX
    return said.format(row=grid.header_row, places=grid.places, types=grid.types)


def providers(cell: str) -> list[str]:
    """The providers a cell names, one text each ("SWDC – 061 555 1234", "IRC – 061 777 8899")."""
    parts = [p for chunk in _PROVIDERS.split(cell) for p in _SLASH.split(chunk)]
    return [p.strip() for p in parts if p.strip()]


def provider_row(text: str, service_type: str, cell: str) -> list[str]:
    """A row of the list for one provider's text: its organisation (the text up to a dash, colon,
    comma or bracket, without its phones), the text as its service name (or the type and the
    organisation when the text is only the organisation), the column's type, its phones."""
    phones = [p.strip() for p in _PHONE.findall(text)]
    words = re.sub(r"\s{2,}", " ", _PHONE.sub(" ", text)).strip(" ,;:–—-/")
    words = re.sub(r"\s*[–—-]\s*(?=\()", " ", re.sub(r"\(\s*\)", "", words)).strip()  # "GREDO – (Tue/Thu only)"
    organisation = _ORG_END.split(words, maxsplit=1)[0].strip(" ,;:–—-") or words
    name = words if words.casefold() != organisation.casefold() else f"{service_type} – {organisation}"
    return [organisation, name, service_type, " / ".join(phones), cell]


def grid_rows(sheet: SheetData, grid: Matrix, found: GridList) -> tuple[list[str], list[list[str]]]:
    """The list's header (the grid's place header first) and its rows, for one grid."""
    from importers.rows import column_letter, fill_merged_down

    fill_merged_down(sheet, grid.header_row)  # a desk merged over two districts' rows serves both
    header = sheet.rows[grid.header_row - 1]
    rows = []
    for i in range(grid.header_row, len(sheet.rows)):
        row = sheet.rows[i]
        first = _text(row[grid.place_column]) if grid.place_column < len(row) else ""
        if not first:
            continue
        for c in grid.columns:
            place, service_type = (_text(header[c]), first) if grid.transposed else (first, _text(header[c]))
            cell = _text(row[c]) if c < len(row) else ""
            where = f"{sheet.name}!{column_letter(c)}{i + 1}"
            if not cell or _NO_ONE.fullmatch(cell):
                found.gaps += bool(cell)
                continue
            if _ELSEWHERE.match(cell):
                found.elsewhere.append(f"{where} ('{cell[:40]}')")
                continue
            for text in providers(cell):
                if _NO_ONE.fullmatch(text):
                    continue
                if _UNSURE.search(text):
                    found.unsure.append(f"{where} ('{text[:40]}')")
                    continue
                rows.append([place, *provider_row(text, service_type, where)])
    found.services += len(rows)
    return ["Place" if grid.transposed else _text(header[grid.place_column]), *LIST_HEADER], rows


def write_list(path: str | Path, out: str | Path) -> GridList:
    """Write ``out`` (.xlsx): one sheet for each pathway grid of ``path``, a row for each organisation
    of each cell. Sheets with a table of services, or neither, are left out. Nothing is written
    when ``path`` holds no grid."""
    import openpyxl

    from directory.safe_text import set_xlsx_row
    from directory.taxonomy import default_taxonomy
    from importers import readers
    from importers.table import find_table

    finder = TypeFinder(default_taxonomy())
    found = GridList()
    _, sheets = readers.read_sheets(path)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in sheets:
        if sheet.skipped:
            found.skipped[sheet.name] = sheet.skipped
            continue
        if find_table(sheet) is not None or (grid := find(sheet, finder)) is None:
            continue
        header, rows = grid_rows(sheet, grid, found)
        found.grids.append(sheet.name)
        ws = book.create_sheet(sheet.name[:31])
        for n, row in enumerate([header, *rows], start=1):
            set_xlsx_row(ws, n, row)  # a cell's "=…" stays text, as the grid showed it
    if found.grids:
        book.save(out)
    return found
