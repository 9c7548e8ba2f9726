"""A project holding a safe house, and the plan that runs every output writer on it.

The safe house has a distinctive site name, address, place text and point, so that any of
them in any output is easy to find; other records hold text that spreadsheets run as formulas,
markup, and bidirectional control characters. The service list is a real workbook written with
openpyxl (:func:`write_service_list`), imported by the real ``servicemap import``.

:func:`plan` enumerates the writers: the ``servicemap`` subcommands that take an output path
(read from the command-line parser), and for each the file endings its writer registers
(exchange formats' ``SUFFIXES``, the pathway formats, the map's ``SUFFIXES``, the gap table's
``FORMATS``, the import report's ``WRITERS``), plus the desktop's window-less writers.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

import shapely

REPO = Path(__file__).resolve().parents[1]

#: The safe house, as the service list gives it.
SITE, ADDRESS = "Marigold Refuge Compound", "Plot 417 Jasmine Lane, behind the mosque"
LAT, LON, PHONE = 21.73519, 92.06287, "+8801799000417"
#: A second confidential service whose coordinates are typed out of range (the import report quotes them).
TRANSIT_SITE, TRANSIT_LAT, TRANSIT_LON = "Lotus Transit House", "121.73519", "92.06287"
#: Words found only in the two safe houses' sites, and their points at every precision a writer might use.
SECRETS = ["Marigold", "Jasmine", "Lotus Transit"] + [f"{v:.{n}f}" for v in (LAT, LON) for n in (3, 4, 5)] + [
    TRANSIT_LAT]

FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://example.invalid","x")', "+1 CALL NOW", "-2+3",
            "@SUM(A1:A9)", "\tTabbed outreach", "\rCarriage return desk"]
MARKUP = ["<script>alert(1)</script>", "<svg onload=alert(2)>", "<img src=x onerror=alert(3)>"]
BIDI_NAME, BIDI_PHONE = "Helpline \u202e8901\u202c", "+880 1711\u202e000009"

HEADER = ["Organisation", "Service name", "Service type(s)", "Description", "Division", "District", "Upazila",
          "Site / facility", "Address", "Latitude", "Longitude", "Phone", "Confidential", "Last verified"]
ROWS = [
    ["Women's Protection Trust", "Emergency shelter for women", "Safe shelter", "Women staff; call before coming",
     "Chattogram", "Cox's Bazar", "Teknaf", SITE, ADDRESS, LAT, LON, PHONE, "Yes", "2026-01-10"],
    ["Women's Protection Trust", "Transit shelter", "Safe shelter", "", "Chattogram", "Cox's Bazar", "Teknaf",
     TRANSIT_SITE, "", TRANSIT_LAT, TRANSIT_LON, "+8801799000418", "Yes", "2026-01-10"],
    ["Coastal Child Aid", "Case management", "Case management", "", "Chattogram", "Rangamati", "Kawkhali",
     "Kawkhali child desk", "Bazar road", 22.61, 91.72, "+8801711000001", "No", "2026-01-10"],
    ["Coastal Child Aid", "Psychosocial support", "Psychosocial support", "", "Chattogram", "Rangamati", "Rajasthali",
     "Rajasthali centre", "", 22.70, 92.60, "+8801711000002", "No", "2026-01-10"],
    [FORMULAS[0], FORMULAS[1], "Legal aid", FORMULAS[4], "Chattogram", "Rangamati", "Kawkhali", FORMULAS[2],
     FORMULAS[3], 22.55, 91.80, "+8801711000003", "No", "2026-01-10"],
    [MARKUP[1], MARKUP[0], "Case management", MARKUP[2], "Chattogram", "Rangamati", "Kawkhali", "Clinic \u202eB\u202c",
     MARKUP[2], 22.58, 91.85, "+8801711000004", "No", "2026-01-10"],
]

POPULATION = [["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"],
              ["BD2022", 100000, 12000, 12000, 12000, 10000], ["BD2084", 50000, 6000, 6000, 6000, 5000]]


def write_service_list(path: Path) -> Path:
    """The service list as a coordination group might keep it (written with openpyxl)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Services"
    for r, values in enumerate([HEADER, *ROWS], start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(r, c, value)
            if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
                cell.data_type = "s"  # typed as text by the partner, not a formula of their own
    book.save(path)
    return path


def make_project(folder: Path) -> Path:
    """Boundaries (a division, three districts, five upazilas; some names hostile) and no services yet."""
    from directory.model import AdminArea
    from directory.store import Project

    path = folder / "safety.gpkg"
    districts = [("BD2022", "Cox's Bazar", (91.5, 21, 93, 22)), ("BD2084", "Rangamati", (91.5, 22, 93, 23)),
                 ("BD2015", "Chattogram", (91, 21, 91.5, 23))]
    upazilas = [("BD202201", "Teknaf", (91.5, 21, 92.25, 22)), ("BD202202", "Ukhia\u202e", (92.25, 21, 93, 22)),
                ("BD208401", "Kawkhali", (91.5, 22, 92.25, 23)), ("BD208402", "=SUM(1,2) Rajasthali", (92.25, 22, 93, 23)),
                ("BD201501", "<b>Sitakunda</b>", (91, 21, 91.5, 23))]
    with Project.create(path, country="BGD") as project, project.change("test", "boundaries"):
        project.replace_admin_level(1, [AdminArea("BD20", "Chattogram", 1)], [shapely.box(91, 21, 93, 23)])
        project.replace_admin_level(2, [AdminArea(p, n, 2, "BD20") for p, n, _ in districts],
                                    [shapely.box(*b) for _, _, b in districts])
        project.replace_admin_level(3, [AdminArea(p, n, 3, p[:6]) for p, n, _ in upazilas],
                                    [shapely.box(*b) for _, _, b in upazilas])
    with (folder / "population.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(POPULATION)
    write_service_list(folder / "services.xlsx")
    return path


def add_hostile_records(project_path: str) -> None:
    """Records typed in the desktop rather than imported: tab and CR prefixes and bidirectional
    controls, which the importer would have cleaned (a plan step, so it runs after the import)."""
    from directory.model import Contact, Organisation, Phone, Service, Site
    from directory.store import Project

    with Project.open(Path(project_path)) as project, project.change("test", "typed in the desktop"):
        org = Organisation("Typed-in Aid")
        project.save_organisation(org)
        site = Site("Typed desk", latitude=22.62, longitude=91.74, admin_pcodes={1: "BD20", 2: "BD2084", 3: "BD208401"},
                    location_source="coordinates")
        project.save_site(site)
        for name, phone in ((FORMULAS[5], "+8801711000005"), (FORMULAS[6], "+8801711000006"), (BIDI_NAME, BIDI_PHONE)):
            service = Service(name, org.id, ["case_management"], contacts=[Contact("Focal", phones=[Phone(phone)])])
            project.save_service(service)
            project.link(service.id, site.id)
        # a shelter whose place is public (a boys' hostel), so the gap outputs have catchments and bands to draw
        hostel = Site("Boys' hostel", latitude=22.75, longitude=92.65, admin_pcodes={1: "BD20", 2: "BD2084", 3: "BD208402"},
                      location_source="coordinates")
        project.save_site(hostel)
        service = Service("Hostel for boys", org.id, ["safe_shelter"], contacts=[Contact(phones=[Phone("+8801711000007")])])
        project.save_service(service)
        project.link(service.id, hostel.id)


def desktop_map(project_path: str, out: str) -> None:
    """The desktop's map page, as the main window builds it."""
    from mapping.maps.project_map import build_map_page, map_services
    from directory.store import Project

    with Project.open(Path(project_path)) as project:
        services = map_services(project.listing())
    build_map_page(Path(project_path), services, Path(out), "Safety", None, progress=lambda *a: None,
                   cancelled=lambda: False)


def desktop_gaps(project_path: str, population: str, out_dir: str) -> None:
    """The gap panel's task (its page) and its export of the type shown, in every format it offers."""
    import shutil

    from desktop.coverage.export import write_outcome
    from mapping.coverage.export import FORMATS
    from mapping.coverage.gap_view import gaps_with_page
    from mapping.coverage.request import GapsRequest

    request = GapsRequest(Path(project_path), "safe_shelter", within="5km", population=Path(population), cell=1000)
    outcome = gaps_with_page(request, progress=lambda *a: None, cancelled=lambda: False)
    shutil.copyfile(outcome.page, Path(out_dir) / "desktop-gap-page.html")
    for suffix in FORMATS + (".tif",):
        write_outcome(outcome, Path(out_dir) / f"desktop-gaps{suffix}", project_path)


#: How to run each command that writes an output; OUT stands for the output path.
GAPS = ["--service-type", "safe_shelter", "--within", "5km", "--population", "{folder}/population.csv",
        "--cell", "1000", "--no-save"]
HOW = {
    ("import", "report"): ["import", "{project}", "{folder}/services.xlsx", "--report", "OUT"],
    ("import-report", "out"): ["import-report", "{project}", "--last", "--out", "OUT"],
    ("geocode", "report"): ["geocode", "{project}", "--report", "OUT"],
    ("map", "out"): ["map", "{project}", "--out", "OUT"],
    ("gaps", "out"): ["gaps", "{project}", *GAPS, "--out", "OUT"],
    ("gaps", "raster"): ["gaps", "{project}", *GAPS, "--out", "{folder}/gaps-for-raster.csv", "--raster", "OUT"],
    ("suggest", "out"): ["suggest", "{project}", *GAPS, "--add", "2", "--out", "OUT"],
    ("pathways", "out"): ["pathways", "{project}", "--area", "BD2022", "BD202201", "BD2084", "--format", "{format}",
                          "--out", "OUT"],
    ("export", "out"): ["export", "{project}", "--format", "{format}", "--out", "OUT"],
    ("verify-sheet", "out"): ["verify-sheet", "{project}", "--out", "OUT"],
    ("merge", "report"): ["merge", "{project}", "{folder}/services.xlsx", "--dry-run", "--report", "OUT"],
}
#: Output options that are not a writer of the project's data, and why.
NOT_DATA = {
    ("demo", "out"): "builds the demo project from the packaged, fictional demo list",
    ("grid-to-list", "out"): "a list made from a pathway grid workbook the user gives; it opens no project",
    ("desktop", "screenshot"): "a picture of the window as it stands on the screen (the map there withholds "
                               "confidential sites as it does for the user), saved for support",
    ("clone", "out"): "a copy the shared server makes; the server withholds what the copy's owner may not see "
                      "(directory/server, tests/test_server_rights.py reads the copy's bytes)",
}
#: Path options that are read, not written.
INPUTS = {"project", "file", "grid", "gazetteer", "population", "spread_by", "roads", "water", "dem", "landcover",
          "landcover_speeds", "sheet", "other", "boundaries", "candidates"}
OUTPUTS = {"out", "report", "raster", "screenshot"}


def path_options() -> dict[tuple[str, str], argparse.Action]:
    """(command, option) for every path option of every ``servicemap`` subcommand."""
    from desktop.cli import build_parser
    from desktop.commands.common import input_file, output_path, project_file

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    return {(name, a.dest): a for name, sub in commands.items() for a in sub._actions
            if a.type in (input_file, output_path, project_file)}


def suffixes(command: str, option: str) -> list[tuple[str | None, str]]:
    """(format, file ending) pairs the writer behind an output option registers."""
    from desktop.commands import maps
    from importers import formats, report
    from mapping.coverage.export import FORMATS as TABLES
    from pathways import request as pathways

    if command == "export":
        return [(f, s) for f in formats.FORMATS for s in formats.module(f).SUFFIXES]
    if command == "pathways":
        return [(f, pathways.SUFFIX[f]) for f in pathways.FORMATS]
    if command == "map":
        return [(None, s) for s in maps.SUFFIXES]
    if command in ("gaps", "suggest") and option == "out":
        return [(None, s) for s in TABLES]
    if command in ("import", "import-report"):
        return [(None, s) for s in report.WRITERS]
    return [(None, {"raster": ".tif", "report": ".json"}.get(option, ".xlsx"))]


def plan(folder: Path, project: Path) -> list[dict]:
    """Every step, in order: the imports first (they fill the project), then everything else."""
    out = folder / "out"
    steps = []
    for (command, option), how in HOW.items():
        for fmt, suffix in suffixes(command, option):
            name = f"{command} --{option} {fmt or ''}{suffix or ' folder'}"
            target = out / name.replace(" ", "_").replace("--", "")
            argv = [a.replace("OUT", str(target)).format(project=project, folder=folder, format=fmt) for a in how]
            steps.append({"id": name, "argv": argv, "outputs": [str(target)]})
            if command == "import" and not any(s["id"] == "typed-in" for s in steps):
                steps.append({"id": "typed-in", "call": "tests.safety_project:add_hostile_records",
                              "args": [str(project)], "outputs": []})
    steps.append({"id": "desktop-map", "call": "tests.safety_project:desktop_map",
                  "args": [str(project), str(out / "desktop-map.html")], "outputs": [str(out / "desktop-map.html")]})
    steps.append({"id": "desktop-gaps", "call": "tests.safety_project:desktop_gaps",
                  "args": [str(project), str(folder / "population.csv"), str(out)], "outputs": []})
    return steps


def run_plan(folder: Path, steps: list[dict]) -> dict:
    """Run the steps in one subprocess (tests/safety_runner.py); what each printed and wrote."""
    (folder / "out").mkdir(exist_ok=True)
    (folder / "plan.json").write_text(json.dumps(steps), encoding="utf-8")
    subprocess.run([sys.executable, str(REPO / "tests" / "safety_runner.py"), str(folder / "plan.json"),
                    str(folder / "result.json")], cwd=REPO, check=True, timeout=900)
    return json.loads((folder / "result.json").read_text(encoding="utf-8"))
