"""Every import's report is kept in the project, and opens again (command line and store)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from importers import history
from importers.pipeline import import_file
from tests.helpers import small_project

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=0)
    yield p
    p.close()


def test_each_import_stores_its_whole_report_in_its_own_change(project):
    first = import_file(project, DATA / "messy.xlsx")
    second = import_file(project, DATA / "cell_errors.ods")
    listed = history.entries(project)
    assert [e.file for e in listed] == ["cell_errors.ods", "messy.xlsx"]  # newest first
    changes = {c.id: c for c in project.changes()}
    for entry, result in zip(listed, (second, first)):
        assert changes[entry.change_id].kind == "import"
        assert (entry.at, entry.user) == (changes[entry.change_id].at, changes[entry.change_id].user)
        assert entry.summary == result.summary() and entry.rows == len(result.rows)
        stored = history.load(project, entry.id)
        assert stored.report() == json.loads(json.dumps(result.report()))  # rows, notes, skipped sheets, mappings
    assert history.load(project).entry.id == listed[0].id


def test_a_cancelled_import_leaves_no_report(project):
    from directory.tasks import Cancelled

    calls = []
    with pytest.raises(Cancelled):
        import_file(project, DATA / "messy.xlsx", cancelled=lambda: bool(calls.append(1)) or len(calls) > 6)
    assert history.entries(project) == []


def test_the_report_is_compressed(project):
    import_file(project, DATA / "messy.xlsx")
    size, _ = project.connection.execute(
        "SELECT length(report), length(summary) FROM sm_import_reports").fetchone()
    raw = len(json.dumps(history.load(project).report()))
    assert size < raw / 3


def test_unknown_reports_are_user_errors(project):
    with pytest.raises(history.NoSuchReport, match="no import has been recorded"):
        history.load(project)
    import_file(project, DATA / "cell_errors.xlsx")
    with pytest.raises(history.NoSuchReport, match="no import report number 9. The reports kept are: 1"):
        history.load(project, 9)


def test_the_command_line_lists_and_writes_past_reports(tmp_path, capsys):
    path = tmp_path / "p.gpkg"
    small_project(path, n_services=0).close()
    assert main(["import-report", str(path)]) == 0
    assert "no imports recorded yet" in capsys.readouterr().out
    assert main(["import", str(path), str(DATA / "cell_errors.xls")]) == 0
    assert main(["import", str(path), str(DATA / "messy.xlsx")]) == 0
    capsys.readouterr()
    assert main(["import-report", str(path), "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == "2" and "messy.xlsx: 8 imported, 2 duplicate, 4 not-a-service, 1 rejected" in lines[0]
    assert lines[1].split()[0] == "1" and "cell_errors.xls: 4 imported" in lines[1]
    assert main(["import-report", str(path), "--id", "1"]) == 0
    out = capsys.readouterr().out
    assert "Services row 2: imported: cell E2 held #REF!; that value was left out" in out
    assert main(["import-report", str(path), "--last", "--out", str(tmp_path / "r.xlsx")]) == 0
    rows = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Rows"].iter_rows(values_only=True))
    assert rows[0] == ("Sheet", "Row", "Status", "Service ID", "Messages") and len(rows) == 1 + 15
    assert main(["import-report", str(path), "--id", "1", "--out", str(tmp_path / "r.json")]) == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["file"] == "cell_errors.xls" and report["summary"]["imported"] == 4
    assert report["mappings"][0]["columns"][0]["field"] == "organisation"
    assert main(["import-report", str(path), "--id", "5"]) == 2
    assert "no import report number 5" in capsys.readouterr().err


def test_projects_made_before_the_history_get_the_table(tmp_path):
    from directory import schema
    from directory.store import Project

    old = Project.create(tmp_path / "old.gpkg", _version=schema.MIGRATIONS.index(schema._v6_import_reports))
    old.close()
    with sqlite3.connect(tmp_path / "old.gpkg") as conn:
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sm_import_reports'").fetchone()
    with Project.open(tmp_path / "old.gpkg") as p:
        assert history.entries(p) == []
