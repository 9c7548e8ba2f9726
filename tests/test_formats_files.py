"""The files themselves: vCard text rules, KML structure, the XLSX directory's layout, the CLI."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from desktop.cli import main
from importers.formats import kml, vcard, xlsx_directory
from tests.helpers import small_project


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=4)
    yield p
    p.close()


def test_vcard_escapes_and_folds_at_75_octets():
    assert vcard.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "NOTE:" + "অ" * 60  # Bengali: 3 octets a character
    folded = vcard.fold(line)
    parts = folded.split("\r\n")[:-1]
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_vcard_cards_for_phones(project, tmp_path):
    out = tmp_path / "c.vcf"
    n = vcard.write(project, out)
    text = out.read_bytes().decode("utf-8")
    assert n == 4 == text.count("BEGIN:VCARD") == text.count("END:VCARD")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "TEL;TYPE=WORK,VOICE:+8801700555101" in text
    safe = next(c for c in text.split("END:VCARD") if "Safe shelter" in c)
    assert "TEL;" in safe and "GEO:" not in safe and "ADR;" not in safe
    assert "GEO:" in text  # the other services carry their point
    shown = tmp_path / "all.vcf"
    vcard.write(project, shown, include_confidential=True)
    assert "GEO:" in next(c for c in shown.read_text(encoding="utf-8").split("END:VCARD") if "Safe shelter" in c)


def test_kml_is_well_formed_with_one_placemark_per_placed_service(project, tmp_path):
    out = tmp_path / "m.kml"
    assert kml.write(project, out) == 3  # the safe house is not on the map
    root = ET.parse(out).getroot()
    ns = {"k": kml.NS}
    marks = root.findall(".//k:Placemark", ns)
    assert len(marks) == 3
    for m in marks:
        lon, lat = map(float, m.find("k:Point/k:coordinates", ns).text.split(","))
        assert 91 < lon < 93 and 21 < lat < 23
        assert "Phone" in m.find("k:description", ns).text
    assert {f.find("k:name", ns).text for f in root.findall(".//k:Folder", ns)} == {"Case management"}
    assert kml.write(project, tmp_path / "all.kml", include_confidential=True) == 4


def test_xlsx_directory_layout(project, tmp_path):
    out = tmp_path / "d.xlsx"
    xlsx_directory.write(project, out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}5"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["B"].width >= len("Case management 1")
    by_district = tmp_path / "districts.xlsx"
    xlsx_directory.write(project, by_district, sheet_per_level=2)
    book = openpyxl.load_workbook(by_district)
    assert book.sheetnames == ["Cox's Bazar", "Rangamati", "Confidential services"]
    assert all(ws.freeze_panes == "C2" and ws.auto_filter.ref for ws in book.worksheets)
    assert book["Rangamati"].max_row == 3  # header and services 1 and 3 (north)
    assert book["Confidential services"]["B2"].value == "Safe shelter"
    assert xlsx_directory.read(by_district, region="BD").summary()["imported"] == 4


def test_export_command(project, tmp_path, capsys):
    project.close()
    out = tmp_path / "d.csv"
    assert main(["export", str(tmp_path / "p.gpkg"), "--format", "csv", "--out", str(out), "--area", "BD2084"]) == 0
    said = capsys.readouterr().out
    assert "Wrote 2 records in BD2084" in said and "--include-confidential" in said
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[1].count("BD2084") == 1 and "Case management 1" in lines[1]
    assert main(["export", str(tmp_path / "p.gpkg"), "--format", "csv", "--out", str(out), "--area", "XX1"]) == 2
    assert "XX1: no admin area" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "p.gpkg"), "--format", "pdf", "--out", str(out)]) == 2
    assert main(["export", str(tmp_path / "nope.gpkg"), "--format", "csv", "--out", str(out)]) == 2
    pkg = tmp_path / "hsds"
    assert main(["export", str(tmp_path / "p.gpkg"), "--format", "hsds", "--out", str(pkg), "--include-confidential"]) == 0
    assert (pkg / "datapackage.json").exists() and (pkg / "services.csv").exists()


def test_export_runs_without_qt(tmp_path):
    small_project(tmp_path / "p.gpkg").close()
    code = ("import sys; sys.modules['PySide6'] = None; from desktop.cli import main; "
            f"sys.exit(main(['export', r'{tmp_path / 'p.gpkg'}', '--format', 'xlsx', '--out', r'{tmp_path / 'd.xlsx'}']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.xlsx").exists()


def test_hxl_reader_goes_by_hashtags(tmp_path):
    """A partner's 3W file: its own header words, other columns, our hashtags in another order."""
    from importers.formats import hxl

    path = tmp_path / "partner-3w.csv"
    path.write_text(
        "Who,Reporting month,What,Sector,District code,Lat,Lon,Hotline\n"
        "#org+name,#date+reported,#activity+name,#sector+name,#adm2+code,#geo+lat,#geo+lon,#contact+phone\n"
        "Partner A,2026-10,Case management desk,Case management,BD2022,21.4,92.0,01700-555111\n"
        ",,,,,,,\n"
        "Partner A,2026-10,Legal aid clinic,Legal aid,BD2084,22.6,92.1,\n",
        encoding="utf-8",
    )
    result = hxl.read(path, region="BD")
    assert [(r.row, r.status) for r in result.rows] == [(3, "imported"), (4, "not-a-service"), (5, "imported")]
    desk, clinic = result.services
    assert desk.service_types == ["case_management"] and clinic.service_types == ["legal_aid"]
    assert [p.number for c in desk.contacts for p in c.phones] == ["+8801700555111"]
    assert [s.admin_pcodes for s in result.sites] == [{2: "BD2022"}, {2: "BD2084"}]
    assert len(result.organisations) == 1
