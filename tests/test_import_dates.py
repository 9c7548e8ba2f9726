"""Dates such as 08/09/2026 are read in the project's order: its country's, its stored choice, or the flag's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from importers import date_order
from importers.pipeline import import_file, read_file
from tests.helpers import small_project

DATA = Path(__file__).parent / "data" / "import"


@pytest.mark.parametrize("country, order", [
    ("USA", "month-first"), ("US", "month-first"), ("PHL", "month-first"), ("MHL", "month-first"),
    ("GUM", "month-first"), ("PRI", "month-first"),
    ("BGD", "day-first"), ("GBR", "day-first"), ("FRA", "day-first"), ("KEN", "day-first"), ("SDN", "day-first"),
    ("COL", "day-first"), ("AFG", "day-first"),  # Afghanistan writes the year first (y/M/d): slashed dates are d/m
    ("CAN", "day-first"), (None, "day-first"), ("ZZZ", "day-first"),
])
def test_the_default_order_follows_the_country(country, order):
    assert date_order.country_order(country) == order


def _dates(result):
    return {s.name: s.assured_date for s in result.services}


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=0)  # Bangladesh: day first
    yield p
    p.close()


def test_the_project_choice_is_stored_and_used_and_the_flag_wins(project):
    assert date_order.project_order(project) == "day-first" and date_order.stored_order(project) is None
    first = import_file(project, DATA / "dates.xlsx", sheet="US")
    assert _dates(first)["Hotline"] == date(2026, 5, 4)
    date_order.set_order(project, "month-first")
    assert date_order.project_order(project) == "month-first"
    assert project.changes()[-1].kind == "settings"
    assert project.audit("import_date_order")[-1]["action"] == "insert"
    again = import_file(project, DATA / "dates.xlsx", sheet="US")
    assert _dates(again)["Hotline"] == date(2026, 4, 5)
    assert not again.notes  # only month-first dates, read month first: nothing to warn about
    forced = import_file(project, DATA / "dates.xlsx", sheet="US", day_first=True)
    assert _dates(forced)["Hotline"] == date(2026, 5, 4)
    date_order.set_order(project, "day-first")
    assert project.audit("import_date_order")[-1]["new"] == {"value": "day-first"}
    date_order.set_order(project, None)
    assert date_order.project_order(project) == "day-first"
    with pytest.raises(ValueError):
        date_order.set_order(project, "year-first")


def test_a_sheet_with_both_orders_warns_and_marks_its_ambiguous_dates():
    result = read_file(DATA / "dates.xlsx", sheet="Mixed", day_first=True)
    assert result.notes == [(
        "sheet 'Mixed', column D: dates are written both day first (13/05/2026 in row 2) and month first "
        "(05/13/2026 in row 3). 1 date that could be read either way (such as 04/05/2026 in row 4) was read day "
        "first; check it, or import again with the other date order.")]
    row4 = next(r for r in result.rows if r.row == 4)
    assert row4.status == "imported" and "could be read either way; it was read day first" in row4.messages[0]
    assert _dates(result) == {"Case management": date(2026, 5, 13), "Legal aid": date(2026, 5, 13),
                              "Psychosocial support": date(2026, 5, 4), "Child friendly space": date(2026, 7, 1)}
    assert [r.messages for r in result.rows if r.row != 4] == [[], [], []]


def test_a_month_first_sheet_in_a_day_first_project_is_pointed_out():
    result = read_file(DATA / "dates.xlsx", sheet="US", day_first=True)
    assert "dates are written month first (12/31/2026 in row 2), but this project reads dates day first" in result.notes[0]
    assert read_file(DATA / "dates.xlsx", sheet="US", day_first=False).notes == []


def test_the_command_line_uses_and_sets_the_project_order(tmp_path, capsys):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    project = str(tmp_path / "p.gpkg")
    assert main(["import-dates", project]) == 0
    assert "day first (usual in Bangladesh)" in capsys.readouterr().out
    assert main(["import-dates", project, "month-first"]) == 0
    assert "month first (chosen for this project)" in capsys.readouterr().out
    assert main(["import", project, str(DATA / "dates.xlsx"), "--sheet", "US"]) == 0
    assert "dates read month first" in capsys.readouterr().out
    assert main(["import", project, str(DATA / "dates.xlsx"), "--sheet", "Mixed", "--day-first"]) == 0
    out = capsys.readouterr().out
    assert "dates read day first" in out and "dates are written both day first" in out
    assert main(["import-dates", project, "country"]) == 0
    assert "day first (usual in Bangladesh)" in capsys.readouterr().out
    assert main(["import", project, str(DATA / "dates.xlsx"), "--day-first", "--month-first"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
