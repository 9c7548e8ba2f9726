"""What a fourth blind tryout found (lists written by someone who had not seen the code, held out of
the repository): a Portuguese list from Cabo Delgado, Spanish KoBo choice names that leave out "de",
remarks that say a service is suspended, and points written inside remarks or a location with an
Arabic comma. The lists here are written with openpyxl in the tests, in the same shapes."""

from __future__ import annotations

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers.coordinates import point_in
from importers.pipeline import read_file
from importers.point_fixes import PointFixes
from importers.service_types import TypeFinder


@pytest.fixture(scope="module")
def finder() -> TypeFinder:
    return TypeFinder(default_taxonomy())


@pytest.mark.parametrize("type_column, codes", [
    ("gestion_casos apoyo_psicosocial", {"case_management", "mhpss"}),
    ("asesoria_juridica gestion_casos", {"legal_aid", "case_management"}),
    ("gestion_casos cuidado_alternativo", {"case_management", "alternative_care"}),
    ("medios_vida", {"livelihoods"}), ("restablecimiento_contacto", {"family_tracing"}),
    ("gestao_casos", {"case_management"}), ("moyens_subsistance", {"livelihoods"}),
])
def test_kobo_choice_names_that_leave_out_de(finder, type_column, codes):
    assert set(finder.find(type_column=type_column).codes) == codes


@pytest.mark.parametrize("type_column, codes", [
    ("Gabinete de atendimento", {"police"}), ("GC / PSS / BRF", {"case_management", "mhpss", "family_tracing"}),
    ("ESMR", {"community_based_protection"}), ("Meios de subsistência", {"livelihoods"}),
    ("EAC; GC", {"child_friendly_space", "case_management"}), ("Cuidados alternativos / BRF",
                                                               {"alternative_care", "family_tracing"}),
])
def test_portuguese_words_of_mozambique(finder, type_column, codes):
    assert set(finder.find(type_column=type_column).codes) == codes


def test_portuguese_names_and_bare_sectors(finder):
    assert set(finder.find(name="Espaço Seguro para Mulheres e Raparigas").codes) == {"community_based_protection"}
    for bare in ("Protecção", "VBG"):
        found = finder.find(type_column=bare, name="Atendimento VBG")
        assert found.codes == ("case_management",) and "case_management" in found.to_review, bare


def test_a_service_others_refer_to_is_not_that_service(finder):
    """"Only for cases referred by case management" (Portuguese), "referral through case management
    providers only" (Arabic): the remarks name a service the row is not."""
    livelihoods = finder.find(type_column="Meios de subsistência",
                              description="Só para casos referidos pela gestão de casos")
    assert livelihoods.codes == ("livelihoods",)
    shelter = finder.find(type_column="إيواء آمن",
                          description="الإحالة عن طريق مقدمي خدمات إدارة الحالات فقط")
    assert shelter.codes == ("safe_shelter",)
    committee = finder.find(type_column="Referência", name="Comité Comunitário de Protecção da Criança (CCPC)",
                            description="Identificação de crianças em risco e referência para o SDSMAS")
    assert committee.codes == ("community_based_protection",)


def test_an_unmarked_pair_of_precise_decimals_is_a_point_but_thousands_are_not():
    assert point_in("معسكر أم راكوبة (14.1721، 35.3340)") == pytest.approx((14.1721, 35.334))
    assert point_in("Behind the mosque 21.2065,92.1574") == pytest.approx((21.2065, 92.1574))
    assert point_in("Cupo 1.500, 2.000 personas") is None  # thousands, as Spanish and Portuguese write them
    assert point_in("Camp 5 block 12, road 4") is None and point_in("v1.2.3, 4.5.6") is None


def test_a_point_the_list_places_in_its_usual_country_is_not_moved_to_a_namesake():
    """A Mozambican list imported into a project of another country: "Palma" is also a town of
    Spain and Brazil, and with the longitude's sign flipped the point would fall in Brazil. The rows
    before named Mozambican towns, so the point is kept as written."""
    fixes = PointFixes("BD")
    for town in ("Pemba", "Mueda", "Macomia"):
        assert fixes.settle(-12.97, 40.52, (town,))[2] == ""
    assert fixes.settle(-10.7762, 40.477, ("Cabo Delgado", "Palma")) == (-10.7762, 40.477, "")
    alone = PointFixes("BD")  # without those rows, the namesake's country is all there is to go by
    assert alone.settle(-10.7762, 40.477, ("Palma",))[:2] == (-10.7762, -40.477)


def _list(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mapeamento"
    ws.append(["Organização", "Serviço", "Tipo de serviço", "Distrito", "Localidade", "Contacto", "Observações"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_remarks_that_open_with_a_status_say_the_service_is_not_offered_today(tmp_path):
    path = _list(tmp_path / "mapeamento.xlsx", [
        ["IMC", "Gestão de casos VBG", "VBG", "Macomia", "Macomia Sede", "84 118 2093",
         "SUSPENSO – equipa retirada por insegurança (Maio 2024). Novos casos referir para Pemba."],
        ["IRC", "إدارة الحالات والدعم النفسي الاجتماعي", "GBV", "Mueda", "Mueda Sede", "",
         "متوقفة – غير نشطة منذ يونيو 2023 (نقص التمويل)"],
        ["Save the Children", "Espaço amigo da criança", "EAC", "Ancuabe", "Metoro", "", "Closed on Fridays"],
        ["Cáritas", "Apoio económico", "Meios de subsistência", "Ancuabe", "Ancuabe Sede", "",
         "Coordenadas GPS: -12.9412, 39.8512"],
    ])
    result = read_file(path, region="MZ")
    by_row = {o.row: o for o in result.rows}
    status = {s.provenance[0].row: s.status for s in result.services}
    assert status == {2: "temporarily closed", 3: "temporarily closed", 4: "active", 5: "active"}
    assert any("its remarks start with 'suspenso'" in m and "pathways leave it out" in m for m in by_row[2].messages)
    # the remarks of row 5 hold its point
    site = {s.id: s for s in result.sites}[dict(result.links)[by_row[5].service_id]]
    assert (site.latitude, site.longitude) == pytest.approx((-12.9412, 39.8512))
    assert "coordinates read from its remarks" in by_row[5].messages
