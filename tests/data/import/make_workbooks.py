"""Make the messy service lists the import tests read (run: python tests/data/import/make_workbooks.py).

Every file is written by a real writer: openpyxl for .xlsx, Python's csv module for CSV in
several encodings, LibreOffice (``soffice --headless --convert-to``) for .xls and .ods when it
is installed, msoffcrypto-tool for the password-protected workbook. The bad inputs (a
truncated copy, a PNG renamed, a zip bomb, an Excel lock file) are made from these. The
1,000,000-row sheet and the 10 MB cell are made by the tests themselves into a temporary
folder with :func:`write_many_rows` and :func:`write_huge_cell`, to keep the repository small.
"""

from __future__ import annotations

import csv
import shutil
import struct
import subprocess
import zipfile
import zlib
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import TYPE_ERROR
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).parent

HEADER = ["Organisation", "Service name", "Service type(s)", "Division", "District", "Latitude", "Longitude",
          "Focal person", "Phone", "E-mail", "Age group", "Gender", "Languages", "Last verified", "Remarks"]
HXL = ["#org+name", "#service+name", "#sector", "#adm1+name", "#adm2+name", "#geo+lat", "#geo+lon",
       "#contact+name", "#contact+phone", "#contact+email", "#x_age", "#x_gender", "#x_languages",
       "#date+reported", "#x_remarks"]

# (organisation, service, types, division, district, lat, lon, focal, phone, email, ages, gender, langs, date, remarks)
ROWS = [
    ["Example Child Aid", "Case management", "Case management; PSS & referral", "Chattogram", "Cox's Bazar",
     21.4272, 92.0058, "Ms. Rahima", "01700-555123", "cm@example.org", "0-17", "All", "Bangla, Rohingya",
     46249, ""],
    ["Example Child Aid", "Legal aid desk", "Legal aid", "Chattogram", "Cox's Bazar",
     "21.4501, 92.0102", None, "Mr. Karim", "1098", "legal@example.org", "All ages", "Both", "Bangla",
     "15/08/2026", ""],
    ["Women's Safety Network", "Safe house for women & children", "Safe shelter", "Chattogram", "Cox's Bazar",
     "21°25'38\"N", "92°0'21\"E", "Duty officer", "+880 1800 555124", "wsn@example", "Women and girls", "Female",
     "Bangla", "Aug-2026", ""],
    ["Women's Safety Network", "Health post", "Health", "Chattogram", "Rangamati",
     92.1852, 22.6533, "Nurse in charge", "call the office", "health@example.org", "18+", "Female", "Chakma",
     "2026-07-01", ""],  # latitude and longitude swapped
    ["Hilltracts Forum", "Child friendly space", "Child friendly space", "Chattogram", "Rangamati",
     0, 0, "", "01500-555109", "", "Children 6-14", "All", "Chakma; Marma", "", ""],  # 0/0
    None,  # a blank row in the middle
    ["Hilltracts Forum", "Psychosocial support", "PSS", "Chattogram", "Bandarban",
     "22 17.838 N", "92 15.984 E", "Programme officer", "01500555548", "pss@example.org", "0-17", "All",
     "Bangla", "15 August 2026", "REF"],  # REF: the remarks cell becomes #REF!
    ["Example  Child Aid ", "Case  management", "Case management; PSS & referral", "Chattogram", "Cox's Bazar",
     21.4272, 92.0058, "Ms. Rahima", "01700-555123", "cm@example.org", "0-17", "All", "Bangla", 46249,
     ""],  # the first row again, with different spacing
    ["Example Child Aid", "Case managment", "Case management; PSS & referral", "Chattogram", "Cox's Bazar",
     21.4272, 92.0058, "Ms. Rahima", "01700-555123", "cm@example.org", "0-17", "All", "Bangla", 46249,
     ""],  # and again, with a typo in the service name
    ["", "Mobile team", "Case management", "Chattogram", "Bandarban", 22.2, 92.2, "", "", "", "", "", "", "",
     "no organisation given"],
]


def _style_header(ws, row: int, width: int) -> None:
    for col in range(1, width + 1):
        ws.cell(row, col).font = Font(bold=True)
        ws.cell(row, col).fill = PatternFill("solid", fgColor="DDEEFF")


def make_messy(path: Path) -> None:
    """Cover page, title rows, merged group headers, HXL row, blank rows, totals and notes, #REF!,
    a second sheet of services in French, an empty sheet, and a formula saved without a value."""
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Instructions"
    cover["A1"] = "How to fill in this service mapping"
    cover["A3"] = "One row per service and site. Use the drop-down lists. Send it back to the IM officer."
    ws = wb.create_sheet("Services")
    ws["A1"] = "Protection service mapping — Cox's Bazar and the Hill Tracts (test data)"
    ws["A2"] = "Updated: August 2026"
    # row 4: merged group headers; row 5: headers; row 6: HXL
    groups = [("Who", 1, 3), ("Where", 4, 7), ("Contact", 8, 10), ("Who can come", 11, 13)]
    for text, c0, c1 in groups:
        ws.cell(4, c0, text)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c1)
    for col, (h, t) in enumerate(zip(HEADER, HXL), start=1):
        ws.cell(5, col, h)
        ws.cell(6, col, t)
    _style_header(ws, 5, len(HEADER))
    r = 7
    for row in ROWS:
        if row is not None:
            for col, value in enumerate(row, start=1):
                if value == "REF" and col == len(HEADER):
                    cell = ws.cell(r, col, "#REF!")
                    cell.data_type = TYPE_ERROR
                elif value is not None:
                    ws.cell(r, col, value)
        r += 1
    ws.cell(r + 1, 1, "Total services")
    ws.cell(r + 1, 2, f"=COUNTA(B7:B{r - 1})")  # a formula openpyxl saves without a value
    ws.cell(r + 2, 1, "Note: locations of safe houses are shared on request only.")
    fr = wb.create_sheet("Services FR")
    fr.append(["Cartographie des services — test"])
    fr.append([])
    fr.append(["Organisme", "Nom du service", "Type de service", "Région", "Téléphone", "Courriel", "Coordonnées",
               "Langues"])
    fr.append(["Aide à l'Enfance", "Soutien psychosocial", "Soutien psychosocial", "Chattogram", "01700555777",
               "pss@example.fr", "21.45, 92.01", "French"])
    fr.append(["Aide à l'Enfance", "Prise en charge", "Gestion de cas", "Chattogram", "01700555778",
               "pec@example.fr", "21.46, 92.02", "fr"])
    wb.create_sheet("Sheet3")  # left empty
    wb.save(path)


def make_multilingual(folder: Path) -> None:
    """One small sheet per language, headers only in that language."""
    sheets = {
        "es": ["Organización", "Nombre del servicio", "Tipo de servicio", "Teléfono", "Latitud", "Longitud"],
        "pt": ["Organização", "Nome do serviço", "Tipo de serviço", "Telefone", "Latitude", "Longitude"],
        "ar": ["المنظمة", "اسم الخدمة", "نوع الخدمة", "رقم الهاتف", "خط العرض", "خط الطول"],
        "bn": ["সংস্থা", "সেবার নাম", "সেবার ধরন", "ফোন", "অক্ষাংশ", "দ্রাঘিমাংশ"],
        "en_variants": ["Name of Agency", "Servce Name", "Type of service", "Contact number", "Lat", "Long"],
    }
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for lang, header in sheets.items():
        ws = wb.create_sheet(lang)
        ws.append(header)
        ws.append(["Org " + lang, "Case management", "Case management", "01700555123", 21.4, 92.0])
    wb.save(folder / "multilingual.xlsx")


def make_kobo(path: Path) -> None:
    """A KoBoToolbox XLSX export: group prefixes in column names, _gps_ columns, meta columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "service_mapping"
    ws.append(["start", "end", "grp_org/organisation", "grp_org/service_name", "grp_service/service_type",
               "grp_contact/phone", "gps", "_gps_latitude", "_gps_longitude", "_gps_altitude", "_gps_precision",
               "_id", "_uuid", "_submission_time", "_index"])
    ws.append(["2026-08-01T09:00", "2026-08-01T09:10", "Example Child Aid", "Case management", "case_management",
               "01700555123", "21.4272 92.0058 12 5", 21.4272, 92.0058, 12, 5, 1001,
               "a1b2c3d4-0000-4000-8000-000000000001", "2026-08-01T09:11:00", 1])
    ws.append(["2026-08-01T10:00", "2026-08-01T10:10", "Hilltracts Forum", "Legal aid", "legal_aid",
               "1098", "22.65 92.18 0 0", 22.65, 92.18, 0, 0, 1002,
               "a1b2c3d4-0000-4000-8000-000000000002", "2026-08-01T10:11:00", 2])
    wb.save(path)


def make_csvs(folder: Path) -> None:
    """The same list as UTF-8 with BOM (commas), UTF-16 (tabs) and cp1252 (semicolons, French Excel)."""
    header = ["Organisation", "Service", "Type de service", "Téléphone", "Latitude", "Longitude"]
    rows = [["Aide à l'Enfance", "Soutien psychosocial", "PSS", "01700555777", "21,45", "92,01"],
            ["Fondation Née", "Prise en charge", "Gestion de cas", "01700555778", "21,46", "92,02"]]

    def write(name: str, encoding: str, delimiter: str) -> None:
        with (folder / name).open("w", encoding=encoding, newline="") as f:
            w = csv.writer(f, delimiter=delimiter)
            w.writerow(header)
            w.writerows(rows)

    write("utf8_bom.csv", "utf-8-sig", ",")
    write("utf16.tsv", "utf-16", "\t")
    write("cp1252_semicolon.csv", "cp1252", ";")


def make_formulas(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Organisation", "Service name", "Service type", "Capacity"])
    ws.append(["Example Child Aid", "Case management", "Case management", "=10*2"])
    ws.append(["Example Child Aid", "Legal aid", "Legal aid", "=5+5"])
    wb.save(path)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_bad(folder: Path, messy: Path) -> None:
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "picture.xlsx").write_bytes(_png())
    data = messy.read_bytes()
    (folder / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (folder / "corrupt.xlsx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    # Excel's lock file: the owner's name, padded, beside the open workbook
    (folder / "~$messy.xlsx").write_bytes(b"\x0bIM officer" + b" " * 43 + b"\x00" * 111)
    with zipfile.ZipFile(folder / "zipbomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        with zipfile.ZipFile(messy) as src:
            for item in src.infolist():
                z.writestr(item, src.read(item))
        with z.open("xl/worksheets/padding.xml", "w", force_zip64=True) as f:
            block = b" " * (1 << 20)
            for _ in range(100):  # 100 MB of spaces that pack into about 100 KB
                f.write(block)


def make_password(path: Path, source: Path) -> bool:
    try:
        import msoffcrypto.format.ooxml
    except ImportError:
        return False
    with source.open("rb") as src, path.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("secret", out)
    return True


def convert(source: Path, fmt: str) -> Path | None:
    """Convert with LibreOffice (headless) when it is installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", str(source.parent), str(source)],
                   check=True, capture_output=True, timeout=180)
    out = source.with_suffix("." + fmt)
    return out if out.exists() else None


def write_many_rows(path: Path, n_rows: int) -> None:
    """A real .xlsx with ``n_rows`` rows, written as SpreadsheetML directly (openpyxl takes minutes)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Services"
    wb.active["A1"] = "placeholder"
    template = path.with_suffix(".template.xlsx")
    wb.save(template)
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                z.writestr(item, src.read(item))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><dimension ref="A1:C%d"/><sheetData>' % n_rows)
            f.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>Organisation</t></is></c><c r="B1" t="inlineStr">'
                    b'<is><t>Service name</t></is></c><c r="C1" t="inlineStr"><is><t>Service type</t></is></c></row>')
            for r in range(2, n_rows + 1):
                f.write(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Org %d</t></is></c><c r="B%d" t="inlineStr">'
                        b'<is><t>Case management</t></is></c><c r="C%d"><v>1</v></c></row>' % (r, r, r % 97, r, r))
            f.write(b"</sheetData></worksheet>")
    template.unlink()


def write_huge_cell(path: Path, chars: int = 10 * 1024 * 1024) -> None:
    """A workbook with one 10 MB cell. openpyxl cuts cells to Excel's 32,767 characters when it
    writes, so the sheet's XML is written directly, as other programs do."""
    wb = openpyxl.Workbook()
    wb.active.title = "Services"
    template = path.with_suffix(".template.xlsx")
    wb.save(template)
    rows = [["Organisation", "Service name", "Service type", "Description"],
            ["Example Child Aid", "Case management", "Case management", "x" * chars],
            ["Example Child Aid", "Legal aid", "Legal aid", "short"]]
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                z.writestr(item, src.read(item))
        xml = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, start=1):
            cells = "".join(f'<c r="{"ABCD"[c]}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row))
            xml.append(f'<row r="{r}">{cells}</row>')
        xml.append("</sheetData></worksheet>")
        z.writestr("xl/worksheets/sheet1.xml", "".join(xml))
    template.unlink()


def main() -> None:
    messy = HERE / "messy.xlsx"
    make_messy(messy)
    make_multilingual(HERE)
    make_kobo(HERE / "kobo_export.xlsx")
    make_csvs(HERE)
    make_formulas(HERE / "formulas.xlsx")
    bad = HERE / "bad"
    bad.mkdir(exist_ok=True)
    make_bad(bad, messy)
    if not make_password(bad / "password.xlsx", messy):
        print("msoffcrypto-tool is not installed: password.xlsx not made (pip install msoffcrypto-tool)")
    for fmt in ("xls", "ods"):
        if convert(messy, fmt) is None:
            print(f"LibreOffice is not installed: messy.{fmt} not made")
    _ = date


if __name__ == "__main__":
    main()
