"""Column mapping: HXL first, header words in six languages, fuzzy matching, group headers, overrides."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from importers import columns
from importers.pipeline import read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.mark.parametrize("tag, field", [
    ("#org+name", "organisation"), ("#sector", "sector"), ("#subsector", "sub_sector"), ("#adm1+name", "adm1"), ("#adm2+code", "adm2_code"),
    ("#adm4+name", "adm4"), ("#loc+name", "site"), ("#geo+lat", "latitude"), ("#geo+lon", "longitude"),
    ("#geo+coord", "coordinates"), ("#contact+name", "focal"), ("#contact+phone", "phone"),
    ("#contact+email", "email"), ("#date+reported", "verified"), ("#service+name", "service"),
    ("#activity+name", "activity"), ("#service+type", "types"), ("#status", "status"), ("#description", "description"), ("#meta+id", "id"),
])
def test_hxl_tags(tag, field):
    assert columns.hxl_field(tag) == field


def test_hxl_wins_over_the_header_and_unknown_x_tags_stay_extra():
    mapping = columns.map_columns(["Phone", "Organisation", "Service", "Weird"],
                                  ["#org+name", "#x_partner", "#service+name", "#x_shoe_size"])
    assert [(m.field, m.how) for m in mapping] == [
        ("organisation", "hxl"), ("extra", "unknown"), ("service", "hxl"), ("extra", "unknown")]


def test_six_languages_and_fuzzy_headers_with_confidence():
    result = read_file(DATA / "multilingual.xlsx")
    for table in result.tables:
        found = columns.columns_of(table.mapping)
        assert set(found) == {"organisation", "service", "types", "phone", "latitude", "longitude"}, table.sheet
    variants = next(t for t in result.tables if t.sheet == "en_variants")
    typo = next(m for m in variants.mapping if m.header == "Servce Name")
    assert typo.how == "fuzzy" and 0.5 < typo.confidence < 1
    assert result.summary()["imported"] == 5


def test_french_arabic_and_bengali_header_words():
    assert columns.header_field("Organización")[0] == "organisation"
    assert columns.header_field("المنظمة")[0] == "organisation"
    assert columns.header_field("সংস্থা")[0] == "organisation"
    assert columns.header_field("Partner")[0] == "organisation"
    assert columns.header_field("Nom du service")[0] == "service"
    assert columns.header_field("Shoe size")[0] is None


def test_override_moves_a_field_and_frees_the_old_column():
    mapping = columns.map_columns(["Organisation", "Service", "Remarks", "Notes"])
    assert [(m.field, m.how) for m in mapping][2:] == [("remarks", "header"), ("extra", "unknown")]
    changed = columns.override(mapping, 3, "description")
    assert [(m.field, m.how) for m in changed][2:] == [("remarks", "header"), ("description", "user")]


def test_merged_group_headers_give_their_sub_headers_meaning(tmp_path):
    path = tmp_path / "groups.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Service mapping, Q3"
    ws["C3"] = "Contact"
    ws.merge_cells("C3:E3")
    ws["F3"] = "GPS"
    ws.merge_cells("F3:G3")
    ws.append(["Agency", "Service type", "Name", "Number", "Email", "Lat", "Long"])
    ws.append(["Example Child Aid", "Legal aid", "Ms. Rahima", "01700555123", "a@example.org", 21.4, 92.0])
    wb.save(path)
    result = read_file(path, region="BD")
    table = result.tables[0]
    assert table.header_row == 3
    fields = {m.column: m.field for m in table.mapping}
    assert fields[2] == "focal" and fields[3] == "phone" and fields[5] == "latitude"
    service = result.services[0]
    assert service.name == "Legal aid" and service.contacts[0].name == "Ms. Rahima"  # the type names the service
