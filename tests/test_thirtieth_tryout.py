"""What the thirtieth blind tryout found (lists written from a brief by someone who had not read the code: a
Sri Lanka directory in Tamil and English with status codes, a Libyan list in Arabic, a Kigoma 3W in Swahili and
English, and a Zimbabwe referral pathway kept as a grid of organisations, a column each). At first sight the
Zimbabwe grid gave nothing (one sheet was taken for a grid of places, the other for no table), and the Kigoma
safe house ("Nyumba salama") was neither typed nor hidden. Each list here is a small one in the same shape, written
by openpyxl."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from directory.taxonomy import default_taxonomy
from importers.pipeline import read_file
from importers.provider_grid import find
from importers.readers import SheetData
from importers.service_types import TypeFinder, no_service
from importers.statuses import STATUSES, status_word
from tests.helpers import write_sheets

CHIPINGE = [
    ["GBV / CHILD PROTECTION REFERRAL PATHWAY – CHIPINGE DISTRICT"],
    [],
    ["SERVICE", "Chipinge District Hospital (-20.1931, 32.6236)", "ZRP VFU Chipinge", "Musasa", "Childline 116",
     "DSD"],
    ["Medical care within 72 hrs (PEP, ECP)", "✓ Casualty 24hrs – 027 2465", None, None, None, None],
    ["Psychosocial support", None, None, "✓", "✓ tele-counselling", "✓*"],
    ["Police (VFU)", None, "Sgt. Moyo 0772 123 456", None, None, None],
    ["Safe shelter", None, None, "Musasa shelter – location confidential, access via VFU/DSD", None, None],
    ["Child protection case management", None, None, None, "refer to DSD", "✓ 027-2522 (CCW)"],
    ["Women & girls safe space (WGSS)", None, None, "planned – May 2019", None, None],
    ["Dignity kit distribution", None, None, "✓", None, "✓"],
    [],
    ["Key: ✓ = available | * = mobile/outreach only | blank = not available"],
]


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def test_a_pathway_grid_of_organisations_is_read_cell_by_cell(tmp_path):
    """Each cell that offers something is a service of its column's organisation, on its service type's row: the
    cell's words are its remarks and phones (a state in them, "planned – May 2019", is its status), the point in a
    header is the organisation's; a cell that only refers elsewhere gives no service, and a note names it."""
    path = write_sheets(tmp_path / "zim.xlsx", {"Chipinge": CHIPINGE})
    result = read_file(path, region="ZW")
    orgs = {o.id: o.name for o in result.organisations}
    services = {s.id: s for s in result.services}
    sites = {site.id: site for site in result.sites}
    site_of = dict(result.links)
    got = [(o.row, o.status, orgs[s.organisation_id] if (s := services.get(o.service_id)) else None,
            s.service_types if s else None) for o in result.rows]
    assert got == [
        (4, "imported", "Chipinge District Hospital", ["health"]),
        (5, "imported", "Musasa", ["mhpss"]),
        (5, "imported", "Childline 116", ["mhpss"]),
        (5, "imported", "DSD", ["mhpss"]),
        (6, "imported", "ZRP VFU Chipinge", ["police"]),
        (7, "imported", "Musasa", ["safe_shelter"]),
        (8, "imported", "DSD", ["case_management"]),
        (9, "imported", "Musasa", ["community_based_protection"]),
        (10, "not-a-service", None, None),
        (10, "not-a-service", None, None),
    ]
    by = {(o.row, orgs[services[o.service_id].organisation_id]): services[o.service_id]
          for o in result.rows if o.service_id}
    hospital = by[(4, "Chipinge District Hospital")]
    assert [p.number for p in hospital.contacts[0].phones] == ["027 2465"]
    assert hospital.description == "Casualty 24hrs – 027 2465"  # the cell's words, without its mark
    assert (sites[site_of[hospital.id]].latitude, sites[site_of[hospital.id]].longitude) == (-20.1931, 32.6236)
    assert by[(7, "Musasa")].confidential
    assert by[(9, "Musasa")].status == "inactive"  # planned
    assert by[(4, "Chipinge District Hospital")].extra["Grid cell"] == "B4"
    assert any("cell E8 ('refer to DSD')" in n and "Childline 116" in n for n in result.notes)
    assert "Chipinge" not in result.skipped_sheets


def test_a_grid_of_places_is_still_one_to_make_a_list_from(finder):
    """A grid whose cells name organisations (a column per place) is not one of organisations: it is left to
    'grid-to-list', as before."""
    places = SheetData("Pathway", [
        ["Service type", "Hodan", "Wadajir", "Kaaraan"],
        ["Health / CMR", "SWDC – 061 555 1234", "IRC – 061 777 8899", "Gap"],
        ["Psychosocial support", "IRC", "SWDC", "CESVI"],
        ["Legal aid", "LAW", "Gap", "LAW"],
        ["Safe shelter", "SWDC", "Gap", "Gap"],
    ])
    assert find(places, finder) is None
    assert find(SheetData("Chipinge", CHIPINGE), finder) is not None


def test_the_grid_through_the_command(tmp_path):
    """The real command: the report names each service's Excel row, and nothing of the shelter's place."""
    from tests.labelled_lists import demo_like_project

    path = write_sheets(tmp_path / "zim.xlsx", {"Chipinge": CHIPINGE})
    project = demo_like_project(tmp_path / "p.gpkg")
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(project), str(path), "--report",
                           str(report)], capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    rows = json.loads(report.read_text(encoding="utf-8"))["rows"]
    assert sorted((r["row"], r["status"]) for r in rows) == [
        (4, "imported"), (5, "imported"), (5, "imported"), (5, "imported"), (6, "imported"), (7, "imported"),
        (8, "imported"), (9, "imported"), (10, "not-a-service"), (10, "not-a-service")]


def test_status_codes_a_legend_explains(tmp_path):
    """"Status: A = active, S = suspended, P = planned, C = closed" under the table: the codes are statuses."""
    path = write_sheets(tmp_path / "lk.xlsx", {"Trinco": [
        ["No", "Agency", "Type of service", "Area", "Status", "Remarks"],
        [1, "Legal Aid Commission – Trinco", "legal aid / சட்ட உதவி", "Trinco town", "C", "moved to Kantale"],
        [2, "Legal Aid Commission – Kantale", "legal aid", "Kantale", "A", None],
        [3, "World Vision", "Child friendly space", "Muttur", "P", "to start in Q3"],
        [4, "Sewalanka Foundation", "vocational training / தொழிற்பயிற்சி for youth", "Kinniya", "S", None],
        [],
        ["Status: A = active, S = suspended, P = planned, C = closed"],
    ]})
    result = read_file(path, region="LK")
    outcome = {o.row: o for o in result.rows}
    status = {o.row: next(s.status for s in result.services if s.id == o.service_id) for o in result.rows
              if o.service_id}
    assert status == {2: "inactive", 3: "active", 4: "inactive", 5: "temporarily closed"}
    assert not any("not understood" in m for o in result.rows for m in o.messages)
    assert any("status 's (suspended)'" in m for m in outcome[5].messages)


@pytest.mark.parametrize("text, types", [
    ("Nyumba salama", ["safe_shelter"]),
    ("Huduma ya ushauri nasaha", ["mhpss"]),
    ("Msaada wa kisheria (legal aid) na usajili wa vizazi", ["legal_aid", "birth_registration"]),
    ("Dawati la jinsia na watoto", ["police"]),
    ("Malezi ya kambo kwa watoto waliotengana", ["alternative_care"]),
])
def test_swahili_words(finder, text, types):
    assert sorted(finder.find(name=text).codes) == sorted(types)


@pytest.mark.parametrize("text", ["Mafunzo kwa walimu kuhusu ulinzi wa mtoto", "Usambazaji wa chakula",
                                  "Kampeni ya uhamasishaji – siku 16 za kupinga ukatili",
                                  "توزيع سلال غذائية ومواد غير غذائية على النازحين",
                                  "Awareness programme on child abuse in schools"])
def test_activities_that_are_no_service(text):
    assert no_service(text)


@pytest.mark.parametrize("said, status", [("imefungwa", "inactive"), ("imesitishwa", "temporarily closed"),
                                          ("inaendelea", "active"), ("مخطط لها", "inactive")])
def test_statuses_in_swahili_and_arabic(said, status):
    assert STATUSES[status_word(said)] == status


def test_not_confidential_in_the_wizard_is_not_applied_to_a_grid_row_of_several_services(tmp_path):
    """The wizard marks rows by sheet and Excel row; a grid's row holds a service of each organisation marked on it,
    so "not confidential" said of one safe shelter would show the other's place too: it is not applied there (said
    on the row), and still is on a grid row of one service."""
    grid = [
        ["Service type", "Musasa", "DSD", "FACT"],
        ["Safe shelter", "Musasa shelter – location confidential", "Place of safety (children) – address withheld",
         None],
        ["Psychosocial support", "✓", "✓", "✓"],
        ["Legal aid", "✓ legal advice", None, None],
        ["Police (VFU)", None, "✓", None],
    ]
    path = write_sheets(tmp_path / "zim.xlsx", {"Chimanimani": grid})
    result = read_file(path, region="ZW", not_confidential={("Chimanimani", 2), ("Chimanimani", 4)})
    services = {s.id: s for s in result.services}
    shelters = [(o, services[o.service_id]) for o in result.rows if o.row == 2]
    assert len(shelters) == 2 and all(s.confidential for _, s in shelters)
    assert all(any("row 2 holds several services" in m for m in o.messages) for o, _ in shelters)
    legal = next(services[o.service_id] for o in result.rows if o.row == 4)
    assert legal.service_types == ["legal_aid"] and legal.confidential is False and legal.confidential_by == "person"


def test_the_wizard_shows_the_grid_as_the_list_it_is_read_as(qtbot, qapp, tmp_path):
    """The preview page shows the grid's cells as rows, numbered with their service types' Excel rows, the header on
    the grid's own row; nothing is skipped and nothing offers to make a list first."""
    pytest.importorskip("PySide6")
    from desktop.importing.wizard import ImportWizard
    from tests.helpers import small_project

    small_project(tmp_path / "p.gpkg", n_services=0).close()
    wizard = ImportWizard(None, project_path=str(tmp_path / "p.gpkg"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(write_sheets(tmp_path / "zim.xlsx", {"Chipinge": CHIPINGE})))
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=60000)
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page and not page.make.isVisible()
    assert page.note.text().startswith("Header on row 3; services from row 4.")
    grid = page.grid
    assert [grid.verticalHeaderItem(i).text() for i in range(grid.rowCount())] == [
        "3", "4", "5", "5", "5", "6", "7", "8", "9", "10", "10"]
    assert [grid.item(i, 0).text() for i in range(1, 4)] == ["Chipinge District Hospital", "Musasa", "Childline 116"]
