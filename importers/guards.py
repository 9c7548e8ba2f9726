"""What a service list must be before a reader opens it: a workbook or a text table that
passed the file gate (:mod:`directory.file_gate`).

The gate holds the checks every file ServiceMap reads passes (lock files, pictures renamed to
.xlsx, passwords, truncated downloads, zip bombs, sheets reaching XFD1048576); this module adds
only what an import accepts: its kinds of file, found from the content
(:mod:`importers.file_kinds`), whatever the file is called.
"""

from __future__ import annotations

from pathlib import Path

from directory import file_gate
from directory.file_gate import Workbook
from importers.file_kinds import FileKind, kind_of

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
WHAT = "service list"


def check_file(path: Path) -> tuple[FileKind, Workbook | None]:
    """The kind of list and, for a workbook, the workbook after the gate's checks."""
    kind = kind_of(path)
    return kind, file_gate.workbook(path, WHAT, kind=kind.kind) if kind.is_workbook else None
