"""Service lists recognised by what they hold, not what they are called; and the public test files of
python-calamine and libhxl-python, each of which imports or is refused in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from importers.errors import ImportFileError
from importers.file_kinds import kind_of
from importers.pipeline import read_file
from tests.helpers import small_project

FORMATS = Path(__file__).parent / "data" / "import" / "formats"
REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("name", "kind"), [
    ("list.xlsb", "xlsb"), ("list_without_ending", "xlsx"), ("list_really_xlsx.xls", "xlsx"),
    ("list_semicolon.csv", "text"), ("list_in.zip", "zipped text"), ("hxl_rows.json", "hxl json"),
    ("hxl_objects.json", "hxl json"), ("hxl_nested.json", "hxl json"),
])
def test_every_kind_reads_the_same_three_services(name, kind):
    assert kind_of(FORMATS / name).kind == kind
    result = read_file(FORMATS / name, region="BD")
    assert result.summary()["imported"] == 3, (result.skipped_sheets, [r.messages for r in result.rows])
    by_name = {s.name: s for s in result.services}
    assert by_name["Case management & PSS"].service_types == ["case_management", "mhpss"]
    assert by_name["Women's shelter (confidential)"].confidential
    placed = {round(s.latitude, 3) for s in result.sites}
    assert placed == {21.427, 22.653}  # the shelter and the legal aid share a point, one site per organisation


def test_a_renamed_workbook_is_said_in_the_report():
    notes = read_file(FORMATS / "list_really_xlsx.xls").notes
    assert notes == ["the file is an .xlsx workbook named .xls; read as .xlsx"]


def test_a_csv_named_as_a_workbook_is_said_in_the_report(tmp_path):
    """The other way round: a CSV saved (or renamed) as .xlsx is read, and the report says so (tryout 2, 14)."""
    fake = tmp_path / "fake.xlsx"
    shutil.copy(FORMATS / "list_semicolon.csv", fake)
    result = read_file(fake, region="BD")
    assert result.summary()["imported"] == 3
    assert result.notes[0] == ("the file is a text table (CSV), not an .xlsx workbook, although it is named .xlsx; "
                               "read as text")
    assert not any("text table" in n for n in read_file(FORMATS / "list_semicolon.csv", region="BD").notes)


def test_what_is_not_a_list_is_refused_in_one_line(tmp_path):
    (tmp_path / "photo.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with pytest.raises(ImportFileError, match="PNG picture, not a service list"):
        kind_of(tmp_path / "photo.xlsx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "two.zip", "w") as z:
        z.writestr("a.csv", "x")
        z.writestr("b.csv", "y")
    with pytest.raises(ImportFileError, match="holding 2 tables"):
        kind_of(tmp_path / "two.zip")


def _corpus() -> list[Path]:
    """python-calamine's and libhxl-python's test files where they were unpacked (``pip download``);
    SERVICEMAP_PUBLIC_CORPUS may name more folders, separated by os.pathsep."""
    roots = [Path(p) for p in os.environ.get("SERVICEMAP_PUBLIC_CORPUS", "").split(os.pathsep) if p]
    roots += [Path("/tmp/pc"), Path("/tmp/hxl"), Path("/tmp/hxl_corpus")]
    found = []
    for root in roots:
        if root.is_dir():
            found += [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (
                ".xlsx", ".xlsb", ".xls", ".ods", ".csv", ".tsv", ".ssv", ".hxl", ".json", ".txt", ".zip")
                and ("tests" in p.parts or root.name == "hxl_corpus")]
    return sorted(found)


@pytest.mark.skipif(not _corpus(), reason="the public test files are not unpacked here (see _corpus)")
def test_every_public_test_file_imports_or_is_refused_in_one_line(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    outcomes = {}
    for path in _corpus():
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(tmp_path / "p.gpkg"), str(path)],
                              cwd=REPO, capture_output=True, text=True, timeout=300)
        assert done.returncode in (0, 2), (path, done.stderr[-2000:])
        if done.returncode == 2:
            assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, (path, done.stderr)
        outcomes[path.name] = done.returncode
    assert any(name.endswith(".xlsb") for name in outcomes)
