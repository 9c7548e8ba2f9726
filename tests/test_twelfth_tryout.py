"""What the twelfth blind tryout found (lists written from a brief by someone who had not read the code: the
migrant route through Guatemala and southern Mexico in Spanish, Cameroon's North-West and South-West in
English and French, Iraq's Kurdistan region in Arabic as .ods, and a Google Forms survey of partners in
Borno). Each list here is a small one in the same shape, written by openpyxl or the csv module."""

from __future__ import annotations

import csv

import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder
from tests.helpers import write_sheet


def _by_row(result):
    services = {s.id: s for s in result.services}
    return {o.row: (o, services.get(o.service_id)) for o in result.rows}


def test_a_spanish_estado_column_of_statuses_is_the_status_not_the_state(tmp_path):
    """Guatemala's sheet: "Departamento" is the first admin level, so "Estado" (a state, in Mexico) is left
    unread by its header; its values say it is the status."""
    path = write_sheet(tmp_path / "guatemala.xlsx", ["N°", "Departamento", "Municipio", "Organización",
                                                     "Tipo de servicio", "Teléfono", "Estado"], [
        [1, "San Marcos", "Ayutla", "Médicos del Mundo", "Salud / PSS", "3155 2290", "Suspendido temporalmente"],
        [2, "Quetzaltenango", "Coatepeque", "Aldeas Infantiles SOS", "Cuidado alternativo", "7775-3321",
         "Cerrado por falta de fondos"],
        [3, "San Marcos", "Ayutla", "RENAP", "Inscripción extemporánea de nacimientos", "1516", "Por abrir (nov)"],
        [4, "Chiquimula", "Esquipulas", "Cruz Roja Guatemalteca", "Primeros auxilios", "2381-6515", "Activo"],
    ], title="Guatemala")
    result = read_file(path, region="GT")
    estado = next(m for m in result.tables[0].mapping if m.header == "Estado")
    assert (estado.field, estado.how) == ("status", "content")
    rows = _by_row(result)
    assert [rows[r][1].status for r in (2, 3, 4, 5)] == ["temporarily closed", "inactive", "inactive", "active"]
    assert rows[4][1].service_types == ["birth_registration"] and rows[5][1].service_types == ["health"]


def test_a_mexican_estado_column_of_states_stays_the_state(tmp_path):
    path = write_sheet(tmp_path / "mexico.xlsx", ["Estado", "Municipio", "Organización", "Servicio(s)",
                                                  "Estatus"], [
        ["Chiapas", "Tapachula", "COMAR", "Recepción de solicitudes de la condición de refugiado", "Activo"],
        ["Chiapas", "Suchiate", "Cruz Roja Mexicana", "Restablecimiento del contacto entre familiares", "Activo"],
    ], title="México")
    fields = {m.header: m.field for m in read_file(path, region="MX").tables[0].mapping}
    assert (fields["Estado"], fields["Estatus"]) == ("adm1", "status")


@pytest.mark.parametrize("header, field", [
    ("Is the service currently operational?", "status"), ("Focal point phone", "phone"),
    ("Focal point email", "email"), ("Téléphone du point focal", "phone"),
    ("Anything else we should know?", "remarks"), ("Focal point", "focal"),
])
def test_a_survey_forms_questions_name_their_columns(header, field):
    assert header_field(header)[0] == field


def test_a_google_forms_export_reads_its_questions(tmp_path):
    path = tmp_path / "responses.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Timestamp", "Email Address", "Name of your organisation",
                    "Which services do you provide? (tick all that apply)", "Where? (LGA / Ward)", "Focal point name",
                    "Focal point phone", "Is the service currently operational?", "Anything else we should know?"])
        w.writerow(["9/11/2024 9:30:55", "borno@legalaid.example", "Legal Aid Council - Borno", "Legal aid", "MMC",
                    "Barr. Usman Kyari", "0802 331 7745", "Yes",
                    "We also facilitate late birth registration with NPC"])
        w.writerow(["9/6/2024 9:03:27", "ops@street.example", "Street Child", "Education, Child friendly space (CFS)",
                    "Gwoza", "Emmanuel Yohanna", "0902 445 1173", "No", "Project ended 31 July 2024."])
    rows = _by_row(read_file(path, region="NG"))
    aid, street = rows[2][1], rows[3][1]
    assert set(aid.service_types) == {"legal_aid", "birth_registration"}
    assert [p.number for c in aid.contacts for p in c.phones] == ["+2348023317745"]
    assert aid.status == "active" and street.status == "inactive"


@pytest.mark.parametrize("texts, types, stopped", [
    ({"type_column": "Psicosocial / Efectivo", "description": "Atención psicosocial individual y grupal; asistencia en "
      "efectivo multipropósito (suspendida hasta nuevo financiamiento)"}, ("mhpss",), ("livelihoods",)),
    ({"type_column": "إدارة الحالة لحماية الطفل (متوقف)، الدعم النفسي والاجتماعي"}, ("mhpss",), ("case_management",)),
    ({"type_column": "Espacio amigable para la niñez", "description": "Espacio amigable (CFS) dentro del albergue; "
      "nivelación educativa"}, ("child_friendly_space", "education"), ()),
    ({"type_column": "تسجيل اللاجئين وتحديد صفة اللاجئ (RSD)"}, ("legal_aid",), ()),
    ({"type_column": "Women's centre: vocational training (sewing, English), PSS groups"},
     ("community_based_protection", "livelihoods", "mhpss"), ()),
])
def test_the_tryouts_words(texts, types, stopped):
    found = TypeFinder(default_taxonomy()).find(**texts)
    assert set(found.codes) == set(types) and found.stopped == stopped
