"""What the sixteenth blind tryout found (lists written from a brief by someone who had not read the code:
a Portuguese 4W from Cabo Delgado, a French list of the Central African Republic saved as .ods, a bilingual
Arabic and English list of north-west Syria, and a Peruvian CSV from Excel, cp1252 with semicolons).
Each list here is a small one in the same shape, written by openpyxl or Python's csv module."""

from __future__ import annotations

import csv

import pytest

from importers.pipeline import read_file
from importers.statuses import STATUSES, status_word
from importers.values import parse_phone_entries
from tests.helpers import write_sheet


def _fields(result) -> dict[str, str]:
    return {m.header: m.field for m in result.tables[0].mapping}


def test_admin_columns_side_by_side_take_the_levels_in_their_order(tmp_path):
    """Peru's "Provincia" claimed level 1 with "Región", so it was kept as an extra field and the place read
    "Lima / Cercado"; Mozambique's "Localidade" claimed level 3 with "Posto Administrativo". A column
    apart ("Estado", the status) is not counted with them."""
    path = tmp_path / "peru.csv"
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Institución", "Servicio", "Región", "Provincia", "Distrito", "Teléfono", "Estado"])
        writer.writerow(["PNP", "Comisaría de Familia", "Lima", "Lima", "Cercado", "(01) 427-7340", "Activo"])
        writer.writerow(["MIMP", "Casa Refugio", "Tacna", "Tacna", "Tacna", "", "Activo"])
    result = read_file(path)
    fields = _fields(result)
    assert (fields["Región"], fields["Provincia"], fields["Distrito"], fields["Estado"]) == (
        "adm1", "adm2", "adm3", "status")
    assert result.sites[0].location_text == "Lima / Lima / Cercado"

    moz = write_sheet(tmp_path / "moz.xlsx", ["Organização", "Actividade", "Distrito", "Posto Administrativo",
                                             "Localidade", "Estado"], [
        ["CARE", "Apoio psicossocial", "Mueda", "Mueda-Sede", "Namakande", "Activo"],
    ])
    fields = _fields(read_file(moz))
    assert (fields["Distrito"], fields["Posto Administrativo"], fields["Localidade"]) == ("adm2", "adm3", "adm4")


def test_admin_columns_in_another_order_are_left_as_their_headers_say(tmp_path):
    path = write_sheet(tmp_path / "bd.xlsx", ["Organisation", "Service", "Upazila", "District", "Division"], [
        ["BRAC", "Case management", "Ukhia", "Cox's Bazar", "Chattogram"],
    ])
    fields = _fields(read_file(path))
    assert (fields["Upazila"], fields["District"], fields["Division"]) == ("adm3", "adm2", "adm1")


@pytest.mark.parametrize("cell, state", [
    ("planned (aug 2024) / مخطط", "inactive"),  # a note in brackets, then the translation
    ("não funcional", "inactive"),
    ("por implementar", "inactive"),
    ("cerrado temporalmente", "temporarily closed"),  # was "cerrado": closed for good
    ("em curso", "active"),
])
def test_status_words_of_the_tryout(cell, state):
    assert STATUSES.get(status_word(cell)) == state


def test_trainings_for_staff_and_campaigns_are_no_services(tmp_path):
    path = write_sheet(tmp_path / "4w.xlsx", ["Organização", "Actividade", "Distrito", "Estado"], [
        ["SDSMAS Montepuez", "Capacitação de professores e activistas em PSP (3 dias)", "Montepuez", "Concluído"],
        ["HPP / UNFPA", "Formação em gestão clínica da violação para 25 enfermeiras (18-20/06)", "Pemba", "Planificado"],
        ["Hurras Network", "Training on PFA for teachers / تدريب المعلمين على الإسعافات النفسية الأولية", "Azaz",
         "Completed"],
        ["MIMP / UNFPA", "Capacitación a operadoras/es de CEM en atención a población migrante", "Lima", "Programado"],
        ["JUPEDEC", "Sensibilisation communautaire sur les VBG (16 jours d'activisme)", "Bangui", "Terminé"],
        ["Helpcode", "Training on life skills for adolescent girls", "Mirate", "Activo"],
    ])
    outcomes = read_file(path).rows
    assert [o.status for o in outcomes] == ["not-a-service"] * 5 + ["imported"]
    assert "not a service people can be referred to" in outcomes[0].messages[-1]


@pytest.mark.parametrize("service, types", [
    ("DEMUNA Tacna", ["case_management", "legal_aid"]),
    ("CEM – Centro Emergencia Mujer San Juan de Lurigancho", ["case_management", "legal_aid", "mhpss"]),
    ("UPE Lima – Unidad de Protección Especial", ["case_management", "alternative_care"]),
    ("Chat 100", ["helpline"]),
    ("Línea 100", ["helpline"]),
    ("Antenne UMIRR Bambari", ["police"]),
    ("Child protection community committees / لجان حماية الطفل المجتمعية", ["community_based_protection"]),
    ("Comités communautaires de protection de l'enfant (CCPE) – veille et référencement",
     ["community_based_protection"]),
])
def test_words_of_the_tryout_name_their_types(tmp_path, service, types):
    path = write_sheet(tmp_path / "l.xlsx", ["Organisation", "Service", "District", "Phone"], [
        ["Org", service, "Lima", "01 427 7340"], ["Other", "Case management", "Tacna", "01 427 7341"]])
    found = read_file(path).services[0]
    assert found.service_types == types


def test_an_application_for_refuge_is_legal_aid_not_a_safe_house(tmp_path):
    """Spanish "refugio" is a shelter, but "solicitud de refugio" is an asylum application: the legal aid
    service that helps with it was typed a safe shelter and hidden as confidential."""
    path = write_sheet(tmp_path / "l.xlsx", ["Institución", "Servicio", "Región", "Observaciones"], [
        ["SJS", "Asesoría legal migratoria y protección internacional", "Tacna",
         "Incluye solicitud de refugio\ny regularización (CPP)"],
        ["MIMP", "Casa refugio para mujeres", "Tacna", ""],
    ])
    service, shelter = read_file(path).services
    assert service.service_types == ["legal_aid"] and not service.confidential
    assert shelter.service_types == ["safe_shelter"] and shelter.confidential


@pytest.mark.parametrize("cell, region, entries", [
    ("+90 531 245 67 89 (WhatsApp)", "SY", [("+905312456789", "WhatsApp")]),  # letters read as digits before
    ("+963 944 123 456 (Syriatel – weak coverage)", "SY", [("+963944123456", "Syriatel – weak coverage")]),
    ("+51 987 654 321 (WhatsApp)", "PE", [("+51987654321", "WhatsApp")]),
    ("116 (grátis)", "MZ", [("116", "grátis")]),
    ("100 (gratuito desde fijo o celular)", "PE", [("100", "gratuito desde fijo o celular")]),
    ("01712-555123 – 24 h", "BD", [("+8801712555123", "24 h")]),
    ("WhatsApp: 0535 123 45 67", "TR", [("+905351234567", "WhatsApp")]),  # phonenumbers drops the words before
    ("واتساب: 0944 123 456", "SY", [("+963944123456", "واتساب")]),
    ("Fixe: +227 20 72 34 56", "NE", [("+22720723456", "Fixe")]),
    ("+90 531 245 67 89 (WhatsApp, Viber)", "SY", [("+905312456789", "WhatsApp, Viber")]),  # no split in brackets
    ("0171 555 1234 (office), 0181 555 1234 (mobile)", "BD", [("+8801715551234", "office"),
                                                              ("+8801815551234", "mobile")]),
    ("Tel: 01712-555123", "BD", [("+8801712555123", "")]),  # words that only say it is a phone are no note
    ("Mobile: 01712555123", "BD", [("+8801712555123", "")]),
    ("هاتف: 0944 123 456", "SY", [("+963944123456", "")]),
    ("Call 1098", "BD", [("1098", "")]),  # a short code's words neither
    ("Hotline: 109", "BD", [("109", "")]),
    ("—", "PE", []),  # no number, and nothing to warn about
    ("N/A", "PE", []),
])
def test_a_note_beside_a_phone_number_is_kept_beside_the_number(cell, region, entries):
    """"+90 531 245 67 89 (WhatsApp)" was not a valid number (phonenumbers reads letters as a keypad's
    digits) and was kept as typed, with a warning, on a third of north-west Syria's rows."""
    assert parse_phone_entries(cell, region) == (entries, [])


@pytest.mark.parametrize("cell", ["0171 CALL ME", "1-800-FLOWERS", "ext. 1098"])
def test_letters_that_are_no_note_still_leave_the_number_as_typed(cell):
    assert parse_phone_entries(cell, "BD")[0] == [(cell, "")]


def test_the_note_is_the_phones_description_and_the_pathway_prints_it(tmp_path):
    from datetime import date

    import shapely

    from directory.model import AdminArea
    from directory.store import Project
    from importers.pipeline import import_file
    from pathways.directory_snapshot import DirectorySnapshot
    from pathways.html import _entry_html
    from pathways.model import build_pathway
    from pathways.templates import default_template

    path = write_sheet(tmp_path / "nws.xlsx", ["Organization", "Service", "District", "Coordinates", "Phone",
                                              "Last verified"], [
        ["Bahar Organization", "Case management", "Harim", "36.2021, 36.5186", "+90 536 220 14 77 (WhatsApp)",
         date.today().isoformat()],
        ["WSA", "Psychosocial support", "Harim", "36.2101, 36.5102", "+90 536 220 14 78", date.today().isoformat()],
    ])
    project = Project.create(tmp_path / "p.gpkg", country="SYR")
    with project.change("test", "boundaries"):
        project.replace_admin_level(1, [AdminArea("SY07", "Idleb", 1)], [shapely.box(35.9, 35.3, 37.0, 36.4)])
        project.replace_admin_level(2, [AdminArea("SY0703", "Harim", 2, "SY07")], [shapely.box(36.3, 36.0, 36.9, 36.4)])
    import_file(project, path)
    services = {s.name: s for s in project.services()}
    [phone] = services["Case management"].contacts[0].phones
    assert (phone.number, phone.description) == ("+905362201477", "WhatsApp")
    pathway = build_pathway(DirectorySnapshot.read(project), "SY0703", default_template("general", "en", "SYR"))
    entries = {e.service: e for s in pathway.steps for e in s.all_entries}
    assert entries["Case management"].phone_notes == {"+905362201477": "WhatsApp"}
    assert entries["Psychosocial support"].phone_notes == {}
    printed = _entry_html(entries["Case management"], pathway)
    assert '<bdi>+90 536 220 14 77</bdi><bdi class="phone-note">(WhatsApp)</bdi>' in printed
    project.close()
