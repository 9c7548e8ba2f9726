"""Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods): the container, a password, a zip bomb, and how far
each sheet reaches, checked before python-calamine or openpyxl allocate anything."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from directory.errors import UserFacingError
from directory.file_gate.archives import zip_file
from directory.file_gate.base import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_CELLS,
    MAX_UNPACKED_BYTES,
    MB,
    FileRefused,
    head,
    looks_like,
    raised_by,
    user_file,
)
from directory.file_gate.binary_sheets import xls_extents, xlsb_extents
from directory.file_gate.sheets import Extent, ods_extents, xlsx_extents

SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
_KIND_SUFFIX = {"xlsx": ".xlsx", "xlsb": ".xlsb", "xls": ".xls", "ods": ".ods"}
#: An .xls is measured in memory; Excel 97–2003 files of a full sheet are a few tens of MB.
MAX_XLS_BYTES = 256 * MB
_DAMAGED = (zipfile.BadZipFile, EOFError, KeyError, ElementTree.ParseError, expat.ExpatError, ValueError, IndexError,
            struct.error, NotImplementedError, RuntimeError, OSError, LookupError)  # LookupError: an unknown encoding
#: What a reader of a workbook raises on a part that does not read: XML errors (lxml's and ElementTree's
#: are SyntaxErrors), and the errors of the packages that read them, wherever raised in them.
_UNREADABLE = (*_DAMAGED, SyntaxError, zlib.error, UnicodeError)
_READERS = ("openpyxl", "lxml", "et_xmlfile", "xlrd", "python_calamine", "odf")
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, or an encrypted .xlsx

#: Why a sheet is too large to read (:meth:`Workbook.too_large`). Listed with every other reason a sheet
#: is skipped in :mod:`importers.skip_reasons`, which the desktop translates.
TOO_MANY_ROWS = ("{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split the list "
                 "into smaller sheets or files, or delete what is below it")
TOO_MANY_COLUMNS = ("{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; "
                    "delete the columns right of the list and save it again")
TOO_MANY_CELLS = ("{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap reads "
                  "from one sheet; delete what lies below and right of the list (one stray value far away makes "
                  "the whole sheet this large), or split the list")


@dataclass
class Workbook:
    """A workbook that passed the gate: its kind and each sheet's extent."""

    path: Path
    kind: str  # xlsx, xlsb, xls, ods
    sheets: dict[str, Extent] = field(default_factory=dict)

    def too_large(self, sheet: str, *, max_rows: int = MAX_ROWS) -> str:
        """Why ``sheet`` is too large to read ("" when it is not)."""
        e = self.sheets.get(sheet)
        if e is None:  # a name the reader spells otherwise: the largest sheet stands for it
            e = max(self.sheets.values(), key=lambda x: x.rows * x.columns, default=Extent())
        if e.rows > max_rows:
            return TOO_MANY_ROWS.format(rows=f"{e.rows:,}", cell=e.cell(), max=f"{max_rows:,}")
        if e.columns > MAX_COLUMNS:
            return TOO_MANY_COLUMNS.format(columns=f"{e.columns:,}", cell=e.cell(), max=f"{MAX_COLUMNS:,}")
        if e.rows * e.columns > MAX_SHEET_CELLS:
            return TOO_MANY_CELLS.format(rows=f"{e.rows:,}", columns=f"{e.columns:,}", cell=e.cell(),
                                         max=f"{MAX_SHEET_CELLS:,}")
        return ""

    def require_readable(self, sheet: str | None = None) -> None:
        """Refuse the file when ``sheet`` (the one a reader needs; None: the first) is too large."""
        sheet = sheet if sheet is not None else next(iter(self.sheets), "")
        if sheet not in self.sheets:  # named as the largest sheet, which stands for it
            sheet = max(self.sheets, key=lambda s: self.sheets[s].rows * self.sheets[s].columns, default=sheet)
        if why := self.too_large(sheet):
            raise FileRefused(f"{self.path}, sheet '{sheet}': {why}.")

    def rows(self, sheet: str | None = None) -> int:
        """How many rows of ``sheet`` (None: the first) hold a value: what a reader that lays rows out by
        their ``<row r>`` numbers (openpyxl, so pandas' openpyxl engine) is told to stop at. A 5 KB sheet whose
        first row said r="2147483648" made openpyxl yield two billion empty rows before it (pandas resets
        the declared dimension), and the process asked for gigabytes; its cells' references said row 1."""
        extent = self.sheets.get(sheet) if sheet is not None else next(iter(self.sheets.values()), None)
        return max(extent.rows, 1) if extent is not None else MAX_ROWS

    @contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Around a reader of the checked workbook (openpyxl, pandas): the errors its parts give when
        they are damaged — XML that does not parse, a value of the wrong type, a part that is missing —
        become :class:`FileRefused` naming the file; the gate measures extents, not every part's XML."""
        try:
            yield
        except UserFacingError:  # the reader's own refusal (no such sheet …)
            raise
        except Exception as exc:
            if not isinstance(exc, _UNREADABLE) and not any(raised_by(exc, p) for p in _READERS):
                raise
            raise FileRefused(f"{self.path}: the {what} is damaged and cannot be read ({_short(exc)}). Open it in "
                              "Excel or LibreOffice and save it again, or copy it again.") from None

    def require_all_readable(self) -> None:
        """Refuse the file when any of its sheets is too large (for a reader that reads them all)."""
        for sheet in self.sheets:
            self.require_readable(sheet)

    def require_openable(self) -> None:
        """Refuse a file python-calamine cannot even open: it lays out every sheet of an .xls as it
        opens the file (of the other kinds, only the sheet asked for, which the caller checks)."""
        if self.kind == "xls":
            self.require_all_readable()


def workbook(path: str | Path, what: str, *, kind: str | None = None) -> Workbook:
    """The workbook at ``path`` after the checks; :class:`FileRefused` with what to do otherwise.

    ``kind`` (xlsx, xlsb, xls, ods), when the caller found it from the content, stands for the name's
    ending (an .xlsx renamed .xls, a workbook without an ending)."""
    path = user_file(path, what)
    suffix = _KIND_SUFFIX.get(kind or "", path.suffix.lower())
    start = head(path)
    if start.startswith(_CFB):
        if suffix == ".xls":  # read whole to measure it: an .xls holds at most 65,536 rows a sheet
            user_file(path, what, max_bytes=MAX_XLS_BYTES)
            return Workbook(path, "xls", _measured(path, lambda: xls_extents(path)))
        if is_encrypted(path):
            raise FileRefused(f"{path}: the workbook is protected by a password. Open it in Excel, remove the password "
                              "(File > Info > Protect Workbook), save it, and give it again.")
        raise FileRefused(f"{path}: an old-style Excel file named {suffix}. Rename it to .xls, or save it as .xlsx.")
    if suffix == ".xls":
        if start.startswith(b"PK"):
            raise FileRefused(f"{path}: an .xlsx workbook named .xls. Rename it to .xlsx and give it again.")
        raise FileRefused(f"{path}: not an Excel workbook (the file does not start like one). "
                          "Open it in Excel and save it as .xlsx.")
    if not start.startswith(b"PK"):
        what_it_is = looks_like(start)
        if what_it_is:
            raise FileRefused(f"{path}: this is {what_it_is}, not a workbook, although it is named {suffix}. "
                              f"Give the {what} itself.")
        raise FileRefused(f"{path}: not a {suffix} workbook (it is not a zip package as {suffix} files are). "
                          "Open it in Excel or LibreOffice and save it again as .xlsx.")
    kind = "ods" if suffix == ".ods" else "xlsb" if suffix == ".xlsb" else "xlsx"
    with zip_file(path, what, max_bytes=MAX_UNPACKED_BYTES) as z:
        names = set(z.namelist())
        if kind in ("xlsx", "xlsb") and "[Content_Types].xml" not in names:
            raise FileRefused(f"{path}: a zip file, but not an Excel workbook. Give the .xlsx file itself.")
        if kind == "ods" and "content.xml" not in names:
            raise FileRefused(f"{path}: a zip file, but not an OpenDocument spreadsheet.")
        measure = {"ods": ods_extents, "xlsb": xlsb_extents, "xlsx": xlsx_extents}[kind]
        sheets = _measured(path, lambda: measure(z))
    return Workbook(path, kind, sheets)


def _measured(path: Path, measure) -> dict[str, Extent]:
    """Each sheet's extent, or the file refused as damaged when its parts or records do not read."""
    try:
        return measure()
    except Exception as exc:  # a cut-short download, a damaged part or record, a broken OLE container (xlrd's)
        if not isinstance(exc, _DAMAGED) and not raised_by(exc, "xlrd"):
            raise
        raise FileRefused(f"{path}: the workbook is damaged or cut short ({_short(exc)}); it may not have finished "
                          "copying or downloading. Copy it again, or open it in Excel and save it again.") from None


def is_encrypted(path: Path) -> bool:
    """An Office file encrypted with a password is a CFB container holding an 'EncryptionInfo' stream."""
    with path.open("rb") as f:
        data = f.read(1 << 20)
    return "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data


def _short(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]
