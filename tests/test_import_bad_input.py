"""Bad input: one clear line, or a bounded and reported import; never a traceback or a half-written project."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from importers import readers
from importers.errors import ImportFileError
from importers.pipeline import import_file, read_file
from tests.helpers import small_project

DATA = Path(__file__).parent / "data" / "import"
BAD = DATA / "bad"


def make_script():
    """The script that makes the test workbooks (its folder is named 'import', so it is loaded by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_workbooks", DATA / "make_workbooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, words", [
    ("empty.xlsx", "empty"),
    ("picture.xlsx", "PNG picture"),
    ("truncated.xlsx", "damaged or cut short"),
    ("corrupt.xlsx", "damaged or cut short"),
    ("password.xlsx", "protected by a password"),
    ("zipbomb.xlsx", "zip bomb"),
    ("~$messy.xlsx", "lock file"),
])
def test_each_bad_file_gets_one_clear_line_naming_it(name, words, tmp_path):
    path = BAD / name
    if not path.exists():
        pytest.skip(f"{name} not made (see tests/data/import/make_workbooks.py)")
    with pytest.raises(ImportFileError) as err:
        read_file(path)
    message = str(err.value)
    assert words in message and name in message and "\n" not in message
    project = small_project(tmp_path / "p.gpkg", n_services=0)
    before = (project.counts(), len(project.changes()))
    with pytest.raises(ImportFileError):
        import_file(project, path)
    assert (project.counts(), len(project.changes())) == before
    project.close()


def test_the_command_line_prints_one_line_and_exits_2(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=0)
    project.close()
    for name in ("picture.xlsx", "zipbomb.xlsx", "~$messy.xlsx"):
        run = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(tmp_path / "p.gpkg"), str(BAD / name)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 2 and run.stdout == ""
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr and name in run.stderr


def test_a_sheet_with_too_many_rows_is_skipped_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "many.xlsx"
    make_script().write_many_rows(path, 5_000)
    monkeypatch.setattr(readers, "MAX_ROWS", 1_000)
    result = read_file(path)
    assert result.rows == [] and "5,000 rows" in result.skipped_sheets["Services"]


@pytest.mark.slow
def test_a_million_row_sheet_is_refused_quickly(tmp_path):
    path = tmp_path / "million.xlsx"
    make_script().write_many_rows(path, 1_000_000)
    result = read_file(path)  # bounded: the declared size is read before the sheet is loaded
    assert result.rows == [] and "1,000,000 rows" in result.skipped_sheets["Services"]


def test_a_10_mb_cell_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "huge.xlsx"
    make_script().write_huge_cell(path)
    result = read_file(path)
    assert result.summary()["imported"] == 2
    first = result.rows[0]
    assert "10,485,760 characters" in first.messages[0]
    assert len(result.services[0].description) == 32_767


def test_a_missing_sheet_names_the_sheets_there():
    with pytest.raises(ImportFileError, match="'Services FR'"):
        read_file(DATA / "messy.xlsx", sheet="Nope")


def test_json_report_from_the_command_line(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=0)
    project.close()
    report = tmp_path / "report.json"
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(tmp_path / "p.gpkg"),
                          str(DATA / "messy.xlsx"), "--report", str(report)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "8 imported, 0 updated, 2 duplicate, 4 not-a-service, 1 rejected" in run.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["duplicate"] == 2 and len(data["rows"]) == 15
    assert {r["status"] for r in data["rows"]} <= {"imported", "updated", "duplicate", "not-a-service", "rejected"}
