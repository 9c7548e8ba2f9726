"""Reading and writing the flat layout as CSV text or as worksheet rows.

Shared by the plain CSV, HXL and XLSX directory formats: each decides the header rows and
styling; this module finds the header (or HXL hashtag) row again and feeds the rows to
:class:`importers.formats.flat.FlatReader`.
"""

from __future__ import annotations

import csv
from pathlib import Path

from directory import file_gate
from directory.errors import UserFacingError
from directory.safe_text import csv_cell, restore
from importers import skip_reasons
from importers.formats import flat
from importers.result import ImportResult

HEADER_SEARCH_ROWS = 10
MIN_KNOWN_COLUMNS = 3


class FormatError(UserFacingError):
    """A file in an exchange format that cannot be read as such; the message says why."""


def write_csv(path: Path, rows: list[list[object]]) -> None:
    """UTF-8 with a byte-order mark (so Excel shows Bengali and Arabic), every risky cell neutralised."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        for r in rows:
            out.writerow([csv_cell(c) for c in r])


def read_csv_rows(path: Path) -> list[list[str]]:
    """The rows of a CSV file ServiceMap wrote (or one like it), in whatever encoding it was saved."""
    text = file_gate.text(path, "CSV file")  # binary, empty or too large: refused
    try:
        return [[restore(c) for c in r] for r in file_gate.csv_rows(text)]
    except csv.Error as exc:
        raise FormatError(f"{path}: not a readable CSV file ({exc}).") from None


def _is_tag_row(cells: list[object]) -> bool:
    filled = [str(c).strip() for c in cells if c not in (None, "")]
    return bool(filled) and all(c.startswith("#") for c in filled)


def find_columns(rows: list[list[object]], *, prefer_tags: bool = False) -> tuple[int, list[str | None]] | None:
    """The index of the last header row (words or hashtags) and our key for each column.

    A row of HXL hashtags under the header wins when ``prefer_tags`` or when it names as many
    columns as the words do.
    """
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = flat.column_keys(cells)
        known = sum(1 for k in keys if k)
        if known < MIN_KNOWN_COLUMNS:
            continue
        if i + 1 < len(rows) and not _is_tag_row(cells) and _is_tag_row(rows[i + 1]):
            tag_keys = flat.column_keys(rows[i + 1])
            if prefer_tags or sum(1 for k in tag_keys if k) >= known:
                return i + 1, tag_keys
            return i + 1, keys
        return i, keys
    return None


def read_rows(
    file: str, sheets: list[tuple[str, list[list[object]]]], *, region=None, taxonomy=None, prefer_tags=False
) -> ImportResult:
    """Read the flat layout from each (sheet name, rows) pair; sheets without it are reported as skipped."""
    reader = flat.FlatReader(file, region=region, taxonomy=taxonomy)
    for sheet, rows in sheets:
        found = find_columns(rows, prefer_tags=prefer_tags)
        if found is None:
            reader.result.skipped_sheets[sheet] = skip_reasons.NO_KNOWN_COLUMNS
            continue
        header, keys = found
        for i in range(header + 1, len(rows)):
            values = {k: rows[i][c] for c, k in enumerate(keys) if k and c < len(rows[i])}
            reader.add(values, sheet, i + 1)
    if not reader.result.rows and sheets:
        raise FormatError(
            f"{file}: no table of services found (looked for columns such as Organisation, Service name, "
            "Phone or HXL hashtags such as #org+name, #activity+name)."
        )
    return reader.result
