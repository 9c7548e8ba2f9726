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


@pytest.mark.parametrize(("header", "field"), [
    # contact numbers, update dates, target groups, focal points, places, row numbers, in six languages
    ("Contact number", "phone"), ("Tel.", "phone"), ("Numéro de téléphone", "phone"), ("Número de contacto", "phone"),
    ("رقم الاتصال", "phone"), ("মোবাইল নম্বর", "phone"), ("Last update", "verified"), ("Dernière mise à jour", "verified"),
    ("Fecha de actualización", "verified"), ("تاريخ التحديث", "verified"), ("হালনাগাদের তারিখ", "verified"),
    ("Target group", "target"), ("Public cible", "target"), ("Población objetivo", "target"),
    ("الفئة المستهدفة", "target"), ("লক্ষ্য জনগোষ্ঠী", "target"), ("Focal point", "focal"), ("Point focal", "focal"),
    ("Punto focal", "focal"), ("ضابط الارتباط", "focal"), ("ফোকাল পার্সন", "focal"), ("Camp", "location"),
    ("Location", "location"), ("Localité / Site", "location"), ("المخيم", "location"), ("ক্যাম্প", "location"),
    ("Block", "block"), ("No.", "ignore"), ("#", "ignore"), ("S/N", "ignore"), ("N°", "ignore"),
    ("ক্রমিক নং", "ignore"), ("Sector", "sector"), ("Sous-secteur", "sub_sector"), ("Activité", "activity"),
    ("Implementing partner", "organisation"), ("Lead organisation", "lead_organisation"), ("Structure", "organisation"),
    ("Admin1 (Division)", "adm1"), ("group_services/service_type_other", "types_other"),
    ("org_name_other", "organisation_other"), ("_gps_location_latitude", "latitude"), ("Services offerts", "types"),
])
def test_header_words_people_use(header, field):
    assert columns.header_field(header)[0] == field


@pytest.mark.parametrize(("cell", "ages", "genders"), [
    ("Women and girls", (None, None), ("female",)), ("Adolescent girls", (10, 19), ("female",)),
    ("Children 6-14", (6, 14), ()), ("Boys", (0, 17), ("male",)), ("Femmes et filles", (None, None), ("female",)),
    ("النساء والفتيات", (None, None), ("female",)), ("শিশু", (0, 17), ()), ("Survivors of GBV", (None, None), ()),
    ("Everyone", (None, None), ()),
])
def test_target_groups_give_ages_and_genders_where_they_say_so(cell, ages, genders):
    from importers.target_groups import parse_target

    lo, hi, said = parse_target(cell)
    assert (lo, hi) == ages and said == genders


def test_a_target_group_column_fills_ages_and_genders_and_is_kept_as_written(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Organisation", "Service", "Target group", "Last update"])
    book.active.append(["Org", "Case management", "Adolescent girls", "12/03/2024"])
    book.save(tmp_path / "t.xlsx")
    service = read_file(tmp_path / "t.xlsx").services[0]
    assert (service.minimum_age, service.maximum_age, service.genders) == (10, 19, ["female"])
    assert service.eligibility_description == "Adolescent girls" and str(service.assured_date) == "2024-03-12"


def test_a_4w_who_column_names_the_organisation_where_the_partner_column_is_empty(tmp_path):
    """A 4W sheet with "Organisation (Who)" and an "Implementing partner" column filled on some rows only:
    every row is imported, under the partner where one is named and under the "Who" organisation otherwise."""
    from directory.store import Project
    from importers.pipeline import import_file
    from tests.helpers import small_project

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "4W Q3"
    sheet.append(["#", "Organisation (Who)", "Org type", "Implementing partner", "Sector", "Activity (What)", "County"])
    sheet.append([1, "Nile Hope Child Welfare (NHCW)", "NNGO", None, "Protection", "Case management for UASC", "Juba"])
    sheet.append([2, "Plan International", "INGO", "Hope Restoration SS", "Protection", "Family tracing (FTR)", "Yei"])
    sheet.append([3, "Nile Hope Child Welfare (NHCW)", "NNGO", "", "GBV", "Safe house for survivors", "Juba"])
    book.save(tmp_path / "4w.xlsx")
    mapping = {m.header: m.field for m in columns.map_columns(
        ["#", "Organisation (Who)", "Org type", "Implementing partner", "Sector"])}
    assert mapping["Implementing partner"] == "organisation" and mapping["Organisation (Who)"] == "lead_organisation"
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    with Project.open(tmp_path / "p.gpkg") as project:
        result = import_file(project, tmp_path / "4w.xlsx")
        assert [r.status for r in result.rows] == ["imported"] * 3, [r.messages for r in result.rows]
        names = {o.id: o.name for o in project.organisations()}
        by_row = {r.row: r.service_id for r in result.rows}
        services = {s.id: s for s in project.services()}
    assert names[services[by_row[2]].organisation_id] == "Nile Hope Child Welfare (NHCW)"
    assert names[services[by_row[3]].organisation_id] == "Hope Restoration SS"
    assert services[by_row[4]].confidential
