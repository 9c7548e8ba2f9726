"""What the eighteenth blind tryout found (lists written from a brief by someone who had not read the code:
a French GBV/CP map of Tillabéri and Diffa with Oui/Non service columns, an Arabic UTF-8 CSV of Egypt's services
for refugees, a Spanish list of Ecuador's services for migrants with TRUE/FALSE checkboxes, and a KoBo export
from Kigoma with Swahili answers). Each list here is a small one in the same shape, written by openpyxl or csv."""

from __future__ import annotations

import csv

import pytest

from importers.pipeline import read_file
from importers.statuses import STATUSES, status_in_remarks, status_word
from tests.helpers import write_sheet

NIGER_HEADER = ["N°", "Commune", "Organisation", "Type de service", "PEC médicale", "PEC psychosociale",
                "Assistance juridique", "Réinsertion socio-éco (AGR)", "Téléphone", "Statut"]


def test_oui_columns_beside_a_type_column_add_the_types_they_mark(tmp_path):
    """A safe space marked "Oui" for psychosocial care, and a bare "CDA" marked "Oui" for medical care, lost
    what the marks said: a type column named by its header was taken to say everything."""
    path = write_sheet(tmp_path / "niger.xlsx", NIGER_HEADER, [
        [1, "Ouallam", "IRC", "Espace sûr pour femmes et filles (ESFF)", "Non", "Oui", "Non", "Non", "96 45 78 12",
         "Fonctionnel"],
        [2, "Ayorou", "CSI Ayorou", "CDA", "Oui", "Non", "Non", "Non", "96 55 44 33", "Fonctionnel"],
        [3, "Abala", "ONG DIKO", "PEC psychosociale, référencement vers CSI pour PEC médicale", "Non (réf.)", "Oui",
         "Non", "Non", "+227 96 11 90 87", "Fonctionnel"],
        [4, "Kollo", "ONG AFAD", "Espace sûr + AGR (couture)", "Non", "Oui", "Non", "Oui", "97 23 45 67",
         "En cours d'installation"],
    ])
    space, cda, pss, planned = read_file(path, region="NE").services
    assert space.service_types == ["community_based_protection", "mhpss"]
    assert cda.service_types == ["health"]
    assert pss.service_types == ["mhpss"]  # "Non (réf.)": a referral, not a mark
    assert planned.name == "Espace sûr + AGR (couture)", "the row's words name it, not the marked columns' headers"
    assert planned.status == "inactive"


def test_checkbox_columns_do_not_stop_the_service_name_from_being_read(tmp_path):
    """Seven TRUE/FALSE columns name a fixed few types; the name says the rest ("Espacio amigable",
    "restablecimiento del contacto familiar")."""
    header = ["Organización", "Servicio / descripción", "Gestión de casos", "Apoyo psicosocial", "Salud", "Estado"]
    path = write_sheet(tmp_path / "ecuador.xlsx", header, [
        ["Fundación Caminos", "Espacio amigable para niñas y niños (EAN), actividades lúdicas", False, True, False,
         "Activo"],
        ["Cruz Roja - Rumichaca", "Primeros auxilios, restablecimiento del contacto familiar", False, False, True,
         "Activo"],
        ["NRC", "Medios de vida: capital semilla", True, False, False, "Pausado"],
        ["ChildFund", "Gestión de casos de protección de niñez", True, False, False, "Por confirmar"],
    ])
    cfs, rfl, paused, unconfirmed = read_file(path, region="EC").services
    assert cfs.service_types == ["mhpss", "child_friendly_space"]
    assert rfl.service_types == ["health", "family_tracing"]
    assert paused.status == "temporarily closed"
    assert unconfirmed.status == "inactive"  # not sent to until someone confirms it


@pytest.mark.parametrize("cell, status", [
    ("Pausado", "temporarily closed"), ("Por confirmar", "inactive"), ("à confirmer", "inactive"),
    ("TBC", "inactive"), ("En cours d'installation", "inactive"), ("قيد الإنشاء", "inactive"),
    ("Fonctionnel", "active"),
])
def test_status_words_of_the_tryout(cell, status):
    assert STATUSES.get(status_word(cell.lower())) == status


@pytest.mark.parametrize("remarks, said", [
    ("سيبدأ التسجيل في ديسمبر ٢٠٢٤", "سيبدأ"),  # registration will start in December
    ("قيد الإنشاء - من المتوقع البدء في نوفمبر", "قيد الإنشاء"),  # under construction, expected in November
    ("Pausado hasta nuevo financiamiento (2025)", "pausado"),
    ("Will start in January", "will start"),
    ("Starting at 9am daily", ""),  # hours, not a state
    ("Closed on Fridays", ""),
])
def test_remarks_that_say_a_service_has_not_started(remarks, said):
    assert status_in_remarks(remarks) == said


def _csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_arabic_referrals_and_words_of_egypts_list(tmp_path):
    header = ["اسم الجهة / المنظمة", "الخدمات المتاحة", "رقم التليفون", "ملاحظات"]
    path = _csv(tmp_path / "egypt.csv", [header,
        ["Caritas أسوان", "إدارة الحالة، دعم نفسي، مساعدات نقدية طارئة، إحالة للخدمات الطبية", "01227654321", ""],
        ["دار إيواء (وزارة التضامن الاجتماعي)", "إيواء مؤقت للنساء الناجيات من العنف وأطفالهن", "", 
         "مكان الدار سري ولا يتم مشاركته. الإحالة فقط عن طريق مدير الحالة بعد تقييم الخطورة"],
        ["إدارة مكافحة العنف ضد المرأة - مديرية أمن الجيزة", "تلقي البلاغات وتحرير المحاضر في قضايا العنف ضد المرأة",
         "02-3761-0000", ""],
        ["UNICEF / الهلال الأحمر", "تحديد الأطفال غير المصحوبين والبحث عن ذويهم، إسعافات نفسية أولية", "01001122334", ""],
        ["PSTIC", "خط مساندة نفسية عبر التليفون والواتساب", "01559876543", ""],
        ["Save the Children", "مساحة صديقة للطفل", "01223344556", "قيد الإنشاء - من المتوقع البدء في نوفمبر"],
    ])
    cash, shelter, police, tracing, line, planned = read_file(path, region="EG").services
    assert cash.service_types == ["case_management", "mhpss", "livelihoods"]  # the referral to health is not health
    assert shelter.service_types == ["safe_shelter"] and shelter.confidential  # referred only by a case manager
    assert police.service_types == ["police"]
    assert tracing.service_types == ["family_tracing", "mhpss"]
    assert line.service_types == ["helpline", "mhpss"]
    assert planned.status == "inactive"


def test_a_kobo_entry_for_staff_training_or_a_meeting_is_not_a_service(tmp_path):
    """Typed "other", its other text "training" or "coordination": the description says what it is."""
    header = ["group_org/org_name", "group_service/service_type", "group_service/service_type_other",
              "group_service/service_description", "group_service/phone"]
    path = write_sheet(tmp_path / "kigoma.xlsx", header, [
        ["UNICEF", "other", "training", "Training of caseworkers on CP case management & CPIMS+ (3 days), 14-16 Oct",
         "0754 660 102"],
        ["UNHCR", "other", "coordination", "SGBV & CP working group meeting - every 2nd Wednesday 10:00", ""],
        ["HelpAge", "other", "Tailoring", "Mafunzo ya ushonaji: tailoring training for adolescent girls", "0754 660 103"],
    ])
    result = read_file(path, region="TZ")
    assert [o.status for o in result.rows] == ["not-a-service", "not-a-service", "imported"]
    assert "an activity ('" in result.rows[0].messages[-1]
    [tailoring] = result.services
    assert tailoring.service_types == ["livelihoods"]


def test_spanish_words_of_ecuadors_list(tmp_path):
    header = ["Organización", "Servicio", "Teléfono"]
    path = write_sheet(tmp_path / "ec.xlsx", header, [
        ["Junta Metropolitana de Protección de Derechos", "Medidas administrativas de protección para NNA",
         "(02) 2 395 111"],
        ["ECU 911", "Emergencias: llamar al 911", "911"],
        ["Plan Internacional", "Espacios seguros para adolescentes y mujeres, grupos de apoyo psicosocial",
         "+593 99 555 6677"],
    ])
    junta, emergency, spaces = read_file(path, region="EC").services
    assert junta.service_types == ["justice"]
    assert emergency.service_types == ["helpline"]
    assert spaces.service_types == ["community_based_protection", "mhpss"]


def test_a_list_of_two_columns_is_read_but_not_a_sheet_of_drop_down_choices(tmp_path):
    """"Organización | Servicio" alone was "no table of services": a table needed three fields. Choices for
    drop-downs, side by side, are still no services: their columns end at different rows, or the sheet is
    named as lists."""
    from tests.helpers import write_sheets

    path = write_sheets(tmp_path / "two.xlsx", {
        "Servicios": [["Organización", "Servicio"], ["Junta Cantonal de Protección de Derechos", "Medidas de protección"],
                      ["Plan Internacional", "Espacios seguros para adolescentes"]],
        "Listas": [["Organización", "Servicio"], ["A", "Salud"], ["B", "Asesoría legal"]],
        "Choices": [["Organisation", "Service type"], ["IRC", "Health"], ["DRC", "Legal aid"], [None, "PSS"],
                    [None, "Case management"], [None, "Shelter"]],
    })
    result = read_file(path)
    assert [(o.sheet, o.row, o.status) for o in result.rows] == [("Servicios", 2, "imported"), ("Servicios", 3, "imported")]
    assert set(result.skipped_sheets) == {"Listas", "Choices"}
    assert [s.service_types for s in result.services] == [["justice"], ["community_based_protection"]]
