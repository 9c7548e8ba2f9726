"""What a service list is, from what the file holds rather than what it is called.

Lists arrive as .xlsb from Excel's "binary workbook" option, as an .xlsx renamed .xls (or with no
name ending at all, from a download or a chat app), as semicolon-separated text, as a CSV inside
a .zip, and as HXL JSON from HDX (arrays of rows under a hashtag row, or objects keyed by
hashtags) beside Open Referral HSDS JSON. :func:`kind_of` looks at the first bytes, the zip's
table of contents or the JSON's first element, and says which reader to use.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from directory import file_gate
from directory.file_gate.base import head, looks_like
from importers.errors import ImportFileError

WORKBOOKS = ("xlsx", "xlsb", "xls", "ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".ssv", ".tab", ".hxl")
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class FileKind:
    """``kind`` is one of WORKBOOKS, "text", "zipped text", "hxl json", "hsds json", "hsds package";
    ``member`` names the table inside a zip."""

    kind: str
    member: str = ""

    @property
    def is_workbook(self) -> bool:
        return self.kind in WORKBOOKS

    def note(self, path: Path) -> str:
        """A line for the import report when the name said something else, else ""."""
        suffix = path.suffix.lower()
        said = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xlsb": "xlsb", ".xls": "xls", ".ods": "ods"}.get(suffix)
        if self.kind == "zipped text":
            return f"read the table '{self.member}' inside the zip file"
        if self.is_workbook and said != self.kind:
            named = f"named {suffix}" if suffix else "without a name ending"
            return f"the file is an .{self.kind} workbook {named}; read as .{self.kind}"
        if self.kind == "text" and said:  # a CSV saved under a workbook's name: its formatting and sheets are gone
            return f"the file is a text table (CSV), not an .{said} workbook, although it is named {suffix}; read as text"
        return ""


def kind_of(path: Path) -> FileKind:
    """The kind of service list at ``path`` (after the gate's checks on any file)."""
    path = file_gate.user_file(path, "service list")
    start = head(path, 512)
    if start.startswith(_CFB):
        if file_gate.is_encrypted(path):
            raise ImportFileError(f"{path}: the workbook is protected by a password. Open it in Excel, remove the "
                                  "password (File > Info > Protect Workbook), save it, and import it again.")
        return FileKind("xls")
    if start.startswith(b"PK"):
        return _zip_kind(path)
    what = looks_like(start)
    if what:
        raise ImportFileError(f"{path}: this is {what}, not a service list. Import the list itself (a workbook, "
                              "CSV or JSON file).")
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"[", b"{"):
        return FileKind(_json_kind(path))
    return FileKind("text")


def _zip_kind(path: Path) -> FileKind:
    with file_gate.zip_file(path, "service list", max_bytes=file_gate.MAX_UNPACKED_BYTES) as z:
        names = z.namelist()
        if "[Content_Types].xml" in names:
            return FileKind("xlsb" if "xl/workbook.bin" in names else "xlsx")
        if "content.xml" in names and "mimetype" in names and _small_part(z, path, "mimetype").strip() == _ODS:
            if b"encryption-data" in (_small_part(z, path, "META-INF/manifest.xml")
                                      if "META-INF/manifest.xml" in names else b""):
                raise ImportFileError(f"{path}: the spreadsheet is protected by a password. Open it in "
                                      "LibreOffice, save it without the password, and import it again.")
            return FileKind("ods")
        if "datapackage.json" in names:
            return FileKind("hsds package")
        tables = [n for n in names if n.lower().endswith(TEXT_SUFFIXES) and not n.startswith(("__MACOSX", "."))]
    if len(tables) == 1:
        return FileKind("zipped text", tables[0])
    if not tables:
        raise ImportFileError(f"{path}: a zip file that holds no workbook and no CSV table. Unzip it and import the "
                              "service list itself.")
    raise ImportFileError(f"{path}: a zip file holding {len(tables)} tables (" + ", ".join(tables[:4])
                          + "). Unzip it and import each list on its own.")


def _small_part(z: zipfile.ZipFile, path: Path, member: str) -> bytes:
    return file_gate.zip_member(z, path, member, "service list", max_bytes=1 << 20)


def _json_kind(path: Path) -> str:
    """A table in JSON (HXL or plain) or Open Referral HSDS JSON."""
    return "hxl json" if json_tables(path) else "hsds json"


_HSDS_KEYS = {"id", "name", "status", "organization", "organization_id", "service_at_locations"}


def json_tables(path: Path) -> list[tuple[str, list[list]]]:
    """(name, rows) of each table in a JSON file: rows under a header or hashtag row, objects keyed by
    headers or hashtags, at the top or under a key ({"results": [...]}); [] when it holds none (HSDS)."""
    doc = file_gate.json_document(path, "service list")
    if isinstance(doc, dict):
        if "contents" in doc or {"id", "name"} <= doc.keys():  # an HSDS page, or one HSDS service
            return []
        return [(str(k), rows) for k, v in doc.items() if (rows := _table(v))]
    rows = _table(doc)
    return [("", rows)] if rows else []


def _table(value: object) -> list[list] | None:
    if not isinstance(value, list) or not value:
        return None
    if all(isinstance(x, list) for x in value):
        return [[_cell(c) for c in x] for x in value]
    if all(isinstance(x, dict) for x in value):
        keys = list(dict.fromkeys(str(k) for x in value for k in x))
        tagged = any(k.startswith("#") for k in keys)
        if not tagged and len(_HSDS_KEYS & set(keys)) >= 2:
            return None  # HSDS services
        return [keys] + [[_cell(x.get(k)) for k in keys] for x in value]
    return None


def _cell(value: object) -> object:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value
