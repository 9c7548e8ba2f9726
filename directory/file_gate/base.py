"""What every file must be before any reader opens it, and the limits the gate holds files to."""

from __future__ import annotations

from pathlib import Path

from directory.errors import UserFacingError

MB = 2**20

#: Rows per sheet ServiceMap reads; real service lists have a few thousand.
MAX_ROWS = 200_000
#: Columns per sheet; a KoBo export with one column per choice has a few hundred.
MAX_COLUMNS = 2_000
#: Cells per sheet (rows × columns as the reader lays them out in memory, 40–70 bytes each): a
#: 6 KB .xls with one value at IV65536 is laid out as 16.8 million cells and took 1.3 GB. Five
#: million is 100,000 rows of 50 columns, or a KoBo export of 5,000 rows and 1,000 columns.
MAX_SHEET_CELLS = 5_000_000
#: What a workbook may unpack to, in all; real service lists are a few MB.
MAX_UNPACKED_BYTES = 400 * MB
#: A zip part that unpacks to more than this many times its packed size (and is large) is a bomb.
MAX_RATIO = 200
#: Text tables (CSV, TSV, a GeoNames dump) and JSON documents.
MAX_TEXT_BYTES = 200 * MB
#: GeoNames dumps are read line by line; the largest country file is a few hundred MB.
MAX_GAZETTEER_BYTES = 2048 * MB
MAX_JSON_BYTES = 200 * MB
#: Nesting of JSON objects and arrays; HSDS needs about ten.
MAX_JSON_DEPTH = 64

_MAGIC = {b"\x89PNG": "a PNG picture", b"\xff\xd8\xff": "a JPEG picture", b"%PDF": "a PDF document",
          b"GIF8": "a GIF picture", b"SQLite format 3\x00": "a SQLite database (a GeoPackage or a project?)",
          b"PK\x03\x04": "a zip archive", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an Office file of the old kind",
          b"\x1f\x8b": "a gzip archive", b"7z\xbc\xaf": "a 7-Zip archive", b"Rar!": "a RAR archive",
          b"MZ": "a program (.exe)", b"\x7fELF": "a program"}


class FileRefused(UserFacingError):
    """A file the gate will not hand to a reader; the message names it and says what to do."""


def raised_by(exc: BaseException, package: str) -> bool:
    """Whether ``exc`` comes from ``package``'s own code: its errors, and the ``assert`` or the index
    out of range a reader such as xlrd meets on a damaged record (builtin errors, raised in it)."""
    if type(exc).__module__.split(".")[0] == package:
        return True
    tb, last = exc.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and str(last.tb_frame.f_globals.get("__name__", "")).split(".")[0] == package


def first_line(exc: BaseException, limit: int = 200) -> str:
    """A library's error as one line for a message (pandas', SQLite's and GDAL's run to several), with
    the control characters a damaged file puts in it made visible."""
    return visible(next((line.strip() for line in str(exc).replace("\r", "\n").split("\n") if line.strip()),
                        type(exc).__name__))[:limit]


def visible(text: str) -> str:
    """``text`` with control characters (which a terminal would act on, or count as line ends) escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def user_file(path: str | Path, what: str, *, max_bytes: int | None = None) -> Path:
    """``path`` if it is a non-empty file no larger than ``max_bytes``; ``what`` names it in messages."""
    path = Path(path)
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock."):
        real = name[2:] if name.startswith("~$") else name[len(".~lock."):].rstrip("#")
        raise FileRefused(f"{path}: this is the lock file Excel or LibreOffice keeps while '{real}' is open, not a "
                          f"{what}. Close '{real}' in Excel, then give '{real}' itself.")
    if not path.exists():
        raise FileRefused(f"{path}: no such file. Check the path of the {what}.")
    if path.is_dir():
        raise FileRefused(f"{path}: this is a folder. Give the path of the {what} itself.")
    size = path.stat().st_size
    if size == 0:
        raise FileRefused(f"{path}: the file is empty (0 bytes). Save or download the {what} again.")
    if max_bytes is not None and size > max_bytes:
        raise FileRefused(f"{path}: {size / MB:,.0f} MB is more than the {max_bytes // MB:,} MB ServiceMap reads as "
                          f"a {what}. Split it, or keep only the part you need.")
    return path


def head(path: Path, n: int = 64) -> bytes:
    with path.open("rb") as f:
        return f.read(n)


def looks_like(data: bytes) -> str | None:
    """What the first bytes of a file say it is (a picture, a PDF, a zip …), or None."""
    return next((what for magic, what in _MAGIC.items() if data.startswith(magic)), None)
