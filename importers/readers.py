"""Reading every sheet of a workbook or a CSV file into plain rows, with Excel's row numbers.

Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods, whatever their name says) go through python-calamine, which is about ten times
faster than openpyxl. ``rows[i]`` is Excel's row ``i + 1`` (calamine's
``skip_empty_area=False``). What calamine hides is recovered from the sheet's XML for .xlsx:
error cells (``#REF!``, ``#N/A``), which calamine turns into empty cells, and formula cells
saved without a value (files written by scripts), whose values are missing. Error cells of
.xls and .ods files are found by :mod:`importers.cell_errors`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import python_calamine

from directory import file_gate
from importers import cell_errors, csvtext, file_kinds, skip_reasons
from importers.errors import ImportFileError

#: Rows per sheet ServiceMap reads; a sheet with more is skipped with the reason.
MAX_ROWS = file_gate.MAX_ROWS
#: How the gate's messages name the file.
WHAT = "service list"


@dataclass
class SheetData:
    """One sheet's cells. ``rows[i]`` is the row Excel numbers ``i + 1``."""

    name: str
    rows: list[list]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 0-based
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row0, col0) -> "#REF!"
    missing_formulas: int = 0  # formula cells saved without a value
    skipped: str = ""  # why the sheet cannot be read ("" when it was)
    joined: frozenset[int] = frozenset()  # columns joined from another sheet (a KoBo repeat's submission)
    #: Where the sheet was laid out anew (a pathway grid's cells as a list): the Excel row each row stands for.
    row_numbers: tuple[int, ...] = ()


def read_sheets(path: str | Path, *, sheet: str | None = None) -> tuple[str, list[SheetData]]:
    """The kind of file and every sheet of it (or only ``sheet``), after the safety checks.

    A sheet reaching further than ServiceMap reads (:mod:`directory.file_gate`) is skipped with
    the reason, before the reader lays it out in memory."""
    path = Path(path)
    found = file_kinds.kind_of(path)  # by content, whatever the file is called
    if found.kind == "hxl json":
        tables = file_kinds.json_tables(path)
        return found.kind, [_sheet(name or path.stem, rows) for name, rows in tables
                            if sheet is None or sheet == (name or path.stem)]
    if not found.is_workbook:
        return found.kind, [_text_table(path, found)]
    book_check = file_gate.workbook(path, WHAT, kind=found.kind)
    book_check.require_openable()
    kind = book_check.kind
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods") and not found.note(path):
            book = python_calamine.CalamineWorkbook.from_path(str(book_check.path))
        else:  # named otherwise: calamine picks its reader by the name, so hand it the bytes
            with book_check.path.open("rb") as f:
                book = python_calamine.CalamineWorkbook.from_filelike(f)
    except python_calamine.PasswordError:
        raise ImportFileError(f"{path}: the workbook is protected by a password. Remove the password in Excel, "
                              "save it, and import it again.") from None
    except BaseException as exc:  # calamine's own errors (XML, zip, damaged records) and its panics
        if not _calamine_failed(exc):
            raise
        raise ImportFileError(f"{path}: the workbook is damaged and cannot be read ({_short(exc)}). "
                              "Open it in Excel or LibreOffice, save it again, and import the new copy.") from None
    names = [m.name for m in book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
    hidden_sheets = {m.name for m in book.sheets_metadata if not str(m.visible).endswith("Visible")}
    if sheet is not None:
        if sheet not in names:
            raise ImportFileError(f"{path}: no sheet named '{sheet}'. The sheets are: " + ", ".join(f"'{n}'" for n in names))
        names = [sheet]
    hidden = _xlsx_hidden(book_check) if kind == "xlsx" else cell_errors.find(book_check, names)
    out = []
    try:
        for name in names:
            data = SheetData(name, [])
            if sheet is None and name in hidden_sheets:  # "old_2022 (do not use)": read when chosen by name
                data.skipped = skip_reasons.HIDDEN
                out.append(data)
                continue
            data.skipped = book_check.too_large(name, max_rows=MAX_ROWS)
            if data.skipped:
                out.append(data)
                continue
            try:
                sh = book.get_sheet_by_name(name)
                data.rows = sh.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
                data.merged = [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])]
            except BaseException as exc:
                if not _calamine_failed(exc):
                    raise
                raise ImportFileError(f"{path}, sheet '{name}': the sheet is damaged and cannot be read "
                                      f"({_short(exc)}). Save the workbook again in Excel and retry.") from None
            if len(data.rows) > MAX_ROWS:
                data.rows, data.skipped = [], _too_many(sh.height)
            data.errors = hidden.get(name, {}).get("errors", {})
            data.missing_formulas = hidden.get(name, {}).get("formulas", 0)
            out.append(data)
    finally:
        book.close()
    return kind, out


def _text_table(path: Path, found) -> SheetData:
    """A CSV/TSV file, or a CSV inside a zip, as one sheet named after the file."""
    if found.kind == "zipped text":
        return _sheet(path.stem, csvtext.rows_in_zip(path, found.member, max_rows=MAX_ROWS))
    return _sheet(path.stem, csvtext.read_rows(path, max_rows=MAX_ROWS))


def _sheet(name: str, rows: list[list]) -> SheetData:
    data = SheetData(name, rows)
    if len(rows) > MAX_ROWS:
        data.rows, data.skipped = [], _too_many(len(rows))
    return data


def _too_many(n: int) -> str:
    return skip_reasons.TOO_MANY_ROWS_READ.format(rows=f"{n:,}", max=f"{MAX_ROWS:,}")


def _calamine_failed(exc: BaseException) -> bool:
    """An error of calamine's, or a panic: a damaged record can make its Rust code stop ("index out of
    bounds"), which pyo3 raises as a PanicException, a BaseException, not an Exception."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


# --- what calamine does not say, from the .xlsx XML -------------------------------------

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
_DIM = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+:?[A-Z]*(\d*)"')
_ERR = re.compile(rb'<(?:\w+:)?c r="([A-Z]+)(\d+)"[^>]*?t="e"[^>]*>(?:<(?:\w+:)?f[^>]*?(?:/>|>.*?</(?:\w+:)?f>))?'
                  rb'<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>')
_FORMULA_NO_VALUE = re.compile(rb'<(?:\w+:)?f[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v></(?:\w+:)?v>)?</(?:\w+:)?c>')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _xlsx_hidden(book_check: file_gate.Workbook) -> dict[str, dict]:
    """Per sheet name: declared row count, error cells, formula cells without a saved value (a sheet
    the gate's scan saw neither in is not read a second time)."""
    out: dict[str, dict] = {}
    try:
        with file_gate.zip_file(book_check.path, WHAT, max_bytes=file_gate.MAX_UNPACKED_BYTES) as z:
            book = ElementTree.fromstring(z.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", _NS)}
            for s in book.findall("m:sheets/m:sheet", _NS):
                target = targets.get(s.get(f"{{{_NS['r']}}}id"), "")
                part = target.lstrip("/") if target.startswith("/") else "xl/" + target
                if part not in z.namelist():
                    continue
                with z.open(part) as f:
                    head = f.read(4096)
                info: dict = {"rows": 0, "errors": {}, "formulas": 0}
                if m := _DIM.search(head):
                    info["rows"] = int(m[1] or 1)
                extent = book_check.sheets.get(s.get("name"))
                if info["rows"] <= MAX_ROWS and (extent is None or extent.errors_or_formulas):
                    xml = z.read(part)
                    if b't="e"' in xml:
                        for m in _ERR.finditer(xml):
                            info["errors"][(int(m[2]) - 1, _col_index(m[1]))] = m[3].decode("utf-8", "replace")
                    if b"<f" in xml or b":f" in xml:
                        info["formulas"] = len(_FORMULA_NO_VALUE.findall(xml))
                out[s.get("name")] = info
    except (KeyError, ElementTree.ParseError):
        return {}
    return out
