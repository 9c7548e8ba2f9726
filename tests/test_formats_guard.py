"""What every writer must do: neutralise formulas, withhold confidential sites, filter by area."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
import shapely

from directory.model import AdminArea, Contact, Organisation, Phone, Service, Site
from directory.store import Project
from directory import safe_text
from importers.formats import module
from importers.values import clean_text

FORMULAS = ['=HYPERLINK("http://example.invalid/x","click")', "+1 (800) CALL NOW", "-2+3", "@SUM(A1:A9)", "\tTabbed"]
SAFE_SITE, SAFE_ADDRESS, SAFE_LAT, SAFE_LON = "Hidden Shelter Kalapara", "House 77 Lane Zeta", 21.87654, 92.43219
WRITERS = ["hsds", "hxl", "xlsx", "csv", "gpkg", "kml", "vcard"]
SUFFIX = {"hsds": ".json", "hxl": ".csv", "xlsx": ".xlsx", "csv": ".csv", "gpkg": ".gpkg", "kml": ".kml", "vcard": ".vcf"}


@pytest.fixture
def project(tmp_path):
    """A division with two districts; formula-like names; a safe house; a service at two sites."""
    p = Project.create(tmp_path / "p.gpkg", country="BGD")
    with p.change("test", "guard project"):
        p.replace_admin_level(1, [AdminArea("BD20", "Chattogram", 1)], [shapely.box(91, 21, 93, 23)])
        p.replace_admin_level(2, [AdminArea("BD2022", "Cox's Bazar", 2, "BD20"), AdminArea("BD2084", "Rangamati", 2, "BD20")],
                              [shapely.box(91, 21, 93, 22), shapely.box(91, 22, 93, 23)])
        org = Organisation("=cmd|' /C calc'!A0 Relief")
        p.save_organisation(org)
        south = Site("South office", latitude=21.2, longitude=92.1, admin_pcodes={1: "BD20", 2: "BD2022"})
        north = Site("North office", latitude=22.6, longitude=92.2, admin_pcodes={1: "BD20", 2: "BD2084"})
        hidden = Site(SAFE_SITE, address=SAFE_ADDRESS, latitude=SAFE_LAT, longitude=SAFE_LON,
                      admin_pcodes={1: "BD20", 2: "BD2022"})
        for site in (south, north, hidden):
            p.save_site(site)
        for i, name in enumerate(FORMULAS):
            s = Service(name, org.id, ["case_management"], contacts=[Contact("Focal", phones=[Phone(f"+88017005551{i:02d}")])])
            p.save_service(s)
            p.link(s.id, south.id)
        both = Service("Legal aid", org.id, ["legal_aid"], contacts=[Contact(phones=[Phone("+8801700555200")])])
        safe = Service("Safe house", org.id, ["safe_shelter"], confidential=True,
                       contacts=[Contact("Duty officer", phones=[Phone("+8801700555999")], emails=["duty@example.org"])])
        for s in (both, safe):
            p.save_service(s)
        p.link(both.id, south.id)
        p.link(both.id, north.id)
        p.link(safe.id, hidden.id)
    yield p
    p.close()


def test_neutralise_and_restore_are_inverse():
    for text in FORMULAS + ["plain", "'quoted", "", "a=b"]:
        assert safe_text.restore(safe_text.neutralise(text)) == text
    assert safe_text.neutralise("=1+1") == "'=1+1"
    assert safe_text.neutralise("Case management") == "Case management"
    assert safe_text.neutralise(12) == 12


@pytest.mark.parametrize("fmt", ["csv", "hxl"])
def test_csv_cells_never_start_a_formula(project, tmp_path, fmt):
    out = tmp_path / f"d{SUFFIX[fmt]}"
    module(fmt).write(project, out)
    cells = [c for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))) for c in row]
    assert not [c for c in cells if c.startswith(safe_text.FORMULA_TRIGGERS)]
    assert "'" + FORMULAS[0] in cells and "'+8801700555100" in cells
    back = module(fmt).read(out, region="BD")
    assert {s.name for s in back.services} >= {clean_text(f) for f in FORMULAS}  # a leading tab is whitespace
    assert {o.name for o in back.organisations} == {"=cmd|' /C calc'!A0 Relief"}


@pytest.mark.parametrize(("fmt", "name"), [("xlsx", "d.xlsx"), ("hxl", "d.xlsx")])
def test_xlsx_keeps_formula_text_as_inert_text(project, tmp_path, fmt, name):
    out = tmp_path / name
    module(fmt).write(project, out)
    book = openpyxl.load_workbook(out)  # not read-only: we need the cell types and styles
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    risky = [c for c in cells if isinstance(c.value, str) and c.value.startswith(safe_text.FORMULA_TRIGGERS)]
    assert {c.value for c in risky} >= set(FORMULAS)
    assert all(c.quotePrefix for c in risky)
    with zipfile.ZipFile(out) as z:  # no <f> formula element anywhere in the sheets
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    back = module(fmt).read(out, region="BD")
    assert {s.name for s in back.services} >= {clean_text(f) for f in FORMULAS}


def _text_of(path: Path) -> str:
    """Everything a file holds, as text: zip members unpacked, SQLite strings included."""
    if path.suffix in (".xlsx", ".zip"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".gpkg":
        con = sqlite3.connect(path)
        rows = con.execute("SELECT * FROM services").fetchall()
        con.close()
        return "\n".join(str(r) for r in rows)
    return path.read_text(encoding="utf-8-sig")


def _leaks(text: str) -> list[str]:
    marks = [SAFE_SITE, SAFE_ADDRESS, f"{SAFE_LAT:.4f}", f"{SAFE_LON:.4f}", "21.8765", "92.4321"]
    return [m for m in marks if m in text]


@pytest.mark.parametrize("fmt", WRITERS + ["hsds-package"])
def test_confidential_site_leaves_only_when_asked(project, tmp_path, fmt):
    name, suffix = (fmt, SUFFIX[fmt]) if fmt != "hsds-package" else ("hsds", ".zip")
    hidden, shown = tmp_path / f"hidden{suffix}", tmp_path / f"shown{suffix}"
    module(name).write(project, hidden)
    module(name).write(project, shown, include_confidential=True)
    assert _leaks(_text_of(hidden)) == []
    assert _leaks(_text_of(shown)), "with --include-confidential the safe house's site is exported"
    if fmt != "kml":  # a map file has nothing to show without a point; every other format lists the service
        assert "Safe house" in _text_of(hidden) and "8801700555999" in _text_of(hidden)


def test_withheld_service_reads_back_without_a_site(project, tmp_path):
    out = tmp_path / "d.json"
    module("hsds").write(project, out)
    back = module("hsds").read(out, region="BD")
    safe = next(s for s in back.services if s.name == "Safe house")
    assert safe.confidential
    assert not [link for link in back.links if link[0] == safe.id]
    assert {p.number for c in safe.contacts for p in c.phones} == {"+8801700555999"}


@pytest.mark.parametrize("fmt", ["csv", "hsds", "gpkg", "xlsx"])
def test_area_filters_by_pcode_prefix(project, tmp_path, fmt):
    out = tmp_path / f"north{SUFFIX[fmt]}"
    n = module(fmt).write(project, out, area="BD2084")
    back = module(fmt).read(out, region="BD")
    assert n == 1
    assert [s.name for s in back.services] == ["Legal aid"]
    assert [s.name for s in back.sites] == ["North office"]
    south = module(fmt).read(_written(project, tmp_path / f"south{SUFFIX[fmt]}", fmt, "bd2022"), region="BD")
    assert {s.name for s in south.services} == {clean_text(f) for f in FORMULAS} | {"Legal aid", "Safe house"}
    assert {s.name for s in south.sites} == {"South office"}


def _written(project, path, fmt, area):
    module(fmt).write(project, path, area=area)
    return path


def test_hsds_json_marks_the_confidential_flag(project, tmp_path):
    out = tmp_path / "d.json"
    module("hsds").write(project, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    safe = next(s for s in doc["contents"] if s["name"] == "Safe house")
    assert "service_at_locations" not in safe
    flags = [a["value"] for a in safe["attributes"] if a["taxonomy_term"]["code"] == "confidential"]
    assert flags == ["true"]


@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_csv_without_running_formulas(project, tmp_path):
    """A real spreadsheet program opens our CSV: no formula cells. The same text unguarded does run."""
    import subprocess

    ours = tmp_path / "ours.csv"
    module("csv").write(project, ours)
    control = tmp_path / "control.csv"
    control.write_text("Organisation,Service name\nA,=1+1\n", encoding="utf-8")
    for path in (ours, control):
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "xlsx",
                        "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    control_cells = [c for row in openpyxl.load_workbook(tmp_path / "control.xlsx").active.iter_rows() for c in row]
    assert [c.data_type for c in control_cells if c.value == "=1+1"] == ["f"]
    cells = [c for row in openpyxl.load_workbook(tmp_path / "ours.xlsx").active.iter_rows() for c in row]
    assert not [c.value for c in cells if c.data_type == "f"]
    assert "'" + FORMULAS[0] in [c.value for c in cells]
