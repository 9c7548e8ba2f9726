"""The file gate's measurements, on files written here: how far a sheet reaches (however its XML
is written), which bytes are text and in which encoding, how deep JSON nests, and whether
coordinates fit their coordinate system. (Every command's use of the gate is tested with the
hostile corpus in test_hostile_files.py.)"""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from directory import file_gate
from directory.file_gate.json_doc import depth
from tests.data.hostile import make_corpus as corpus
from tests.data.hostile.make_corpus import sheet_xml, xlsx_members

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MAIN = f'xmlns="{NS}" xmlns:x="{NS}"'  # cells may be written with or without the x: prefix


def workbook(path: Path, body: str) -> Path:
    members = xlsx_members(f'<?xml version="1.0"?><worksheet {MAIN}><sheetData>{body}</sheetData></worksheet>'.encode())
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("body, rows, columns", [
    ('<row r="3"><c r="B3"><v>1</v></c><c r="AA7"><v>2</v></c></row>', 7, 27),
    ('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>', 1, 1),  # formatted, empty
    ('<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>', 2, 3),  # no references
    ('<row r="5"><c t="n" r="C5"><v>1</v></c></row>', 5, 3),  # the reference after another attribute
    ('<x:row r="2"><x:c r="D2"><x:v>1</x:v></x:c></x:row>', 2, 4),  # a namespace prefix
    ('<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="XFD1048576"><v>x</v></c></row>', 1_048_576, 16_384),
    # references a reader lays out although spreadsheet programs never write them so
    ('<row r="3"><c r="A99999999"><v>1</v></c></row>', 99_999_999, 1),  # eight digits
    ('<row r="3"><c r="A100000000000000000000"><v>1</v></c></row>', 10**9, 1),  # past any sheet: "too far"
    ('<row r="3"><c r="A000000099999999"><v>1</v></c></row>', 99_999_999, 1),  # leading zeros, read as readers do
    ('<row r="3"><c r="xfd3"><v>1</v></c></row>', 3, 16_384),  # lower case
    ('<row r="3"><c r="AAAA3"><v>1</v></c></row>', 3, 18_279),  # four letters
    ("<row r='3'><c r='B7'><v>1</v></c></row>", 7, 2),  # single quotes
    ('<row r="3"><c\tr="C9"><v>1</v></c></row>', 9, 3),  # a tab
    ('<row r="3"><c r = "D4"><v>1</v></c></row>', 4, 4),  # spaces around '='
    ('<row r="3"><c r="A3" r="E8"><v>1</v></c></row>', 8, 5),  # a second reference: readers take the last
    ('<row r="3"><c cm=">" r="F6"><v>1</v></c></row>', 6, 6),  # '>' inside a value before the reference
    ('<row r="99999999"><c><v>1</v></c></row>', 99_999_999, 1),  # a far row whose cells have no reference
])
def test_a_sheet_reaches_its_last_cell_with_a_value(tmp_path, body, rows, columns):
    sheets = file_gate.workbook(workbook(tmp_path / "w.xlsx", body), "list").sheets
    assert (sheets["Services"].rows, sheets["Services"].columns) == (rows, columns)


@pytest.mark.parametrize("chunk", [16, 64, 97, 4 * 2**20])
def test_oddly_written_references_are_seen_wherever_the_chunks_cut_the_sheet(tmp_path, monkeypatch, chunk):
    from directory.file_gate import sheets

    monkeypatch.setattr(sheets, "CHUNK", chunk)
    path = tmp_path / "odd.xlsx"
    corpus.odd_reference_xlsx(path)
    extent = file_gate.workbook(path, "list").sheets["Services"]
    assert (extent.rows, extent.columns) == (1_048_576, 16_384)


@pytest.mark.parametrize("reference", ["$A$3", "A-3", "3A", "A3.5", "", "&#65;3"])
def test_a_cell_reference_that_is_not_a_column_and_a_row_makes_the_workbook_damaged(tmp_path, reference):
    path = workbook(tmp_path / "w.xlsx", f'<row r="3"><c r="{reference}"><v>1</v></c></row>')
    with pytest.raises(file_gate.FileRefused, match="damaged .*is not a column and a row"):
        file_gate.workbook(path, "list")


def test_an_ods_in_an_unknown_encoding_is_damaged(tmp_path):
    """Its XML declaration names an encoding that does not exist: the parser's LookupError is a damaged file."""
    with zipfile.ZipFile(Path(__file__).parent / "data" / "import" / "messy.ods") as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b'encoding="UTF-8"', b'encoding="UTF-16385"', 1)
    path = tmp_path / "list.ods"
    corpus.write_zip(path, parts)
    with pytest.raises(file_gate.FileRefused, match="damaged .*unknown encoding: UTF-16385"):
        file_gate.workbook(path, "list")


def test_a_sheet_too_large_is_named_with_its_far_corner(tmp_path):
    path = workbook(tmp_path / "w.xlsx", '<row r="300000"><c r="C300000"><v>1</v></c></row>')
    checked = file_gate.workbook(path, "population table")
    assert "300,000 rows (to cell C300000)" in checked.too_large("Services")
    with pytest.raises(file_gate.FileRefused, match=r"w\.xlsx, sheet 'Services': 300,000 rows"):
        checked.require_readable()
    body = sheet_xml([["a", "b"]]).decode().split("<sheetData>")[1].split("</sheetData>")[0]
    assert file_gate.workbook(workbook(tmp_path / "ok.xlsx", body), "list").too_large("Services") == ""


BENGALI = "সংস্থা,সেবা,ফোন\r\nশিশু সুরক্ষা,কেস ম্যানেজমেন্ট,০১৭০০৫৫৫১০০\r\n"


@pytest.mark.parametrize("data, encoding", [
    (BENGALI.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark, and almost no zero byte
    (BENGALI.encode("utf-16-be"), "utf-16-be"),
    ("Organisation,Service\r\nEnfance,Écoute\r\n".encode("utf-16-le"), "utf-16-le"),
    ("Organisation;Service\r\nEnfance;Écoute\r\n".encode("cp1252"), "cp1252"),
    ("\ufeffOrganisation,Service\r\n".encode("utf-8"), "utf-8-sig"),
])
def test_text_is_decoded_in_its_encoding(data, encoding):
    text, found = file_gate.decode(data)
    assert found == encoding and ("Organisation" in text or "সংস্থা" in text)


@pytest.mark.parametrize("data", [bytes(range(256)) * 40, b"name,phone\r\n" + b"\x00" * 8 + b"x,1\r\n",
                                  b"\x89PNG\r\n\x1a\n" + bytes(200), b"\x07\x1b\x01\x02" * 300])
def test_binary_data_is_not_text(data):
    assert file_gate.decode(data) is None


def test_json_depth_is_measured_without_parsing_and_strings_do_not_count(tmp_path):
    assert depth('{"a": [1, {"b": "[[[[{{{"}]}') == 3
    assert depth('"just a string with ] and {"') == 0
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000)
    with pytest.raises(file_gate.FileRefused, match="nest 5,000 levels deep"):
        file_gate.json_document(deep, "HSDS file")
    fine = tmp_path / "fine.json"
    fine.write_text('{"services": [{"name": "x"}]}', encoding="utf-16")
    assert file_gate.json_document(fine, "HSDS file") == {"services": [{"name": "x"}]}


@pytest.mark.parametrize("crs, metres, refused", [
    (None, False, None), (None, True, "not longitude/latitude"), (4326, True, "says its coordinates are degrees"),
    (32646, False, "look like longitude/latitude"), (32646, True, None),
])
def test_coordinates_must_fit_their_coordinate_system(tmp_path, crs, metres, refused):
    frame = gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.box(91.5, 21.5, 92.0, 22.0)], crs=4326)
    if metres:
        frame = frame.to_crs(32646)
    frame = frame.set_crs(crs, allow_override=True)
    path = tmp_path / "areas.gpkg"
    frame.to_file(path, driver="GPKG")
    if refused:
        with pytest.raises(file_gate.FileRefused, match=refused):
            file_gate.vector(path, "boundary file")
    else:
        assert file_gate.vector(path, "boundary file") == [(str(path), "areas")]


def _corpus_file(tmp_path: Path, maker, name: str) -> Path:
    path = tmp_path / name
    maker(path)
    return path


@pytest.mark.parametrize("maker, rows, columns", [
    (corpus.xls_four_billion_rows, 4_294_967_295, 11),  # declared by DIMENSIONS: the reader reserves it
    (corpus.xls_far_cell, 65_536, 65_536),
    (corpus.xls_iv65536, 65_536, 256),
    (lambda p: p.write_bytes(corpus.BASE_XLS.read_bytes()), 3, 11),
    (corpus.xlsb_far_cell, 1_048_576, 16_384),
    (corpus.xlsb_claims_xfd, 4, 5),  # the reader lays out the cells, not the claim
])
def test_a_binary_workbook_reaches_its_last_value(tmp_path, maker, rows, columns):
    suffix = ".xlsb" if "xlsb" in getattr(maker, "__name__", "") else ".xls"
    path = tmp_path / f"list{suffix}"
    maker(path)
    extent = file_gate.workbook(path, "list").sheets["Services"]
    assert (extent.rows, extent.columns) == (rows, columns)


def test_an_xlsb_cell_pointing_past_the_shared_strings_makes_the_workbook_damaged(tmp_path):
    """calamine's Rust code stopped on it with a panic, and printed its backtrace, before any message."""
    path = tmp_path / "list.xlsb"
    corpus.xlsb_string_out_of_range(path)
    with pytest.raises(file_gate.FileRefused, match="refers to shared string 574,452,257; the workbook has 19"):
        file_gate.workbook(path, "list")
    (tmp_path / "fine.xlsb").write_bytes(corpus.BASE_XLSB.read_bytes())
    assert file_gate.workbook(tmp_path / "fine.xlsb", "list").sheets["Services"].rows == 4


@pytest.mark.parametrize("maker, said", [
    (corpus.shared_strings_claim_xlsx, "its shared strings say they are 2,147,483,648"),  # calamine reserved 51 GB
    (corpus.xlsb_short_cell, "a cell record of 0 bytes"),  # calamine read its column from the record before
])
def test_a_workbook_that_would_make_the_reader_reserve_gigabytes_is_damaged(tmp_path, maker, said):
    path = tmp_path / ("list.xlsb" if "xlsb" in maker.__name__ else "list.xlsx")
    maker(path)
    with pytest.raises(file_gate.FileRefused, match=f"damaged .*{said}"):
        file_gate.workbook(path, "list")


def test_xlsb_records_are_read_across_pieces(tmp_path, monkeypatch):
    """A record cut between two pieces of the stream (a 7-byte piece) is read as one."""
    from directory.file_gate import binary_sheets

    path = _corpus_file(tmp_path, corpus.xlsb_far_cell, "far.xlsb")
    whole = file_gate.workbook(path, "list").sheets
    monkeypatch.setattr(binary_sheets, "CHUNK", 7)
    assert file_gate.workbook(path, "list").sheets == whole


def test_a_zip_of_many_files_is_refused_from_its_end_record(tmp_path, monkeypatch):
    path = _corpus_file(tmp_path, corpus.many_files_zip, "many.zip")
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "__init__", lambda *a, **k: opened.append(a))
    with pytest.raises(file_gate.FileRefused, match="holds 70,000 files, more than the 20,000"):
        with file_gate.zip_file(path, "service list", max_bytes=2**30):
            pass
    assert opened == []  # refused before Python read the directory


def test_a_table_in_a_zip_is_decoded_as_a_file_is(tmp_path):
    path = _corpus_file(tmp_path, corpus.utf16_csv_in_zip, "utf16.zip")
    assert "কাউখালী" in file_gate.zip_text(path, "services.csv", "service list")
    with pytest.raises(file_gate.FileRefused, match="would unpack to 1,0"):
        file_gate.zip_text(_corpus_file(tmp_path, corpus.csv_bomb_zip, "bomb.zip"), "services.csv", "service list")


# --- the quick pass: a chunk whose cells all lie inside a corner is proven so by one search -------------

FAR_CELLS = [
    "",  # nothing odd: the whole sheet is read by the quick search after its first chunk
    '<row r="900"><c r="C900"><v>1</v></c></row>',  # past the rows, plainly written
    '<row r="40"><c r="Z40"><v>1</v></c></row>',  # past the columns, inside the rows
    '<row r="41"><c r="C41" t="e"><v>#REF!</v></c></row>',  # an error cell
    '<row r="42"><c r="C42"><f>A1</f><v>1</v></c></row>',  # a formula
    '<row r="43"><c r="C43" r="XFD43"><v>1</v></c></row>',  # a second reference
    "<row r='44'><c r='XFD44'><v>1</v></c></row>",  # single quotes
    '<row r="45"><c\tr="XFD45"><v>1</v></c></row>',  # a tab
    '<row r="46"><x:c r="XFD46"><x:v>1</x:v></x:c></row>',  # a namespace prefix
    '<row r="47"><c r="C0000047"><v>1</v></c></row>',  # leading zeros
    '<row r="48"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>',  # no references
    '<row r="50"><c r="C50"><v>1</v></c></row><row r="49"><c r="D49"><v>1</v></c></row>',  # rows out of order
    '<row r="1048576"><c r="XFD1048576" s="1"/></row>',  # formatted and empty
]


def _sheet_with(tmp_path: Path, far: str, dimension: str) -> Path:
    """60 rows × 3 columns as spreadsheet programs write them, ``far`` among them after row 39."""
    rows = [f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="inlineStr"><is><t>v{r}</t></is></c>' for c in "ABC")
            + "</row>" for r in range(1, 61)]
    body = "".join(rows[:39]) + far + "".join(rows[39:])
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    xml = f'<?xml version="1.0"?><worksheet {MAIN}>{dim}<sheetData>{body}</sheetData></worksheet>'
    path = tmp_path / "w.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in xlsx_members(xml.encode()).items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("far", FAR_CELLS)
@pytest.mark.parametrize("dimension", ["", "A1:C60", "A1:B2", "A1"])
@pytest.mark.parametrize("chunk", [64, 333, 4 * 2**20])
def test_the_quick_pass_measures_what_reading_every_cell_measures(tmp_path, monkeypatch, far, dimension, chunk):
    from directory.file_gate import sheets

    monkeypatch.setattr(sheets, "CHUNK", chunk)
    path = _sheet_with(tmp_path, far, dimension)
    quick = file_gate.workbook(path, "list").sheets["Services"]
    searched = []
    monkeypatch.setattr(sheets, "_corner", lambda body, extent: searched.append(1))  # never quick
    every_cell = file_gate.workbook(path, "list").sheets["Services"]
    assert quick == every_cell
    assert searched  # the check of the test: the second reading did go cell by cell


def test_the_quick_pass_is_taken_and_sees_a_far_cell_it_must(tmp_path, monkeypatch):
    """After the first chunk (which finds the columns), every chunk of a plain sheet is read by one
    search; one far cell in a chunk sends that chunk cell by cell, and the reach is its cell."""
    from directory.file_gate import sheets

    monkeypatch.setattr(sheets, "CHUNK", 333)
    by_cells = []
    every = sheets._all_written
    monkeypatch.setattr(sheets, "_all_written", lambda body, cells: by_cells.append(body) or every(body, cells))
    plain = file_gate.workbook(_sheet_with(tmp_path, "", ""), "list").sheets["Services"]
    assert (plain.rows, plain.columns, plain.errors_or_formulas) == (60, 3, False)
    assert len(by_cells) == 1 and b'<c r="A1"' in by_cells[0]
    by_cells.clear()
    far = file_gate.workbook(_sheet_with(tmp_path, FAR_CELLS[1], ""), "list").sheets["Services"]
    assert (far.rows, far.columns) == (900, 3)
    assert len(by_cells) == 2 and b'r="C900"' in by_cells[1]
    error = file_gate.workbook(_sheet_with(tmp_path, FAR_CELLS[3], ""), "list").sheets["Services"]
    assert error.errors_or_formulas


def test_a_real_workbook_is_measured_the_same_by_the_quick_pass(tmp_path, monkeypatch):
    """A sheet written by openpyxl (with its <dimension>) and the same in write-only mode (without)."""
    import openpyxl

    from directory.file_gate import sheets

    monkeypatch.setattr(sheets, "CHUNK", 4096)
    for write_only in (False, True):
        wb = openpyxl.Workbook(write_only=write_only)
        ws = wb.create_sheet("Services") if write_only else wb.active
        if not write_only:
            ws.title = "Services"
        ws.append(["List of services"])
        ws.append([])
        for i in range(2000):
            ws.append([f"Org {i % 40}", f"Service {i}", i * 1.5, None if i % 3 else "note", "=1+1" if i == 1500 else 7])
        path = tmp_path / f"list_{write_only}.xlsx"
        wb.save(path)
        quick = file_gate.workbook(path, "list").sheets["Services"]
        with monkeypatch.context() as m:
            m.setattr(sheets, "_corner", lambda body, extent: None)
            every_cell = file_gate.workbook(path, "list").sheets["Services"]
        assert quick == every_cell and (quick.rows, quick.columns, quick.errors_or_formulas) == (2002, 5, True)
