"""Hostile files for every command that reads files, and the reliability table made from them.

    python tests/data/hostile/make_corpus.py FOLDER          # write the corpus into FOLDER
    python tests/data/hostile/make_corpus.py --table FILE.md # run every command against it, write the table
    python tests/data/hostile/make_corpus.py --base-xls      # write list.xls again (needs LibreOffice)

Each case is a file a careful attacker or a bad day at the office produces: a truncated download,
a password, a zip bomb, a sheet reaching XFD1048576, 16,384 columns, 1 MB cells, control
characters, NUL bytes, binary data named .csv, JSON nested 100,000 deep, UTF-16 without a byte-order
mark (valid: it must be read), boundaries that cross themselves or are in metres without saying
so, rasters that would unpack to 10 GB, damaged projects. ``kinds`` says which options a case is
given to (see ``tests/hostile.py``, which enumerates the options from the command line's parser);
``accepted`` lists the kinds for which the file is valid and must be read. Everything else must
be refused: exit status 2, one line naming the file, memory bounded, the project untouched.

Most files are written here byte by byte, as hostile files are; the valid ones come from real
writers (openpyxl, GeoPandas, rasterio, LibreOffice's .xls in list.xls, pyxlsbwriter's .xlsb,
ServiceMap's own store), and the hostile .xls and .xlsb files are those real files with a record
changed or added.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
MB = 2**20

#: One table that serves every purpose a table is read for: a service list (organisation, service,
#: type), a population table (pcode, T_TL), a gazetteer and candidate sites (name, latitude,
#: longitude) and land-cover speeds (class, speed_kmh). Its places lie in tests.helpers.small_project.
HEADER = ["Organisation", "Service", "Service type", "pcode", "name", "latitude", "longitude", "T_TL", "class",
          "speed_kmh", "Phone"]
ROWS = [["Example Child Aid", "Case management for children", "case management", "BD2022", "Ukhia Camp 4", 21.5,
         92.1, 12000, 10, 3, "+8801700555100"],
        ["Example Child Aid", "Legal aid", "legal aid", "BD2084", "Kawkhali", 22.5, 92.1, 8000, 30, 5,
         "+8801700555101"]]


@dataclass
class Case:
    name: str  # the file name
    what: str  # for the table
    kinds: set[str]  # list, workbook, table, text_table, json, vector, raster, osm, project
    make: Callable[[Path], None]
    accepted: set[str] = field(default_factory=set)  # kinds for which the file is valid and must be read

    def expect(self, kind: str) -> str:
        return "accepted" if kind in self.accepted else "refused"


# --- writing the files --------------------------------------------------------------------------

def csv_text(rows: list[list], sep: str = ",") -> str:
    return "\r\n".join(sep.join(str(v) for v in row) for row in rows) + "\r\n"


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def xlsx_members(sheet_xml: bytes) -> dict[str, bytes]:
    """The parts of a one-sheet .xlsx around ``sheet_xml`` (the minimum Excel and calamine open)."""
    main = "http://schemas.openxmlformats.org"
    return {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{main}/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        f'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'spreadsheetml.worksheet+xml"/></Types>'.encode(),
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{main}/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{main}/officeDocument/2006/relationships/officeDocument" '
        f'Target="xl/workbook.xml"/></Relationships>'.encode(),
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}/spreadsheetml/2006/main" '
        f'xmlns:r="{main}/officeDocument/2006/relationships"><sheets><sheet name="Services" sheetId="1" r:id="rId1"/>'
        f'</sheets></workbook>'.encode(),
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{main}/package/'
        f'2006/relationships"><Relationship Id="rId1" Type="{main}/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet1.xml"/></Relationships>'.encode(),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }


def sheet_xml(rows: list[list], extra: str = "") -> bytes:
    """SpreadsheetML for ``rows`` (inline strings, numbers as numbers), ``extra`` cells appended."""
    def cell(r: int, c: int, v) -> str:
        ref = f"{chr(65 + c)}{r}"
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        text = str(v).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    body = "".join(f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                   for r, row in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            f'2006/main"><sheetData>{body}{extra}</sheetData></worksheet>').encode()


def universal_xlsx(path: Path) -> None:
    """The universal table, written by openpyxl."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Services"
    for row in [HEADER, *ROWS]:
        book.active.append(row)
    book.save(path)


def truncated_xlsx(path: Path) -> None:
    universal_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def password_xlsx(path: Path) -> None:
    shutil.copy(REPO / "tests" / "data" / "import" / "bad" / "password.xlsx", path)  # made with msoffcrypto-tool


def xfd_xlsx(path: Path) -> None:
    """One value at XFD1048576 and no <dimension>: calamine used to ask for 17 billion cells."""
    write_zip(path, xlsx_members(sheet_xml([HEADER, *ROWS],
                                           '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')))


def sparse_xlsx(path: Path) -> None:
    """The table and one value at ZZ20000: 702 columns × 20,000 rows (14 million cells) to lay out."""
    write_zip(path, xlsx_members(sheet_xml([HEADER, *ROWS],
                                           '<row r="20000"><c r="ZZ20000" t="inlineStr"><is><t>x</t></is></c></row>')))


def wide_xlsx(path: Path) -> None:
    """The table with a value in each of the 16,384 columns of its header row."""
    header = "".join(f'<c r="{_letters(c)}1"><v>{c}</v></c>' for c in range(len(HEADER) + 1, 16_385))
    xml = sheet_xml([HEADER, *ROWS]).replace(b"</row>", header.encode() + b"</row>", 1)
    write_zip(path, xlsx_members(xml))


def long_reference_xlsx(path: Path) -> None:
    """A value at A99999999: a row number of eight digits, past what a quick scan of references reads;
    calamine laid it out and the process aborted asking for 212 GB."""
    write_zip(path, xlsx_members(sheet_xml([HEADER, *ROWS],
                                           '<row r="4"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>')))


def odd_reference_xlsx(path: Path) -> None:
    """Values far away written as XML allows and spreadsheet programs do not: a tab before the
    reference and single quotes (XFD4), and a second reference after a first (A5, then A1048576)."""
    far = ("<row r='4'><c\ts=\"0\" t='inlineStr' r='XFD4'><is><t>x</t></is></c></row>"
           '<row r="5"><c r="A5" r = "A1048576"><v>1</v></c></row>')
    write_zip(path, xlsx_members(sheet_xml([HEADER, *ROWS], far)))


def shared_strings_claim_xlsx(path: Path) -> None:
    """A list written by LibreOffice (tests/data/import/cell_errors.xlsx) whose shared strings say
    uniqueCount="2147483648": calamine reserved 51 GB for them and the process aborted."""
    with zipfile.ZipFile(REPO / "tests" / "data" / "import" / "cell_errors.xlsx") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/sharedStrings.xml"] = re.sub(rb'uniqueCount="\d+"', b'uniqueCount="2147483648"',
                                           parts["xl/sharedStrings.xml"], count=1)
    write_zip(path, parts)


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


#: A row whose service name, place name and phone are 1 MB each (its P-code is in no table above).
BIG_ROW = ["Example Child Aid", "Helpline " + "x" * MB, "helpline", "BD2099", "y" * MB, 21.6, 92.2, 1, 10, 3, "z" * MB]


def big_cells_xlsx(path: Path) -> None:
    """The table with three 1 MB cells (openpyxl would cut them to 32,767 characters, so written directly)."""
    rows = [HEADER, *ROWS, BIG_ROW]
    write_zip(path, xlsx_members(sheet_xml(rows)))


def bomb_xlsx(path: Path) -> None:
    """3.6 MB that unpack to a 1 GB sheet of rows (the deflate blocks repeat, so it is written at once)."""
    head = sheet_xml([HEADER, *ROWS]).split(b"</sheetData>")[0]
    row = b'<row><c t="inlineStr"><is><t>Example Child Aid</t></is></c><c t="inlineStr"><is><t>Case management</t></is></c></row>'
    members = xlsx_members(b"")
    del members["xl/worksheets/sheet1.xml"]
    write_zip(path, members)
    with path.open("r+b") as f:
        _append_deflated(f, "xl/worksheets/sheet1.xml", head, row * (MB // len(row)), 1024, b"</sheetData></worksheet>")


def _append_deflated(f, name: str, head: bytes, block: bytes, repeat: int, tail: bytes) -> None:
    """Add a member whose data is ``head + block * repeat + tail``, deflated block by block, to the zip ``f``."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    middle = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every copy of block
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(repeat):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(block) * repeat + len(tail)
    packed = len(first) + len(middle) * repeat + len(last)
    # the existing central directory is rewritten after the new member
    data = f.read()
    end = data.rindex(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack("<HII", data[end + 10:end + 20])
    directory = data[cd_offset:cd_offset + cd_size]
    f.seek(cd_offset)
    f.truncate()
    offset = cd_offset
    raw = name.encode()
    f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, packed, size, len(raw), 0) + raw)
    f.write(first)
    for _ in range(repeat):
        f.write(middle)
    f.write(last)
    start = f.tell()
    f.write(directory)
    f.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, packed, size, len(raw), 0, 0,
                        0, 0, 0, offset) + raw)
    cd_size = f.tell() - start
    f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count + 1, count + 1, cd_size, start, 0))


def picture(path: Path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def far_ods(path: Path) -> None:
    """An OpenDocument sheet whose one value sits after a million repeated empty rows and 16,383 cells."""
    table = ('<table:table-row table:number-rows-repeated="1048575"><table:table-cell/></table:table-row>'
             '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
             '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="Services">{table}</table:table></office:spreadsheet>'
               '</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


def binary(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(20_000)))


def nul_bytes_csv(path: Path) -> None:
    text = csv_text([HEADER, *ROWS]).encode()
    path.write_bytes(text[:40] + b"\x00" * 8 + text[40:])


def control_chars_csv(path: Path) -> None:
    rows = [HEADER, *ROWS]
    rows[1] = [rows[1][0] + "\x07\x1b[31m", rows[1][1] + "\x0b(bell; escape; vertical tab)", *rows[1][2:]]
    path.write_text(csv_text(rows), encoding="utf-8")


def big_cells_csv(path: Path) -> None:
    rows = [HEADER, *ROWS, BIG_ROW]
    path.write_text(csv_text(rows), encoding="utf-8")


def utf16_no_bom_csv(path: Path) -> None:
    """Valid: Excel's "Unicode text" without its byte-order mark, names in Bengali. It must be read."""
    rows = [HEADER, *ROWS]
    rows[1] = [*rows[1][:4], "উখিয়া ক্যাম্প ৪", *rows[1][5:]]
    rows[2] = [*rows[2][:4], "কাউখালী", *rows[2][5:]]
    path.write_bytes(csv_text(rows).encode("utf-16-le"))


def deep_json(path: Path) -> None:
    depth = 100_000
    path.write_text('{"services": [' + "[" * depth + '{"name": "x"}' + "]" * depth + "]}")


def deep_hxl_json(path: Path) -> None:
    """HXL JSON (rows under a hashtag row) whose second row nests 100,000 deep."""
    depth = 100_000
    path.write_text('[["#org", "#activity"], ' + "[" * depth + '"x"' + "]" * depth + "]")


def no_ending(path: Path) -> None:
    """The 1.5 KB workbook that reaches XFD1048576, without a name ending (as a chat app saves it)."""
    xfd_xlsx(path)


def csv_bomb_zip(path: Path) -> None:
    """A .zip holding one CSV that unpacks to 1 GB of rows."""
    write_zip(path, {})
    with path.open("r+b") as f:
        _append_deflated(f, "services.csv", csv_text([HEADER]).encode(), csv_text(ROWS).encode() * (MB // 200), 1024,
                         b"")


def many_files_zip(path: Path) -> None:
    """A .zip of 70,000 one-line CSV files (7 MB, so its end record is Zip64's): Python would build 70,000
    objects from its directory before anything could be checked."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(70_000):
            z.writestr(f"t{i}.csv", "a\n")


def utf16_csv_in_zip(path: Path) -> None:
    """Valid: the UTF-16LE list without a byte-order mark, inside a .zip. It must be read."""
    utf16_no_bom_csv(path.with_suffix(".csv"))
    write_zip(path, {"services.csv": path.with_suffix(".csv").read_bytes()})
    path.with_suffix(".csv").unlink()


# --- binary workbooks: .xls (a LibreOffice file, patched) and .xlsb (records written here) ----------

#: The universal table saved as .xls by LibreOffice (``python make_corpus.py --base-xls`` writes it again).
BASE_XLS = HERE / "list.xls"
#: The same list as .xlsb, written by pyxlsbwriter (see tests/data/import/formats/make_formats.py).
BASE_XLSB = REPO / "tests" / "data" / "import" / "formats" / "list.xlsb"


def base_xls(path: Path) -> None:
    """The universal table as .xls, converted by LibreOffice from openpyxl's .xlsx."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        universal_xlsx(Path(tmp) / "list.xlsx")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "xls",
                        "--outdir", tmp, str(Path(tmp) / "list.xlsx")], check=True, capture_output=True, timeout=120)
        shutil.copy(Path(tmp) / "list.xls", path)


def _patched_xls(path: Path, record: bytes, patch) -> None:
    """LibreOffice's .xls with the last BIFF record starting with ``record`` (type and size) changed by
    ``patch(data) -> data`` (the record's data, same length)."""
    data = bytearray(BASE_XLS.read_bytes())
    at = data.rindex(record)
    size = struct.unpack_from("<H", record, 2)[0]
    new = patch(bytes(data[at + 4:at + 4 + size]))
    assert len(new) == size
    data[at + 4:at + 4 + size] = new
    path.write_bytes(bytes(data))


def xls_four_billion_rows(path: Path) -> None:
    """The DIMENSIONS record says the sheet has 4,294,967,295 rows: the reader reserved room for them all."""
    _patched_xls(path, b"\x00\x02\x0e\x00", lambda d: struct.pack("<II", 0, 0xFFFFFFFF) + d[8:])


def xls_far_cell(path: Path) -> None:
    """The last text cell moved to row 65,536, column 65,536 (an .xls has 256 columns)."""
    _patched_xls(path, b"\xfd\x00\x0a\x00", lambda d: struct.pack("<HH", 0xFFFF, 0xFFFF) + d[4:])


def xls_iv65536(path: Path) -> None:
    """The last text cell moved to IV65536, the last cell an .xls sheet has: 16.8 million cells to lay out."""
    _patched_xls(path, b"\xfd\x00\x0a\x00", lambda d: struct.pack("<HH", 0xFFFF, 0xFF) + d[4:])


def _xlsb_record(kind: int, data: bytes) -> bytes:
    """One XLSB record: its type and size as 7-bit variable-length numbers, then its data."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, out = len(data), bytearray()
    while True:
        out.append((size & 0x7F) | (0x80 if size > 0x7F else 0))
        size >>= 7
        if not size:
            return head + bytes(out) + data


def _xlsb_records(data: bytes):
    at = 0
    while at < len(data):
        kind = data[at]
        at += 1
        if kind & 0x80:
            kind = (kind & 0x7F) | ((data[at] & 0x7F) << 7)
            at += 1
        size = shift = 0
        while True:
            byte = data[at]
            at += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, data[at:at + size]
        at += size


def _patched_xlsb(path: Path, change) -> None:
    """pyxlsbwriter's .xlsb with each record of its sheet passed through ``change(kind, data) -> bytes``."""
    with zipfile.ZipFile(BASE_XLSB) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    sheet = "xl/worksheets/sheet1.bin"
    parts[sheet] = b"".join(change(kind, data) for kind, data in _xlsb_records(parts[sheet]))
    write_zip(path, parts)


def xlsb_far_cell(path: Path) -> None:
    """A number at XFD1048576, in a row header and a BrtCellReal record of its own."""
    row = struct.pack("<IIHBBBI", 1_048_575, 0, 300, 0, 0, 0, 1) + struct.pack("<II", 16_383, 16_384)
    far = _xlsb_record(0x00, row) + _xlsb_record(0x05, struct.pack("<IId", 16_383, 0, 1.5))
    _patched_xlsb(path, lambda kind, data: (far if kind == 0x92 else b"") + _xlsb_record(kind, data))


def xlsb_claims_xfd(path: Path) -> None:
    """Valid: its dimension record (BrtWsDim) claims A1:XFD1048576, its cells fill four rows. It must be read."""
    claim = struct.pack("<IIII", 0, 1_048_575, 0, 16_383)
    _patched_xlsb(path, lambda kind, data: _xlsb_record(kind, claim if kind == 0x94 else data))


def xlsb_string_out_of_range(path: Path) -> None:
    """A shared-string cell (BrtCellIsst) pointing at string 574,452,256 of 19: calamine's Rust code
    stopped ("index out of bounds"), which Python sees as a PanicException, not an Exception."""
    _patched_xlsb(path, lambda kind, data: _xlsb_record(kind, data[:8] + struct.pack("<I", 574_452_256)
                                                         if kind == 0x07 else data))


def xlsb_short_cell(path: Path) -> None:
    """A BrtCellBool record of no bytes after a record of another kind: calamine took the cell's column from
    the bytes of the record before (here column 16,777,215) and reserved gigabytes."""
    done = []

    def change(kind: int, data: bytes) -> bytes:
        if kind == 0x07 and not done:
            done.append(1)
            return _xlsb_record(kind, data) + _xlsb_record(0x3A, b"\xff\xff\xff\x00" * 22) + _xlsb_record(0x04, b"")
        return _xlsb_record(kind, data)
    _patched_xlsb(path, change)


def xls_damaged_directory(path: Path) -> None:
    """The .xls whose OLE directory's root entry is marked a plain storage: xlrd stops on an assert."""
    data = bytearray(BASE_XLS.read_bytes())
    first_directory_sector = struct.unpack_from("<i", data, 0x30)[0]
    data[512 + first_directory_sector * 512 + 66] = 1
    path.write_bytes(bytes(data))


# --- geodata ------------------------------------------------------------------------------------

def _areas(crs=4326, metres: bool = False, bowtie: bool = False):
    import geopandas as gpd
    import shapely

    boxes = [shapely.box(91.2, 21.2, 92.8, 21.9), shapely.box(91.2, 22.1, 92.8, 22.9)]
    if bowtie:  # each area drawn as a figure eight: the ring crosses itself
        boxes = [shapely.Polygon([(b.bounds[0], b.bounds[1]), (b.bounds[2], b.bounds[3]), (b.bounds[2], b.bounds[1]),
                                  (b.bounds[0], b.bounds[3])]) for b in boxes]
    frame = gpd.GeoDataFrame({"adm1_pcode": ["BD20A", "BD20B"], "adm1_name": ["North", "South"],
                              "highway": ["primary", "track"], "name": ["North", "South"]}, geometry=boxes, crs=4326)
    return frame.to_crs(32646) if metres else frame if crs == 4326 else frame.set_crs(crs, allow_override=True)


def self_intersecting_geojson(path: Path) -> None:
    _areas(bowtie=True).to_file(path, driver="GeoJSON")


def metres_without_crs_shp(path: Path) -> None:
    frame = _areas(metres=True)
    frame.set_crs(None, allow_override=True).to_file(path)
    path.with_suffix(".prj").unlink(missing_ok=True)


def metres_said_degrees_gpkg(path: Path) -> None:
    _areas(metres=True).set_crs(4326, allow_override=True).to_file(path, driver="GPKG")


def degrees_said_metres_gpkg(path: Path) -> None:
    _areas(crs=32646).to_file(path, driver="GPKG")


def truncated_geojson(path: Path) -> None:
    _areas().to_file(path, driver="GeoJSON")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def bomb_zip(path: Path) -> None:
    """A .zip of boundaries whose GeoJSON unpacks to 1 GB of spaces."""
    write_zip(path, {})
    with path.open("r+b") as f:
        _append_deflated(f, "areas.geojson", b'{"type": "FeatureCollection", "features": [', b" " * MB, 1024, b"]}")


def _raster(path: Path, width: int, height: int, *, crs="EPSG:4326", transform=None, fill: int | None = 1) -> None:
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    transform = transform or from_bounds(91.0, 21.0, 93.0, 23.0, width, height)
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1, dtype="uint8", crs=crs,
                       transform=transform, compress="deflate", tiled=True, sparse_ok=True) as dst:
        if fill is not None:
            dst.write(np.full((height, width), fill, dtype="uint8"), 1)


def raster_bomb_tif(path: Path) -> None:
    """100,000 × 100,000 cells (10 GB unpacked) in a few kilobytes: no block is written."""
    _raster(path, 100_000, 100_000, fill=None)


def raster_without_crs_tif(path: Path) -> None:
    _raster(path, 40, 40, crs=None)


def raster_metres_said_degrees_tif(path: Path) -> None:
    from rasterio.transform import from_bounds

    _raster(path, 40, 40, transform=from_bounds(500_000, 2_300_000, 700_000, 2_500_000, 40, 40))


def truncated_tif(path: Path) -> None:
    _raster(path, 400, 400, fill=None)
    import numpy as np
    import rasterio

    with rasterio.open(path, "r+") as dst:
        dst.write((np.arange(400 * 400) % 251).astype("uint8").reshape(400, 400), 1)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def landcover_tif(path: Path) -> None:
    """A valid land-cover raster (every cell tree cover), for the speeds table's runs."""
    _raster(path, 40, 40, fill=10)


def truncated_pbf(path: Path) -> None:
    data = (REPO / "tests" / "data" / "roads_small.osm.pbf").read_bytes()
    path.write_bytes(data[: len(data) // 2])


# --- found by fuzz_inputs.py: files that escaped as tracebacks from the readers of non-lists ---------

def damaged_styles_xlsx(path: Path) -> None:
    """The universal table whose styles part is not well-formed XML (an attribute without a value):
    the gate measures the sheets, not the styles; openpyxl stopped on a ParseError."""
    universal_xlsx(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(b"<fonts", b"<fonts broken", 1)
    write_zip(path, parts)


def far_row_number_xlsx(path: Path) -> None:
    """The universal table whose first row tag says r="2147483648" (its cells still say A1 …): openpyxl lays
    rows out by that number, and pandas (which resets the sheet's declared size) was handed two billion
    empty rows first; the process asked for gigabytes. The cells' references, which the gate measures,
    say three rows."""
    universal_xlsx(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b'<row r="1"', b'<row r="2147483648"', 1)
    write_zip(path, parts)


def no_geometry_gpkg(path: Path) -> None:
    """A GeoPackage holding only an attribute table (the admin names, no shapes): read as a plain table,
    it had no coordinate system to ask for (AttributeError)."""
    import pyogrio

    frame = _areas().drop(columns="geometry")
    pyogrio.write_dataframe(frame, path, driver="GPKG", layer="areas")


def local_crs_gpkg(path: Path) -> None:
    """Areas in a GeoPackage whose coordinate system is its 'Undefined Cartesian SRS' (srs_id -1), as some
    CAD exports save them: nothing can be reprojected from it (pyproj's ProjError)."""
    import sqlite3

    _areas().to_file(path, driver="GPKG", layer="areas")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE gpkg_geometry_columns SET srs_id = -1")
        conn.execute("UPDATE gpkg_contents SET srs_id = -1")
    conn.close()


def not_georeferenced_tif(path: Path) -> None:
    """A GeoTIFF with a projection but no geotransform (its pixel scale and tie point tags gone): GDAL
    stopped while warping it ("no affine transformation and no GCPs")."""
    _raster(path, 40, 40)
    data = bytearray(path.read_bytes())
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        if struct.unpack_from("<H", data, entry)[0] in (33550, 33922, 34264):  # scale, tie point, matrix
            struct.pack_into("<H", data, entry, 65000)  # a private tag GDAL does not read
    path.write_bytes(bytes(data))


def sparse_raster_tif(path: Path) -> None:
    """44,000 × 44,000 cells (1.8 GB unpacked, under the gate's 2 GB for a bomb) in 240 KB: no block is
    written. Warped whole onto the grid it took a minute and 670 MB as elevation, and longer as land cover."""
    _raster(path, 44_000, 44_000, fill=None)


def huge_tiles_tif(path: Path) -> None:
    """64 × 48 cells in 4 KB whose tile size tags say 65,520 × 65,520: GDAL held a whole tile to read one,
    and the process took 4.4 GB before it said the file was damaged."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    with rasterio.open(path, "w", driver="GTiff", width=64, height=48, count=1, dtype="uint8", crs="EPSG:4326",
                       transform=from_bounds(91.0, 21.0, 93.0, 23.0, 64, 48), tiled=True, blockxsize=16,
                       blockysize=16, compress="deflate") as dst:
        dst.write(np.ones((48, 64), dtype="uint8"), 1)
    data = bytearray(path.read_bytes())
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        tag, kind = struct.unpack_from("<HH", data, entry)
        if tag in (322, 323):  # TileWidth, TileLength
            struct.pack_into("<H" if kind == 3 else "<I", data, entry + 8, 65_520)
    path.write_bytes(bytes(data))


def many_bands_tif(path: Path) -> None:
    """240 × 409 cells in strips of 8 rows whose SamplesPerPixel tag says 65,535 bands, interleaved: GDAL
    holds a whole strip of every band to read band 1, and the process took 500 MB more (found by the fuzzer
    as the demo's population raster with that tag changed)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    with rasterio.open(path, "w", driver="GTiff", width=240, height=409, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_bounds(91.0, 21.0, 93.0, 23.0, 240, 409), blockysize=8,
                       compress="deflate") as dst:
        dst.write(np.ones((409, 240), dtype="float32"), 1)
    data = bytearray(path.read_bytes())
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        if struct.unpack_from("<H", data, entry)[0] == 277:  # SamplesPerPixel
            struct.pack_into("<H", data, entry + 8, 65_535)
    path.write_bytes(bytes(data))


def infinite_class_csv(path: Path) -> None:
    """A land-cover speeds table whose class is 1e400 (infinity as a float): int() raised OverflowError."""
    path.write_text("class,speed_kmh\r\n10,3\r\n1e400,4\r\n", encoding="utf-8")


def hsds_without_ids_zip(path: Path) -> None:
    """An HSDS tabular package whose services.csv has no id column: the tables were joined on it (KeyError)."""
    write_zip(path, {"datapackage.json": b'{"name": "hsds", "resources": []}',
                     "services.csv": b"name,description\r\nCase management,for children\r\n",
                     "organizations.csv": b"id,name\r\no1,Example Child Aid\r\n"})


# --- projects -------------------------------------------------------------------------------------

def base_project(path: Path):
    sys.path.insert(0, str(REPO))
    from tests.helpers import small_project

    small_project(path).close()


def truncated_project(path: Path) -> None:
    base_project(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def bad_version_project(path: Path) -> None:
    import sqlite3

    base_project(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sm_meta SET value = 'six' WHERE key = 'schema_version'")


def missing_table_project(path: Path) -> None:
    import sqlite3

    base_project(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript("DROP VIEW services; DROP TABLE sm_service_at_site;")
    conn.close()


LIST, WORKBOOK, TABLE, TEXT_TABLE = "list", "workbook", "table", "text_table"
XLSX_KINDS = {LIST, WORKBOOK, TABLE}
CSV_KINDS = {LIST, TABLE, TEXT_TABLE}

CASES = [
    Case("truncated.xlsx", "an .xlsx cut in half (an unfinished download)", XLSX_KINDS, truncated_xlsx),
    Case("password.xlsx", "a password-protected workbook", XLSX_KINDS, password_xlsx),
    Case("xfd1048576.xlsx", "one value at cell XFD1048576 and no <dimension> (1.5 KB)", XLSX_KINDS, xfd_xlsx),
    Case("zz20000.xlsx", "one value at ZZ20000: 14 million cells to lay out from 1.5 KB", XLSX_KINDS, sparse_xlsx),
    Case("reference-a99999999.xlsx", "a value at A99999999 (an eight-digit row number)", XLSX_KINDS,
         long_reference_xlsx),
    Case("reference-odd.xlsx", "values at XFD4 and A1048576 in references written with a tab and single quotes, "
         "and as a second r attribute", XLSX_KINDS, odd_reference_xlsx),
    Case("shared-strings-claim.xlsx", "shared strings that say uniqueCount=\"2147483648\" in a few hundred bytes",
         XLSX_KINDS, shared_strings_claim_xlsx),
    Case("columns-16384.xlsx", "a value in each of the 16,384 columns of the header row", XLSX_KINDS, wide_xlsx),
    Case("cells-1mb.xlsx", "three 1 MB cells (valid; cut to 32,767 characters with a warning)", XLSX_KINDS,
         big_cells_xlsx, accepted={LIST, TABLE}),
    Case("zip-bomb.xlsx", "3.6 MB that unpack to a 1 GB sheet", XLSX_KINDS, bomb_xlsx),
    Case("picture.xlsx", "a PNG picture renamed .xlsx", XLSX_KINDS, picture),
    Case("far-cell.ods", "an .ods whose one value sits after 1,048,575 repeated rows", {LIST}, far_ods),
    Case("binary.csv", "20 KB of binary data named .csv", CSV_KINDS, binary),
    Case("nul-bytes.csv", "a CSV with NUL bytes inside", CSV_KINDS, nul_bytes_csv),
    Case("control-characters.csv", "bell, escape and vertical-tab characters in cells (valid)", CSV_KINDS,
         control_chars_csv, accepted=CSV_KINDS),
    Case("cells-1mb.csv", "three 1 MB cells (valid)", CSV_KINDS, big_cells_csv, accepted=CSV_KINDS),
    Case("utf16le-no-bom.csv", "UTF-16LE without a byte-order mark, Bengali names (valid)", CSV_KINDS,
         utf16_no_bom_csv, accepted=CSV_KINDS),
    Case("deep.json", "HSDS-looking JSON nested 100,000 deep", {LIST}, deep_json),
    Case("deep-hxl.json", "HXL JSON whose second row nests 100,000 deep", {LIST}, deep_hxl_json),
    Case("xfd1048576-no-ending", "the XFD1048576 workbook without a name ending", {LIST}, no_ending),
    Case("csv-bomb.zip", "a .zip whose CSV unpacks to 1 GB", {LIST}, csv_bomb_zip),
    Case("many-files.zip", "a .zip of 70,000 files", {LIST}, many_files_zip),
    Case("utf16-in.zip", "a UTF-16LE CSV without a byte-order mark inside a .zip (valid)", {LIST}, utf16_csv_in_zip,
         accepted={LIST}),
    Case("list.xls", "the list saved as .xls by LibreOffice (valid)", {LIST, WORKBOOK}, lambda p: shutil.copy(BASE_XLS, p),
         accepted={LIST}),
    Case("rows-4-billion.xls", "an .xls whose DIMENSIONS record declares 4,294,967,295 rows", {LIST, WORKBOOK},
         xls_four_billion_rows),
    Case("iv65536.xls", "a 6 KB .xls with a value at IV65536, its last cell (16.8 million cells)", {LIST}, xls_iv65536),
    Case("far-cell.xls", "an .xls with a value at row 65,536, column 65,536", {LIST, WORKBOOK}, xls_far_cell),
    Case("far-cell.xlsb", "an .xlsb with a number at XFD1048576", {LIST, WORKBOOK}, xlsb_far_cell),
    Case("string-out-of-range.xlsb", "an .xlsb cell pointing at shared string 574,452,256 of 19", {LIST, WORKBOOK},
         xlsb_string_out_of_range),
    Case("short-cell.xlsb", "an .xlsb with a cell record of no bytes", {LIST, WORKBOOK}, xlsb_short_cell),
    Case("damaged-directory.xls", "an .xls whose OLE root directory entry is marked a storage", {LIST, WORKBOOK},
         xls_damaged_directory),
    Case("claims-xfd.xlsb", "an .xlsb whose dimension claims XFD1048576 over four rows (valid)", {LIST, WORKBOOK},
         xlsb_claims_xfd, accepted={LIST}),
    Case("self-intersecting.geojson", "areas whose rings cross themselves (valid; repaired with a note)", {"vector"},
         self_intersecting_geojson, accepted={"vector"}),
    Case("metres-no-crs.shp", "a Shapefile in metres (UTM) without its .prj", {"vector"}, metres_without_crs_shp),
    Case("metres-said-degrees.gpkg", "metres in a GeoPackage that says EPSG:4326", {"vector"}, metres_said_degrees_gpkg),
    Case("degrees-said-metres.gpkg", "degrees in a GeoPackage that says UTM 46N", {"vector"}, degrees_said_metres_gpkg),
    Case("truncated.geojson", "a GeoJSON cut in half", {"vector"}, truncated_geojson),
    Case("zip-bomb.zip", "a .zip whose GeoJSON unpacks to 1 GB", {"vector"}, bomb_zip),
    Case("raster-bomb.tif", "a GeoTIFF of 100,000 × 100,000 cells in a few KB", {"raster"}, raster_bomb_tif),
    Case("raster-no-crs.tif", "a GeoTIFF without a projection", {"raster"}, raster_without_crs_tif),
    Case("raster-metres-said-degrees.tif", "metres in a GeoTIFF that says EPSG:4326", {"raster"},
         raster_metres_said_degrees_tif),
    Case("truncated.tif", "a GeoTIFF cut in half", {"raster"}, truncated_tif),
    Case("picture.tif", "a PNG picture renamed .tif", {"raster"}, picture),
    Case("binary.osm.pbf", "binary data named .osm.pbf", {"osm"}, binary),
    Case("truncated.osm.pbf", "an OpenStreetMap extract cut in half", {"osm"}, truncated_pbf),
    Case("damaged-styles.xlsx", "the table with its styles part not well-formed XML (a list is read: its reader needs no "
         "styles)", XLSX_KINDS, damaged_styles_xlsx, accepted={LIST}),
    Case("row-2147483648.xlsx", "the table whose first row tag says r=\"2147483648\" (its cells say row 1)", XLSX_KINDS,
         far_row_number_xlsx, accepted={LIST}),
    Case("no-geometry.gpkg", "a GeoPackage of admin names without shapes (an attribute table)", {"vector"},
         no_geometry_gpkg),
    Case("local-crs.gpkg", "areas in the GeoPackage's 'Undefined Cartesian SRS' (a local system)", {"vector"},
         local_crs_gpkg),
    Case("not-georeferenced.tif", "a GeoTIFF with a projection but no georeferencing", {"raster"},
         not_georeferenced_tif),
    Case("sparse-44000.tif", "a 240 KB GeoTIFF declaring 44,000 × 44,000 empty cells (1.8 GB)", {"raster"},
         sparse_raster_tif),
    Case("tiles-65520.tif", "a 4 KB GeoTIFF of 64 × 48 cells whose tiles say they are 65,520 × 65,520", {"raster"},
         huge_tiles_tif),
    Case("bands-65535.tif", "a 3 KB GeoTIFF whose strips interleave 65,535 bands", {"raster"}, many_bands_tif),
    Case("class-1e400.csv", "a land-cover speeds table whose class is 1e400", {TEXT_TABLE}, infinite_class_csv),
    Case("hsds-without-ids.zip", "an HSDS package whose services.csv has no id column", {LIST}, hsds_without_ids_zip),
    Case("truncated-project.gpkg", "a project file cut to a third", {"project"}, truncated_project),
    Case("bad-version.gpkg", "a project whose version record says 'six'", {"project"}, bad_version_project),
    Case("missing-table.gpkg", "a project missing its service-at-site table", {"project"}, missing_table_project),
]

#: Valid files the runs need beside the hostile one (a table for --spread-by, a land cover for its speeds).
HELPERS = {"table.csv": lambda p: p.write_text(csv_text([HEADER, *ROWS]), encoding="utf-8"),
           "landcover.tif": landcover_tif, "project.gpkg": base_project}


def make(folder: Path) -> list[Case]:
    """Write every case and helper into ``folder``; returns the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        case.make(folder / case.name)
    for name, maker in HELPERS.items():
        maker(folder / name)
    return CASES


def main(argv: list[str]) -> int:
    if argv == ["--base-xls"]:
        base_xls(BASE_XLS)
        return 0
    if len(argv) == 2 and argv[0] == "--table":
        sys.path.insert(0, str(REPO))
        os.chdir(REPO)
        from tests.hostile import write_table

        write_table(Path(argv[1]))
        return 0
    if len(argv) != 1:
        print(__doc__)
        return 2
    make(Path(argv[0]))
    print(json.dumps([c.name for c in CASES]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
