"""The verification round: the call list goes out, comes back filled, and updates apply with
their provenance after the conflicts are shown."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from desktop.cli import main
from directory.model import Phone
from importers.verification import COLUMNS, ON_RECORD, SHEET, VerificationError, parse_age, write_sheet
from importers.verification_import import apply, plan
from tests.helpers import small_project

COL = {key: i for i, (key, _, _) in enumerate(COLUMNS)}


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=4)
    services = p.services()
    with p.change("test", "some verified lately"):
        for s in services:
            s.assured_date = date(2026, 10, 1) if s.name == "Case management 3" else date(2025, 1, 1)
            s.schedule_text = "Sun-Thu 9-17"
            p.save_service(s)
    yield p
    p.close()


def _service_rows(path):
    ws = openpyxl.load_workbook(path)[SHEET]
    return ws, [r for r in ws.iter_rows(min_row=2) if r[0].value]


def test_call_list_grouped_by_organisation_with_fill_in_columns(project, tmp_path):
    out = tmp_path / "calls.xlsx"
    n = write_sheet(project, out, older_than="6m", today=date(2026, 11, 28))
    ws, rows = _service_rows(out)
    assert n == len(rows) == 3  # Case management 3 was verified in October
    assert [c.value for c in ws[1]][len(ON_RECORD):] == [h for _, h, _ in COLUMNS[len(ON_RECORD):]]
    assert "Reached? (yes/no)" in [c.value for c in ws[1]]
    assert ws.cell(2, 2).value == "Example Child Aid (demo)" and ws.cell(2, 1).value is None  # the organisation band
    names = [r[COL["service"]].value for r in rows]
    assert "Case management 3" not in names and "Safe shelter" in names
    safe = next(r for r in rows if r[COL["service"]].value == "Safe shelter")
    assert safe[COL["sites"]].value == "(confidential)" and safe[COL["phones"]].value == "+8801700555100"
    assert ws.freeze_panes == "D2" and ws.data_validations.dataValidation
    assert write_sheet(project, tmp_path / "all.xlsx") == 4


def test_each_answer_column_has_one_validation_covering_every_service_row(tmp_path):
    """One data validation per column range (not one cell per row: that made the sheet quadratic);
    every service row of the list gets the drop-down."""
    project = small_project(tmp_path / "many.gpkg", n_services=60)
    out = tmp_path / "calls.xlsx"
    write_sheet(project, out)
    project.close()
    ws, rows = _service_rows(out)
    validations = ws.data_validations.dataValidation
    assert len(validations) == 2
    for validation, key, choices in zip(validations, ("reached", "open"), ('"yes,no"', '"yes,no,temporarily closed"')):
        assert validation.formula1 == choices and len(validation.sqref.ranges) == 1
        cells = {c.coordinate for c in (r[COL[key]] for r in rows)}
        assert all(c in validation.sqref for c in cells) and len(cells) == 60


def test_older_than_is_checked():
    assert parse_age("6m").days == 182 and parse_age("90d").days == 90 and parse_age(None) is None
    with pytest.raises(VerificationError, match="6 months"):
        parse_age("6 months")


def test_filled_sheet_applies_with_provenance_and_shows_conflicts(project, tmp_path):
    out = tmp_path / "calls.xlsx"
    write_sheet(project, out)
    book = openpyxl.load_workbook(out)
    ws = book[SHEET]
    rows = {r[COL["service"]].value: r for r in ws.iter_rows(min_row=2) if r[0].value}
    one, two, three = rows["Case management 1"], rows["Case management 2"], rows["Case management 3"]
    one[COL["reached"]].value, one[COL["open"]].value = "yes", "yes"
    one[COL["caller"]].value, one[COL["called_on"]].value = "Rahima", "20/11/2026"
    one[COL["new_phones"]].value = "01711-555123"
    two[COL["reached"]].value, two[COL["open"]].value = "yes", "temporarily closed"
    two[COL["new_hours"]].value = "Sun-Wed 9-13"
    three[COL["reached"]].value = "no"
    book.save(out)
    # meanwhile, someone edits service 2's hours in the project
    s2 = next(s for s in project.services() if s.name == "Case management 2")
    s2.schedule_text = "Sun-Thu 10-16"
    with project.change("edit", "hours"):
        project.save_service(s2)

    the_plan = plan(project, out)
    assert (the_plan.called, the_plan.not_reached) == (3, 1)
    conflicts = [(c.service, c.field) for c in the_plan.conflicts]
    assert conflicts == [("Case management 2", "schedule_text")]
    assert "changed since the sheet went out" in the_plan.conflicts[0].describe()

    assert apply(project, the_plan) == 2
    by_name = {s.name: s for s in project.services()}
    s1, s2 = by_name["Case management 1"], by_name["Case management 2"]
    assert s1.assured_date == date(2026, 11, 20) and s1.assurer == "Rahima"
    assert [p.number for c in s1.contacts for p in c.phones] == ["+8801711555123"]
    assert s1.provenance[-1].file == "calls.xlsx" and s1.provenance[-1].sheet == SHEET
    assert s2.status == "temporarily closed" and s2.schedule_text == "Sun-Thu 10-16"  # the conflict was not applied
    assert by_name["Case management 3"].assured_date == date(2026, 10, 1)  # not reached: unchanged
    audit = project.audit(s1.id)
    assert audit[-1]["kind"] == "verification" and "assured_date" in audit[-1]["new"]


def test_cli_shows_then_applies(project, tmp_path, capsys):
    out = tmp_path / "calls.xlsx"
    project.close()
    assert main(["verify-sheet", str(tmp_path / "p.gpkg"), "--out", str(out), "--older-than", "6m"]) == 0
    assert "call list of" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    row = next(r for r in book[SHEET].iter_rows(min_row=2) if r[0].value)
    row[COL["reached"]].value, row[COL["open"]].value = "yes", "no"
    book.save(out)
    assert main(["verify-import", str(tmp_path / "p.gpkg"), str(out)]) == 0
    said = capsys.readouterr().out
    assert "'active' -> 'inactive'" in said and "--apply" in said
    from directory.store import Project

    with Project.open(tmp_path / "p.gpkg") as p:
        assert all(s.status == "active" for s in p.services())  # nothing written without --apply
    assert main(["verify-import", str(tmp_path / "p.gpkg"), str(out), "--apply"]) == 0
    with Project.open(tmp_path / "p.gpkg") as p:
        assert sum(s.status == "inactive" for s in p.services()) == 1
    assert main(["verify-sheet", str(tmp_path / "p.gpkg"), "--out", str(tmp_path / "x.csv")]) == 2
    assert main(["verify-sheet", str(tmp_path / "p.gpkg"), "--out", str(out), "--older-than", "soon"]) == 2


def test_a_sheet_that_is_not_the_call_list_is_a_user_error(project, tmp_path):
    other = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.title = SHEET
    book.active.append(["Name", "Phone"])
    book.save(other)
    with pytest.raises(VerificationError, match="header row"):
        plan(project, other)
    assert Phone  # the model's phone type is what the updates write
