"""Reading CSV and TSV service lists whatever their encoding and delimiter.

Lists arrive from Excel "Save as CSV" in the user's code page (cp1252 in Western Europe and
Latin America), as UTF-8 with or without a byte-order mark, or as UTF-16 ("Unicode text"),
separated by commas, semicolons (French and Spanish Excel) or tabs.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from directory import file_gate
from importers.errors import ImportFileError

_DELIMITERS = [",", ";", "\t", "|"]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with (binary data reads as cp1252: the gate refuses it)."""
    return file_gate.decode(data) or (data.decode("cp1252", "replace"), "cp1252")


def sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    lines = [ln for ln in text[:65536].splitlines()[:30] if ln.strip()]
    if suffix == ".tsv":
        return "\t"
    best, best_score = ",", -1
    for d in _DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = d, score
    return best


def read_rows(path: Path, *, max_rows: int) -> list[list]:
    """All rows as text (at most ``max_rows + 1``: one more says the file is too long)."""
    return rows_of(file_gate.text(path, "service list"), path, path.suffix.lower(), max_rows=max_rows)


def rows_in_zip(path: Path, member: str, *, max_rows: int) -> list[list]:
    """The rows of the table ``member`` of the zip file ``path`` (after the gate's checks on the zip)."""
    text = file_gate.zip_text(path, member, "service list")
    return rows_of(text, Path(f"{path}:{member}"), Path(member).suffix.lower(), max_rows=max_rows)


def rows_of(text: str, path: Path, suffix: str, *, max_rows: int) -> list[list]:
    """The rows of CSV/TSV ``text`` (read from ``path``, named in messages)."""
    delimiter = sniff_delimiter(text, suffix)
    csv.field_size_limit(64 * 1024 * 1024)
    rows: list[list] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > max_rows:
                break
    except csv.Error as exc:
        raise ImportFileError(f"{path}, row {len(rows) + 1}: the CSV cannot be read ({exc}). "
                              "Open it in a spreadsheet and save it as CSV again.") from None
    return rows

