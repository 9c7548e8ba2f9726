"""What a service list must be before a reader opens it: a workbook or a text table that
passed the file gate (:mod:`directory.file_gate`).

The gate holds the checks every file ServiceMap reads passes (lock files, pictures renamed to
.xlsx, passwords, truncated downloads, zip bombs, sheets reaching XFD1048576); this module adds
only what an import accepts: its file types.
"""

from __future__ import annotations

from pathlib import Path

from directory import file_gate
from directory.file_gate import Workbook
from importers.errors import ImportFileError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
WHAT = "service list"


def check_file(path: Path) -> Workbook | None:
    """The workbook after the gate's checks, or None for a text table (read with :func:`file_gate.text`)."""
    path = file_gate.user_file(path, WHAT)
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES | TEXT_SUFFIXES:
        raise ImportFileError(
            f"{path}: ServiceMap imports .xlsx, .xlsm, .xls, .ods, .csv and .tsv files (and HSDS .json). "
            "Save the list in one of these formats.")
    if suffix in TEXT_SUFFIXES:
        return None
    return file_gate.workbook(path, WHAT)
