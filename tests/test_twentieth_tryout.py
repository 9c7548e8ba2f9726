"""What the twentieth blind tryout found (lists written from a brief by someone who had not read the code: a
Burundi map in French and Kirundi, a Google Forms export from Venezuela, a Sierra Leone and Liberia directory
of bulleted cells beside a summary sheet, an ActivityInfo export from Jordan). Each list here is a small one in
the same shape, written by the csv module or openpyxl."""

from __future__ import annotations

import csv

import pytest

from importers.pipeline import read_file
from tests.helpers import write_sheet

FORM = ["Marca temporal", "Nombre de la organización", "¿Qué servicios ofrece? (marque todos los que apliquen)",
        "Otro (especifique)", "Dirección exacta", "Teléfono de contacto", "¿El servicio está activo actualmente?",
        "Comentarios adicionales"]


def test_a_google_forms_export(tmp_path):
    """The yes/no question "¿El servicio está activo actualmente?" was taken for the service's name (every
    service was called "Sí"), and the "Otro (especifique)" answers beside the services question were not read."""
    path = tmp_path / "respuestas.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([FORM,
            ["6/3/2024 9:21:55", 'Casa de Abrigo "Renacer"', "Alojamiento temporal / casa de abrigo, Atención psicosocial",
             "", "Zulia", "0424-6603317", "Sí", "Por favor NO publicar la dirección en el mapeo.\nReferir solo vía "
             "coordinadora o Fiscalía."],
            ["8/3/2024 10:02:11", "Fundación Manos Unidas", "Otro", "Atención a NNA con discapacidad, terapia de lenguaje",
             "Maracaibo, Av. 5 de Julio", "0261-7923344", "Sí", ""],
            ["3/4/2024 16:30:12", "Fundación Luz y Vida", "Otro",
             "Taller de formación a docentes 2 y 3 de mayo (primeros auxilios psicológicos)", "Petare", "0412-5518830",
             "Sí", ""],
            ["5/4/2024 11:00:00", "Cruz Roja Venezolana", "Atención médica", "", "San Cristóbal", "0276-3431212", "No",
             "Restablecimiento de contacto familiar suspendido"],
        ])
    result = read_file(path, region="VE")
    assert [o.status for o in result.rows] == ["imported", "imported", "not-a-service", "imported"]
    shelter, disability, clinic = result.services
    assert shelter.name == "Alojamiento temporal / casa de abrigo, Atención psicosocial"
    assert shelter.service_types == ["safe_shelter", "mhpss"] and shelter.confidential  # "Fiscalía" is a referral
    assert disability.service_types == ["disability_support"] and disability.status == "active"
    assert clinic.service_types == ["health"] and clinic.status == "inactive"


@pytest.mark.parametrize("remarks, confidential", [
    ("Adresse à ne pas communiquer", True),
    ("Lieu : ne pas communiquer", True),
    ("Address NOT public – referral through MSW only", True),
    ("Ne pas communiquer le numéro personnel du point focal", False),  # a number, not the place
    ("Open to the public, Mon–Fri", False),
])
def test_words_saying_an_address_must_not_be_shared(tmp_path, remarks, confidential):
    header = ["Acteur", "Services disponibles", "Contact", "Observations"]
    path = write_sheet(tmp_path / "bi.xlsx", header, [
        ["Centre d'accueil Ejo Heza", "Accueil temporaire d'enfants séparés, placement en famille d'accueil",
         "79 02 57 39", remarks],
        ["Caritas Gitega", "Appui psychosocial", "79 02 57 40", ""],
    ])
    care, other = read_file(path, region="BI").services
    assert care.service_types[0] == "alternative_care"
    assert (care.confidential, other.confidential) == (confidential, False)


def test_a_directory_of_bulleted_cells(tmp_path):
    header = ["#", "District", "Organisation", "Services", "Phone", "Functional? (Y/N)", "Remarks"]
    path = write_sheet(tmp_path / "sl.xlsx", header, [
        [1, "Western Area Urban", "Rainbo Centre – Freetown", "• Free medical exam & treatment\n• PEP\n• Counselling"
         "\n• Free medical report for court", "076 223 918", "Y", "Open 24/7"],
        [2, "Western Area Urban", "Don Bosco Fambul", "• Emergency shelter for girls (SGBV survivors)\n• Counselling",
         "+232 77 908 441", "Y", ""],
        [3, "Western Area Urban", "Legal Aid Board", "• Free legal advice\n• Paralegals at police stations",
         "+232 76 550 917", "Y", ""],
        [4, "Kenema", "FSU – Kenema", "• Complaints\n• Investigation", "+232 78 119 433", "Y", ""],
        [None, "Bo", "MoH / UNFPA", "• Training of Bo & Kenema nurses on CMR (18–20 Nov 2024)", None, None, None],
    ])
    result = read_file(path, region="SL")
    assert [o.status for o in result.rows] == ["imported"] * 4 + ["not-a-service"]
    rainbo, shelter, legal, fsu = result.services
    assert rainbo.service_types == ["health", "mhpss"]  # a medical report for court is no court
    assert shelter.service_types == ["safe_shelter", "mhpss"] and shelter.confidential
    assert legal.service_types == ["legal_aid"]
    assert fsu.service_types == ["police"]  # the initials that open its name are its own


@pytest.mark.parametrize("text, types", [
    ("Prise en charge intégrée : médicale, psychosociale, juridique, policière", ["health", "mhpss", "legal_aid", "police"]),
    ("Rééducation, appareillage et accompagnement des enfants en situation de handicap", ["disability_support"]),
    ("Restablecimiento de contacto familiar, Atención médica", ["family_tracing", "health"]),
    ("Reception of complaints, investigation", ["police"]),
])
def test_words_of_the_tryout(text, types):
    from directory.taxonomy import Taxonomy
    from importers.service_types import TypeFinder

    assert list(TypeFinder(Taxonomy.load()).find(type_column=text).codes) == types
