"""Lists the importer has never seen: a header no word names, the services in free text, points
with decimal commas or slipped signs, and the common words of each language for the types.

Each test writes a real workbook with openpyxl and imports it as a user would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers.column_content import read_by_content
from importers.columns import header_field, map_columns
from importers.pipeline import read_file
from importers.point_fixes import PointFixes
from importers.service_types import TypeFinder


@pytest.fixture(scope="module")
def finder() -> TypeFinder:
    return TypeFinder(default_taxonomy())


def _workbook(path: Path, header: list, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Servicios"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


ROWS = [["Fundación Niñez", "Gestión de casos y apoyo psicosocial para niñas y niños en riesgo", "Cúcuta", "310 0000001"],
        ["Casa de la Mujer", "Casa de acogida para mujeres y sus hijos (dirección reservada)", "Cúcuta", "310 0000002"],
        ["Defensoría", "Orientación jurídica gratuita y acompañamiento en denuncias", "Villa del Rosario", "310 0000003"],
        ["Colegio Frontera", "", "Los Patios", "310 0000004"]]


def test_a_table_whose_service_header_no_word_names_loses_no_service(tmp_path):
    result = read_file(_workbook(tmp_path / "l.xlsx", ["Organización", "Lo que hacemos", "Municipio", "Teléfono"], ROWS))
    mapping = {m.header: (m.field, m.how) for m in result.tables[0].mapping}
    assert mapping["Lo que hacemos"] == ("types", "content")
    assert [r.status for r in result.rows] == ["imported", "imported", "imported", "rejected"]  # the last says nothing
    shelter = result.services[1]
    assert shelter.service_types == ["safe_shelter"] and shelter.confidential
    assert result.services[0].service_types == ["case_management", "mhpss"]
    assert any("'Lo que hacemos'" in n and "Service type(s)" in n for n in result.notes)


def test_with_no_column_saying_what_every_row_is_still_imported_under_its_organisation(tmp_path):
    """The text that says what the service is sits in columns of short codes and numbers beside a
    column of remarks: the rows are named from their first text and typed from all of it."""
    rows = [["Fundación Niñez", "Cúcuta", "A-1", "PAP y gestión de casos"],
            ["Casa de la Mujer", "Cúcuta", "A-2", "Refugio temporal, ubicación reservada"],
            ["Tribunal pour enfants de Goma", "Goma", "", ""], ["Fundación Sol", "Cúcuta", "B-7", ""]]
    result = read_file(_workbook(tmp_path / "l.xlsx", ["Organización", "Municipio", "Código", "Notas"], rows))
    assert [r.status for r in result.rows] == ["imported", "imported", "imported", "rejected"]
    assert (result.services[2].name, result.services[2].service_types) == ("Tribunal pour enfants de Goma", ["justice"])
    assert "nothing in row 5 says what the service is" in result.rows[3].messages[0]
    assert result.services[0].name == "PAP y gestión de casos"
    assert result.services[0].service_types == ["mhpss", "case_management"]
    assert result.services[1].confidential and result.services[1].service_types == ["safe_shelter"]
    assert sum("no column says what each service is" in n for n in result.notes) == 1


@pytest.mark.parametrize(("header", "field"), [
    ("Servicios que ofrece", "types"), ("Servicios que ofrece la organización", "types"),
    ("¿Qué servicios brinda?", "types"), ("Services fournis", "types"), ("Quels services ?", "types"),
    ("What services are available here?", "types"), ("Services provided", "types"), ("الخدمات المتوفرة", "types"),
    ("ما هي الخدمات المقدمة", "types"), ("প্রদত্ত সেবাসমূহ", "types"), ("কী কী সেবা দেওয়া হয়", "types"),
    ("Organización que presta el servicio", "organisation"), ("Nombre de la organización", "organisation"),
    ("Punto GPS", "coordinates"), ("GPS lat/long", "coordinates"), ("Georreferenciación", "coordinates"),
    ("موقع GPS", "coordinates"), ("Service hours", "hours"), ("Service provider", "organisation"),
    ("Type of organisation", "extra"), ("Tipo de organización", "extra"),  # NGO, UN agency: not the organisation
])
def test_header_words_for_the_services_offered_and_the_point_in_six_languages(header, field):
    assert header_field(header)[0] == field


def test_a_column_of_points_under_an_unknown_header_is_read_as_coordinates(finder):
    rows = [["Org", "Gestión de casos", "7,0847; -70,7591"], ["Org", "Apoyo psicosocial", "7,0861; -70,7560"],
            ["Org", "Línea de ayuda", ""]]
    mapping = read_by_content(map_columns(["Organización", "Servicio", "Ubicación exacta (ver mapa)"]), rows, 0, finder)
    assert [(m.field, m.how) for m in mapping][2] == ("coordinates", "content")
    phones = [["Org", "Gestión de casos", "0341 62345"], ["Org", "Apoyo psicosocial", "0797 123 456"]]
    mapping = read_by_content(map_columns(["Organización", "Servicio", "Contacto del punto"]), phones, 0, finder)
    assert mapping[2].field == "extra"  # phone numbers are not points


@pytest.mark.parametrize(("text", "sector", "codes"), [
    ("GBV CM, PFA; IPV and CEFM survivors", "GBV", ["case_management", "mhpss"]),
    ("WGSS with PSS groups and skill building (tailoring)", "GBV",
     ["community_based_protection", "mhpss", "livelihoods"]),
    ("CFS and youth clubs", "Child Protection", ["child_friendly_space", "community_based_protection"]),
    ("CP-04 CFS + adolescent clubs", "Child Protection", ["child_friendly_space", "community_based_protection"]),
    ("GBV-01 Case management", "GBV", ["case_management"]),
    ("Legal counselling and civil documentation", "Protection", ["legal_aid", "birth_registration"]),
    ("المساعدة في استخراج الوثائق الثبوتية", "الحماية", ["birth_registration"]),
    ("محكمة تنظر في قضايا الأحداث", "حماية الطفل", ["justice"]),
    ("صفوف تعليمية مؤقتة وتعليم غير رسمي", "التعليم", ["education"]),  # و joined to the word: "and education"
    ("Clases de nivelación y aulas temporales", "Educación", ["education"]),  # Spanish plural -es
    ("Clínicas legales móviles", "Protección", ["legal_aid"]),
    ("Hogares sustitutos para niños separados", "Protección de la niñez", ["alternative_care"]),
    ("Consulta de psicología", "Salud", ["mhpss"]),
    ("نوادي لليافعين", "حماية الطفل", ["community_based_protection"]),
])
def test_secondary_types_and_the_common_words_of_each_language(finder, text, sector, codes):
    assert list(finder.find(sector=sector, name=text).codes) == codes


@pytest.mark.parametrize(("text", "sector"), [
    ("CP services", ""), ("CP services", "Child Protection"), ("GBV services", "GBV"),
    ("Protection services", "Protection"), ("Servicios de protección", ""), ("خدمات حماية الطفل", "حماية الطفل"),
])
def test_a_text_that_only_names_a_sector_is_case_management_for_review(finder, text, sector):
    found = finder.find(sector=sector, name=text)
    assert found.codes == ("case_management",) and found.to_review == ("case_management",)


def test_a_shelter_reached_through_case_management_is_not_case_management(finder):
    found = finder.find(sector="العنف القائم على النوع الاجتماعي", name="دار إيواء للنساء الناجيات (الموقع سري)",
                        description="الإحالة عبر إدارة الحالة فقط")
    assert found.codes == ("safe_shelter",)
    assert finder.find(sector="GBV", name="Safe shelter for survivors",
                       description="Access only through case management referral").codes == ("safe_shelter",)


def test_points_slipped_by_their_writer_are_put_where_the_country_and_places_say():
    in_bangladesh = PointFixes("BD")
    # a Colombian list in a project of another country: the row's places say where it is
    assert in_bangladesh.settle(7.8912, 72.5031, ("Norte de Santander", "Cúcuta"))[:2] == (7.8912, -72.5031)
    assert in_bangladesh.settle(72.4967, 7.8899, ("Cúcuta",))[:2] == (7.8899, -72.4967)
    lat, lon, note = in_bangladesh.settle(36.321, 32.292, ("المفرق",))
    assert (lat, lon) == (32.292, 36.321) and "swapped" in note
    # the project's country alone tells which is which
    assert PointFixes("JO").settle(36.321, 32.292)[:2] == (32.292, 36.321)
    # a point where it should be, or with nothing to go by, is kept as written
    assert in_bangladesh.settle(21.4272, 92.0058, ("Cox's Bazar",)) == (21.4272, 92.0058, "")
    assert PointFixes(None).settle(7.8912, 72.5031) == (7.8912, 72.5031, "")
    assert in_bangladesh.settle(28.61, 77.21) == (28.61, 77.21, "")  # Delhi: no slip lands in Bangladesh


def test_a_slipped_point_is_noted_on_its_row(tmp_path):
    rows = [["Fundación Niñez", "Gestión de casos", "Cúcuta", "7,8912", "72,5031"],
            ["Fundación Niñez", "Apoyo psicosocial", "Cúcuta", "7,8336", "-72,4742"]]
    result = read_file(_workbook(tmp_path / "l.xlsx", ["Organización", "Servicio", "Municipio", "Latitud", "Longitud"],
                                 rows), region="BD")
    assert [(s.latitude, s.longitude) for s in result.sites] == [(7.8912, -72.5031), (7.8336, -72.4742)]
    assert any("minus sign" in m for m in result.rows[0].messages)
    assert not any("minus sign" in m for m in result.rows[1].messages)


def test_types_read_from_unnamed_columns_survive_a_retype(tmp_path):
    import resources
    from directory.store import Project
    from importers.pipeline import import_file
    from importers.project_setup import init_project
    from importers.retype import retype

    rows = [["Fundación Niñez", "Cúcuta", "3100000001", "7", "Remisiones", "PAP y gestión de casos"]]
    path = _workbook(tmp_path / "l.xlsx", ["Organización", "Municipio", "Teléfono", "Código", "Vía", "Qué hace"], rows)
    project, _ = init_project(tmp_path / "p.gpkg", [resources.path("demo/bgd_adm1.geojson")], country="BGD")
    with project:
        import_file(project, path)
        assert project.services()[0].service_types == ["mhpss", "case_management"]
        assert retype(project).changed == []


def test_a_matrix_of_services_marked_with_x_gives_each_row_the_types_it_marks(tmp_path):
    header = ["Organisation", "District", "Phone", "Case management", "PSS", "Legal aid", "Safe shelter"]
    rows = [["Hope Foundation", "Ukhia", "01711000001", "x", "x", "", ""],
            ["Women's Refuge Trust", "Ramu", "01711000002", "", "", "", "✓"],
            ["Mukti Legal Aid", "Teknaf", "01711000003", "no", "no", "yes", "no"]]
    result = read_file(_workbook(tmp_path / "m.xlsx", header, rows))
    assert [r.status for r in result.rows] == ["imported"] * 3
    assert [s.service_types for s in result.services] == [["case_management", "mhpss"], ["safe_shelter"],
                                                          ["legal_aid"]]
    assert result.services[1].confidential


def test_one_sheet_per_service_type_types_its_rows_from_the_sheet_name(tmp_path):
    book = openpyxl.Workbook()
    for title, rows in (("Gestión de casos", [["Fundación Niñez", "Cúcuta", "3100000001"]]),
                        ("Refugios", [["Casa de la Mujer", "Cúcuta", "3100000002"]])):
        sheet = book.create_sheet(title)
        sheet.append(["Organización", "Municipio", "Teléfono", "Dirección"])
        for row in rows:
            sheet.append(row)
    del book["Sheet"]
    book.save(tmp_path / "s.xlsx")
    result = read_file(tmp_path / "s.xlsx")
    assert [(s.name, s.service_types, s.confidential) for s in result.services] == [
        ("Gestión de casos", ["case_management"], False), ("Refugios", ["safe_shelter"], True)]


@pytest.mark.parametrize(("text", "confidential"), [
    ("Atención a mujeres víctimas - lugar reservado", True), ("Hogar de protección - ubicación protegida", True),
    ("Case management; location not shared publicly", True), ("Maison d'accueil - adresse confidentielle", True),
    ("دار حماية للفتيات - العنوان محجوب", True), ("مركز إيواء مؤقت للنساء المعنفات", True),
    ("Confidential counselling for survivors", False), ("Cyclone shelter", False),
])
def test_words_that_keep_a_location_secret_in_the_lists_languages(tmp_path, text, confidential):
    result = read_file(_workbook(tmp_path / "c.xlsx", ["Organisation", "Service", "District", "Phone"],
                                 [["Org", text, "Ukhia", "01711000001"]]))
    assert result.services[0].confidential is confidential


def test_a_service_category_column_of_sectors_gives_way_to_the_services_offered(tmp_path):
    header = ["Service category", "Agency", "Services offered", "Settlement", "Tel"]
    rows = [["GBV", "Women Hope", "GBV CM, PSS & dignity kits", "Bidibidi", "0772000002"],
            ["Child Protection", "Save Children", "Family tracing & reunification", "Bidibidi", "0772000001"],
            ["Health", "Yumbe HC IV", "Clinical management of rape, PEP", "Yumbe", "0772000003"]]
    result = read_file(_workbook(tmp_path / "d.xlsx", header, rows))
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert (fields["Service category"], fields["Services offered"]) == ("sector", "types")
    assert [s.service_types for s in result.services] == [["case_management", "mhpss"], ["family_tracing"], ["health"]]
    assert [s.sector for s in result.services] == ["GBV", "Child Protection", "Health"]


def test_the_note_on_a_slipped_point_of_a_safe_house_does_not_leave_in_the_report(tmp_path):
    from importers.report import shareable

    rows = [["Casa de la Mujer", "Casa refugio para mujeres", "Cúcuta", "7,8912", "72,5031"]]
    result = read_file(_workbook(tmp_path / "l.xlsx", ["Organización", "Servicio", "Municipio", "Latitud", "Longitud"],
                                 rows), region="BD")
    assert result.services[0].confidential and any("minus sign" in m for m in result.rows[0].messages)
    said = " ".join(shareable(result)["rows"][0]["messages"])
    assert "minus sign" in said and "7.8912" not in said and "72.5031" not in said
