"""Finding the table of services on a sheet: its header row, group headers and HXL row.

The header may sit anywhere in the first 30 rows, under title rows and under merged group
headers ("Contact" spanning "Name | Phone | E-mail"); a row of HXL hashtags may follow it,
or stand alone. A sheet whose best row does not look like a table of services (a cover page,
instructions, lists for drop-downs) is skipped with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers import columns as c
from importers.readers import SheetData

HEADER_SEARCH_ROWS = 30


@dataclass
class Table:
    """Where the services are on one sheet. Row indexes are 0-based (Excel's row minus one)."""

    sheet: str
    header_row: int
    hxl_row: int | None
    first_data_row: int
    headers: list[str]
    tags: list[str]
    mapping: list[c.ColumnMap]
    organisation: str = ""  # the organisation the sheet names for all its rows (importers.sheet_organisation)

    @property
    def signature_parts(self) -> list[str]:
        return [f"{h}|{t}" for h, t in zip(self.headers, self.tags)]


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def is_filled(cell: object) -> bool:
    """Whether a cell holds anything (spaces alone are nothing)."""
    return bool(_text(cell))


def _is_hxl_row(row: list) -> bool:
    cells = [_text(x) for x in row if _text(x)]
    return bool(cells) and sum(x.startswith("#") for x in cells) >= max(1, int(0.8 * len(cells)))


def _group_labels(sheet: SheetData, row: int, width: int) -> list[str]:
    """The merged group header above ``row`` for each column ("" where none)."""
    labels = [""] * width
    if row <= 0:
        return labels
    filled = [col for col, x in enumerate(sheet.rows[row]) if _text(x)]
    for r0, c0, r1, c1 in sheet.merged:
        if filled and c0 <= filled[0] and c1 >= filled[-1]:
            continue  # a title merged across the whole table ("Kandahar – CP / GBV service mapping"), not a group
        if r0 <= row - 1 <= r1 and r1 < row and c1 > c0:
            text = _text(sheet.rows[r0][c0]) if c0 < len(sheet.rows[r0]) else ""
            for col in range(c0, min(c1 + 1, width)):
                labels[col] = text
    # a group label typed once without merging, over a run of sub-headers, is left alone
    return labels


def _headers(sheet: SheetData, row: int) -> list[str]:
    cells = sheet.rows[row]
    headers = [_text(x) for x in cells]
    # a header cell merged down from the row above ("Organisation" spanning two header rows)
    for r0, c0, r1, _c1 in sheet.merged:
        if r0 < row <= r1 and c0 < len(headers) and not headers[c0]:
            headers[c0] = _text(sheet.rows[r0][c0])
    return headers


def _mapping(sheet: SheetData, row: int, tags: list[str] | None) -> tuple[list[str], list[c.ColumnMap]]:
    headers = _headers(sheet, row)
    plain = c.map_columns(headers, tags)
    groups = _group_labels(sheet, row, len(headers))
    if not any(groups):
        return headers, plain
    combined_headers = [f"{g} {h}".strip() if g and h else h for g, h in zip(groups, headers)]
    combined = c.map_columns(combined_headers, tags)
    # per column, the reading that the matcher is surer of
    merged = [cm if cm.confidence > pm.confidence else pm for pm, cm in zip(plain, combined)]
    final_headers = [cm.header if cm.confidence > pm.confidence else pm.header for pm, cm in zip(plain, combined)]
    return final_headers, c.resolve_conflicts(merged)


def _names_types(sheet_name: str) -> bool:
    """Whether a sheet's name says what its rows offer ("Gestión de casos", "Refugios")."""
    from directory.taxonomy import default_taxonomy

    return bool(sheet_name) and bool(default_taxonomy().matcher.codes(sheet_name))


def find_table(sheet: SheetData) -> Table | None:
    """The best header row in the first rows that looks like a table of services, or None."""
    best: Table | None = None
    best_score = 0
    limit = min(HEADER_SEARCH_ROWS, len(sheet.rows))
    for i in range(limit):
        row = sheet.rows[i]
        if not any(_text(x) for x in row):
            continue
        if _is_hxl_row(row):
            if i > 0 and best is not None and best.header_row == i - 1:
                continue  # already taken as the tag row of the header above
            tags = [_text(x) for x in row]
            headers, mapping = [""] * len(tags), c.map_columns([""] * len(tags), tags)
            table = Table(sheet.name, i, i, i + 1, headers, tags, mapping)
        else:
            nxt = sheet.rows[i + 1] if i + 1 < len(sheet.rows) else []
            tags = [_text(x) for x in nxt] if _is_hxl_row(nxt) else None
            headers, mapping = _mapping(sheet, i, tags)
            tags = tags or [""] * len(headers)
            if len(tags) < len(headers):
                tags += [""] * (len(headers) - len(tags))
            hxl_row = i + 1 if any(tags) else None
            table = Table(sheet.name, i, hxl_row, i + (2 if hxl_row is not None else 1), headers, tags, mapping)
        if i == 0 and _kobo_header(row):  # KoBo's own columns ("_uuid", "_submission_time"): its header, whatever
            return table  # the language of its questions (a data row must not be taken for it)
        s = c.score(table.mapping)
        if c.looks_like_services(table.mapping, _names_types(sheet.name)) and (s > best_score or (
                s == best_score and best is not None and i == best.header_row + 1 and _named(table) > _named(best))):
            best, best_score = table, s  # or the header's second row: "Landline", "Mobile" under "Contact details"
    return best or _two_columns(sheet, limit)


def _kobo_header(row: list) -> bool:
    """Whether a row holds at least three of the columns KoBoToolbox adds to every export."""
    return sum(1 for x in row if (key := c.match_key(_text(x))) in c.KOBO_SUBMISSION or key in ("uuid", "id")) >= 3


#: Sheets of drop-down lists, whose columns are lists of choices side by side, not rows of services.
_LISTS_SHEET = re.compile(r"lists?|listas?|listes?|drop-?downs?|choices|choix|opciones|codes?|c[oó]digos|options|"
                          r"lookups?|ref(?:erence)?s?|r[ée]f[ée]rentiels?|القوائم|তালিকা", re.IGNORECASE)


def _two_columns(sheet: SheetData, limit: int) -> Table | None:
    """A list of two columns, an organisation and its service ("Organización | Servicio"): fewer fields than
    :func:`columns.looks_like_services` asks of a table, so read only when both are filled on nearly every row
    below (lists of drop-down choices, side by side, end at different rows) and the sheet is not named as lists."""
    if _LISTS_SHEET.fullmatch(sheet.name.strip()):
        return None
    for i in range(limit):
        headers = _headers(sheet, i)
        if sum(1 for h in headers if h) != 2:
            continue
        mapping = c.map_columns(headers)
        found = c.columns_of(mapping)
        org = found.get("organisation")
        what = next((found[f] for f in ("service", "types", "activity") if f in found), None)
        if org is None or what is None:
            continue
        rows = [r for r in sheet.rows[i + 1:] if any(_text(x) for x in r)]
        both = sum(1 for r in rows if org < len(r) and what < len(r) and _text(r[org]) and _text(r[what]))
        if len(rows) >= 2 and both >= 0.8 * len(rows):
            return Table(sheet.name, i, None, i + 1, headers, [""] * len(headers), mapping)
        return None
    return None


def _named(table: Table) -> int:
    """How many of the table's columns have a header."""
    return sum(1 for h in table.headers if h)


def sheet_is_empty(sheet: SheetData) -> bool:
    return not any(_text(x) for row in sheet.rows for x in row)
