"""The import wizard: preview with the table highlighted, mapping with confidence and override,
problems row by row, a background import that can be cancelled, and the report."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QColor  # noqa: E402

from desktop.importing.wizard import DATA_COLOUR, HEADER_COLOUR, HXL_COLOUR, ImportWizard  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture
def project_path(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    return tmp_path / "p.gpkg"


def _wizard(qtbot, project_path, synchronous=True):
    wizard = ImportWizard(None, project_path=str(project_path), synchronous=synchronous)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(DATA / "messy.xlsx"))
    _next(qtbot, wizard)  # once its sheets are read (in the background once the path settles)
    return wizard


def _next(qtbot, wizard, timeout=60000):
    """Next, as a user clicks it: once the page is complete (its reading of the list has ended)."""
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=timeout)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()


def test_preview_highlights_the_header_the_tags_and_the_data(qtbot, project_path, tmp_path):
    wizard = _wizard(qtbot, project_path)
    page = wizard.preview_page
    assert wizard.currentPage() is page and page.sheet.currentText() == "Instructions"
    assert "skipped" in page.note.text()
    page.sheet.setCurrentText("Services")
    grid = page.grid
    assert grid.verticalHeaderItem(4).text() == "5"  # Excel's row number
    assert grid.item(4, 0).background().color() == QColor(HEADER_COLOUR)
    assert grid.item(5, 0).background().color() == QColor(HXL_COLOUR)
    assert grid.item(6, 0).background().color() == QColor(DATA_COLOUR)
    assert "Header on row 5" in page.note.text()
    wizard.grab().save(str(tmp_path / "preview.png"))


def test_preview_shows_cells_as_the_spreadsheet_does(qtbot, project_path, tmp_path):
    from datetime import date, datetime

    path = tmp_path / "numbered.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["N°", "Organisation", "Service", "Latitude", "Verified", "Seen at"])
    ws.append([1, "Hope Foundation", "Legal aid", 21.5, date(2026, 3, 4), datetime(2026, 3, 4, 9, 30)])
    ws.append([2, "Hope Foundation", "Case management", 22.0, date(2026, 3, 5), None])
    wb.save(path)
    wizard = ImportWizard(None, project_path=str(project_path))  # its real worker threads
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    grid = wizard.preview_page.grid
    shown = [[grid.item(r, c).text() for c in range(6)] for r in (1, 2)]
    assert shown == [["1", "Hope Foundation", "Legal aid", "21.5", "2026-03-04", "2026-03-04 09:30:00"],
                     ["2", "Hope Foundation", "Case management", "22", "2026-03-05", ""]]


def test_mapping_shows_confidence_and_takes_overrides(qtbot, project_path):
    wizard = _wizard(qtbot, project_path)
    wizard.next()
    page = wizard.mapping_page
    page.sheet.setCurrentText("Services")
    grid = page.grid
    assert grid.item(0, 1).text() == "Organisation" and grid.item(0, 3).text() == "100% (HXL tag)"
    remarks = next(i for i in range(grid.rowCount()) if grid.item(i, 1).text() == "Remarks")
    box = grid.cellWidget(remarks, 4)
    box.setCurrentIndex(box.findData("extra"))
    assert next(m for m in wizard.mappings["Services"] if m.header == "Remarks").field == "extra"


def test_problems_then_import_then_report_and_export(qtbot, project_path, tmp_path):
    wizard = _wizard(qtbot, project_path)
    wizard.next()
    wizard.next()
    problems = wizard.problems_page.report
    shown = [problems.model.rows[problems.proxy.mapToSource(problems.proxy.index(i, 0)).row()]
             for i in range(problems.proxy.rowCount())]
    assert {"rejected", "duplicate", "not-a-service"} <= {r.status for r in shown} and all(r.messages for r in shown)
    assert len(shown) < len(problems.model.rows)  # rows imported without a remark are not listed
    assert "8 imported" in problems.summary.text()
    wizard.next()  # the import runs (synchronously in this test)
    page = wizard.import_page
    assert page.done and wizard.result.summary()["imported"] == 8
    with Project.open(project_path) as project:
        assert project.counts()["services"] == 8
    report = page.report
    report.status.setCurrentIndex(report.status.findData("duplicate"))
    assert report.proxy.rowCount() == 2
    report.search.setText("#REF!")
    report.status.setCurrentIndex(0)
    assert report.proxy.rowCount() == 1
    out = tmp_path / "report.xlsx"
    report.export(str(out))
    rows = list(openpyxl.load_workbook(out)["Rows"].iter_rows(values_only=True))
    assert rows[0] == ("Sheet", "Row", "Status", "Service ID", "Messages") and len(rows) == 16
    wizard.resize(1000, 640)
    wizard.grab().save(str(tmp_path / "report.png"))


def test_cancelling_the_background_import_leaves_the_project_untouched(qtbot, project_path):
    with Project.open(project_path) as project:
        before = (project.counts(), len(project.changes()))
    wizard = _wizard(qtbot, project_path, synchronous=False)
    for _ in range(3):  # the mapping, the problems, the import
        _next(qtbot, wizard)
    wizard.import_page.cancel()
    qtbot.waitUntil(lambda: not wizard.runner.running, timeout=5000)
    qtbot.wait(1500)  # the task notices, rolls back and ends
    assert not wizard.import_page.done
    with Project.open(project_path) as project:
        assert (project.counts(), len(project.changes())) == before


def test_the_user_can_say_a_safe_house_word_is_not_confidential(qtbot, project_path):
    wizard = _wizard(qtbot, project_path)
    wizard.next()
    wizard.next()
    page = wizard.problems_page
    proxy = page.report.proxy
    row = next(i for i in range(proxy.rowCount())
               if page.report.model.rows[proxy.mapToSource(proxy.index(i, 0)).row()].row == 9)
    page.report.table.selectRow(row)
    page.mark_not_confidential()
    assert wizard.not_confidential == {("Services", 9)}
    assert any("confirmed it is not confidential" in m for r in page.report.model.rows if r.row == 9 for m in r.messages)
    wizard.next()
    with Project.open(project_path) as project:
        safe_house = next(s for s in project.services() if s.name.startswith("Safe house"))
        assert not safe_house.confidential


def test_the_user_can_mark_a_row_confidential_and_the_audit_says_who(qtbot, project_path):
    """With the real thread pool: a row its words do not make confidential is marked so in the preview."""
    wizard = _wizard(qtbot, project_path, synchronous=False)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.problems_page
    qtbot.waitUntil(page.isComplete, timeout=60000)
    proxy = page.report.proxy
    rows = [page.report.model.rows[proxy.mapToSource(proxy.index(i, 0)).row()] for i in range(proxy.rowCount())]
    chosen = next(r for r in rows if r.status == "imported" and not any("confidential" in m for m in r.messages))
    page.report.table.selectRow(rows.index(chosen))
    with qtbot.waitSignal(page.completeChanged, timeout=5000):
        page.mark_confidential()  # the list is read again, in the background
    assert wizard.confidential == {(chosen.sheet, chosen.row)}
    assert not page.isComplete() and not page.confidential.isEnabled() and not page.not_confidential.isEnabled()
    qtbot.waitUntil(page.isComplete, timeout=60000)
    assert page.confidential.isEnabled()
    assert any("marked confidential by the user" in m for r in page.report.model.rows if r.row == chosen.row
               for m in r.messages)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=60000)
    with Project.open(project_path) as project:
        service = project.service(next(r.service_id for r in wizard.result.rows if r.row == chosen.row))
        assert service.confidential and service.confidential_by == "person"
        entry = next(e for e in project.audit(service.id) if e["new"] and e["new"].get("confidential_by") == "person")
        assert entry["kind"] == "import" and entry["user"]


def test_a_real_background_import_then_places_its_sites_by_name(qtbot, project_path):
    """With the real thread pool: the import, then the geocoder on the new sites, and what it placed."""
    wizard = _wizard(qtbot, project_path, synchronous=False)
    for _ in range(3):  # the mapping, the problems, the import
        _next(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.done, timeout=60000)
    assert wizard.result.summary()["imported"] == 8
    text = page.message.text()
    assert "placed on the map by name" in text and "wait for review" in text, text
    with Project.open(project_path) as project:
        from mapping.geocode.review import review_queue

        placed = sum(1 for s in project.sites() if s.location_source in ("gazetteer", "pcode", "coordinates"))
        waiting = len(review_queue(project))
    assert f"{waiting} wait for review" in text
    assert placed > 0 and page.review_button.isVisible() == (waiting > 0)


def test_a_real_background_reimport_names_the_service_the_newer_list_left_out(qtbot, project_path, tmp_path):
    """With the real thread pool: the report of a newer version of a list says which service it no longer has."""
    from importers.pipeline import import_file

    with Project.open(project_path) as project:
        import_file(project, DATA / "messy.xlsx")
    (tmp_path / "v2").mkdir()
    newer = tmp_path / "v2" / "messy.xlsx"
    wb = openpyxl.load_workbook(DATA / "messy.xlsx")
    gone = wb["Services"]["B8"].value
    wb["Services"].delete_rows(8)
    wb.save(newer)
    wizard = ImportWizard(None, project_path=str(project_path))
    qtbot.addWidget(wizard)
    wizard.resize(1280, 720)
    wizard.show()
    wizard.file_page.path.setText(str(newer))
    for _ in range(4):
        _next(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.done, timeout=60000)
    text = page.report.summary.text()
    assert f"is not in this version of it: '{gone}'" in text and "services panel" in text, text
    wizard.grab().save(str(tmp_path / "reimport_report.png"))


def test_closing_the_wizard_mid_import_says_it_was_rolled_back(qtbot, project_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    with Project.open(project_path) as project:
        before = project.counts()
    wizard = _wizard(qtbot, project_path, synchronous=False)
    for _ in range(3):  # the mapping, the problems, the import
        _next(qtbot, wizard)
    assert wizard.busy
    wizard.reject()
    assert told and "messy.xlsx was rolled back" in told[0] and "nothing from it was written" in told[0]
    qtbot.waitUntil(lambda: not wizard.runner.running, timeout=5000)
    qtbot.wait(1500)  # the task notices, rolls back and ends
    with Project.open(project_path) as project:
        assert project.counts() == before


def test_the_placing_message_counts_this_lists_sites_only(qtbot, tmp_path):
    """Second tryout, finding 5: into a project that already had sites, the wizard said "168 of 168 sites
    placed on the map by name" for a one-row list; and "9 of 9 … by name" when 8 of the 9 had GPS. It now
    gives the figures of this list's sites: with coordinates, placed by name, waiting for review."""
    small_project(tmp_path / "p.gpkg", n_services=5).close()  # five sites already in the project
    listing = tmp_path / "three.csv"
    listing.write_text("Organisation,Service,Service type,Latitude,Longitude,Location\n"
                       "Harbour Aid,Case management desk,case management,21.45,92.01,\n"
                       "Hill Aid,Case management hill,case management,,,Rangamati\n"
                       "Nowhere Aid,Case management somewhere,case management,,,Qwzxv Plkrt\n", encoding="utf-8")
    wizard = ImportWizard(None, project_path=str(tmp_path / "p.gpkg"), synchronous=False)  # the real threads
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(listing))
    page = wizard.import_page
    for _ in range(6):
        if wizard.currentPage() is page:
            break
        _next(qtbot, wizard)
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: page.done, timeout=60000)
    assert wizard.result.summary()["imported"] == 3
    text = page.message.text()
    assert text == ("Imported. Of the 3 sites of this list, 1 had coordinates and 1 were placed on the map by name; "
                    "1 wait for review."), text
    with Project.open(tmp_path / "p.gpkg") as project:
        assert len(project.sites()) == 8  # the geocoder went over all eight; the message speaks of three


def _list(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Organisation", "Service", "Address", "Latitude", "Longitude"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _rows_to_look_at(qtbot, project_path, path: Path, every_row: bool = False) -> dict[int, tuple]:
    wizard = ImportWizard(None, project_path=str(project_path), synchronous=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    for _ in range(6):
        if wizard.currentPage() is wizard.problems_page:
            break
        wizard.next()
    page = wizard.problems_page
    assert wizard.currentPage() is page
    page.every_row.setChecked(every_row)
    model, proxy = page.report.model, page.report.proxy
    shown = [model.rows[proxy.mapToSource(proxy.index(i, 0)).row()] for i in range(proxy.rowCount())]
    return {r.row: (r.status, r.messages) for r in shown}


def test_the_rows_to_look_at_name_the_safe_houses_already_in_the_project(qtbot, project_path, tmp_path):
    """Before anything is written, the preview says which rows of a second list stand at the place of a
    safe house the project holds (and which services of the project show a safe house of the list), so
    that the person importing can mark them confidential there; a list imported again says nothing of
    its own services, which it updates."""
    from importers.pipeline import import_file

    first = _list(tmp_path / "first.xlsx", [
        ["Nari Shakti", "Safe house for survivors", "Camp 4, Block C", 21.2347, 92.15537],
        ["Ain O Nyay", "Legal aid desk", "Court road 12", 21.4468, 91.9757]])
    second = _list(tmp_path / "second.xlsx", [
        ["Mukti", "Women and girls safe space", "camp 4 block c", 21.23471, 92.15538],
        ["Mukti", "Emergency shelter for survivors", "Court Road 12", 21.4468, 91.9757],
        ["Mukti", "Child friendly space", "Market road", 21.30, 92.10]])
    with Project.open(project_path) as project:
        import_file(project, first)
        before = (project.counts(), len(project.changes()))
    said = _rows_to_look_at(qtbot, project_path, second, every_row=True)
    assert ("it is at the place of 'Safe house for survivors', a confidential service already in the project, and "
            "would show that place on maps and pathways. Mark it confidential in the import wizard, or give it "
            "its own address") in said[2][1]
    assert ("services already in the project are at its place and show it on maps and pathways: 'Legal aid desk' "
            "(Ain O Nyay). Mark them confidential too in the services panel, or give them their own address") in said[3][1]
    assert not [m for m in said[4][1] if "place" in m]
    again = _rows_to_look_at(qtbot, project_path, first, every_row=True)
    assert [status for status, _ in again.values()] == ["updated", "updated"]
    assert again[3] == ("updated", ["already in the project: no change"])  # nothing of a place
    assert again[2][1][-1] == "already in the project: no change" and "marked confidential" in again[2][1][0]
    assert list(_rows_to_look_at(qtbot, project_path, first)) == [2]  # the unchanged legal aid desk: nothing to look at
    with Project.open(project_path) as project:
        assert (project.counts(), len(project.changes())) == before  # the previews wrote nothing


def test_the_wizard_maps_columns_by_what_they_hold_as_the_import_does(qtbot, project_path, tmp_path):
    """The wizard's column page starts from the mapping the import makes of a sheet nobody mapped: the
    headers, then what the columns hold. A KoBo export whose first column of X marks a header word takes
    for the type column is one matrix of services (before, the wizard kept the header's choice and
    rejected 4 of its 6 rows, a survivors' shelter among them)."""
    from importers.pipeline import read_file
    from tests.test_fifth_tryout import GROUP, _export

    wizard = ImportWizard(None, project_path=str(project_path), synchronous=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_export(tmp_path / "cartographie.xlsx")))
    _next(qtbot, wizard)
    mapping = {m.header: m for m in wizard.mappings["cartographie_vbg_nk"]}
    assert (mapping[f"{GROUP}/PEC médicale"].field, mapping[f"{GROUP}/PEC médicale"].how) == ("extra", "content")
    imported = read_file(tmp_path / "cartographie.xlsx").tables[0].mapping  # what the command would use
    assert [(m.field, m.how) for m in wizard.mappings["cartographie_vbg_nk"]] == [(m.field, m.how) for m in imported]
    while wizard.currentPage() is not wizard.import_page:  # the mapping as shown, the types, the rows to look at
        _next(qtbot, wizard)
    assert wizard.import_page.done and wizard.result.summary()["imported"] == 6
    assert wizard.result.summary()["rejected"] == 0
    with Project.open(project_path) as project:
        shelter = next(s for s in project.services() if "safe_shelter" in s.service_types)
        assert shelter.confidential
