"""What the twenty-ninth blind tryout found (lists written from a brief by someone who had not read the code: a
bilingual Jordan referral directory, a Nepal flood 5W in Nepali and English, a Madagascar matrix in French and
Malagasy with its legend on a sheet of its own, a Peru and Ecuador Google Form exported as CSV). At first sight a
planned safe house was left out (its matrix cell said "P", which only the legend sheet explains), the 5W's
"Activity type" column was read as nothing, and the form's "Estado actual del servicio" column was taken for the
services' names ("Activo"). Each list here is a small one in the same shape, written by openpyxl or csv."""

from __future__ import annotations

import csv

import pytest

from directory.taxonomy import default_taxonomy
from importers.column_content import marks_said_status
from importers.columns import header_field
from importers.pipeline import read_file
from importers.readers import SheetData
from importers.service_types import TypeFinder
from tests.helpers import write_sheets


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def _services_by_row(result, sheet):
    services = {s.id: s for s in result.services}
    return {o.row: services.get(o.service_id) for o in result.rows if o.sheet == sheet}


def test_marks_a_legend_sheet_says_mean_planned_or_suspended(tmp_path):
    """"P" (prévu) and "(X)" (suspendu) are explained only on the "Légende" sheet. A row whose only mark is "P" is
    that service, recorded as not offered today (a planned shelter stays confidential); "(X)" beside "X" leaves the
    suspended service out; a column holding "X" and "P" is one of the matrix's."""
    path = write_sheets(tmp_path / "mg.xlsx", {
        "GRAND SUD": [
            ["N°", "District", "Structure / Organisation", "Type de structure", "Appui psychosocial",
             "Hébergement temporaire (Trano fialofana)", "Espace Ami des Enfants (EAE)", "Remarques"],
            [1, "Toliara I", "Trano fialofana – Maison d'accueil", "Centre d'hébergement", "X", "X", None, None],
            [2, "Toliara II", "UNICEF / ONG Fanantenana – EAE", "Espace Ami des Enfants", "(X)", None, "X",
             "appui psychosocial arrêté (psychologue partie)"],
            [3, "Beloha", "UNICEF / Commune Beloha – EAE", "Espace Ami des Enfants", None, None, "P", None],
            [4, "Ambovombe", "UNFPA – Trano fialofana Ambovombe (projet)", "Centre d'hébergement", None, "P", None,
             None],
            [5, "Bekily", "Handicap International", "ONG", "X", None, None, None],
        ],
        "Légende": [
            ["LÉGENDE"],
            ["X / x / oui", "service disponible"],
            ["(X)", "service temporairement suspendu"],
            ["P", "service prévu / en cours de mise en place"],
            ["case vide", "service non disponible ou information manquante"],
        ]})
    result = read_file(path, region="MG")
    by_row = _services_by_row(result, "GRAND SUD")
    got = {row: (s.service_types, s.status, s.confidential) for row, s in by_row.items() if s}
    assert got == {
        2: (["mhpss", "safe_shelter"], "active", True),
        3: (["child_friendly_space"], "active", False),  # PSS "(X)": suspended, left out
        4: (["child_friendly_space"], "inactive", False),  # "P": planned
        5: (["safe_shelter"], "inactive", True),  # a planned safe house: imported, and hidden
        6: (["mhpss"], "active", False),
    }
    assert "Légende" in result.skipped_sheets


def test_what_a_legend_says_a_mark_means(tmp_path):
    sheets = [SheetData("Legend", [["P", "planned"], ["(X)", "suspended"], ["X", "closed on Fridays"],
                                   ["N", "closed"], ["1", "planned"], ["Note", "planned for 2025"]]),
              SheetData("Data", [["Y = available, N = not available, S = suspendu, P = prévu (financement)"]])]
    assert marks_said_status(sheets) == {"p": "planned", "(x)": "suspended", "s": "suspendu"}
    # a mark that says the service is offered ("X"), a blank mark ("N"), a number, a word: no status of their own
    assert marks_said_status([SheetData("Data", [["Organisation", "CM", "PSS"], ["IRC", "X", "P"]])]) == {}


def test_a_5w_whose_activity_type_column_says_what_each_row_is(tmp_path):
    """"Activity type" is the type column (it was read as nothing: two columns looked like the activity); the activity
    beside it is read too ("Service – CM" | "GBV case management & psychosocial counselling"); a row whose type says
    only "Distribution", "Coordination" or "Capacity building" is an activity, not a service; an implementing partner
    written "-" leaves the row to its lead agency."""
    path = write_sheets(tmp_path / "np.xlsx", {"5W_CP-GBV": [
        ["S.N.", "Lead / Funding agency", "Implementing partner", "District", "AoR", "Activity type",
         "Activity description / क्रियाकलाप विवरण", "Status"],
        [1, "UNFPA", "WOREC", "Sunsari", "GBV", "Service – CM",
         "GBV case management & मनोसामाजिक परामर्श (psychosocial counselling)", "Ongoing"],
        [2, "UNICEF", "CWIN Nepal", "Sunsari", "CP", "Service – CFS",
         "Child Friendly Space (बाल मैत्री स्थान) at ward 4 school shelter – recreational & PSS activities", "Ongoing"],
        [3, "UNICEF", "CWIN Nepal", "Sunsari", "CP", "Distribution",
         "Child kit / recreational kit distribution (बाल किट वितरण)", "Completed"],
        [4, "UNFPA", "WHR", "Saptari", "CP/GBV", "Coordination",
         "District Protection Cluster meeting (fortnightly) at DAO hall / समन्वय बैठक", "Ongoing"],
        [5, "UNFPA", "Red Cross", "Saptari", "CP/GBV", "Capacity building", "PFA orientation for Red Cross volunteers",
         "Completed"],
        [6, "Plan International", "Plan International", "Mahottari", "CP", "CFS",
         "Child friendly space – to open after schools reopen", "Planned"],
        [7, "UNFPA", "Koshi Hospital OCMC", "Morang", "GBV", "Health",
         "Mobile RH camp incl. CMR + dignity kit distribution", "Ongoing"],
    ]})
    result = read_file(path, region="NP")
    by_row = _services_by_row(result, "5W_CP-GBV")
    assert {row: (s.service_types if s else None) for row, s in by_row.items()} == {
        2: ["case_management", "mhpss"],
        3: ["child_friendly_space", "mhpss"],  # not education nor a safe shelter: a school used as a flood shelter
        4: None, 5: None, 6: None,
        7: ["child_friendly_space"],
        8: ["health"],  # a service with a distribution beside it
    }
    assert not by_row[3].confidential
    outcome = {o.row: o for o in result.rows}
    assert outcome[4].status == "not-a-service" and "an activity ('Child kit" in outcome[4].messages[-1]
    assert header_field("Activity type")[0] == "types" and header_field("Type of activity")[0] == "types"


def test_a_google_form_in_spanish(tmp_path):
    """"Estado actual del servicio" is the status (its "Activo" was every service's name), "¿La ubicación es
    confidencial?" the confidential column (it was read as the place), and "Otros servicios" what else the service
    offers, read for its types ("acogimiento familiar"); "con derivación del CEM o Fiscalía" names who refers people
    to it, not one of its services."""
    path = tmp_path / "Mapeo de servicios (respuestas) - Respuestas de formulario 1.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Marca temporal", "Nombre de la organización", "País", "Ciudad / Provincia",
                         "Nombre del punto de atención o programa", "Servicios que ofrece", "Otros servicios",
                         "¿La ubicación es confidencial?", "Estado actual del servicio", "Observaciones"])
        writer.writerow(["14/02/2024 9:20:12", "MIMP – Hogar de Refugio Temporal (HRT)", "Perú", "Tumbes",
                         "HRT Tumbes", "Casa de acogida para sobrevivientes de VBG, Apoyo psicosocial / salud mental",
                         "alimentación, acompañamiento a audiencias", "Sí", "Activo",
                         "Ingreso solo con derivación del CEM o Fiscalía"])
        writer.writerow(["20/02/2024 9:09:59", "INABIF – Unidad de Protección Especial", "Perú", "Lima", "UPE Lima",
                         "Gestión de casos", "acogimiento familiar (familia extensa y familia acogedora) para NNA",
                         "No", "Activo", ""])
        writer.writerow(["21/02/2024 11:00:00", "CEM Tumbes", "Perú", "Tumbes", "CEM Tumbes",
                         "Orientación y asesoría legal", "", "No", "Suspendido temporalmente", ""])
    result = read_file(path, region="PE")
    by_row = _services_by_row(result, path.stem)
    got = {row: (s.name, s.service_types, s.status, s.confidential) for row, s in by_row.items() if s}
    assert got == {
        2: ("HRT Tumbes", ["safe_shelter", "mhpss"], "active", True),
        3: ("UPE Lima", ["case_management", "alternative_care"], "active", False),
        4: ("CEM Tumbes", ["legal_aid"], "temporarily closed", False),
    }
    assert header_field("¿La ubicación es confidencial?")[0] == "confidential"
    assert header_field("Estado actual del servicio")[0] == "status"
    assert header_field("Otros servicios")[0] == "types_other"


@pytest.mark.parametrize("text, types", [
    ("Makani – CFS & learning support", ["child_friendly_space", "education"]),
    ("Réseau de Protection de l'Enfant (RPE) : veille communautaire", ["community_based_protection"]),
    ("Denuncia / atención policial", ["police"]),
    ("Child friendly space – to open after schools reopen", ["child_friendly_space"]),
    ("Location confidential – refer via WOREC case worker only", []),
])
def test_the_tryouts_words(finder, text, types):
    assert list(finder.find(name=text).codes) == types
