"""How far each sheet of a binary workbook (.xls, .xlsb) reaches, read from its records.

python-calamine lays a sheet out from its cells with a value, and for .xls it first reserves
room for the rows × columns the sheet's DIMENSIONS record declares: a 6 KB .xls that declares
four billion rows, or holds one value at row 65,536 and column 65,536, aborts the process.
The extent is measured here without building the sheet: for .xls the declared DIMENSIONS and
every value cell of the sheet's BIFF records (the Workbook stream, out of its OLE container);
for .xlsb the value cells under each row header (BrtRowHdr) of the sheet's record stream,
read in pieces from the zip. Empty formatted cells (BLANK, BrtCellBlank) are not laid out, so
they do not count.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from directory.file_gate.sheets import CHUNK, Extent

# --- .xls (BIFF5/BIFF8 in an OLE compound file) -------------------------------------------------

_BOUNDSHEET, _DIMENSIONS, _EOF = 0x0085, 0x0200, 0x000A
#: Records that put a value (or a formula) in the cell at (row, column), their first four bytes.
_XLS_CELLS = {0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00BD, 0x00D6}
_MULRK = 0x00BD


def xls_extents(path: Path) -> dict[str, Extent]:
    """Sheet name → extent for every worksheet of an .xls workbook."""
    import xlrd.compdoc  # the OLE container only; xlrd's BIFF reader is not used

    with open(path, "rb") as f:
        doc = xlrd.compdoc.CompDoc(f.read(), logfile=_Quiet())
    stream = next((s for name in ("Workbook", "Book") if (s := doc.get_named_stream(name))), None)
    if stream is None:
        raise ValueError("no Workbook stream in the file")
    sheets = {}
    for kind, data in _records(stream, 0):
        if kind == _BOUNDSHEET and len(data) >= 8 and data[5] == 0:  # a worksheet (not a chart or macro sheet)
            sheets[_sheet_name(data[6:])] = struct.unpack_from("<I", data)[0]
        elif kind == _EOF:
            break
    return {name: _xls_sheet(stream, at) for name, at in sheets.items()}


def _xls_sheet(stream: bytes, at: int) -> Extent:
    """The sheet's extent from its records (one plain loop: a few million records a second)."""
    unpack, end = struct.unpack_from, len(stream) - 4
    extent, last_row, last_col = Extent(), -1, -1
    while at <= end:
        kind, size = unpack("<HH", stream, at)
        at += 4
        if kind in _XLS_CELLS and size >= 4 and at + size <= len(stream):
            row, column = unpack("<HH", stream, at)
            if kind == _MULRK and size >= 6:
                column = unpack("<H", stream, at + size - 2)[0]
            last_row = row if row > last_row else last_row
            last_col = column if column > last_col else last_col
        elif kind == _DIMENSIONS and size in (10, 14) and at + size <= len(stream):
            first_row, end_row, first_col, end_col = unpack("<IIHH" if size == 14 else "<HHHH", stream, at)
            if end_row > first_row and end_col > first_col:  # as the reader reserves: rows × columns declared
                extent.grow(end_row - first_row, end_col - first_col)
        elif kind == _EOF:
            break
        at += size
    if last_col >= 0:
        extent.grow(last_row + 1, last_col + 1)
    return extent


def _records(stream: bytes, at: int):
    """(type, data) of each BIFF record from offset ``at`` to the end of the stream."""
    end = len(stream)
    while at + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, at)
        yield kind, stream[at + 4:at + 4 + size]
        at += 4 + size


def _sheet_name(data: bytes) -> str:
    """A BoundSheet8 record's ShortXLUnicodeString (BIFF8), or a byte string (BIFF5)."""
    count = data[0] if data else 0
    if len(data) >= 2 and data[1] in (0, 1) and len(data) in (2 + count, 2 + 2 * count):
        raw = data[2:2 + count * (2 if data[1] else 1)]
        return raw.decode("utf-16-le" if data[1] else "latin-1", "replace").replace("\x00", "")
    return data[1:1 + count].decode("cp1252", "replace").replace("\x00", "")


class _Quiet:
    def write(self, text: str) -> None:
        pass


# --- .xlsb (records in a zip) -------------------------------------------------------------------

_ROW_HEADER, _END_SHEET_DATA, _BUNDLE_SHEET = 0x0000, 0x0092, 0x009C
_CELL_SHARED_STRING, _SHARED_STRING = 0x0007, 0x0013  # BrtCellIsst (its string's index at byte 8), BrtSSTItem
#: BrtCellRk … BrtFmlaError: a value (or formula) in the column of their first four bytes.
_XLSB_CELLS = range(0x0002, 0x000C)
#: A row number past the last row of a sheet: the reader stops there.
_LAST_ROW = 0x0010_0000
#: Bytes of a record's data handed on: a sheet's name and relation, a cell's column.
_HEAD = 1024
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def xlsb_extents(z: zipfile.ZipFile) -> dict[str, Extent]:
    """Sheet name → extent for every worksheet of an .xlsb package."""
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.bin.rels"))
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(_REL)}
    names = set(z.namelist())
    out = {}
    with z.open("xl/workbook.bin") as f:
        bundles = [data for kind, data in _xlsb_records(f) if kind == _BUNDLE_SHEET]
    strings = None  # how many shared strings the workbook has (counted when a cell refers to one)
    for data in bundles:
        relation, at = _wide_string(data, 8)
        name, _ = _wide_string(data, at)
        target = targets.get(relation, "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl", target))
        if part in names:
            with z.open(part) as f:
                out[name], highest = _xlsb_sheet(f)
            if highest >= 0:
                strings = _shared_strings(z) if strings is None else strings
                if highest >= strings:  # calamine's Rust code stops the process's thread on it (a panic)
                    raise ValueError(f"a cell of sheet '{name}' refers to shared string {highest + 1:,}; the "
                                     f"workbook has {strings:,}")
    return out


def _shared_strings(z: zipfile.ZipFile) -> int:
    part = next((n for n in z.namelist() if n.lower().endswith("sharedstrings.bin")), None)
    if part is None:
        return 0
    with z.open(part) as f:
        return sum(1 for kind, _ in _xlsb_records(f) if kind == _SHARED_STRING)


def _xlsb_sheet(f) -> tuple[Extent, int]:
    """The extent of one sheet's record stream, read from ``f`` in pieces (one plain loop: a few
    million records a second), and the highest shared string a cell refers to (-1 when none)."""
    found = [-1, -1, 0, -1]  # the last row and column with a value, the current row, the highest string
    try:
        _scan_xlsb(f, found)
    except (IndexError, struct.error):  # a stream cut short: the reader stops there too
        pass
    return (Extent(found[0] + 1, found[1] + 1) if found[1] >= 0 else Extent()), found[3]


def _scan_xlsb(f, found: list[int]) -> None:
    unpack = struct.unpack_from
    last_row, last_col, row, highest = found
    buf, at, eof = b"", 0, False
    while True:
        if not eof:
            piece = f.read(CHUNK)
            eof = not piece
            buf, at = buf[at:] + piece, 0
        end = len(buf) if eof else len(buf) - 16  # whole record heads only, until the last piece
        while at < end:
            kind = buf[at]
            at += 1
            if kind & 0x80:
                kind = (kind & 0x7F) | ((buf[at] & 0x7F) << 7)
                at += 1
            size = buf[at]
            at += 1
            if size & 0x80:
                size, shift = size & 0x7F, 7
                while buf[at - 1] & 0x80 and shift < 28:
                    size |= (buf[at] & 0x7F) << shift
                    at, shift = at + 1, shift + 7
            if kind < 0x0C and size >= 4:
                if kind == _ROW_HEADER:
                    row = unpack("<I", buf, at)[0]
                    if row > _LAST_ROW:
                        found[:] = last_row, last_col, row, highest
                        return
                elif kind > 1:  # a cell with a value (1 is an empty formatted cell)
                    column = unpack("<I", buf, at)[0]
                    last_col = column if column > last_col else last_col
                    last_row = row if row > last_row else last_row
                    if kind == _CELL_SHARED_STRING and size >= 12:
                        index = unpack("<I", buf, at + 8)[0]
                        highest = index if index > highest else highest
                    found[:] = last_row, last_col, row, highest
            elif kind == _END_SHEET_DATA:
                return
            at += size
        while at > len(buf) and not eof:  # the rest of a long record lies in the next pieces
            at -= len(buf)
            buf = f.read(CHUNK)
            eof = not buf
        if eof and at >= len(buf):
            return


def _xlsb_records(f):
    """(type, data) of each record of an XLSB stream, read from ``f`` in pieces; a record's data is
    cut to its first :data:`_HEAD` bytes (all a caller reads), so a long string costs nothing."""
    buf, at, eof = b"", 0, False
    while True:
        if not eof and len(buf) - at < _HEAD + 8:
            buf, at = buf[at:], 0
            while not eof and len(buf) < _HEAD + 8:
                piece = f.read(CHUNK)
                eof = not piece
                buf += piece
        try:
            kind, size, start = _header(buf, at)
        except IndexError:  # the end, or a stream cut short: the reader stops there too
            return
        yield kind, buf[start:start + min(size, _HEAD)]
        at = start + size
        while at > len(buf):  # the rest of a long record lies in the next pieces
            if eof:
                return
            at -= len(buf)
            buf = f.read(CHUNK)
            eof = not buf


def _header(buf: bytes, at: int) -> tuple[int, int, int]:
    kind = buf[at]
    at += 1
    if kind & 0x80:
        kind = (kind & 0x7F) | ((buf[at] & 0x7F) << 7)
        at += 1
    size = shift = 0
    for _ in range(4):
        byte = buf[at]
        at += 1
        size |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return kind, size, at


def _wide_string(data: bytes, at: int) -> tuple[str, int]:
    """An XLWideString at ``at`` (a 4-byte count of UTF-16 units, then the units) and where it ends."""
    if at + 4 > len(data):
        return "", len(data)
    count = struct.unpack_from("<I", data, at)[0]
    if count == 0xFFFFFFFF:  # a null string
        return "", at + 4
    end = at + 4 + 2 * count
    return data[at + 4:end].decode("utf-16-le", "replace"), end
