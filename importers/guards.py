"""Checks a file must pass before any reader opens it.

Each bad input a coordination group meets (a lock file left by Excel, a password-protected
workbook, a picture renamed to .xlsx, a truncated download, a zip bomb) ends here with one
clear line that names the file and says what to do, instead of a reader's traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from importers.errors import ImportFileError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
#: The most a workbook may unpack to; real service lists are a few MB.
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
#: A member that unpacks to more than this many times its packed size is a bomb, not a sheet.
MAX_RATIO = 200
MAX_TEXT_BYTES = 200 * 1024 * 1024

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, or an encrypted .xlsx
_MAGIC = {b"\x89PNG": "a PNG picture", b"\xff\xd8\xff": "a JPEG picture", b"%PDF": "a PDF document",
          b"GIF8": "a GIF picture", b"SQLite format 3": "a SQLite database (a project?)"}


def check_file(path: Path) -> str:
    """The kind of file (``xlsx``, ``xls``, ``ods``, ``text``) after the safety checks; raises otherwise."""
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock."):
        real = name[2:] if name.startswith("~$") else name[len(".~lock."):].rstrip("#")
        raise ImportFileError(
            f"{path}: this is the lock file Excel or LibreOffice keeps while '{real}' is open, not a service list. "
            f"Close '{real}' in Excel, then import '{real}' itself.")
    if not path.exists():
        raise ImportFileError(f"{path}: no such file. Check the path.")
    if path.is_dir():
        raise ImportFileError(f"{path}: this is a folder. Give the path of a workbook or CSV file.")
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(f"{path}: the file is empty (0 bytes). Save the workbook again, then import it.")
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES | TEXT_SUFFIXES:
        raise ImportFileError(
            f"{path}: ServiceMap imports .xlsx, .xlsm, .xls, .ods, .csv and .tsv files (and HSDS .json). "
            "Save the list in one of these formats.")
    with path.open("rb") as f:
        head = f.read(16)
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise ImportFileError(f"{path}: this is {what}, not a spreadsheet, although it is named {suffix}. "
                                  "Import the service list itself.")
    if suffix in TEXT_SUFFIXES:
        if size > MAX_TEXT_BYTES:
            raise ImportFileError(f"{path}: {size / 2**20:.0f} MB is too large for a service list "
                                  f"(the limit is {MAX_TEXT_BYTES // 2**20} MB). Split the file.")
        return "text"
    if head.startswith(_CFB):
        if suffix == ".xls":
            return "xls"
        if _is_encrypted(path):
            raise ImportFileError(f"{path}: the workbook is protected by a password. Open it in Excel, remove the "
                                  "password (File > Info > Protect Workbook), save it, and import it again.")
        raise ImportFileError(f"{path}: an old-style Excel file named {suffix}. Rename it to .xls, or save it as .xlsx.")
    if suffix == ".xls":
        if head.startswith(b"PK"):
            raise ImportFileError(f"{path}: an .xlsx workbook named .xls. Rename it to .xlsx and import it again.")
        raise ImportFileError(f"{path}: not an Excel workbook (the file does not start like one). "
                              "Open it in Excel and save it as .xlsx.")
    if not head.startswith(b"PK"):
        raise ImportFileError(f"{path}: not a {suffix} workbook (it is not a zip package as {suffix} files are). "
                              "Open it in Excel or LibreOffice and save it again as .xlsx.")
    _check_zip(path)
    return "ods" if suffix == ".ods" else "xlsx"


def _is_encrypted(path: Path) -> bool:
    """An Office file encrypted with a password is a CFB container holding an 'EncryptionInfo' stream."""
    with path.open("rb") as f:
        data = f.read(1 << 20)
    return "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            total = sum(m.file_size for m in members)
            for m in members:
                if m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 50 * 2**20:
                    raise ImportFileError(
                        f"{path}: the part '{m.filename}' would unpack to {m.file_size / 2**20:.0f} MB from "
                        f"{m.compress_size / 2**10:.0f} KB. This is not a normal workbook (a 'zip bomb'); it was not opened.")
            if total > MAX_UNCOMPRESSED_BYTES:
                raise ImportFileError(
                    f"{path}: the workbook unpacks to {total / 2**20:.0f} MB, more than the "
                    f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB ServiceMap opens. Split it into smaller files.")
            names = {m.filename for m in members}
            if path.suffix.lower() != ".ods" and "[Content_Types].xml" not in names:
                raise ImportFileError(f"{path}: a zip file, but not an Excel workbook. Import the .xlsx file itself.")
            if path.suffix.lower() == ".ods" and "content.xml" not in names:
                raise ImportFileError(f"{path}: a zip file, but not an OpenDocument spreadsheet.")
    except zipfile.BadZipFile:
        raise ImportFileError(f"{path}: the workbook is damaged or cut short (it may not have finished copying or "
                              "downloading). Copy it again, or open it in Excel and save it again.") from None
