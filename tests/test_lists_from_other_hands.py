"""What lists written by other hands got wrong, class by class: rows with an empty service name,
KoBo choice codes and choice columns, remarks that stop or add a service, "PEC" and sector-only
text, referrals, open shelters for migrants against confidential ones, and the field words of each
language. The labelled lists are in ``data/real_lists/own`` (``make_other_hands.py``); the small
workbooks here are written with openpyxl and imported as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder

OWN = Path(__file__).parent / "data" / "real_lists" / "own"


@pytest.fixture(scope="module")
def finder() -> TypeFinder:
    return TypeFinder(default_taxonomy())


def _workbook(path: Path, header: list, rows: list[list], title: str = "Services") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _labelled(name: str):
    """(label, row outcome, service) for every labelled row of one of the lists in ``own``."""
    labels = json.loads((OWN / f"{name}.labels.json").read_text(encoding="utf-8"))
    result = read_file(OWN / labels["file"])
    outcome = {(r.sheet, r.row): r for r in result.rows}
    services = {s.id: s for s in result.services}
    out = []
    for label in labels["rows"]:
        row = outcome[(label["sheet"], label["row"])]
        out.append((label, row, services.get(row.service_id)))
    return result, out


# --- 1. a row with no service name -----------------------------------------------------------------

def test_a_row_with_no_service_name_is_named_from_what_it_says_and_only_a_row_saying_nothing_is_rejected(tmp_path):
    header = ["Organisation", "Service name", "Service type", "Remarks", "District", "Phone"]
    rows = [["Hope Foundation", "", "Interim care", "", "Ukhia", "01711000001"],
            ["Women's Refuge", "", "", "Safe house for survivors (location confidential)", "Ramu", "01711000002"],
            ["Mukti", "", "", "", "Teknaf", "01711000003"],
            ["Note: addresses of safe houses are given on request", "", "", "", "", ""]]
    result = read_file(_workbook(tmp_path / "n.xlsx", header, rows))
    assert [r.status for r in result.rows] == ["imported", "imported", "rejected", "not-a-service"]
    care, refuge = result.services
    assert (care.name, care.service_types) == ("Alternative care – Hope Foundation", ["alternative_care"])
    assert any("no service name in row 2" in m and "Alternative care – Hope Foundation" in m
               for m in result.rows[0].messages)
    # the worst case: a safe house lost for want of a name. It is imported, and confidential.
    assert refuge.service_types == ["safe_shelter"] and refuge.confidential
    assert refuge.name == "Safe shelter – Women's Refuge"
    assert "no service name" in result.rows[2].messages[0] or "nothing" in result.rows[2].messages[0]


def test_a_row_named_from_its_types_is_named_in_the_script_of_its_list(tmp_path):
    header = ["المنظمة", "الخدمة", "نوع الخدمة", "المحافظة"]
    result = read_file(_workbook(tmp_path / "a.xlsx", header, [["مركز الأمل", "", "الدعم النفسي", "إربد"]]))
    assert result.services[0].name == "الصحة النفسية والدعم النفسي الاجتماعي – مركز الأمل"


def test_kobo_rows_without_names_are_named_from_their_choices_and_keep_confidential_ones():
    result, rows = _labelled("en_kobo_choice_codes")
    by_uuid = {s.extra.get("source_id"): s for s in result.services}
    assert by_uuid["a1"].name == "Alternative care – Save Children"
    assert by_uuid["a1"].service_types == ["alternative_care"]
    assert by_uuid["a2"].service_types == ["safe_shelter", "case_management"] and by_uuid["a2"].confidential
    assert by_uuid["a9"].service_types == ["case_management"]  # "sgbv" alone: the sector, so case management …
    assert by_uuid["a9"].type_sources["case_management"]["confidence"] < 0.7  # … shown for review
    assert all(row.status == "imported" for _, row, _ in rows)
    assert by_uuid["a6"].name == "BCCI Bolori centre"  # a name the row gives is kept
    assert by_uuid["a8"].name == "Family tracing and reunification, Education – bcci"  # choices are no name


# --- 2. KoBo choice codes and choice columns ---------------------------------------------------------

@pytest.mark.parametrize(("choices", "codes"), [
    ("med", ["health"]), ("altcare", ["alternative_care"]), ("lhood", ["livelihoods"]),
    ("docs", ["birth_registration"]), ("hotline", ["helpline"]), ("ftr", ["family_tracing"]), ("pss", ["mhpss"]),
    ("cm", ["case_management"]), ("edu", ["education"]), ("legal", ["legal_aid"]), ("shelter", ["safe_shelter"]),
    ("cm pss legal_aid", ["case_management", "mhpss", "legal_aid"]),
    ("civil_docs alt_care psy_support med_care", ["birth_registration", "alternative_care", "mhpss", "health"]), ("med altcare lhood docs",
                                                                      ["health", "alternative_care", "livelihoods",
                                                                       "birth_registration"]),
])
def test_kobo_choice_codes_in_the_type_column(finder, choices, codes):
    assert list(finder.find(type_column=choices).codes) == codes


def test_a_text_that_only_looks_like_a_choice_list_is_read_as_words(finder):
    assert finder.find(name="psychotropic meds for patients").codes == ()  # "meds" is a choice only in a list
    assert finder.find(type_column="case management").codes == ("case_management",)


def test_a_choice_column_named_hotline_is_not_the_phone_column():
    assert header_field("group_services/service_type/hotline")[0] == "extra"
    assert header_field("service_type/med")[0] == "extra"
    assert header_field("Services/Activités")[0] == "activity"  # a header of its own, not a choice
    result, _ = _labelled("en_kobo_choice_codes")
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["group_contact/phone"] == "phone" and fields["group_services/service_type/hotline"] == "extra"
    helpline = next(s for s in result.services if s.extra.get("source_id") == "a3")
    assert [p.number for c in helpline.contacts for p in c.phones] == ["08030000003"]


def test_a_matrix_column_headed_hotline_marks_the_type_and_leaves_the_phone_to_the_contact_column(tmp_path):
    header = ["Organisation", "District", "Hotline", "Case management", "Safe shelter", "Contact no."]
    rows = [["Child Line", "Ukhia", "x", "", "", "01711000001"],
            ["Hope Foundation", "Ukhia", "", "x", "", "01711000002"],
            ["Women's Refuge", "Ramu", "", "", "x", "01711000003"]]
    result = read_file(_workbook(tmp_path / "m.xlsx", header, rows))
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["Contact no."] == "phone" and fields["Hotline"] == "extra"
    assert [s.service_types for s in result.services] == [["helpline"], ["case_management"], ["safe_shelter"]]
    assert [p.number for p in result.services[0].contacts[0].phones] == ["01711000001"]
    assert result.services[2].confidential


def test_kobo_choice_columns_alone_give_the_types(tmp_path):
    header = ["org_name", "lga", "group_services/service_type/med", "group_services/service_type/altcare",
              "group_services/service_type/hotline", "group_contact/phone"]
    rows = [["al_amin_health", "jere", 1, 0, 0, "08030000001"], ["bcci", "mmc", 0, 1, 1, "08030000002"],
            ["save_children_ng", "jere", 1, 0, 0, "08030000003"]]
    result = read_file(_workbook(tmp_path / "k.xlsx", header, rows))
    assert [s.service_types for s in result.services] == [["health"], ["alternative_care", "helpline"], ["health"]]
    # the organisations are choice names: read as words, and said once for the sheet (tryout 2, finding 11)
    assert [o.name for o in result.organisations] == ["Al Amin Health", "bcci", "Save Children Ng"]
    said = [n for n in result.notes if "KoBo choice names" in n]
    assert said == ["sheet 'Services': organisations are written as KoBo choice names ('al_amin_health' was read "
                    "as 'Al Amin Health'). For the names as the form shows them, export the data again with labels "
                    "(KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services "
                    "panel."]
    assert [p.number for s in result.services for c in s.contacts for p in c.phones] == [
        "08030000001", "08030000002", "08030000003"]


def test_kobo_choice_columns_give_the_types_beside_a_service_name_column(tmp_path):
    """An export with the name of each service and its types only as 0/1 columns (the column listing the
    chosen types left out): the marks type it, the name adds what it says (tryout 2, finding 1)."""
    header = ["group_org/org_name", "group_services/service_name", "group_services/service_type/legal_aid",
              "group_services/service_type/case_management", "group_services/service_type/safe_house",
              "group_contact/phone"]
    rows = [["Legal Aid BD", "Legal counselling", 1, 0, 0, "01711000001"],
            ["Women's Network", "Women's house", 0, 1, 1, "01711000002"],
            ["Hope Foundation", "Outreach team", 0, 1, 0, "01711000003"]]
    result = read_file(_workbook(tmp_path / "k.xlsx", header, rows))
    assert [s.name for s in result.services] == ["Legal counselling", "Women's house", "Outreach team"]
    assert [sorted(s.service_types) for s in result.services] == [
        ["legal_aid"], ["case_management", "safe_shelter"], ["case_management"]]
    assert [s.confidential for s in result.services] == [False, True, False]


def test_4w_activity_statuses_are_read_and_kobo_submission_columns_left_out(tmp_path):
    """A 4W sheet's "Ongoing" is active and its "Completed" or "Planned" is no service to refer people to
    today, with a note; KoBo's "_status" ("submitted_via_web") says nothing of the service (tryout 2, 6)."""
    header = ["Organisation", "Service", "Status", "_status", "_submission_time", "_uuid"]
    rows = [["Hope Foundation", "Case management", "Ongoing", "submitted_via_web", "2026-11-02T03:41:11", "u1"],
            ["Hope Foundation", "Legal aid", "Completed", "submitted_via_web", "2026-11-02T03:42:11", "u2"],
            ["Hope Foundation", "Psychosocial support", "planned", "submitted_via_web", "2026-11-02T03:43:11", "u3"],
            ["Hope Foundation", "Safe shelter", "Suspendu", "submitted_via_web", "2026-11-02T03:44:11", "u4"],
            ["Hope Foundation", "Helpline", "Inactive", "submitted_via_web", "2026-11-02T03:45:11", "u5"]]
    result = read_file(_workbook(tmp_path / "4w.xlsx", header, rows))
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["Status"] == "status" and fields["_status"] == fields["_submission_time"] == "ignore"
    assert [s.status for s in result.services] == ["active", "inactive", "inactive", "temporarily closed", "inactive"]
    said = [[m for m in r.messages if "status" in m] for r in result.rows]
    assert said[0] == [] and said[4] == []  # understood as written: nothing to say
    assert said[1] == ["status 'completed': recorded as inactive, so pathways leave it out; if it is offered today, "
                       "set its status to active"]
    assert "recorded as temporarily closed" in said[3][0]


# --- 3. remarks that stop or add a service -----------------------------------------------------------

@pytest.mark.parametrize(("texts", "codes", "stopped"), [
    ({"type_column": "cm pss", "description": "PSS suspended since March"}, ["case_management"], ["mhpss"]),
    ({"name": "Case management; legal aid", "description": "no longer offering legal aid"}, ["case_management"],
     ["legal_aid"]),
    ({"name": "CM only (no shelter)"}, ["case_management"], ["safe_shelter"]),
    ({"name": "Legal aid (suspended)", "description": "PSS groups twice a week"}, ["mhpss"], ["legal_aid"]),
    ({"name": "PSS activities have been suspended; CM continues"}, ["case_management"], ["mhpss"]),
    ({"name": "CM & PSS suspended", "description": "Only legal aid now"}, ["legal_aid"],
     ["case_management", "mhpss"]),
    ({"name": "Gestion de cas (pas d'hébergement)"}, ["case_management"], ["safe_shelter"]),
    # a remark that names no service says the service itself is suspended: its type stays what it is
    ({"name": "Assistance juridique", "description": "suspendue depuis janvier"}, ["legal_aid"], []),
    ({"name": "Gestión de casos (sin albergue)"}, ["case_management"], ["safe_shelter"]),
    ({"name": "No se ofrece albergue; solo orientación psicosocial"}, ["mhpss"], ["safe_shelter"]),
    ({"name": "Asesoría jurídica", "description": "Ya no ofrece asesoría jurídica; solo apoyo psicosocial"},
     ["mhpss"], ["legal_aid"]),
    ({"name": "الدعم النفسي متوقف حاليا، إدارة الحالة مستمرة"}, ["case_management"], ["mhpss"]),
    ({"name": "আইনি সহায়তা বন্ধ, কেস ম্যানেজমেন্ট চলমান"}, ["case_management"], ["legal_aid"]),
])
def test_remarks_that_stop_a_service_remove_its_type_and_those_that_add_one_add_it(finder, texts, codes, stopped):
    found = finder.find(**texts)
    assert sorted(found.codes) == sorted(codes)
    assert sorted(found.stopped) == sorted(stopped)


@pytest.mark.parametrize(("text", "codes"), [
    ("No cost for case management", ["case_management"]),  # "no" does not reach over another word
    ("Camp No 5 PSS centre", ["mhpss"]),  # "No 5" is a number
    ("Children without birth certificates: birth registration support", ["birth_registration"]),
    ("PEP not available on weekends, CMR 24h", ["health"]),
])
def test_words_that_look_like_a_stop_but_are_not(finder, text, codes):
    assert sorted(finder.find(name=text).codes) == codes


def test_a_stopped_service_is_said_in_the_row_report_and_a_shelter_never_offered_is_no_secret(tmp_path):
    header = ["Organisation", "Service type", "Remarks", "District", "Phone"]
    rows = [["Hope Foundation", "Case management, PSS", "PSS suspended since March", "Ukhia", "01711000001"],
            ["Nari Shakti", "CM only (no shelter)", "", "Ramu", "01711000002"],
            ["Women's Refuge", "Case management", "Safe shelter suspended since May (renovation)", "Ramu",
             "01711000003"]]
    result = read_file(_workbook(tmp_path / "s.xlsx", header, rows))
    assert [s.service_types for s in result.services] == [["case_management"]] * 3
    assert any("'mhpss' left out" in m for m in result.rows[0].messages)
    assert not result.services[1].confidential  # it never was a shelter
    assert result.services[2].confidential  # a shelter that has stopped: its place is still a shelter's


# --- 4. PEC and sector-only text --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("PEC médicale des survivantes", ["health"]), ("PEC psychosociale", ["mhpss"]),
    ("PEC juridique et judiciaire", ["legal_aid"]),
])
def test_prise_en_charge_names_its_service(finder, text, codes):
    assert list(finder.find(name=text).codes) == codes


@pytest.mark.parametrize("text", ["PEC VBG", "GBV", "VBG", "SGBV", "CP", "PE",
                                  "Prise en charge holistique des survivantes de VBG", "UASC", "العنف القائم على النوع الاجتماعي",
                                  "জেন্ডার ভিত্তিক সহিংসতা"])
def test_sector_only_text_is_case_management_for_review(finder, text):
    found = finder.find(name=text)
    assert found.codes == ("case_management",) and found.to_review == ("case_management",)


def test_sector_only_text_beside_a_referral_is_still_case_management(finder):
    for texts in ({"type_column": "GBV", "description": "refers survivors to MSF for CMR"},
                  {"name": "VBG", "description": "Orientation vers l'hôpital"}):
        assert finder.find(**texts).codes == ("case_management",)
    assert finder.find(type_column="GBV", name="Dignity kits").codes == ()  # an activity the taxonomy does not know


# --- 5. referrals -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("Case management, refers survivors to MSF for CMR", ["case_management"]),
    ("PSS; referral to health facility", ["mhpss"]),
    ("Case management with referral pathway to health and legal services", ["case_management"]),
    ("Legal aid; escort to police station", ["legal_aid"]),
    ("Appui psychosocial ; orientation vers les structures de santé et la police", ["mhpss"]),
    ("PEC psychosociale ; orientation vers l'hôpital pour la PEC médicale", ["mhpss"]),
    ("Atención psicosocial; remisión a salud y a Medicina Legal", ["mhpss"]),
    ("دعم نفسي، إحالة إلى المستشفى", ["mhpss"]),
    ("إدارة الحالة والإحالة إلى الخدمات الصحية", ["case_management"]),
    ("মনোসামাজিক সহায়তা, হাসপাতালে রেফার", ["mhpss"]),
    ("PSS and referrals (health, legal)", ["mhpss"]), ("Referrals: health, legal aid, shelter", []),
    ("Remisión de casos a salud y a la Fiscalía", []), ("إحالة الحالات إلى المستشفى والشرطة", []),
    ("Link survivors to health services", []), ("Case management and referral", ["case_management"]),
    ("Referrals and case management", ["case_management"]),
])
def test_a_service_the_row_refers_people_to_is_not_its_type(finder, text, codes):
    assert sorted(finder.find(name=text).codes) == codes


# --- 6. open shelters and confidential ones -----------------------------------------------------------

@pytest.mark.parametrize(("organisation", "service", "remarks", "confidential"), [
    ("Pastoral Social", "Albergue de paso para migrantes", "Caminantes, máximo 3 noches", False),
    ("IOM", "Transit centre for returnees", "", False),
    ("OIM", "Centre de transit pour rapatriés", "", False),
    ("المنظمة الدولية للهجرة", "مركز عبور للمهاجرين العائدين", "", False),
    ("Pastoral Social", "Albergue de paso para mujeres migrantes", "", True),  # women: at risk
    ("IOM", "Transit centre for returnees", "Location confidential", True),  # a secret place
    ("IOM", "Safe house for trafficked returnees", "", True),
    ("Casa de la Mujer", "Casa refugio", "", True),
    ("Femmes Solidaires", "Maison d'hébergement (adresse confidentielle)", "", True),
    ("جمعية النساء", "مأوى آمن", "", True),
    ("Hope Foundation", "Shelter for children at risk", "", True),
    ("Aldeas Infantiles", "Hogar de paso para NNA", "", True),
])
def test_a_shelter_for_migrants_is_a_shelter_but_not_confidential_unless_its_row_names_people_at_risk(
        tmp_path, organisation, service, remarks, confidential):
    result = read_file(_workbook(tmp_path / "c.xlsx", ["Organisation", "Service", "Remarks", "District", "Phone"],
                                 [[organisation, service, remarks, "Ukhia", "01711000001"]]))
    found = result.services[0]
    assert found.service_types == ["safe_shelter"]
    assert found.confidential is confidential
    if not confidential:
        assert any("not marked confidential" in m and "mark it confidential" in m for m in result.rows[0].messages)


def test_a_shelter_in_the_gbv_sector_stays_confidential_whatever_it_is_for(tmp_path):
    result = read_file(_workbook(tmp_path / "g.xlsx", ["Organisation", "Sector", "Service", "District"],
                                 [["IOM", "GBV", "Transit centre for returnees", "Ukhia"]]))
    assert result.services[0].confidential


# --- 7. field words in each language --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("Clinical management of rape (CMR) and PEP kits", ["health"]), ("PFA and MHPSS", ["mhpss"]),
    ("IDTR of UASC", ["family_tracing"]), ("BIA/BID", ["case_management"]),
    ("Kinship care and foster care", ["alternative_care"]), ("Interim care centre", ["alternative_care"]),
    ("Safe space for women and girls (WGSS)", ["community_based_protection"]),
    ("One stop crisis centre (OCC)", ["health"]), ("Victim support centre", ["police"]),
    ("Antenatal care (ANC) and safe delivery", ["health"]),
    ("Maison d'écoute", ["mhpss"]), ("CPN et accouchements assistés", ["health"]),
    ("Famille d'accueil transitoire pour ENA", ["alternative_care"]), ("Ligne verte 116", ["helpline"]),
    ("Comisaría de Familia", ["justice"]), ("ICBF - restablecimiento de derechos", ["case_management"]),
    ("Línea 141", ["helpline"]), ("Línea 155 orientación a mujeres", ["helpline"]),
    ("Control prenatal", ["health"]), ("Hogar de paso para NNA", ["safe_shelter"]),
    ("خط المساعدة", ["helpline"]), ("الدعم النفسي", ["mhpss"]), ("إدارة الحالة", ["case_management"]),
    ("المساعدة القانونية", ["legal_aid"]), ("الإدارة السريرية لحالات الاغتصاب", ["health"]),
    ("الإسعافات النفسية الأولية", ["mhpss"]), ("رعاية الحوامل", ["health"]),
    ("মনোসামাজিক সহায়তা", ["mhpss"]), ("কেস ম্যানেজমেন্ট", ["case_management"]), ("আইনি সহায়তা", ["legal_aid"]),
    ("হেল্পলাইন", ["helpline"]), ("মনস্তাত্ত্বিক প্রাথমিক চিকিৎসা", ["mhpss"]),
    ("ধর্ষণের ক্লিনিক্যাল ব্যবস্থাপনা", ["health"]), ("গর্ভকালীন সেবা", ["health"]),
    ("নারী ও কিশোরী বান্ধব স্থান", ["community_based_protection"]),
    ("Gestão de casos e apoio psicossocial", ["case_management", "mhpss"]), ("Linha Fala Criança 116", ["helpline"]),
    ("Medicina Legal", ["health"]), ("Family planning", ["health"]), ("Planning familial", ["health"]),
    ("تنظيم الأسرة", ["health"]), ("পরিবার পরিকল্পনা সেবা", ["health"]), ("Ligne 119 pour enfants", ["helpline"]),
])
def test_field_words_of_each_language(finder, text, codes):
    assert sorted(finder.find(name=text).codes) == sorted(codes)


@pytest.mark.parametrize(("header", "field"), [
    ("Nome da organização", "organisation"), ("Posto administrativo", "adm3"), ("Bairro", "adm4"),
    ("Faixa etária", "ages"), ("Pessoa de contacto", "focal"), ("Número de telefone", "phone"),
    ("Descrição do serviço", "description"), ("Data da última actualização", "verified"),
    ("Critérios de elegibilidade", "intake"), ("Horário de funcionamento", "hours"),
])
def test_portuguese_headers(header, field):
    assert header_field(header)[0] == field


def test_retyping_keeps_a_migrants_shelter_open_and_a_survivors_shelter_confidential(tmp_path):
    import resources
    from importers.pipeline import import_file
    from importers.project_setup import init_project
    from importers.retype import retype

    rows = [["Pastoral Social", "Albergue de paso para migrantes", "Caminantes", "Ukhia", "01711000001"],
            ["Casa de la Mujer", "Casa refugio para mujeres", "", "Ukhia", "01711000002"]]
    path = _workbook(tmp_path / "r.xlsx", ["Organisation", "Service", "Remarks", "District", "Phone"], rows)
    project, _ = init_project(tmp_path / "p.gpkg", [resources.path("demo/bgd_adm1.geojson")], country="BGD")
    with project:
        import_file(project, path)
        before = {s.name: s.confidential for s in project.services()}
        assert before == {"Albergue de paso para migrantes": False, "Casa refugio para mujeres": True}
        assert retype(project).changed == []
        assert {s.name: s.confidential for s in project.services()} == before


# --- a French GBV list from the third tryout (docs/tryout/make_list_3.py) ---------------------------

@pytest.fixture(scope="module")
def french_gbv_list(tmp_path_factory) -> Path:
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("fr3")
    script = Path(__file__).parents[1] / "docs" / "tryout" / "make_list_3.py"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("name", ["cartographie_vbg.xlsx", "cartographie_vbg.csv"])
def test_a_french_gbv_list_keeps_its_safe_house_secret_and_its_mental_health_out_of_post_rape_care(
        french_gbv_list, name):
    """Tryout 3, findings 2, 3, 11, 12: "Maison d'accueil sécurisée pour femmes et filles survivantes" was
    neither a safe shelter nor confidential, so its point was on the map; "Soins de santé mentale …" was
    typed post-rape care (the words "soins de santé") and printed in the 72-hour step of the GBV pathway;
    the "Horaires" column tagged #service+hours was kept as an extra field; two partners listed with
    nothing were "a note or total ('9')"."""
    result = read_file(french_gbv_list / name)
    by_name = {s.name: s for s in result.services}
    house = by_name["Maison d'accueil sécurisée pour femmes et filles survivantes"]
    assert house.service_types == ["safe_shelter"] and house.confidential
    assert by_name["Soins de santé mentale et soutien psychosocial (SMSPS)"].service_types == ["mhpss"]
    assert by_name["Prise en charge clinique du viol (PCCV), kits PEP sous 72 h"].service_types == ["health"]
    assert by_name["Gestion de cas VBG et soutien psychosocial"].schedule_text == "dim.–jeu. 9h–17h"
    said = {r.row: r.messages for r in result.rows if r.status == "not-a-service"}
    assert any("only an organisation ('Fondation Lumière')" in m and "row 13" in m for m in said[13]), said
    assert any("only an organisation ('ONG Espoir Chattogram')" in m for m in said[14])
    assert any(m.startswith("a note or total ('Source") for m in said[17])  # the note under the table stays one


@pytest.mark.parametrize("text, codes", [
    ("Maison d'accueil pour enfants", ("safe_shelter",)), ("Foyer d'hébergement pour jeunes filles", ("safe_shelter",)),
    ("Services de santé mentale", ("mhpss",)), ("الرعاية الصحية النفسية", ("mhpss",)),
    ("Soins de santé primaires", ("health",)), ("Soins de santé mentale", ("mhpss",))])
def test_french_and_arabic_shelter_and_mental_health_words(finder, text, codes):
    found = finder.find(type_column="", sector="", sub_sector="", name=text, activity="", description="",
                        organisation="")
    assert found.codes == codes


def test_a_safe_house_whose_place_other_rows_of_the_list_show_says_which_rows(tmp_path):
    """Tryout 3, finding 9, in the import: a safe house and a women's safe space of one compound imported
    at one place; the safe house was hidden, the safe space drew its point on every map, and nothing said so."""
    header = ["Organisation", "Service", "Address", "Latitude", "Longitude"]
    rows = [["Nari Shakti", "Safe house for survivors", "Camp 4, Block C", 21.2347, 92.15537],
            ["Nari Shakti", "Women and girls safe space", "Camp 4, Block C", 21.2347, 92.15537],
            ["Nari Shakti", "GBV case management", "camp 4 block c", None, None],
            ["Ain O Nyay", "Legal aid desk", "Court area", 21.4468, 91.9757],
            ["Hope Bridge", "Safe home for children", "Teknaf", 20.8632, 92.2991]]
    result = read_file(_workbook(tmp_path / "compound.xlsx", header, rows))
    said = {r.row: [m for m in r.messages if m.startswith("other services of this list")] for r in result.rows}
    assert said[2] == ["other services of this list are at its place and show it on maps and pathways: 'Women and "
                       "girls safe space' (row 3), 'GBV case management' (row 4). Mark them confidential too in the "
                       "import wizard, or give them their own address"]
    assert said[3] == said[4] == said[5] == said[6] == []  # the safe home alone at its place: nothing to say


def test_a_second_list_is_checked_against_the_safe_houses_already_in_the_project(tmp_path):
    """The same check between a list and the project it is imported into: a public service of a second
    list at a safe house's place already in the project, and a safe house of a second list at the place
    of a service already shown. Two real imports, through the command a person runs."""
    from directory.store import Project
    from importers.pipeline import import_file

    header = ["Organisation", "Service", "Address", "Latitude", "Longitude"]
    first = _workbook(tmp_path / "first.xlsx", header, [
        ["Nari Shakti", "Safe house for survivors", "Camp 4, Block C", 21.2347, 92.15537],
        ["Ain O Nyay", "Legal aid desk", "Court road 12", 21.4468, 91.9757]])
    second = _workbook(tmp_path / "second.xlsx", header, [
        ["Mukti", "Women and girls safe space", "camp 4 block c", 21.23471, 92.15538],
        ["Mukti", "Emergency shelter for survivors", "Court Road 12", 21.4468, 91.9757],
        ["Mukti", "Child friendly space", "Market road", 21.30, 92.10]])
    third = _workbook(tmp_path / "third.xlsx", header, [  # no safe house of its own: the project's are asked alone
        ["Shanti", "Psychosocial support", "Camp 4 - Block C", None, None]])
    project = Project.create(tmp_path / "p.gpkg", country="BGD")
    try:
        import_file(project, first)
        result = import_file(project, second)
        alone = import_file(project, third)
    finally:
        project.close()
    assert alone.rows[0].messages[-1].startswith("it is at the place of 'Safe house for survivors', a confidential")
    said = {r.row: r.messages for r in result.rows}
    assert ("it is at the place of 'Safe house for survivors', a confidential service already in the project, and "
            "would show that place on maps and pathways. Mark it confidential in the import wizard, or give it "
            "its own address") in said[2]
    assert ("services already in the project are at its place and show it on maps and pathways: 'Legal aid desk' "
            "(Ain O Nyay). Mark them confidential too in the services panel, or give them their own address") in said[3]
    assert not [m for m in said[4] if "place" in m]  # its own place: nothing to say
