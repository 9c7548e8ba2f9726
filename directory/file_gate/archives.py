"""Zip files (.xlsx/.xlsb/.ods packages, zipped Shapefiles, a CSV or a data package inside a
.zip): how many parts, what they unpack to, and whether any part is a bomb — all read from the
zip's directory before a part is unpacked.

Python's zipfile reads the whole central directory when it opens a file, one object per part:
a 20 MB zip of a million empty parts costs half a gigabyte before anything is checked. The
directory's size and count are read first from its end record (and its Zip64 record), so such a
file is refused from a few hundred bytes.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from directory.file_gate.base import MAX_RATIO, MB, FileRefused, user_file

#: Parts of one zip: a workbook of 500 sheets with their relations and pictures has a few thousand.
MAX_MEMBERS = 20_000
#: Bytes of central directory per part, generously (46 bytes and the part's name).
_ENTRY_BYTES = 320
_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


@contextmanager
def zip_file(path: str | Path, what: str, *, max_bytes: int) -> Iterator[zipfile.ZipFile]:
    """The zip at ``path`` opened for reading, once its directory and every part passed the checks
    (at most :data:`MAX_MEMBERS` parts, no bomb, ``max_bytes`` unpacked in all)."""
    path = user_file(path, what)
    members, directory_bytes = _directory_size(path)
    if members > MAX_MEMBERS or directory_bytes > MAX_MEMBERS * _ENTRY_BYTES:
        many = f"{members:,} files" if members > MAX_MEMBERS else f"a directory of {directory_bytes / MB:,.0f} MB"
        raise FileRefused(f"{path}: the zip file holds {many}, more than the {MAX_MEMBERS:,} files ServiceMap opens in "
                          f"one zip; it was not opened. Unzip it and give the {what} itself.")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _damaged(path, what, exc) from None
    with z:
        zip_archive(path, z, max_bytes)
        yield z


def zip_archive(path: Path, z: zipfile.ZipFile, max_bytes: int) -> None:
    """Refuse a zip whose parts would unpack to more than ``max_bytes``, or any part that is a bomb."""
    members = z.infolist()
    if len(members) > MAX_MEMBERS:
        raise FileRefused(f"{path}: the zip file holds {len(members):,} files, more than the {MAX_MEMBERS:,} "
                          "ServiceMap opens in one zip; it was not opened. Unzip it and give the file you need.")
    for m in members:
        if m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 50 * MB:
            raise FileRefused(f"{path}: the part '{m.filename}' would unpack to {m.file_size / MB:,.0f} MB from "
                              f"{m.compress_size / 2**10:,.0f} KB. This is not a normal file (a 'zip bomb'); it was "
                              "not opened.")
    total = sum(m.file_size for m in members)
    if total > max_bytes:
        raise FileRefused(f"{path}: it unpacks to {total / MB:,.0f} MB, more than the {max_bytes // MB:,} MB "
                          "ServiceMap opens. Split it into smaller files.")


def zip_member(z: zipfile.ZipFile, path: Path, member: str, what: str, *, max_bytes: int) -> bytes:
    """The unpacked bytes of ``member`` (at most ``max_bytes``; zipfile holds a part to its stated size)."""
    try:
        info = z.getinfo(member)
        if info.file_size > max_bytes:
            raise FileRefused(f"{path}, '{member}': {info.file_size / MB:,.0f} MB unpacked, more than the "
                              f"{max_bytes // MB:,} MB ServiceMap reads as a {what}. Split it into smaller files.")
        return z.read(info)
    except (zipfile.BadZipFile, EOFError, KeyError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise _damaged(path, what, exc) from None


def _directory_size(path: Path) -> tuple[int, int]:
    """(parts, bytes) of the central directory, as the zip's end record (or Zip64 record) states them;
    (0, 0) when there is none (zipfile then says the file is not a zip)."""
    size = path.stat().st_size
    with path.open("rb") as f:
        f.seek(max(0, size - (1 << 16) - 22))
        tail = f.read()
        at = tail.rfind(_END)
        if at < 0 or len(tail) < at + 22:
            return 0, 0
        count, directory_bytes = struct.unpack_from("<HI", tail, at + 10)
        locator = tail.rfind(_END64_LOCATOR, 0, at)
        if (count == 0xFFFF or directory_bytes == 0xFFFFFFFF) and locator >= 0 and len(tail) >= locator + 20:
            f.seek(struct.unpack_from("<Q", tail, locator + 8)[0])
            record = f.read(56)
            if record.startswith(_END64) and len(record) == 56:
                count, directory_bytes = struct.unpack_from("<QQ", record, 32)
    return count, directory_bytes


def _damaged(path: Path, what: str, exc: BaseException) -> FileRefused:
    text = (str(exc).splitlines() or [type(exc).__name__])[0][:160]
    return FileRefused(f"{path}: the {what} is damaged or cut short (not a readable zip file: {text}); it may not "
                       "have finished copying or downloading. Copy it again.")
