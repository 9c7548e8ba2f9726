"""Every output writer, found by enumeration, run on a project holding a safe house: none places
it, no spreadsheet cell runs as a formula, no markup is left raw, no bidirectional control is left.

The writers come from the command line's parser (every subcommand with an output path) and the
registries of file endings (tests/safety_project.py); the desktop's window-less writers are added.
All run once, in one subprocess (tests/safety_runner.py), which notes every function of ours
that wrote a file; a scan of the source (tests/safety_scan.py) must find no writer that did not
run. Each check is also run on a deliberately unguarded writer (tests/leaky_format.py), and must
fail there: a test of the test.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from directory import safe_text
from tests import safety_project as sp
from tests.safety_scan import file_writers, writers_in

STEPS = [s["id"] for s in sp.plan(Path("out"), Path("p.gpkg"))]
#: Functions that write a file but not one that carries the project's services, and why.
NOT_OUTPUTS = {
    "directory.store:Project._migrate": "a backup copy of the project file itself, before a migration",
    "mapping.maps.assets:copy_assets": "the packaged JavaScript and CSS beside a map page",
    "mapping.maps.assets:_write_if_changed": "the packaged JavaScript and CSS beside a map page",
    "pathways.qr:qr_svg": "the QR code, written into memory (its text is the pathway page's, checked there)",
    "desktop.pathways.panel:PathwayPanel._show_preview": "the panel's preview page, in a temporary folder",
    "desktop.pathways.panel:PathwayPanel.export": "the texts of pathways.html.document, sms_text and csv_text, "
                                                  "the same as 'servicemap pathways' writes (run here)",
    "desktop.pathways.panel:PathwayPanel.print_to": "Print… to a PDF file: Chromium prints the preview page, the "
                                                    "text of pathways.html.document that 'servicemap pathways "
                                                    "--format pdf' writes (run here)",
    "desktop.review.queue_map:write_page": "the review map's empty page; its points come through the web channel",
    "desktop.doctor.data_checks:projections": "a fixed sample GeoJSON in a temporary folder, to check GDAL reads it",
    "importers.pathway_matrix:write_list": "a list made from a pathway grid the user gives (no project is opened); "
                                           "its cells stay text (tests/test_ninth_tryout.py)",
    "directory.input_store:materialise": "an input the project keeps (its population table or raster), written "
                                         "back to a temporary folder for the readers that take paths",
    "desktop.app:save_when_drawn.<locals>.save": "desktop --screenshot: a picture of the window (see NOT_DATA)",
    "directory.writer_note:WriterNote.take": "the note beside the project while this ServiceMap writes it: the kind "
                                            "of change or the file imported, the login name and the time",
}
SPREADSHEETS = (".csv", ".xlsx", ".ods")


# --- reading what was written -----------------------------------------------------------------

def files_of(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]


def text_of(path: Path) -> str:
    """Everything a file holds as text: containers unpacked, GeoPackage tables dumped, PDFs read."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".docx", ".zip", ".kmz", ".ods"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if suffix == ".gpkg":
        con = sqlite3.connect(path)
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            return "\n".join(str(row) for t in tables for row in con.execute(f'SELECT * FROM "{t}"'))
        finally:
            con.close()
    if suffix == ".pdf":
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed: the PDF cannot be read")
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if suffix in (".png", ".tif"):
        return ""
    return path.read_bytes().decode("utf-8-sig", "replace")


def shapes_near_the_safe_house(path: Path) -> list[str]:
    """Points within about 1 km of the safe house, or small shapes (catchments, bands) around it."""
    import pyogrio
    import shapely

    safe = shapely.Point(sp.LON, sp.LAT)
    found = []
    if path.suffix == ".gpkg":
        for layer, _ in pyogrio.list_layers(path):
            frame = pyogrio.read_dataframe(path, layer=layer).to_crs(4326)
            for geom in frame.geometry.dropna():
                if geom.geom_type == "Point" and geom.distance(safe) < 0.01:
                    found.append(f"layer {layer}: a point at the safe house")
                elif geom.area < 0.05 and geom.buffer(0.005).contains(safe):
                    found.append(f"layer {layer}: a small shape around the safe house")
    elif path.suffix == ".tif":
        import rasterio
        from pyproj import Transformer

        with rasterio.open(path) as src:
            x, y = Transformer.from_crs(4326, src.crs, always_xy=True).transform(sp.LON, sp.LAT)
            value = next(src.sample([(x, y)]))[0]
        if 0 <= value <= 5:
            found.append(f"the raster measures {value:.1f} km at the safe house: it is a source")
    return found


def leaks(path: Path) -> list[str]:
    """What of the two safe houses' place an output holds (its text, and its shapes)."""
    out = []
    for f in files_of(path):
        text = text_of(f)
        out += [f"{f.name}: {secret!r}" for secret in sp.SECRETS if secret in text]
        out += [f"{f.name}: {what}" for what in shapes_near_the_safe_house(f)]
    return out


def cells_of(path: Path, first_sheet: bool = False) -> list[tuple[str, bool]]:
    """(text, kept as text) for every text cell of a CSV or workbook: a workbook cell is kept as
    text when stored as a string with the quote prefix; a CSV cell never is (the program decides)."""
    if path.suffix == ".csv":
        rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
        return [(c, False) for row in rows for c in row]
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheets = book.worksheets[:1] if first_sheet else book.worksheets
    return [(c.value, c.data_type == "s" and bool(c.quotePrefix)) for ws in sheets for row in ws.iter_rows()
            for c in row if isinstance(c.value, str)]


def formula_cells(path: Path) -> list[str]:
    """Cells a spreadsheet program would run as a formula."""
    return [f"{f.name}: {text!r}" for f in files_of(path) if f.suffix in SPREADSHEETS
            for text, inert in cells_of(f) if safe_text.is_formula(text) and not inert]


def bidi_controls(path: Path) -> list[str]:
    return [f"{f.name}: U+{ord(c):04X}" for f in files_of(path) for c in set(safe_text.BIDI.findall(text_of(f)))]


def raw_markup(path: Path) -> list[str]:
    """Markup from the data that a browser or a map app would run: raw in HTML or SVG, or in KML
    text that decodes to it."""
    hostile = [*sp.MARKUP, "<b>Sitakunda</b>"]
    out = []
    for f in files_of(path):
        if f.suffix in (".html", ".svg"):
            out += [f"{f.name}: {m}" for m in hostile if m in f.read_text(encoding="utf-8")]
        elif f.suffix == ".kml":
            texts = [e.text or "" for e in ET.parse(f).iter()]
            out += [f"{f.name}: {m}" for m in hostile for t in texts if m in t]
    return out


# --- running every writer once ----------------------------------------------------------------

@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("safety")
    project = sp.make_project(folder)
    steps = sp.plan(folder, project)
    results = sp.run_plan(folder, steps)
    return folder, {s["id"]: s for s in steps}, results


def written_by(outputs, step: str) -> list[Path]:
    """The files a step wrote that are still there (its outputs; temporary files are gone)."""
    folder, steps, results = outputs
    paths = {Path(p) for p in steps[step]["outputs"]}
    paths |= {Path(p) for _, p in results[step]["written"] if (folder / "out") in Path(p).parents}
    return sorted(p for p in paths if p.exists() and "servicemap_assets" not in p.parts)


def test_every_command_that_writes_a_file_is_in_the_plan():
    options = sp.path_options()
    unknown = sorted(f"{c} --{o}" for c, o in options if o not in sp.INPUTS | sp.OUTPUTS)
    assert unknown == [], "new path options: add them to INPUTS or OUTPUTS in tests/safety_project.py"
    writers = {(c, o) for c, o in options if o in sp.OUTPUTS}
    assert writers - set(sp.NOT_DATA) == set(sp.HOW), "a command writes a file the plan does not run"


@pytest.mark.parametrize("step", STEPS)
def test_no_output_places_a_safe_house(outputs, step):
    _, _, results = outputs
    assert results[step]["rc"] == 0, results[step]["stderr"][-3000:]
    files = written_by(outputs, step)
    if step != "typed-in":
        assert files, f"{step} wrote nothing"
    assert [leak for f in files for leak in leaks(f)] == []


def test_every_function_that_writes_a_file_ran_on_the_safe_house(outputs):
    _, _, results = outputs
    ran = {w for r in results.values() for w, _ in r["written"]}
    found = file_writers()
    assert ran - {"?"} <= found, "the scan misses a way of writing files: teach tests/safety_scan.py"
    missing = found - ran - set(NOT_OUTPUTS)
    assert missing == set(), "writers no safety test runs: add them to the plan (tests/safety_project.py)"


def test_no_spreadsheet_cell_runs_a_formula(outputs):
    folder = outputs[0]
    sheets = [f for f in files_of(folder / "out") if f.suffix in SPREADSHEETS]
    assert len(sheets) >= 14
    assert [c for f in sheets for c in formula_cells(f)] == []
    kept = {text for f in sheets for text, _ in cells_of(f)}
    for formula in sp.FORMULAS + ["=SUM(1,2) Rajasthali"]:  # each reached some sheet, inert
        assert formula in kept or "'" + formula in kept or "'" + formula.strip() in kept, formula


def test_no_output_holds_markup_from_the_data_or_bidi_controls(outputs):
    folder = outputs[0]
    out = files_of(folder / "out")
    assert [m for f in out for m in raw_markup(f)] == []
    assert [b for f in out for b in bidi_controls(f)] == []
    kml = next(f for f in out if f.suffix == ".kml")
    assert any(sp.MARKUP[0] in (e.text or "") for e in ET.parse(kml).iter()) is False
    assert "&amp;lt;script&amp;gt;" in kml.read_text(encoding="utf-8")  # escaped for HTML, then for XML


def test_the_import_report_says_where_bidi_controls_were_and_withholds_the_safe_houses(outputs):
    folder = outputs[0]
    report = (folder / "out" / "import_report_.json").read_text(encoding="utf-8")
    assert "cell H7 held pop directional formatting (U+202C), right-to-left override (U+202E)" in report
    assert "[withheld]" in report  # the transit shelter's out-of-range coordinates, as typed


def test_a_safe_house_is_counted_and_listed_at_its_district_only(outputs):
    folder = outputs[0]
    with (folder / "out" / "gaps_out_.csv").open(encoding="utf-8-sig") as f:
        table = {r["pcode"]: r for r in csv.DictReader(f)}
    assert table["BD202201"]["services"] == "0"  # Teknaf: the upazila never tells where it is
    with (folder / "out" / "pathways_out_csv.csv").open(encoding="utf-8-sig") as f:
        listed = {(r["area_pcode"], r["confidential"]) for r in csv.DictReader(f)}
    assert {("BD2022", "yes"), ("BD202201", "yes")} <= listed and ("BD2084", "yes") not in listed


# --- tests of the tests -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def leaky(tmp_path_factory):
    """The unguarded format registered as an export format and run by the plan's own enumeration."""
    folder = tmp_path_factory.mktemp("leaky")
    project = sp.make_project(folder)
    with pytest.MonkeyPatch.context() as mp:
        from importers import formats
        from tests import leaky_format

        mp.setitem(formats.FORMATS, "leaky", "leaky")
        mp.setitem(sys.modules, "importers.formats.leaky", leaky_format)
        steps = [s for s in sp.plan(folder, project) if "leaky" in s["id"] or s["id"] in ("import --report .json",
                                                                                          "typed-in", "geocode --report .json")]
        assert len([s for s in steps if "leaky" in s["id"]]) == len(leaky_format.SUFFIXES)
        (folder / "out").mkdir()
        from tests.safety_runner import run_step

        results = {s["id"]: run_step(s) for s in steps}
    return folder, {s["id"]: s for s in steps}, results


def test_the_checks_fail_on_an_unguarded_writer(leaky):
    folder, steps, results = leaky
    csv_out, kml_out = (Path(steps[f"export --out leaky{s}"]["outputs"][0]) for s in (".csv", ".kml"))
    assert all(r["rc"] == 0 for r in results.values()), {k: r["stderr"] for k, r in results.items() if r["rc"]}
    assert any("Marigold" in m for m in leaks(csv_out)) and any(sp.SECRETS[3] in m for m in leaks(csv_out))
    assert formula_cells(csv_out) and bidi_controls(csv_out)
    assert raw_markup(kml_out)


def test_the_scan_finds_a_writer_that_no_plan_runs():
    source = "from pathlib import Path\n\ndef dump(project, out):\n    Path(out).write_text(str(project.sites()))\n"
    assert writers_in(source, "mapping.new_output") == {"mapping.new_output:dump"}
    assert writers_in("def save(project):\n    profiles.save(project, [])\n", "x") == set()
    assert "importers.formats.kml:write" in file_writers()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_runs_no_formula_of_ours_but_runs_the_unguarded_ones(outputs, leaky, tmp_path):
    """LibreOffice opens every CSV and workbook written above: each hostile text is still text.
    The unguarded format's CSV, opened the same way, has its formulas run."""
    folder = outputs[0]
    ours = [f for f in files_of(folder / "out") if f.suffix in SPREADSHEETS]
    control = Path(leaky[1]["export --out leaky.csv"]["outputs"][0])
    converted = _libreoffice_csv([*ours, control], tmp_path)
    ran = {f.name: _ran(f, converted[f]) for f in ours}
    assert {name: cells for name, cells in ran.items() if cells} == {}
    assert _ran(control, converted[control]), "LibreOffice should have run the unguarded file's formulas"


def _libreoffice_csv(files: list[Path], tmp_path: Path) -> dict[Path, list[str]]:
    """The cells of each file as LibreOffice calculates them (a workbook's first sheet), via CSV."""
    work = tmp_path / "lo"
    work.mkdir()
    copies = {f: work / f"{i}{f.suffix}" for i, f in enumerate(files)}
    for f, copy in copies.items():
        shutil.copyfile(f, copy)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(work / "csv"), *map(str, copies.values())],
                   check=True, capture_output=True, timeout=300)
    out = {}
    for f, copy in copies.items():
        text = (work / "csv" / f"{copy.stem}.csv").read_text(encoding="utf-8", errors="replace")
        out[f] = [c for row in csv.reader(io.StringIO(text)) for c in row]
    return out


def _ran(original: Path, calculated: list[str]) -> list[str]:
    """Hostile texts of ``original`` that LibreOffice did not keep as text (it ran them)."""
    def key(text: str) -> str:  # LibreOffice writes a carriage return inside a cell as a line feed
        return text.replace("\r", "\n")

    shown = {key(c) for c in calculated}
    hostile = [t for t, _ in cells_of(original, first_sheet=True) if safe_text.is_formula(t.removeprefix("'"))]
    return [t for t in hostile if key(t) not in shown and key(t.removeprefix("'")) not in shown]
