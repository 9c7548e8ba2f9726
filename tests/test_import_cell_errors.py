"""Error cells in every workbook format drop only their value, with a warning naming the cell.

The files are made by LibreOffice from formulas that fail (tests/data/import/make_cell_errors.py).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from directory import file_gate
from importers import cell_errors
from importers.pipeline import read_file

DATA = Path(__file__).parent / "data" / "import"

EXPECTED = {
    2: ["cell E2 held #REF!; that value was left out", "cell G2 held #DIV/0!; that value was left out"],
    3: ["cell F3 held #N/A; that value was left out"],
    4: [],
}


@pytest.mark.parametrize("ext", ["xlsx", "xls", "ods"])
def test_error_cells_warn_in_every_format(ext):
    result = read_file(DATA / f"cell_errors.{ext}", region="BD")
    by_row = {r.row: r for r in result.rows}
    assert [r.status for r in result.rows] == ["imported"] * 4
    for row, messages in EXPECTED.items():
        assert by_row[row].messages == messages
    # LibreOffice's own error for INDEX past its range: Err:502 in .ods, #VALUE! once saved for Excel
    held = by_row[5].messages
    assert held[1] == "cell G5 held #N/A; that value was left out"
    assert held[0] == ("cell E5 held Err:502 (invalid argument); that value was left out" if ext == "ods"
                       else "cell E5 held #VALUE!; that value was left out")
    # only the broken values are gone: the rest of each row is imported
    services = {s.name: s for s in result.services}
    cm = services["Case management"]
    assert cm.contacts[0].emails == ["cm@example.org"] and cm.contacts[0].phones == [] and cm.description == ""
    pss = services["Psychosocial support"]
    assert pss.contacts[0].phones[0].number == "+8801500555548" and pss.contacts[0].emails == []


@pytest.mark.parametrize("name", ["messy.xls", "messy.ods"])
def test_the_messy_workbook_warns_about_its_ref_cell_in_xls_and_ods(name):
    result = read_file(DATA / name, region="BD")
    row = next(r for r in result.rows if r.sheet == "Services" and r.row == 13)
    assert row.messages == ["cell O13 held #REF!; that value was left out"]


def test_ods_positions_follow_repeated_rows_and_columns(tmp_path):
    """A row repeated 3 times and columns repeated twice move the error to D5 (row 4, column 3, 0-based)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="List">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>'
        '</table:table-row>'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:covered-table-cell/>'
        '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>'
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    assert cell_errors.find(file_gate.workbook(path, "list")) == {"List": {"errors": {(4, 3): "#DIV/0!"}}}


def test_a_damaged_error_scan_costs_only_the_markers(tmp_path):
    path = tmp_path / "broken.ods"
    path.write_bytes(b"not a zip")
    assert cell_errors.find(file_gate.Workbook(path, "ods")) == {}
    assert cell_errors.find(file_gate.workbook(DATA / "cell_errors.xlsx", "list")) == {}  # .xlsx: by the reader


@pytest.mark.parametrize("chunk", [64, 97, 211, 1000, 4 * 2**20])
def test_the_gate_scan_sees_error_cells_wherever_its_chunks_cut_the_sheet(chunk, monkeypatch):
    """The importer reads error and formula cells from the sheet XML only when the gate's scan saw
    one (a plain sheet is not read a second time): cut into chunks of any size, the marks are still
    seen, and every error cell is still reported."""
    from directory.file_gate import sheets

    monkeypatch.setattr(sheets, "CHUNK", chunk)
    book = file_gate.workbook(DATA / "cell_errors.xlsx", "test")
    assert all(extent.errors_or_formulas for extent in book.sheets.values())
    result = read_file(DATA / "cell_errors.xlsx", region="BD")
    by_row = {r.row: r for r in result.rows}
    for row, messages in EXPECTED.items():
        assert by_row[row].messages == messages


def test_a_sheet_of_plain_values_is_scanned_once(tmp_path):
    import openpyxl

    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Organisation", "Service", "Phone"])
    ws.append(["Org A", "Case management", "01711000000"])
    wb.save(path)
    assert [e.errors_or_formulas for e in file_gate.workbook(path, "test").sheets.values()] == [False]
    ws.append(["Org B", "Legal aid", "=1/0"])
    wb.save(path)
    assert [e.errors_or_formulas for e in file_gate.workbook(path, "test").sheets.values()] == [True]
