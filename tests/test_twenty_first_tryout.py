"""What the twenty-first blind tryout found (lists written from a brief by someone who had not read the code: a
South Sudan directory converted from a PDF, a north-east Syria matrix whose service types are number codes
explained on a legend sheet, a Panama and Costa Rica directory of services for migrants in transit, a Cox's
Bazar 4W). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from importers import code_legend
from importers.pipeline import read_file
from tests.helpers import write_sheets

LEGEND = [["دليل رموز نوع الخدمة"], ["الرمز", "نوع الخدمة"], [1, "إدارة الحالة"], [2, "الدعم النفسي الاجتماعي"],
          [3, "الرعاية الصحية"], [4, "المساعدة القانونية"], [6, "مأوى آمن"], [7, "البحث عن الأسر ولم الشمل"],
          ["يمكن استخدام أكثر من رمز للخدمة الواحدة (مثال: 1، 3)"]]
HEADER = ["م", "المنطقة / المخيم", "الجهة المقدمة للخدمة", "نوع الخدمة (رمز)", "رقم الهاتف", "ملاحظات"]


def test_service_type_codes_are_read_with_the_legend_sheet(tmp_path):
    """"1، 2" named no type: every service of the list was imported untyped, the safe shelter ("6") unhidden."""
    path = write_sheets(tmp_path / "nes.xlsx", {"الخدمات": [HEADER,
        [1, "مدينة الحسكة", "منظمة نور الفرات", "1، 2", "+963 944 215 387", ""],
        [2, "*** العنوان سري ***", "جمعية ياسمين", 6, "+963 955 630 812", ""],
        [3, "القامشلي", "مؤسسة سنابل الخير", "1+4", "+963 937 554 210",
         "المساعدة القانونية متوقفة مؤقتاً منذ شباط 2024"],
        [4, "مخيم الهول", "الهلال الأحمر", "٧", "0996 310 552", ""],
        [5, "الرقة", "منظمة الأمل", "1 + خط ساخن", "0996 310 553", ""],
    ], "دليل الرموز": LEGEND})
    result = read_file(path, region="SY")
    cm, shelter, suspended, tracing, line = result.services
    assert cm.service_types == ["case_management", "mhpss"]
    assert shelter.service_types == ["safe_shelter"] and shelter.confidential
    assert suspended.service_types == ["case_management"]  # its legal aid is suspended, as its remarks say
    assert tracing.service_types == ["family_tracing"]  # an Arabic-Indic digit
    assert line.service_types == ["case_management", "helpline"]
    assert "legend on sheet 'دليل الرموز'" in result.notes[-1] and "دليل الرموز" in result.skipped_sheets


@pytest.mark.parametrize("cell, read", [
    ("1، 2", "Case management ; Psychosocial support"), ("1.4", "Case management ; Legal aid"),
    ("4", "Legal aid"), ("1 and 9", None),  # 9 is no code of the legend: left as written
    ("Case management for 2 camps", None), ("Helpline 116", None), ("", None),
])
def test_reading_a_cell_of_codes(cell, read):
    legend = {"1": "Case management", "2": "Psychosocial support", "4": "Legal aid"}
    assert code_legend.read(cell, legend) == read


def test_a_sheet_of_numbered_places_is_no_legend():
    from importers.readers import SheetData

    places = SheetData("Camps", [["Code", "Camp"], [1, "Al-Hol"], [2, "Areesha"], [3, "Washokani"]])
    assert code_legend.find([places], lambda words: False) is None


@pytest.mark.parametrize("text, types", [
    ("Women and Girls Friendly Space (WGFS), Psychosocial support", ["community_based_protection", "mhpss"]),
    ("Punto policial en ERM – denuncias y seguridad", ["police"]),
    ("Atención de NNA migrantes no acompañados, ubicación en alternativa de protección", ["alternative_care"]),
    ("Asesoría legal gratuita (refugio, migración, pensiones alimentarias)", ["legal_aid"]),  # refugio: asylum
])
def test_words_of_the_tryout(text, types):
    from directory.taxonomy import Taxonomy
    from importers.service_types import TypeFinder

    assert list(TypeFinder(Taxonomy.load()).find(type_column=text).codes) == types


def test_a_migrant_reception_station_is_a_shelter_but_not_a_secret_one(tmp_path):
    header = ["Organización", "Servicio", "Teléfono"]
    path = write_sheets(tmp_path / "pa.xlsx", {"Panamá": [header,
        ["SNM / OIM", "Estación de Recepción Migratoria (ERM) Lajas Blancas – alojamiento, alimentación", "+507 6123-4567"],
        ["INAMU", "Albergue para mujeres sobrevivientes de violencia (dirección reservada)", "+506 8123-4567"],
    ]})
    station, refuge = read_file(path, region="PA").services
    assert station.service_types == ["safe_shelter"] and not station.confidential
    assert refuge.service_types == ["safe_shelter"] and refuge.confidential


def test_a_total_without_the_article_and_a_coordination_meeting_are_not_services(tmp_path):
    header = ["Partner", "Activity", "Upazila", "Status"]
    path = write_sheets(tmp_path / "4w.xlsx", {"4W": [header,
        ["DSS", "Coordination – Upazila Child Protection Network meeting", "Teknaf", "Completed"],
        ["CRF", "Child protection case management", "Ukhia", "Ongoing"],
        ["مجموع نقاط الخدمة:", 30, None, None],  # "total service points" with no article: "مجموع", not "المجموع"
    ]})
    result = read_file(path, region="BD")
    assert [o.status for o in result.rows] == ["not-a-service", "imported", "not-a-service"]
    assert result.rows[2].messages == ["a total ('مجموع نقاط الخدمة:'), not a service"]
