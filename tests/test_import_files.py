"""Reading messy service lists: every format, finding the table, every row accounted for."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from importers.pipeline import read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture(scope="module")
def messy():
    return read_file(DATA / "messy.xlsx", region="BD")


def _status(result, sheet, row):
    return next(r for r in result.rows if r.sheet == sheet and r.row == row)


def test_every_row_under_each_header_has_one_outcome_with_excel_row_numbers(messy):
    ws = openpyxl.load_workbook(DATA / "messy.xlsx")["Services"]
    # title rows 1-2, group headers on 4, header on 5, HXL tags on 6: data from 7 to the last row
    assert [r.row for r in messy.rows if r.sheet == "Services"] == list(range(7, ws.max_row + 1))
    assert [r.row for r in messy.rows if r.sheet == "Services FR"] == [4, 5]
    assert messy.summary() == {"imported": 8, "updated": 0, "duplicate": 2, "not-a-service": 4, "rejected": 1}
    assert all(r.messages for r in messy.rows if r.status != "imported")


def test_cover_pages_and_empty_sheets_are_skipped_with_reasons(messy):
    assert set(messy.skipped_sheets) == {"Instructions", "Sheet3"}
    assert "no table of services" in messy.skipped_sheets["Instructions"]
    assert messy.skipped_sheets["Sheet3"] == "empty sheet"
    assert [(t.sheet, t.header_row + 1, t.hxl_row) for t in messy.tables] == [("Services", 5, 5), ("Services FR", 3, None)]


def test_blank_rows_totals_notes_and_rows_without_organisation(messy):
    assert _status(messy, "Services", 12).messages == ["blank row"]
    total = _status(messy, "Services", 18)
    assert total.status == "not-a-service" and "Total services" in total.messages[0]
    assert _status(messy, "Services", 19).status == "not-a-service"
    rejected = _status(messy, "Services", 16)
    assert rejected.status == "rejected" and "organisation" in rejected.messages[0] and "row 16" in rejected.messages[0]


def test_the_same_service_with_other_spacing_or_a_typo_is_merged(messy):
    first = _status(messy, "Services", 7)
    for row in (14, 15):
        dup = _status(messy, "Services", row)
        assert dup.status == "duplicate" and dup.service_id == first.service_id and "row 7" in dup.messages[0]
    twin = next(s for s in messy.services if s.id == first.service_id)
    assert [p.row for p in twin.provenance] == [7, 14, 15]
    assert len({o.name for o in messy.organisations}) == 4  # "Example  Child Aid " is the same organisation


def test_a_cell_error_drops_only_that_value(messy):
    row = _status(messy, "Services", 13)
    assert row.status == "imported" and row.messages == ["cell O13 held #REF!; that value was left out"]
    service = next(s for s in messy.services if s.id == row.service_id)
    assert service.name == "Psychosocial support" and service.description == ""
    assert service.contacts[0].phones[0].number == "+8801500555548"


def test_values_are_normalised_with_notes(messy):
    by_name = {s.name: s for s in messy.services}
    sites = {s.id: s for s in messy.sites}
    site_of = dict(messy.links)
    pair = sites[site_of[by_name["Legal aid desk"].id]]
    assert (pair.latitude, pair.longitude) == (21.4501, 92.0102)
    dms = sites[site_of[by_name["Safe house for women & children"].id]]
    assert dms.latitude == pytest.approx(21.4272, abs=1e-3) and dms.longitude == pytest.approx(92.0058, abs=1e-3)
    ddm = sites[site_of[by_name["Psychosocial support"].id]]
    assert ddm.latitude == pytest.approx(22.2973, abs=1e-3)
    swapped = sites[site_of[by_name["Health post"].id]]
    assert (swapped.latitude, swapped.longitude) == (22.6533, 92.1852)
    assert "swapped" in _status(messy, "Services", 10).messages[0]
    assert not sites[site_of[by_name["Child friendly space"].id]].has_point
    assert by_name["Case management"].service_types == ["case_management", "mhpss"]
    assert by_name["Legal aid desk"].contacts[0].phones[0].number == "1098"
    assert str(by_name["Case management"].assured_date) == "2026-08-15"  # an Excel serial
    assert str(by_name["Safe house for women & children"].assured_date) == "2026-08-01"  # "Aug-2026"
    assert by_name["Safe house for women & children"].confidential
    assert "confidential" in " ".join(_status(messy, "Services", 9).messages)
    assert by_name["Case management"].languages == ["bn", "rhg"]
    assert by_name["Soutien psychosocial"].languages == ["fr"]


def test_formulas_saved_without_values_are_reported(messy):
    assert any("formula cells were saved without their values" in n for n in messy.notes)
    formulas = read_file(DATA / "formulas.xlsx")
    assert "2 formula cells" in formulas.notes[0]


@pytest.mark.parametrize("name", ["messy.xls", "messy.ods"])
def test_xls_and_ods_made_by_libreoffice_read_like_the_xlsx(name, messy):
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} needs LibreOffice to be made (tests/data/import/make_workbooks.py)")
    other = read_file(path, region="BD")
    assert [(r.sheet, r.row, r.status) for r in other.rows] == [(r.sheet, r.row, r.status) for r in messy.rows]
    assert sorted(s.name for s in other.services) == sorted(s.name for s in messy.services)


@pytest.mark.parametrize("name", ["utf8_bom.csv", "utf16.tsv", "cp1252_semicolon.csv"])
def test_csv_in_any_encoding_and_delimiter(name):
    result = read_file(DATA / name, region="BD")
    assert result.summary()["imported"] == 2
    orgs = sorted(o.name for o in result.organisations)
    assert orgs == ["Aide à l'Enfance", "Fondation Née"]
    sites = {s.id: s for s in result.sites}
    assert sites[result.links[0][1]].latitude == 21.45  # "21,45" with a decimal comma
    assert result.services[0].service_types == ["mhpss"]


def test_kobo_exports_with_group_prefixes_and_gps_columns():
    result = read_file(DATA / "kobo_export.xlsx", region="BD")
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["grp_org/organisation"] == "organisation" and fields["_gps_latitude"] == "latitude"
    assert fields["_uuid"] == "id"
    assert result.summary()["imported"] == 2
    site = {s.id: s for s in result.sites}[result.links[0][1]]
    assert (site.latitude, site.longitude) == (21.4272, 92.0058)
    assert result.services[0].extra["source_id"] == "a1b2c3d4-0000-4000-8000-000000000001"


def test_only_the_sheet_asked_for():
    result = read_file(DATA / "messy.xlsx", sheet="Services FR")
    assert {r.sheet for r in result.rows} == {"Services FR"} and not result.skipped_sheets


def test_hsds_files_go_to_the_exchange_format_reader(tmp_path, monkeypatch):
    import sys
    import types

    from importers.result import ImportResult

    calls = []
    fake = types.ModuleType("importers.formats.hsds")
    fake.read = lambda path, *, region=None, taxonomy=None: calls.append((Path(path).name, region)) or ImportResult(
        file=Path(path).name)
    monkeypatch.setitem(sys.modules, "importers.formats.hsds", fake)
    (tmp_path / "services.json").write_text("[]", encoding="utf-8")
    package = tmp_path / "package"
    package.mkdir()
    (package / "datapackage.json").write_text("{}", encoding="utf-8")
    read_file(tmp_path / "services.json", region="BD")
    read_file(package, region="BD")
    read_file(package / "datapackage.json", region="BD")
    assert calls == [("services.json", "BD"), ("package", "BD"), ("datapackage.json", "BD")]
