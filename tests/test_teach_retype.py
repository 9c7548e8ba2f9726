"""Teaching a project what its lists' words mean, re-typing what is already in it without overriding a
person, and the choices a person makes during an import, each recorded in the audit with their name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from directory.store import Project
from importers.pipeline import import_file, read_file
from importers.retype import retype
from importers.teach import own_taxonomy, questions, teach
from tests.helpers import small_project

REPO = Path(__file__).resolve().parents[1]


def servicemap(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


def _list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Services"
    sheet.append(["Organisation", "Sector", "Activity", "District", "Confidential"])
    sheet.append(["Org A", "Protection", "Support to survivors", "Cox's Bazar", ""])
    sheet.append(["Org A", "Protection", "Support to survivors", "Rangamati", ""])
    sheet.append(["Org B", "Protection", "Protection monitoring", "Rangamati", ""])
    sheet.append(["Org B", "GBV", "Case management", "Rangamati", ""])
    sheet.append(["Org C", "GBV", "Women's shelter", "Rangamati", "No"])
    sheet.append(["Org C", "GBV", "Drop-in centre", "Rangamati", ""])
    book.save(path)
    return path


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=0)
    yield p
    p.close()


def test_questions_list_each_unknown_text_once_with_its_rows(tmp_path):
    result = read_file(_list(tmp_path / "l.xlsx"))
    asked = {q.text: q for q in questions(result)}
    assert set(asked) == {"Support to survivors", "Protection monitoring", "Drop-in centre"}
    assert asked["Support to survivors"].rows == 2 and len(asked["Support to survivors"].service_ids) == 2


def test_teaching_a_text_is_kept_in_the_project_audited_and_read_by_the_next_import(project, tmp_path):
    path = _list(tmp_path / "l.xlsx")
    teach(project, "Support to survivors", ["case_management", "mhpss"], user="ana")
    teach(project, "Protection monitoring", [], user="ana")
    entry = next(e for e in project.audit() if e["record_id"] == "phrase:Support to survivors")
    assert entry["user"] == "ana" and entry["new"]["types"] == ["case_management", "mhpss"]
    assert own_taxonomy(project).phrase("support to survivors") == ("case_management", "mhpss")
    result = import_file(project, path)
    by_name = {s.name: s for s in project.services()}
    assert by_name["Support to survivors"].service_types == ["case_management", "mhpss"]
    assert by_name["Support to survivors"].type_sources["mhpss"]["confidence"] == 1.0
    assert by_name["Protection monitoring"].service_types == []
    assert {q.text for q in questions(result, own_taxonomy(project))} == {"Drop-in centre"}


def test_retype_reads_stored_text_again_and_never_overrides_a_person(project, tmp_path):
    import_file(project, _list(tmp_path / "l.xlsx"))
    by_name = {s.name: s for s in project.services()}
    chosen = by_name["Drop-in centre"]
    chosen.service_types = ["community_based_protection"]
    with project.change("edit", "types chosen in the service editor", user="ana"):
        project.save_service(chosen)
    teach(project, "Drop-in centre", ["mhpss"], user="ana")
    teach(project, "Support to survivors", ["case_management"], user="ana")
    dry = retype(project, dry_run=True)
    assert {r.name for r in dry.changed} == {"Support to survivors"} and not dry.written
    assert not {s.name: s for s in project.services()}["Support to survivors"].service_types
    done = retype(project, user="ben")
    assert done.written and done.kept >= 1
    after = {s.name: s for s in project.services()}
    assert after["Support to survivors"].service_types == ["case_management"]
    assert after["Drop-in centre"].service_types == ["community_based_protection"]  # the person's choice stays
    assert project.changes()[-1].kind == "retype" and project.changes()[-1].user == "ben"


def test_safe_shelters_are_confidential_whatever_the_row_says_unless_a_person_says_not(project, tmp_path):
    path = _list(tmp_path / "l.xlsx")
    result = read_file(path)
    shelter = next(s for s in result.services if s.name == "Women's shelter")
    assert shelter.confidential and shelter.confidential_by == "type"
    row = next(r for r in result.rows if r.service_id == shelter.id)
    assert any("although its Confidential column says 'No'" in m for m in row.messages)
    import_file(project, path, not_confidential={("Services", 6)}, confidential={("Services", 5)}, user="ana")
    by_name = {s.name: s for s in project.services()}
    assert not by_name["Women's shelter"].confidential and by_name["Women's shelter"].confidential_by == "person"
    assert by_name["Case management"].confidential and by_name["Case management"].confidential_by == "person"
    decisions = [e for e in project.audit() if e["new"] and e["new"].get("confidential_by") == "person"]
    assert {(e["record_id"], e["new"]["confidential"], e["user"]) for e in decisions} == {
        (by_name["Women's shelter"].id, False, "ana"), (by_name["Case management"].id, True, "ana")}
    assert not retype(project).changed  # nor does re-typing undo a person's word


def test_teach_and_retype_from_the_command_line(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    with Project.open(tmp_path / "p.gpkg") as project:
        import_file(project, _list(tmp_path / "l.xlsx"))
    out = servicemap("teach", str(tmp_path / "p.gpkg"), "Support to survivors", "case_management", "--retype")
    assert out.returncode == 0, out.stderr
    assert "'Support to survivors' now means case_management" in out.stdout
    assert "Support to survivors: (no type) -> case_management" in out.stdout
    assert "'Drop-in centre' (1 row)" in out.stdout
    bad = servicemap("teach", str(tmp_path / "p.gpkg"), "x", "food_security")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "unknown service type" in bad.stderr
    again = servicemap("retype", str(tmp_path / "p.gpkg"), "--dry-run")
    assert again.returncode == 0 and "0 of 6 services would change" in again.stdout


def test_re_typing_an_imported_list_reads_what_the_import_read(project, tmp_path):
    """Re-typing read only the type column, activity and sectors again, so it took away what a matrix's
    marked columns, one sheet per type, "Service 2" columns, a heading above the rows or the kind of
    organisation had given (19 of 624 labelled services would have changed before)."""
    from tests.helpers import write_sheets

    path = write_sheets(tmp_path / "shapes.xlsx", {
        "Matrix": [["Organización", "Servicio", "Gestión de casos", "Apoyo psicosocial", "Teléfono"],
                   ["Fundación A", "Espacio amigable para niñas y niños", "", "X", "0991234567"],
                   ["Fundación B", "Atención primaria, RCF", "X", "", "0991234568"]],
        "Refugios": [["Organización", "Dirección", "Teléfono"],
                     ["Casa Luz", "Barrio Norte", "0991234569"]],
        "Kinds": [["Structure", "Type de structure", "Services offerts", "Contact"],
                  ["BFP Toliara", "Police", "Plaintes VBG, enquête", "032 11 570 24"]],
        "Headed": [["Organisation", "Location", "Remarks", "Phone"],
                   ["LEGAL AID", None, None, None],
                   ["Ain O Salish", "Ukhia", "Walk-in Sundays", "01712555123"],
                   ["BLAST", "Teknaf", "By appointment", "01712555124"]],
    })
    import_file(project, path)
    typed = {s.name: s.service_types for s in project.services()}
    assert typed["Espacio amigable para niñas y niños"] == ["mhpss", "child_friendly_space"]
    assert typed["Plaintes VBG, enquête"] == ["police"]
    assert ["safe_shelter"] in typed.values() and ["legal_aid"] in typed.values()
    result = retype(project, dry_run=True)
    assert result.services == len(typed) and result.changed == []
