"""Error cells (``#REF!``, ``#N/A``, ``#DIV/0!``, LibreOffice's ``Err:502``) in .xls and .ods workbooks.

python-calamine reads an error cell of an .xls or .ods file as an empty cell, so without this
module a broken formula would lose its value silently. For .xls, xlrd's BIFF reader reports
each error cell's code; for .ods, the sheet XML marks them: LibreOffice writes
``calcext:value-type="error"`` on a formula cell and the error text (``#N/A``, ``Err:502`` …)
as the cell's paragraph, with an empty ``office:string-value``. The result has the same shape
as the .xlsx scan of :mod:`importers.readers`: per sheet name, ``{"errors": {(row0, col0): text}}``.
"""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

from directory import file_gate

_T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_O = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CALC = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_TABLE, _ROW, _CELL, _COVERED = f"{{{_T}}}table", f"{{{_T}}}table-row", f"{{{_T}}}table-cell", f"{{{_T}}}covered-table-cell"
_ERROR_TEXT = re.compile(r"^(?:#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!)|Err:\d{3})$")
_HINT = re.compile(rb'value-type="error"|<text:p>(?:#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NULL!|NUM!)|Err:\d{3})</text:p>')
#: LibreOffice's own error numbers that people meet most, said as Excel would.
_LIBREOFFICE = {"Err:502": "Err:502 (invalid argument)", "Err:504": "Err:504 (wrong parameter)",
                "Err:508": "Err:508 (missing bracket)", "Err:511": "Err:511 (missing variable)",
                "Err:522": "Err:522 (circular reference)", "Err:523": "Err:523 (no result)"}


def find(book: file_gate.Workbook, sheets: list[str] | None = None) -> dict[str, dict]:
    """Per sheet name, the error cells of an .xls or .ods workbook that passed the gate ({} for other
    kinds or when none)."""
    try:
        if book.kind == "xls":
            return _xls(book, sheets)
        if book.kind == "ods":
            return _ods(book, sheets)
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, ValueError, KeyError, file_gate.FileRefused):
        return {}  # calamine reads the cells; a damaged part only costs the error markers
    except Exception as exc:  # xlrd's own errors (XLRDError, CompDocError, an assert or index on a damaged record)
        if file_gate.raised_by(exc, "xlrd"):
            return {}
        raise
    return {}


# BIFF8 records that hold an error: BOOLERR (0x0205) with its error flag set, and FORMULA
# (0x0006) whose cached result is an error (0x02, code, then 0xFFFF in the last two bytes).
_BIFF_ERROR = re.compile(rb"\x05\x02\x08\x00.{7}\x01|\x06\x00.{8}\x02\x00[\x00-\x2a]\x00\x00\x00\xff\xff", re.DOTALL)


def _xls(checked: file_gate.Workbook, wanted: list[str] | None) -> dict[str, dict]:
    """xlrd reads the whole workbook, five times slower than calamine, so it runs only when a
    scan of the file's bytes finds an error record (0.05 s for 27 MB)."""
    if not _BIFF_ERROR.search(checked.path.read_bytes()):
        return {}
    import xlrd

    out: dict[str, dict] = {}
    book = xlrd.open_workbook(str(checked.path), on_demand=True, logfile=_Quiet())
    try:
        for index, name in enumerate(book.sheet_names()):
            if wanted is not None and name not in wanted:
                continue
            sheet = book.sheet_by_index(index)
            errors = {}
            for r in range(sheet.nrows):
                types = sheet.row_types(r)
                if xlrd.XL_CELL_ERROR in types:
                    for c, t in enumerate(types):
                        if t == xlrd.XL_CELL_ERROR:
                            code = sheet.cell_value(r, c)
                            errors[(r, c)] = xlrd.error_text_from_code.get(code, f"error {code}")
            book.unload_sheet(index)
            if errors:
                out[name] = {"errors": errors}
    finally:
        book.release_resources()
    return out


class _Quiet:
    """xlrd writes warnings about odd records to a log file; nobody reads them here."""

    def write(self, text: str) -> None:
        pass


def _ods(book: file_gate.Workbook, wanted: list[str] | None) -> dict[str, dict]:
    with file_gate.zip_file(book.path, "spreadsheet", max_bytes=file_gate.MAX_UNPACKED_BYTES) as z:
        if not _ods_has_errors(z):
            return {}
        with z.open("content.xml") as f:
            return _ods_cells(ElementTree.iterparse(f, events=("start", "end")), wanted)


def _ods_has_errors(z: zipfile.ZipFile) -> bool:
    """Whether content.xml may hold an error cell, read in 8 MB pieces (a big sheet's XML is
    160 MB; plain substring tests, as a regex alone takes 1.7 s on it)."""
    tail = b""
    with z.open("content.xml") as f:
        while chunk := f.read(8 << 20):
            piece = tail + chunk
            if (b'value-type="error"' in piece or b"<text:p>#" in piece or b"<text:p>Err:" in piece) and (
                    _HINT.search(piece)):
                return True
            tail = piece[-64:]
    return False


def _ods_cells(events, wanted: list[str] | None) -> dict[str, dict]:
    out: dict[str, dict] = {}
    name, errors, row, col = None, {}, 0, 0
    repeat_cols = 1
    for event, el in events:
        tag = el.tag
        if event == "start":
            if tag == _TABLE:
                name, errors, row = el.get(f"{{{_T}}}name"), {}, 0
            elif tag == _ROW:
                col = 0
            continue
        if tag in (_CELL, _COVERED):
            repeat_cols = int(el.get(f"{{{_T}}}number-columns-repeated", "1"))
            if tag == _CELL and (wanted is None or name in wanted):
                text = "".join(el.itertext()).strip()
                formula = el.get(f"{{{_T}}}formula")
                if el.get(f"{{{_CALC}}}value-type") == "error" or (formula and _ERROR_TEXT.match(text)
                                                                  and not el.get(f"{{{_O}}}string-value")):
                    label = _LIBREOFFICE.get(text, text or "an error")
                    for k in range(min(repeat_cols, 1024)):
                        errors[(row, col + k)] = label
            col += repeat_cols
            el.clear()
        elif tag == _ROW:
            row += int(el.get(f"{{{_T}}}number-rows-repeated", "1"))
            el.clear()
        elif tag == _TABLE:
            if errors and name is not None:
                out[name] = {"errors": errors}
            el.clear()
    return out
