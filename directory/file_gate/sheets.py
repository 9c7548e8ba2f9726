"""How far each sheet of a workbook really reaches, read from its XML as a stream.

A reader lays a sheet out as rows × columns up to its last filled cell; a 2 KB file with one
value at XFD1048576 asks for 17 billion cells. The extent is measured here without building
the sheet: for .xlsx the cell references (``<c r="XFD1048576">``, cells with a value only: an
empty formatted cell is not laid out) and the declared ``<dimension>``; for .ods the repeated
rows and columns up to the last cell with content. Memory stays at one chunk of XML.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree
from xml.parsers import expat

from directory.file_gate.base import MAX_COLUMNS, MAX_ROWS, MAX_SHEET_CELLS

CHUNK = 4 * 2**20

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})?\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d+))?"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?(/?)>')
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>(.*?)</(?:\w+:)?row>", re.S)
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')
_PLAIN_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


@dataclass
class Extent:
    """A sheet's reach: the last row and column a reader would lay out (1-based)."""

    rows: int = 0
    columns: int = 0
    #: Whether the sheet may hold error cells (``t="e"``) or formulas, which the importer reads from
    #: the XML itself (calamine does not say); an .xlsx sheet without either need not be read again.
    errors_or_formulas: bool = True

    def cell(self) -> str:
        """The far corner in Excel's notation (XFD1048576)."""
        letters, n = "", self.columns
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(65 + rem) + letters
        return f"{letters or 'A'}{max(self.rows, 1)}"

    def grow(self, rows: int, columns: int) -> None:
        self.rows, self.columns = max(self.rows, rows), max(self.columns, columns)


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def xlsx_extents(z: zipfile.ZipFile) -> dict[str, Extent]:
    """Sheet name → extent for every worksheet of an .xlsx/.xlsm package."""
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", _NS)}
    names = set(z.namelist())
    out = {}
    for s in book.findall("m:sheets/m:sheet", _NS):
        target = targets.get(s.get(f"{{{_NS['r']}}}id"), "") or ""
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if part in names:
            out[s.get("name")] = _xlsx_sheet(lambda part=part: z.open(part))
    return out


def _xlsx_sheet(open_part) -> Extent:
    """The sheet's extent: a quick pass over its cell references, and when that finds the sheet
    large, an exact one (a formatted empty cell far away is not laid out, so it does not count)."""
    with open_part() as f:
        extent = _scan(f, exact=False)
    if extent.rows > MAX_ROWS or extent.columns > MAX_COLUMNS or extent.rows * extent.columns > MAX_SHEET_CELLS:
        with open_part() as f:
            extent = _scan(f, exact=True)
    return extent


def _scan(f, *, exact: bool) -> Extent:
    extent, carry, first = Extent(errors_or_formulas=False), b"", True
    tail = b""  # the end of the last chunk, so a mark cut in two by a chunk's edge is still seen
    row_number = 0  # the last row seen, for rows and cells written without a reference
    while True:
        data = f.read(CHUNK)
        chunk = carry + data
        if first and (m := _DIMENSION.search(chunk[:8192])):
            extent.grow(int(m[4] or m[2] or 0), column_number(m[3] or m[1] or b""))
            first = False
        ends = [i + len(tag) for tag in (b"</row>", b":row>") if (i := chunk.rfind(tag)) >= 0]
        cut = max(ends) if ends and data else len(chunk)  # whole rows only
        body, carry = chunk[:cut], chunk[cut:]
        plain = b":c " not in body and b":c>" not in body  # no namespace prefix on the cells
        if not extent.errors_or_formulas:
            edge = tail + body[:8]
            extent.errors_or_formulas = any(mark in body or mark in edge
                                            for mark in (b't="e"', b"<f") + (() if plain else (b":f",)))
            tail = body[-8:]
        refs = _PLAIN_REF.findall(body) if plain and not exact else None
        if refs is not None and body.count(b"<c ") + body.count(b"<c>") == len(refs):
            if refs:  # the quick pass: every cell's reference, empty ones too
                rows, columns = {r for _, r in refs}, {c for c, _ in refs}
                extent.grow(max(map(int, rows)), max(map(column_number, columns)))
                row_number = extent.rows
        else:  # any attribute order, prefixes, cells without a reference: only cells with a value count
            row_number = _exact(body, extent, row_number)
        if not data:
            return extent


def _exact(body: bytes, extent: Extent, row_number: int) -> int:
    refs = _CELL_REF.findall(body)
    filled = [(c, r) for c, r, closed in refs if not closed]
    if filled:
        extent.grow(max(int(r) for _, r in filled), max(map(column_number, {c for c, _ in filled})))
    if len(_CELL.findall(body)) > len(refs):  # cells without a reference: count them row by row
        return _rows_without_refs(body, extent, row_number)
    return max([row_number] + [int(r) for _, r, _ in refs])


def _rows_without_refs(body: bytes, extent: Extent, row_number: int) -> int:
    for m in _ROW.finditer(body):
        number = _ROW_NUMBER.search(m[1])
        row_number = int(number[1]) if number else row_number + 1
        cells = len(_CELL.findall(m[2]))
        if cells:
            extent.grow(row_number, cells)
    return row_number


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def ods_extents(z: zipfile.ZipFile) -> dict[str, Extent]:
    """Sheet name → extent for every table of an OpenDocument spreadsheet (content.xml, streamed)."""
    out: dict[str, Extent] = {}
    state = {"sheet": None, "row": 0, "row_repeat": 1, "col": 0, "col_repeat": 1, "filled": False, "in_cell": False}
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def start(tag: str, attrs: dict) -> None:
        ns, _, local = tag.rpartition("}")
        if ns == _TABLE and local == "table":
            state.update(sheet=out.setdefault(attrs.get(f"{_TABLE}}}name", f"Sheet{len(out) + 1}"), Extent()), row=0)
        elif ns == _TABLE and local == "table-row":
            state.update(row_repeat=int(attrs.get(f"{_TABLE}}}number-rows-repeated", 1)), col=0)
        elif ns == _TABLE and local in ("table-cell", "covered-table-cell"):
            state.update(col_repeat=int(attrs.get(f"{_TABLE}}}number-columns-repeated", 1)), in_cell=True,
                         filled=f"{_OFFICE}}}value-type" in attrs)
        elif state["in_cell"]:
            state["filled"] = True  # a paragraph or other content inside the cell

    def end(tag: str) -> None:
        ns, _, local = tag.rpartition("}")
        if ns != _TABLE:
            return
        if local in ("table-cell", "covered-table-cell"):
            state["col"] += state["col_repeat"]
            if state["filled"] and state["sheet"] is not None:
                state["sheet"].grow(state["row"] + state["row_repeat"], state["col"])
            state.update(in_cell=False, filled=False)
        elif local == "table-row":
            state["row"] += state["row_repeat"]

    parser.StartElementHandler, parser.EndElementHandler = start, end
    with z.open("content.xml") as f:
        while data := f.read(CHUNK):
            parser.Parse(data, False)
        parser.Parse(b"", True)
    return out
