"""Reading CSV and TSV service lists whatever their encoding and delimiter.

Lists arrive from Excel "Save as CSV" in the user's code page (cp1252 in Western Europe and
Latin America), as UTF-8 with or without a byte-order mark, or as UTF-16 ("Unicode text"),
separated by commas, semicolons (French and Spanish Excel) or tabs.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from importers.errors import ImportFileError

_DELIMITERS = [",", ";", "\t", "|"]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    sample = data[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a mark
        enc = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        return data.decode(enc, "replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "cp1252"


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
    data = path.read_bytes()
    text, _ = decode(data)
    if not text.strip():
        raise ImportFileError(f"{path}: the file holds no text. Export the service list again.")
    if "\x00" in text:
        raise ImportFileError(f"{path}: not a text file (it holds binary data). Import the workbook itself.")
    delimiter = sniff_delimiter(text, path.suffix.lower())
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


def encoding_of(path: Path) -> str:
    return decode(path.read_bytes()[:1 << 16])[1]
