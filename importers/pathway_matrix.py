"""Telling a referral pathway kept as a matrix from a sheet with no table.

Coordination groups often keep their pathway as a grid: a row per place ("Hodan", "Wadajir"), a
column per service type ("Health / CMR", "Psychosocial support", "Safe shelter"), and in each cell
the organisations that offer that type there, with their numbers ("SWDC – 061 555 1234; IRC –
061 777 8899"), or "Gap". No header of such a sheet names an organisation, so no table of services
is found in it; :func:`find` recognises the layout, so that the sheet is skipped with a reason that
says what it is and how to import it, instead of "a cover page, instructions or lists".
"""

from __future__ import annotations

from dataclasses import dataclass

from importers import skip_reasons
from importers.column_content import is_mark
from importers.columns import header_field
from importers.readers import SheetData
from importers.service_types import TypeFinder

#: Fields a grid's first column names: its places.
_PLACE_FIELDS = frozenset(("adm1", "adm2", "adm3", "adm4", "location", "block", "site", "address"))
_HEADER_ROWS = 30  # as far down as a table's header is looked for
_MIN_TYPE_COLUMNS = 3


@dataclass(frozen=True)
class Matrix:
    """A grid's header row (1-based, as Excel numbers it), its rows of places and its columns of types."""

    header_row: int
    places: int
    type_columns: int


def _text(value: object) -> str:
    return str(value).strip() if value not in (None, "") else ""


def find(sheet: SheetData, finder: TypeFinder) -> Matrix | None:
    """The grid of places × service types in ``sheet``, or None: a header row whose first filled cell
    names a place (District, LGA, Camp …) and at least three of whose other cells each name a service
    type, over rows whose cells in those columns are text (organisations), not marks."""
    for i, row in enumerate(sheet.rows[:_HEADER_ROWS]):
        headers = [_text(x) for x in row]
        filled = [c for c, h in enumerate(headers) if h]
        if len(filled) < _MIN_TYPE_COLUMNS + 1 or header_field(headers[filled[0]])[0] not in _PLACE_FIELDS:
            continue
        typed = [c for c in filled[1:] if finder.find(type_column=headers[c]).codes]
        if len(typed) < _MIN_TYPE_COLUMNS or len(typed) * 2 < len(filled) - 1:
            continue
        below = sheet.rows[i + 1:]
        cells_of = [[_text(r[c]) for c in typed if c < len(r) and _text(r[c])] for r in below
                    if filled[0] < len(r) and _text(r[filled[0]])]
        places = [x for x in cells_of if x]  # a note under the grid fills the first column only
        cells = [x for row_cells in places for x in row_cells]
        named = [x for x in cells if not is_mark(x) and any(ch.isalpha() for ch in x)]
        if places and named and len(named) * 2 > len(cells):
            return Matrix(i + 1, len(places), len(typed))
    return None


def no_table_reason(sheet: SheetData, finder: TypeFinder) -> str:
    """Why ``sheet``, in which no table of services was found, is skipped: a pathway grid says what it is."""
    grid = find(sheet, finder)
    return skip_reasons.PATHWAY_MATRIX.format(row=grid.header_row, places=grid.places, types=grid.type_columns) if (
        grid) else skip_reasons.NO_TABLE
