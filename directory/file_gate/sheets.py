"""How far each sheet of a workbook really reaches, read from its XML as a stream.

A reader lays a sheet out as rows × columns up to its last filled cell; a 2 KB file with one
value at XFD1048576 asks for 17 billion cells. The extent is measured here without building
the sheet: for .xlsx the cell references (``<c r="XFD1048576">``, cells with a value only: an
empty formatted cell is not laid out) and the declared ``<dimension>``; for .ods the repeated
rows and columns up to the last cell with content. Memory stays at one chunk of XML.

Most chunks of a sheet hold cells as spreadsheet programs write them, in columns already seen (or
declared in the ``<dimension>``) and in rows up to the row of the chunk's last cell. One search for a
cell tag that is not so proves it for a whole chunk, and the reach is then what it would be cell by
cell; a chunk where the search finds one is read cell by cell.
"""

from __future__ import annotations

import functools
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree
from xml.parsers import expat

from directory.file_gate.base import MAX_COLUMNS, MAX_ROWS, MAX_SHEET_CELLS

CHUNK = 4 * 2**20

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})?\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d+))?"')
#: A cell's start tag as spreadsheet programs write it: the reference first, then only the other
#: attributes a cell has, in double quotes. When every cell of a piece is written so, the quick
#: pass reads them with one expression; any other piece is read tag by tag, as XML reads it.
_WRITTEN_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"(?: (?:[st]|cm|vm|ph)="[^"<&>]*")*(/?)>')
_OTHER_C = re.compile(rb"<c[^\s/>]")
#: Where any element named c or row starts, with or without a namespace prefix.
_TAG_START = re.compile(rb"<(?:[^\s<>/!?:]+:)?(c|row)(?=[\s/>])")
_ATTRIBUTES = re.compile(rb"""((?:\s+[^\s=/<>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(/?)>""")
_ATTRIBUTE = re.compile(rb"""([^\s=/<>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_REFERENCE = re.compile(rb"([A-Za-z]+)(\d+)")
_FAR = 10**9  # a row or column number this long or longer is simply too far
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


def _up_to(limit: str, first: str, digits: str) -> bytes:
    """A pattern for the numerals from ``first`` up to ``limit`` in a positional system (``digits``
    in order, the first of them not leading a numeral): ``_up_to("T", "A", AZ)`` is A to T,
    ``_up_to("100003", "1", "0123456789")`` the row numbers 1 to 100,003 written without leading zeros."""
    def range_of(lo: str, hi: str) -> str:
        return f"[{lo}-{hi}]" if lo < hi else lo if lo == hi else ""
    any_digit = f"[{digits[0]}-{digits[-1]}]"
    ways = [f"{range_of(first, digits[-1])}{any_digit}{{0,{len(limit) - 2}}}"] if len(limit) > 1 else []
    for i, ch in enumerate(limit):
        lowest = first if i == 0 else digits[0]
        if ch > lowest:  # the same start, a smaller numeral here, anything after
            rest = len(limit) - i - 1
            ways.append(limit[:i] + range_of(lowest, digits[digits.index(ch) - 1])
                        + (f"{any_digit}{{{rest}}}" if rest else ""))
    ways.append(limit)
    return "(?:" + "|".join(ways) + ")"


@functools.lru_cache(maxsize=64)
def _cells_outside(rows: int, columns: int) -> re.Pattern:
    """Finds any cell tag in a chunk that is not written plainly (``<c r="B7" s="3" t="n">``, the
    reference first, in double quotes, and only the other attributes spreadsheet programs write; not an
    error cell, ``t="e"``) with its reference inside A1 and the given far corner; a prefixed cell
    (``<x:c``) is checked apart."""
    corner = Extent(rows, columns).cell()
    column_part = corner.rstrip("0123456789")
    inside = (_up_to(column_part, "A", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
              + _up_to(str(rows), "1", "0123456789")).encode()
    return re.compile(rb'<c(?=[\s/>])(?! r="' + inside + rb'"(?: (?:s|cm|vm|ph)="[^"<&>]*"| t="(?!e")[^"<&>]*")*/?>)')


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


_UNIQUE_COUNT = re.compile(rb"""\buniqueCount\s*=\s*["'](\d+)["']""")


def _check_shared_strings(z: zipfile.ZipFile) -> None:
    """The shared strings' ``uniqueCount``, which calamine reserves memory for before reading them: one
    that the part has no room for ("2147483648" in a 2 KB part: 51 GB) makes the workbook damaged."""
    for info in z.infolist():
        if info.filename.lower().endswith("sharedstrings.xml"):
            with z.open(info) as f:
                head = f.read(4096)
            if (m := _UNIQUE_COUNT.search(head)) and int(m[1][:12]) > min(info.file_size // 5 + 1, MAX_SHEET_CELLS):
                raise ValueError(f"its shared strings say they are {int(m[1][:12]):,}, more than the part holds")


def xlsx_extents(z: zipfile.ZipFile) -> dict[str, Extent]:
    """Sheet name → extent for every worksheet of an .xlsx/.xlsm package."""
    _check_shared_strings(z)
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
        # whole rows; in a row longer than a chunk, whole tags (a '<' is always a tag's start in XML)
        cut = max(ends) if ends and data else max(chunk.rfind(b"<"), 0) if data else len(chunk)
        body, carry = chunk[:cut], chunk[cut:]
        prefixed = b":c" in body
        plain = not prefixed or b":c " not in body and b":c>" not in body  # no namespace prefix on the cells
        # every cell of the chunk inside a corner, and one at its row; none of them an error (t="e")
        quick = not exact and not prefixed and (corner := _corner(body, extent)) and (
            _cells_outside(*corner).search(body) is None)
        if not extent.errors_or_formulas:
            edge = tail + body[:8]
            extent.errors_or_formulas = any(mark in body or mark in edge for mark in (
                (b"<f",) if quick else (b't="e"', b"<f")) + (() if plain else (b":f",)))
            tail = body[-8:]
        if quick:
            extent.grow(*corner)
            row_number = max(row_number, extent.rows)
            if not data:
                return extent
            continue
        cells = _WRITTEN_CELL.findall(body)
        if _all_written(body, cells):  # every cell as spreadsheet programs write it
            if exact:
                cells = [c for c in cells if not c[2]]  # an empty formatted cell is not laid out
            if cells:
                rows, columns = {r for _, r, _ in cells}, {c for c, _, _ in cells}
                extent.grow(max(map(int, rows)), max(map(column_number, columns)))
                row_number = max(row_number, extent.rows)
        else:
            row_number = _tag_by_tag(body, extent, row_number)
        if not data:
            return extent


def _corner(body: bytes, extent: Extent) -> tuple[int, int] | None:
    """The far corner of ``body``'s cells if they lie where cells usually do: the columns reached so far,
    rows up to the furthest so far or to its last cell's (None before any column is known, or past
    what a sheet may reach: those are measured cell by cell)."""
    last = _WRITTEN_CELL.match(body, max(body.rfind(b'<c r="'), 0))
    rows = max(extent.rows, int(last[2])) if last else extent.rows
    return (rows, extent.columns) if 0 < rows <= MAX_ROWS and 0 < extent.columns <= MAX_COLUMNS else None


def _all_written(body: bytes, cells: list) -> bool:
    """Whether ``cells`` (the quick expression's finds) are all the cell tags of ``body``."""
    count = body.count(b"<c")
    if count != len(cells):
        count -= len(_OTHER_C.findall(body))  # <cols>, <cfRule> …: elements whose names start with c
    if b":c" in body:  # cells with a namespace prefix
        count += sum(1 for m in _TAG_START.finditer(body) if m[1] == b"c" and b":" in m[0])
    return count == len(cells)


def _tag_by_tag(body: bytes, extent: Extent, row_number: int) -> int:
    """Every row and cell tag of ``body`` read as XML reads it (any prefix, attribute order or quotes,
    a '>' inside a value): a cell with a value reaches its reference, or, written without one, the
    next column of its row (the row's own number, else the one after the last). A reference that is
    not a column and a row number makes the sheet damaged: no reader can be trusted with it."""
    column = 0
    for start in _TAG_START.finditer(body):
        tag = _ATTRIBUTES.match(body, start.end())
        if tag is None:
            raise ValueError(f"a {start[1].decode()} tag that cannot be read near byte {start.start():,}")
        r = None
        for name, double, single in _ATTRIBUTE.findall(tag[1]):
            if name == b"r":
                r = double if double or not single else single  # the last one counts, as readers take it
        if start[1] == b"row":
            row_number, column = (_number(r, "row") if r is not None else row_number + 1), 0
            continue
        if r is None:
            column += 1
            row, col = row_number, column
        else:
            ref = _REFERENCE.fullmatch(r.strip())
            if ref is None:
                raise ValueError(f"the cell reference '{r[:20].decode(errors='replace')}' is not a column and a row")
            col, row = min(column_number(ref[1].upper()), _FAR), _number(ref[2], "cell")
            column = col
        if not tag[2]:  # <c …/> is an empty cell: not laid out
            extent.grow(row, col)
    return row_number


def _number(digits: bytes, what: str) -> int:
    """A row number as a reader takes it (leading zeros too: "000099999999" is row 99,999,999)."""
    if not digits.strip().isdigit():
        raise ValueError(f"the {what} number '{digits[:20].decode(errors='replace')}' is not a number")
    significant = digits.strip().lstrip(b"0") or b"0"
    return _FAR if len(significant) > 9 else min(int(significant), _FAR)


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
