"""Text files (CSV, TSV, TXT): the encoding found, and binary data refused.

Lists arrive from Excel's "Save as CSV" in the user's code page (cp1252 in Western Europe and
Latin America), as UTF-8 with or without a byte-order mark, or as UTF-16 ("Unicode text"),
sometimes without its mark. UTF-16 without a mark is recognised by its code units: text has
line breaks, digits and separators below U+0080 and no U+0000, where binary data has
neither; Bengali or Arabic text, whose letters hold no zero byte, is found that way too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from directory.file_gate.archives import zip_file, zip_member
from directory.file_gate.base import MAX_TEXT_BYTES, FileRefused, looks_like, user_file

_SAMPLE = 1 << 16
#: Share of C0 control characters (other than tab, line breaks and form feed) that makes text binary.
MAX_CONTROL_SHARE = 0.05


def decode(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding it was read with, or None when ``data`` is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        encoding = _utf16_without_mark(sample)
        return (data.decode(encoding, "replace"), encoding) if encoding else None
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", "replace"), "cp1252"
    return (text, encoding) if not _is_binary(text[:_SAMPLE]) else None


def _utf16_without_mark(sample: bytes) -> str | None:
    """utf-16-le or utf-16-be when ``sample`` reads as text in one of them, else None."""
    sample = sample[: len(sample) // 2 * 2]
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, "replace")
        if not text or "\x00" in text or text.count("\ufffd") > len(text) // 100:
            continue
        share = sum(1 for ch in text if ch < "\x80") / len(text)  # separators, digits, line breaks
        if share > best_share and not _is_binary(text):
            best, best_share = encoding, share
    return best if best_share >= 0.05 else None


def _is_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return "\x00" in text or controls > MAX_CONTROL_SHARE * len(text)


def text_encoding(path: str | Path, what: str, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The encoding to stream ``path`` with (a large text file read line by line), from its first 64 KB."""
    path = user_file(path, what, max_bytes=max_bytes)
    with path.open("rb") as f:
        sample = f.read(_SAMPLE)
    decoded = decode(sample)
    if decoded is None:
        raise _binary(path, sample, what)
    return decoded[1]


def _binary(path: Path, data: bytes, what: str) -> FileRefused:
    what_it_is = looks_like(data)
    return FileRefused(f"{path}: not a text file ({what_it_is or 'it holds binary data'}), although it is named "
                       f"{path.suffix or 'without an extension'}. Give the {what} as CSV or text, "
                       "or save it again from the spreadsheet as CSV.")


def text(path: str | Path, what: str, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The whole text of ``path``, decoded; refused when it is binary, too large or empty."""
    path = user_file(path, what, max_bytes=max_bytes)
    data = path.read_bytes()
    decoded = decode(data)
    if decoded is None:
        raise _binary(path, data, what)
    if not decoded[0].strip():
        raise FileRefused(f"{path}: the file holds no text. Save or export the {what} again.")
    return decoded[0]


def zip_text(path: str | Path, member: str, what: str, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The decoded text of the table ``member`` inside the zip ``path`` (a CSV in a .zip), after the
    zip's checks; refused when it is binary, too large or empty, as :func:`text` refuses a file."""
    path = Path(path)
    with zip_file(path, what, max_bytes=max_bytes) as z:
        data = zip_member(z, path, member, what, max_bytes=max_bytes)
    where = Path(f"{path}:{member}")
    decoded = decode(data)
    if decoded is None:
        raise _binary(where, data, what)
    if not decoded[0].strip():
        raise FileRefused(f"{where}: the table holds no text. Save or export the {what} again.")
    return decoded[0]


def csv_rows(text: str, **fmt) -> Iterator[list[str]]:
    """The rows of a CSV text the gate let through; a long cell (1 MB of notes) is read, not an error."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    return csv.reader(io.StringIO(text, newline=""), **fmt)
