"""What the twenty-fifth blind tryout found (lists written from a brief by someone who had not read the code: a
Rakhine and Sagaing referral pathway, a Mali and Burkina Faso 4W export, a bilingual Lebanese mapping, a KoBo CSV
of services for migrant children in Mexico and Guatemala). Each list here is a small one in the same shape, written
by openpyxl."""

from __future__ import annotations

from importers.pipeline import read_file
from tests.helpers import write_sheets


def test_services_provided_beside_a_service_category_are_read(tmp_path):
    """"Service Provided" lost the type field to "Service Category" and was kept as an extra field, unread: "GBV
    case managment + individual PSS" gave case management only. It is the description now (the report says it
    was read so from what it holds), and "Township" is the third admin level."""
    path = write_sheets(tmp_path / "mm.xlsx", {"Rakhine": [
        ["State/Region", "Township", "Location / Camp", "Service Category", "Service Provided", "Organization"],
        ["Rakhine", "Sittwe", "Ohn Taw Gyi (South)", "Case management", "GBV case managment + individual PSS",
         "National NGO A"],
        ["Rakhine", "Sittwe", "Thet Kae Pyin", "WGSS", "WGSS TKP – case management and psychosocial support for "
         "women and girls", "INGO 1"],
        ["Rakhine", "Sittwe", "Sittwe town", "CP / Case Mgmt", "Child protection case management, alternative care "
         "placement (kinship / foster), family tracing & reunification", "Department of Social Welfare"],
    ]})
    result = read_file(path, region="MM")
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert (fields["Township"], fields["Service Provided"]) == ("adm3", "description")
    cm, wgss, dsw = result.services
    assert cm.service_types == ["case_management", "mhpss"]
    assert wgss.service_types == ["community_based_protection", "case_management", "mhpss"]
    assert dsw.service_types == ["case_management", "alternative_care", "family_tracing"]
    assert any("('Service Provided') was read as Description" in n for n in result.notes)


def test_shelters_for_women_beside_legal_aid_and_words_of_the_four_lists(tmp_path):
    path = write_sheets(tmp_path / "mx.xlsx", {"Mapeo": [
        ["Organización", "Servicio", "Servicios que ofrece"],
        ["Casa Amiga", "Refugio para mujeres víctimas de violencia y sus hijas e hijos",
         "Refugio para víctimas de violencia, Asesoría jurídica, Atención psicosocial"],
        ["PPNNA Chiapas", "Subprocuraduría Regional Tapachula", "Medidas de protección y restitución de derechos"],
        ["ACNUR", "Cash for protection – individual, via case worker", "Medios de vida"],
        ["KAFA", "Hotline for migrant domestic workers (abuse, exploitation, shelter requests)", "Hotline"],
        ["Save the Children", "Appui au desk genre du Commissariat (accueil et écoute des survivantes)", "Police"],
    ]})
    refugio, procuraduria, cash, hotline, desk = read_file(path, region="MX").services
    assert "safe_shelter" in refugio.service_types and refugio.confidential  # not absorbed as asylum by legal aid
    assert procuraduria.service_types == ["justice"]
    assert cash.service_types == ["livelihoods"]  # the case worker only hands it out
    assert hotline.service_types == ["helpline"] and not hotline.confidential
    assert desk.service_types == ["police"]


def test_activities_that_are_no_service(tmp_path):
    path = write_sheets(tmp_path / "ml.xlsx", {"Export_4W": [
        ["Organisation", "Activité", "Région", "Statut"],
        ["ONG Tassaght", "Gestion de cas des enfants non accompagnés", "Gao", "En cours"],
        ["Plan International", "Sensibilisation de masse – causeries éducatives sur les VBG", "Mopti", "En cours"],
        ["IRC", "Évaluation rapide de protection (ERP)", "Kaya", "Terminé"],
        ["NRC", "Formation des membres des comités de protection", "Gao", "En cours"],
        ["UNHCR", "NFI", "Kaya", "Terminé"],
        ["Sous-cluster PE", "Coordination", "Mopti", ""],
        ["UNICEF", "Mesa interinstitucional de protección de NNA migrantes – reunión mensual", "Gao", ""],
    ]})
    result = read_file(path, region="ML")
    assert [s.name for s in result.services] == ["Gestion de cas des enfants non accompagnés"]
    assert [r.status for r in result.rows[1:]] == ["not-a-service"] * 6
